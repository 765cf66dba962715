package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/**
 * The data-plane requests of the write path (PutItem, UpdateItem, DeleteItem, BatchWriteItem)
 * and the reads that check them (GetItem, Query). Items and keys are doc strings in DynamoDB
 * JSON, as the AWS CLI's {@code --item} and {@code --key} take them; "with:" steps take the
 * whole request as the API's JSON (what {@code --cli-input-json} takes), without TableName.
 */
public final class ItemSteps {

    private final World world;

    public ItemSteps(World world) {
        this.world = world;
    }

    @Given("the item in {word}:")
    public void existingItem(String table, String item) {
        world.arrange("PutItem", request(table).set("Item", DynamoJson.parse(item)));
    }

    @Given("the items in {word}:")
    public void existingItems(String table, String items) {
        for (JsonNode item : DynamoJson.parse(items)) {
            world.arrange("PutItem", request(table).set("Item", item));
        }
    }

    @When("I put an item into {word}:")
    public void putItem(String table, String item) {
        world.send("PutItem", request(table).set("Item", DynamoJson.parse(item)));
    }

    @When("I put an item into {word} with condition {string}:")
    public void putItemWithCondition(String table, String condition, String item) {
        ObjectNode request = request(table);
        request.set("Item", DynamoJson.parse(item));
        request.put("ConditionExpression", condition);
        world.send("PutItem", request);
    }

    @When("I put an item into {word} with:")
    public void putItemRequest(String table, String requestJson) {
        world.send("PutItem", request(table, requestJson));
    }

    @When("I get the item from {word} with key:")
    public void getItem(String table, String key) {
        world.send("GetItem", request(table).set("Key", DynamoJson.parse(key)));
    }

    @When("I get an item from {word} with:")
    public void getItemRequest(String table, String requestJson) {
        world.send("GetItem", request(table, requestJson));
    }

    @When("I delete the item from {word} with key:")
    public void deleteItem(String table, String key) {
        world.send("DeleteItem", request(table).set("Key", DynamoJson.parse(key)));
    }

    @When("I delete an item from {word} with:")
    public void deleteItemRequest(String table, String requestJson) {
        world.send("DeleteItem", request(table, requestJson));
    }

    @When("I update an item in {word} with:")
    public void updateItemRequest(String table, String requestJson) {
        world.send("UpdateItem", request(table, requestJson));
    }

    /** The doc string is the RequestItems map, as {@code aws dynamodb batch-write-item --request-items} takes it. */
    @When("I write in one batch:")
    public void batchWrite(String requestItems) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.set("RequestItems", DynamoJson.parse(requestItems));
        world.send("BatchWriteItem", request);
    }

    @When("I write in one batch with:")
    public void batchWriteRequest(String requestJson) {
        world.send("BatchWriteItem", (ObjectNode) DynamoJson.parse(requestJson));
    }

    /** Items keyed {@code item-01}, {@code item-02}, ... under the table's partition key. */
    @When("I write {int} new items into {word} in one batch")
    public void batchWriteGenerated(int count, String table) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.putObject("RequestItems").set(table, world.newItemPuts(table, count));
        world.send("BatchWriteItem", request);
    }

    @When("I query {word} with:")
    public void query(String table, String requestJson) {
        world.send("Query", request(table, requestJson));
    }

    @When("I scan {word} with:")
    public void scan(String table, String requestJson) {
        world.send("Scan", request(table, requestJson));
    }

    /**
     * Any operation, with its whole request in the API's JSON (TableName and RequestItems name
     * the scenario's tables): for the members and operations no other step phrases.
     */
    @When("I call {word} with:")
    public void call(String operation, String requestJson) {
        world.send(operation, (ObjectNode) DynamoJson.parse(requestJson));
    }

    /** An {@code aws dynamodb ...} command line, exactly as the seed notes or the AWS docs print it. */
    @When("I run:")
    public void runCommand(String commandLine) {
        AwsCliCommand command = AwsCliCommand.parse(commandLine);
        world.send(command.operation(), command.request());
    }

    private ObjectNode request(String table) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", table);
        return request;
    }

    private ObjectNode request(String table, String requestJson) {
        JsonNode members = DynamoJson.parse(requestJson);
        ObjectNode request = request(table);
        members.properties().forEach(e -> request.set(e.getKey(), e.getValue()));
        return request;
    }
}
