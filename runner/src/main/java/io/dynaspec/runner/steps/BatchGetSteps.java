package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;


/**
 * What a BatchGetItem returned (API_BatchGetItem.html): Responses and UnprocessedKeys are maps
 * of table name to items or keys, and "the order of the items in the response is not
 * guaranteed", so each table's list is compared as a multiset.
 */
public final class BatchGetSteps {

    private final World world;

    public BatchGetSteps(World world) {
        this.world = world;
    }

    @When("I call BatchGetItem on {word} with {int} keys")
    public void manyKeys(String table, int count) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        addKeys(request.putObject("RequestItems"), table, count);
        world.send("BatchGetItem", request);
    }

    @When("I call BatchGetItem on {word} with {int} keys and on {word} with {int} key(s)")
    public void manyKeysInTwoTables(String table, int count, String other, int otherCount) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        ObjectNode items = request.putObject("RequestItems");
        addKeys(items, table, count);
        addKeys(items, other, otherCount);
        world.send("BatchGetItem", request);
    }

    private void addKeys(ObjectNode requestItems, String table, int count) {
        ArrayNode keys = requestItems.putObject(table).putArray("Keys");
        for (int i = 0; i < count; i++) {
            keys.add(DynamoJson.toJson(world.newItem(table, i)));
        }
    }

    @Then("the items returned from {word} are, in any order:")
    public void itemsReturned(String table, String expected) {
        new ResponseSteps(world).succeeds();
        JsonNode responses = world.lastResponseJson().get("Responses");
        if (responses == null || !responses.has(table)) {
            throw new AssertionError("Responses has no " + table + ": " + world.lastResponseJson());
        }
        ResponseSteps.assertSameInAnyOrder("the items returned from " + table, DynamoJson.parse(expected), responses.get(table));
    }

    @Then("the keys left unprocessed for {word} are, in any order:")
    public void keysUnprocessed(String table, String expected) {
        new ResponseSteps(world).succeeds();
        JsonNode unprocessed = world.lastResponseJson().get("UnprocessedKeys");
        if (unprocessed == null || !unprocessed.has(table)) {
            throw new AssertionError("UnprocessedKeys has no " + table + ": " + world.lastResponseJson());
        }
        ResponseSteps.assertSameInAnyOrder("the keys left unprocessed for " + table, DynamoJson.parse(expected), unprocessed.get(table).get("Keys"));
    }
}
