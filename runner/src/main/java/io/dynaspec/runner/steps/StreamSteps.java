package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;

/**
 * A table's stream through the DynamoDB Streams API (Streams.html): operations on the stream a
 * table's description names (LatestStreamArn), and the records of every shard read from the trim
 * horizon. Shards divide a table's keys among them and order only each one's records, so records
 * are compared key by key: for each key, its records in order (Streams.html: "For each item that
 * is modified in a DynamoDB table, the stream records appear in the same sequence as the actual
 * modifications to the item").
 */
public final class StreamSteps {

    private final World world;
    /** Stream ARNs noted while their tables had them, by the scenario's table name: a deleted table's stream is still read. */
    private final Map<String, String> noted = new HashMap<>();

    public StreamSteps(World world) {
        this.world = world;
    }

    private String streamArnOf(String table) {
        if (noted.containsKey(table)) {
            return noted.get(table);
        }
        String arn = world.db().describeTable(b -> b.tableName(world.table(table))).table().latestStreamArn();
        if (arn == null) {
            // A target without DynamoDB Streams may still echo a StreamSpecification: its scenarios
            // are skipped as unsupported, as when it answers a Streams operation with UnknownOperationException.
            throw new TestAbortedException("unsupported by this target: DynamoDB Streams (table " + table
                    + " has no LatestStreamArn in its description)");
        }
        return arn;
    }

    /** Keeps the table's current stream ARN: later steps on "the stream of table T" use it even after T is deleted. */
    @When("I note the stream of table {word}")
    public void noteStream(String table) {
        noted.put(table, streamArnOf(table));
    }

    /** The engine's clock moves on: stream retention is measured on it. */
    @When("{int} hours pass")
    public void hoursPass(int hours) {
        world.target().cluster().orElseThrow(() -> new IllegalStateException(world.target().whyNoCluster()))
                .advanceClock(Duration.ofHours(hours));
    }

    /** A DynamoDB Streams operation on the stream of a table, the rest of its request in the API's JSON. */
    @When("I call {word} on the stream of table {word} with:")
    public void callOnStream(String operation, String table, String requestJson) {
        ObjectNode request = (ObjectNode) DynamoJson.parse(requestJson);
        request.put("StreamArn", streamArnOf(table));
        world.send(operation, request);
    }

    @When("I call {word} on the stream of table {word}")
    public void callOnStream(String operation, String table) {
        callOnStream(operation, table, "{}");
    }

    /**
     * Every record of every shard, from the trim horizon, each as eventName, Keys, the images it
     * carries and its userIdentity if any; for each key, its records in the order given.
     */
    @Then("the stream of table {word} holds these records, each key's in order:")
    public void streamHolds(String table, String expectedJson) {
        String arn = streamArnOf(table);
        List<JsonNode> actual = new ArrayList<>();
        send("DescribeStream", "{\"StreamArn\": \"" + arn + "\"}");
        for (Shard shard : ((DescribeStreamResponse) world.lastResponse()).streamDescription().shards()) {
            send("GetShardIterator", "{\"StreamArn\": \"" + arn + "\", \"ShardId\": \"" + shard.shardId()
                    + "\", \"ShardIteratorType\": \"TRIM_HORIZON\"}");
            String iterator = ((GetShardIteratorResponse) world.lastResponse()).shardIterator();
            send("GetRecords", "{\"ShardIterator\": \"" + iterator + "\"}");
            for (Record r : ((GetRecordsResponse) world.lastResponse()).records()) {
                actual.add(summary(r));
            }
        }
        JsonNode expected = DynamoJson.parse(expectedJson);
        List<String> keys = new ArrayList<>();
        expected.forEach(e -> keys.add(e.get("Keys").toString()));
        actual.forEach(a -> keys.add(a.get("Keys").toString()));
        for (String key : keys.stream().distinct().toList()) {
            ArrayNode want = DynamoJson.MAPPER.createArrayNode();
            expected.forEach(e -> {
                if (e.get("Keys").toString().equals(key)) {
                    want.add(e);
                }
            });
            ArrayNode got = DynamoJson.MAPPER.createArrayNode();
            actual.forEach(a -> {
                if (a.get("Keys").toString().equals(key)) {
                    got.add(a);
                }
            });
            ResponseSteps.assertSame("the records of key " + key, want, got);
        }
    }

    private void send(String operation, String requestJson) {
        world.send(operation, (ObjectNode) DynamoJson.parse(requestJson));
        new ResponseSteps(world).succeeds();
    }

    private static JsonNode summary(Record r) {
        ObjectNode o = DynamoJson.MAPPER.createObjectNode();
        o.put("eventName", r.eventNameAsString());
        o.set("Keys", DynamoJson.toJson(r.dynamodb().keys()));
        if (r.dynamodb().hasOldImage()) {
            o.set("OldImage", DynamoJson.toJson(r.dynamodb().oldImage()));
        }
        if (r.dynamodb().hasNewImage()) {
            o.set("NewImage", DynamoJson.toJson(r.dynamodb().newImage()));
        }
        if (r.userIdentity() != null) {
            o.putObject("userIdentity").put("Type", r.userIdentity().type()).put("PrincipalId", r.userIdentity().principalId());
        }
        return o;
    }
}
