package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.dynaspec.runner.targets.Cluster;

/**
 * Time to Live against the engine's clock (TTL.html): items whose TTL attribute is set relative to
 * the clock's now, and the sweep that deletes expired items. Needs the engine's clock, so the
 * scenarios using these steps are reference-only.
 */
public final class TimeToLiveSteps {

    private final World world;

    public TimeToLiveSteps(World world) {
        this.world = world;
    }

    private Cluster cluster() {
        return world.cluster();
    }

    /** The item, with its TTL attribute a Number of epoch seconds this many minutes from the clock's now (negative: ago). */
    @Given("the item in {word} with {word} set to {int} minutes from now:")
    public void itemExpiringIn(String table, String attribute, int minutes, String item) {
        ObjectNode json = (ObjectNode) DynamoJson.parse(item);
        long seconds = cluster().clockMillis() / 1000 + minutes * 60L;
        json.putObject(attribute).put("N", Long.toString(seconds));
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", table);
        request.set("Item", json);
        world.arrange("PutItem", request);
    }

    @When("the expired items are swept")
    public void sweep() {
        cluster().sweepExpiredItems();
    }
}
