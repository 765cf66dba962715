package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * An item that a scenario's updates start from, and what they leave of it: the whole item after
 * a refused update ("all or nothing", API_UpdateItem.html), or one attribute after an update
 * that succeeds, so that a scenario about a list or a map need not repeat the rest of the item.
 */
public final class UpdateSteps {

    private final World world;
    private String table;
    private Map<String, AttributeValue> start;

    public UpdateSteps(World world) {
        this.world = world;
    }

    @Given("the item in {word} that each update starts from:")
    public void startingItem(String table, String item) {
        this.table = table;
        this.start = DynamoJson.item(DynamoJson.parse(item));
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", table);
        request.set("Item", DynamoJson.toJson(start));
        world.arrange("PutItem", request);
    }

    @Then("{word} still holds the item the update started from")
    public void unchanged(String table) {
        new ResponseSteps(world).tableHolds(table, DynamoJson.toJson(starting(table)).toString());
    }

    @Then("the item's {word} is now:")
    public void attributeIsNow(String attribute, String expected) {
        GetItemResponse got = world.db().getItem(r -> r.tableName(world.table(table))
                .key(world.keyOf(table, start)).consistentRead(true));
        if (!got.hasItem()) {
            throw new AssertionError(table + " holds no item with key " + DynamoJson.toJson(world.keyOf(table, start)));
        }
        JsonNode actual = DynamoJson.toJson(got.item()).get(attribute);
        ResponseSteps.assertSame(attribute, DynamoJson.parse(expected),
                actual == null ? DynamoJson.MAPPER.nullNode() : actual);
    }

    private Map<String, AttributeValue> starting(String table) {
        if (start == null || !table.equals(this.table)) {
            throw new IllegalStateException("the scenario has put no starting item into " + table);
        }
        return start;
    }
}
