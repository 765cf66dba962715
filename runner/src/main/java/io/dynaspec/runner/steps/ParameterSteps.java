package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Requests at the edges of the API's parameters: a CreateTable written out whole (to probe
 * BillingMode), a batch spread over two tables, and the size of what came back.
 */
public final class ParameterSteps {

    private final World world;

    public ParameterSteps(World world) {
        this.world = world;
    }

    /**
     * CreateTable with the request's own members (without TableName). A table it creates is the
     * scenario's like any other: awaited until ACTIVE (a table still CREATING cannot be deleted,
     * API_DeleteTable.html) and deleted when the scenario ends.
     */
    @When("I create a table {word} with:")
    public void createTable(String table, String requestJson) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", table);
        DynamoJson.parse(requestJson).properties().forEach(e -> request.set(e.getKey(), e.getValue()));
        world.sendCreateTable(table, request);
    }

    /** New items item-01, item-02, ... in each of two tables, all in one BatchWriteItem request. */
    @When("I write {int} new items into {word} and {int} new items into {word} in one batch")
    public void batchWriteTwoTables(int firstCount, String first, int secondCount, String second) {
        ObjectNode requestItems = DynamoJson.MAPPER.createObjectNode();
        requestItems.set(first, world.newItemPuts(first, firstCount));
        requestItems.set(second, world.newItemPuts(second, secondCount));
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.set("RequestItems", requestItems);
        world.send("BatchWriteItem", request);
    }

    @Then("the {word} in the response has {int} element(s)")
    public void memberSize(String member, int size) {
        new ResponseSteps(world).succeeds();
        JsonNode value = world.lastResponseJson().get(member);
        if (value == null || value.size() != size) {
            throw new AssertionError("expected " + member + " with " + size + " element(s): "
                    + DynamoJson.pretty(world.lastResponseJson()));
        }
    }

    @Then("the response has a {word}")
    public void responseHas(String member) {
        new ResponseSteps(world).succeeds();
        if (!world.lastResponseJson().has(member)) {
            throw new AssertionError("the response has no " + member + ": " + DynamoJson.pretty(world.lastResponseJson()));
        }
    }
}
