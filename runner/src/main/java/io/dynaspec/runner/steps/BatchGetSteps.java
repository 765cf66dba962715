package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.HashSet;
import java.util.Set;

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

    /**
     * A read cut short by the response size limit (API_BatchGetItem.html: "A single operation can
     * retrieve up to 16 MB of data"; "If a partial result is returned, the operation returns a
     * value for UnprocessedKeys"): at least one item comes back and not all, no more than 16 MB of
     * them, and every key asked for is either read or left unprocessed, once.
     */
    @Then("of the {int} items of {int} bytes asked from {word}, some but not all come back, no more than 16 MB, and the keys of the rest are left unprocessed")
    public void readCutShort(int count, int bytes, String table) {
        new ResponseSteps(world).succeeds();
        JsonNode response = world.lastResponseJson();
        JsonNode items = response.path("Responses").path(table);
        JsonNode left = response.path("UnprocessedKeys").path(table).path("Keys");
        int read = items.size();
        if (read < 1 || read >= count || (long) read * bytes > 16L * 1024 * 1024) {
            throw new AssertionError(read + " of " + count + " items of " + bytes + " bytes came back");
        }
        Set<JsonNode> asked = new HashSet<>();
        for (int i = 0; i < count; i++) {
            asked.add(DynamoJson.toJson(world.newItem(table, i)));
        }
        String name = world.partitionKeyName(table);
        for (JsonNode item : items) {
            ObjectNode key = DynamoJson.MAPPER.createObjectNode();
            key.set(name, item.get(name));
            if (!asked.remove(key)) {
                throw new AssertionError("an item not asked for, or returned twice: " + key);
            }
        }
        for (JsonNode key : left) {
            if (!asked.remove(key)) {
                throw new AssertionError("a key left unprocessed that was read, not asked for, or left twice: " + key);
            }
        }
        if (!asked.isEmpty()) {
            throw new AssertionError(asked.size() + " keys neither read nor left unprocessed, such as " + asked.iterator().next());
        }
    }
}
