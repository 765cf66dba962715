package io.dynaspec.runner.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.dynaspec.runner.targets.Cluster;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What happens under the hood, in the seed's words: partition groups of three replicas in three
 * availability zones, a leader ("primary") per group, AZ failures and recoveries. Only targets
 * exposing their internals run these; the scenarios carry {@code @reference-only}.
 * A partition is named by a partition key value it holds ("the partition holding irenes").
 */
public final class ClusterSteps {

    private final World world;
    private String pendingItem;

    public ClusterSteps(World world) {
        this.world = world;
    }

    private Cluster cluster() {
        return world.cluster();
    }

    private Map<String, AttributeValue> holding(String table, String partitionKeyValue) {
        return Map.of(world.partitionKeyName(table), AttributeValue.fromS(partitionKeyValue));
    }

    @Given("the leader of the partition holding {string} in {word} is in AZ {word}")
    public void placeLeader(String key, String table, String zone) {
        cluster().placeLeader(world.table(table), holding(table, key), zone);
        leaderIsIn(key, table, zone);
    }

    @Then("the leader of the partition holding {string} in {word} is still in AZ {word}")
    public void leaderIsIn(String key, String table, String zone) {
        String leader = cluster().leaderZone(world.table(table), holding(table, key));
        if (!leader.equals(zone)) {
            throw new AssertionError("the leader is in AZ " + leader + ", not AZ " + zone);
        }
    }

    @Then("the leader of the partition holding {string} in {word} is no longer in AZ {word}")
    public void leaderMoved(String key, String table, String zone) {
        String leader = cluster().leaderZone(world.table(table), holding(table, key));
        if (leader.equals(zone)) {
            throw new AssertionError("the leader is still in AZ " + zone);
        }
    }

    @Then("the partition holding {string} in {word} has replicas in AZs {word}, {word} and {word}")
    public void replicas(String key, String table, String a, String b, String c) {
        List<String> zones = cluster().replicaZones(world.table(table), holding(table, key)).stream().sorted().toList();
        if (!zones.equals(List.of(a, b, c).stream().sorted().toList())) {
            throw new AssertionError("replicas are in AZs " + zones);
        }
    }

    @Then("{string} and {string} in {word} are on the same partition")
    public void samePartition(String first, String second, String table) {
        String p1 = cluster().partitionOf(world.table(table), holding(table, first));
        String p2 = cluster().partitionOf(world.table(table), holding(table, second));
        if (!p1.equals(p2)) {
            throw new AssertionError(first + " is on " + p1 + " but " + second + " is on " + p2);
        }
    }

    @Then("every replica of the partition holding {string} in {word} stores its items in this {word} order:")
    public void storageOrder(String key, String table, String attribute, String expected) {
        String partition = cluster().partitionOf(world.table(table), holding(table, key));
        for (String zone : cluster().replicaZones(world.table(table), holding(table, key))) {
            var actual = DynamoJson.MAPPER.createArrayNode();
            cluster().itemsOn(world.table(table), partition, zone).stream()
                    .filter(i -> i.get(world.partitionKeyName(table)).equals(AttributeValue.fromS(key)))
                    .forEach(i -> actual.add(DynamoJson.toJson(i.get(attribute))));
            ResponseSteps.assertSame("the order on the replica in AZ " + zone, DynamoJson.parse(expected), actual);
        }
    }

    /** The put is sent and reaches its leader; its answer is awaited by a later step. */
    @When("I start putting an item into {word}:")
    public void startPut(String table, String item) {
        var request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", table);
        request.set("Item", DynamoJson.parse(item));
        Map<String, AttributeValue> key = world.keyOf(table, DynamoJson.item(DynamoJson.parse(item)));
        cluster().awaitLeaderAppend(world.table(table), key, () -> world.sendInFlight("PutItem", request));
        pendingItem = item;
    }

    /**
     * No acknowledged write is lost: a put that was answered with success must be readable
     * (strongly consistent) whatever failed since; a put that was refused promised nothing.
     */
    @Then("if the put was acknowledged, {word} holds its item")
    public void acknowledgedPutSurvives(String table) {
        world.awaitInFlight();
        if (world.lastError() == null) {
            new ResponseSteps(world).tableHolds(table, pendingItem);
        }
    }

    @When("AZ {word} fails")
    public void zoneFails(String zone) {
        cluster().failZone(zone);
    }

    @When("AZ {word} recovers")
    public void zoneRecovers(String zone) {
        cluster().recoverZone(zone);
    }

    @When("propagation to index {word} of {word} is held")
    public void holdIndex(String index, String table) {
        cluster().holdIndex(world.table(table), index);
    }

    @When("propagation to index {word} of {word} is released")
    public void releaseIndex(String index, String table) {
        cluster().releaseIndex(world.table(table), index);
    }

    @Given("the backfill of index {word} of {word} is held")
    public void holdBackfill(String index, String table) {
        cluster().holdIndexBeforeCreation(world.table(table), index);
    }

    @When("the backfill of index {word} of {word} is released")
    public void releaseBackfill(String index, String table) {
        cluster().releaseIndex(world.table(table), index);
    }

    @When("replication to AZ {word} is held")
    public void holdReplication(String zone) {
        cluster().holdReplication(zone);
    }

    @Then("the replica in AZ {word} of the partition holding {string} in {word} is behind its leader")
    public void behind(String zone, String key, String table) {
        long lag = cluster().lag(zone, world.table(table), holding(table, key));
        if (lag <= 0) {
            throw new AssertionError("the replica in AZ " + zone + " is not behind");
        }
    }

    @Then("the replica in AZ {word} of the partition holding {string} in {word} catches up")
    public void catchesUp(String zone, String key, String table) {
        cluster().deliverReplication();
        long lag = cluster().lag(zone, world.table(table), holding(table, key));
        if (lag != 0) {
            throw new AssertionError("the replica in AZ " + zone + " is still " + lag + " writes behind");
        }
    }

    @Then("reading from the replica in AZ {word} returns the item in {word}:")
    public void replicaHolds(String zone, String table, String expected) {
        Map<String, AttributeValue> item = DynamoJson.item(DynamoJson.parse(expected));
        Optional<Map<String, AttributeValue>> got = cluster().readFromReplica(zone, world.table(table), world.keyOf(table, item));
        if (got.isEmpty()) {
            throw new AssertionError("the replica in AZ " + zone + " has no item with key " + world.keyOf(table, item));
        }
        ResponseSteps.assertSame("the replica's item", DynamoJson.toJson(item), DynamoJson.toJson(got.get()));
    }

    @Then("reading from the replica in AZ {word} finds no item in {word} with key:")
    public void replicaLacks(String zone, String table, String key) {
        Optional<Map<String, AttributeValue>> got = cluster().readFromReplica(zone, world.table(table),
                DynamoJson.item(DynamoJson.parse(key)));
        if (got.isPresent()) {
            throw new AssertionError("the replica in AZ " + zone + " has " + DynamoJson.toJson(got.get()));
        }
    }
}
