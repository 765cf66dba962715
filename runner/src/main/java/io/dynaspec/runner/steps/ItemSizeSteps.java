package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items too large to type: built to an exact size by DynamoDB's own arithmetic
 * (CapacityUnitCalculations.html: a string attribute counts the UTF-8 bytes of its name plus
 * the UTF-8 bytes of its value). Key attributes hold {@code "k"}; the rest is one string
 * attribute named {@code Payload}.
 */
public final class ItemSizeSteps {

    private static final String PAYLOAD = "Payload";

    private final World world;

    public ItemSizeSteps(World world) {
        this.world = world;
    }

    @Given("an item of {int} bytes in {word}")
    public void existingItemOfSize(int bytes, String table) {
        world.arrange("PutItem", put(table, written(itemOfSize(table, bytes))));
    }

    /**
     * Items keyed as the BatchGetItem steps name their keys (item-00, item-01, ...), each padded
     * with Payload to the size given.
     */
    @Given("{int} items of {int} bytes each in {word}")
    public void itemsOfSize(int count, int bytes, String table) {
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> item = new LinkedHashMap<>(world.newItem(table, i));
            int used = item.entrySet().stream().mapToInt(e -> utf8(e.getKey()) + utf8(e.getValue().s())).sum() + utf8(PAYLOAD);
            item.put(PAYLOAD, AttributeValue.fromS("x".repeat(bytes - used)));
            world.arrange("PutItem", put(table, item));
        }
    }

    @When("I put an item of {int} bytes into {word}")
    public void putItemOfSize(int bytes, String table) {
        world.send("PutItem", put(table, written(itemOfSize(table, bytes))));
    }

    @When("I put an item of {int} bytes into {word} with:")
    public void putItemOfSizeWith(int bytes, String table, String members) {
        ObjectNode request = put(table, written(itemOfSize(table, bytes)));
        DynamoJson.parse(members).properties().forEach(e -> request.set(e.getKey(), e.getValue()));
        world.send("PutItem", request);
    }

    /** A key attribute of a given length; the other key attributes, if any, hold "k". */
    @When("I put an item into {word} whose {word} is a string of {int} bytes")
    public void putItemWithLongKey(String table, String attribute, int bytes) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(keyItem(table));
        item.put(attribute, AttributeValue.fromS("k".repeat(bytes)));
        world.send("PutItem", put(table, written(item)));
    }

    /** Grows an existing item with UpdateItem: {@code SET Extra = :extra}, a string of the given length. */
    @When("I add an attribute Extra of {int} bytes to the item in {word} with key:")
    public void growItem(int bytes, String table, String key) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", table);
        request.set("Key", DynamoJson.parse(key));
        request.put("UpdateExpression", "SET Extra = :extra");
        request.putObject("ExpressionAttributeValues").set(":extra",
                DynamoJson.toJson(AttributeValue.fromS("x".repeat(bytes - "Extra".length()))));
        world.send("UpdateItem", request);
    }

    @When("I write in one batch into {word} an item of {int} bytes and the items:")
    public void batchWithLargeItem(String table, int bytes, String items) {
        ArrayNode writes = DynamoJson.MAPPER.createArrayNode();
        writes.addObject().putObject("PutRequest").set("Item", DynamoJson.toJson(itemOfSize(table, bytes)));
        for (JsonNode item : DynamoJson.parse(items)) {
            writes.addObject().putObject("PutRequest").set("Item", item);
        }
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.putObject("RequestItems").set(table, writes);
        world.send("BatchWriteItem", request);
    }

    private Map<String, AttributeValue> written(Map<String, AttributeValue> item) {
        world.wroteGenerated(item);
        return item;
    }

    private Map<String, AttributeValue> itemOfSize(String table, int bytes) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(keyItem(table));
        int used = item.entrySet().stream()
                .mapToInt(e -> utf8(e.getKey()) + utf8(e.getValue().s())).sum() + utf8(PAYLOAD);
        if (bytes < used) {
            throw new IllegalArgumentException("an item of this table is at least " + used + " bytes");
        }
        item.put(PAYLOAD, AttributeValue.fromS("x".repeat(bytes - used)));
        return item;
    }

    private Map<String, AttributeValue> keyItem(String table) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put(world.partitionKeyName(table), AttributeValue.fromS("k"));
        world.sortKeyName(table).ifPresent(s -> key.put(s, AttributeValue.fromS("k")));
        return key;
    }

    /** A PutItem request for the item, as the API's JSON. */
    static ObjectNode put(String table, Map<String, AttributeValue> item) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", table);
        request.set("Item", DynamoJson.toJson(item));
        return request;
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
