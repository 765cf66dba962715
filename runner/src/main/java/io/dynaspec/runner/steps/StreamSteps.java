package io.dynaspec.runner.steps;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * modifications to the item"). Shards have a lineage: a reader reads each parent shard before its
 * children ("an application must always process a parent shard before it processes a child
 * shard"), each to its end.
 */
public final class StreamSteps {

    private final World world;
    /** Stream ARNs noted while their tables had them, by the scenario's table name: a deleted table's stream is still read. */
    private final Map<String, String> noted = new HashMap<>();
    /** The shard iterator the next read uses: the last one given out by GetShardIterator or GetRecords. */
    private String iterator;
    /** A record noted for a later GetShardIterator at its sequence number: its stream, shard and SequenceNumber. */
    private String notedStream;
    private String notedShard;
    private String notedSequenceNumber;
    /** The shard a CHILD_SHARDS filter last named. */
    private String filteredParent;
    /** How many records each read of the last read to the end returned, and those records in the order read. */
    private final List<Integer> readSizes = new ArrayList<>();
    private final List<Record> readInAll = new ArrayList<>();

    public StreamSteps(World world) {
        this.world = world;
    }

    private String streamArnOf(String table) {
        if (noted.containsKey(table)) {
            return noted.get(table);
        }
        String arn = world.db().describeTable(b -> b.tableName(world.table(table))).table().latestStreamArn();
        if (arn == null && world.unknownOperationFails()) {
            throw new AssertionError("table " + table + " has no LatestStreamArn in its description");
        }
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

    /** The engine closes the open shards of the table's stream that hold a record; child shards take over (the admin call). */
    @When("the shards of the stream of table {word} roll over")
    public void rollOver(String table) {
        world.cluster().rollStreamShards(world.table(table));
    }

    /** The engine's clock moves on: stream retention is measured on it. */
    @When("{int} hours pass")
    public void hoursPass(int hours) {
        world.cluster().advanceClock(Duration.ofHours(hours));
    }

    /** Replication deliveries held so far reach their replicas (those of a failed AZ's leader, if the engine kept them). */
    @When("the held replication is delivered")
    public void deliverHeld() {
        world.cluster().deliverReplication();
    }

    /** The put started earlier gets its answer, and it is a failure: it was never acknowledged. */
    @Then("the started put is not acknowledged")
    public void startedPutNotAcknowledged() {
        world.awaitInFlight();
        if (world.lastError() == null) {
            throw new AssertionError("the put cut by the failover was acknowledged");
        }
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
     * The shard of the table's stream whose records hold an item with that partition key value (a
     * string), found by reading every shard from its trim horizon; its records, oldest first.
     */
    private ShardRecords shardHolding(String table, String partitionKeyValue) {
        String arn = streamArnOf(table);
        String keyName = world.partitionKeyName(table);
        send("DescribeStream", "{\"StreamArn\": \"" + arn + "\"}");
        for (Shard shard : ((DescribeStreamResponse) world.lastResponse()).streamDescription().shards()) {
            List<Record> records = trimHorizonRecords(arn, shard.shardId());
            boolean holds = records.stream().anyMatch(r -> {
                var v = r.dynamodb().keys().get(keyName);
                return v != null && partitionKeyValue.equals(v.s());
            });
            if (holds) {
                return new ShardRecords(arn, shard.shardId(), records);
            }
        }
        throw new AssertionError("no shard of the stream of table " + table + " holds a record of " + keyName + " = " + partitionKeyValue);
    }

    /** A shard and its records as read from the trim horizon. */
    private record ShardRecords(String streamArn, String shardId, List<Record> records) {
    }

    private List<Record> trimHorizonRecords(String arn, String shardId) {
        send("GetShardIterator", "{\"StreamArn\": \"" + arn + "\", \"ShardId\": \"" + shardId
                + "\", \"ShardIteratorType\": \"TRIM_HORIZON\"}");
        String it = ((GetShardIteratorResponse) world.lastResponse()).shardIterator();
        send("GetRecords", "{\"ShardIterator\": \"" + it + "\"}");
        return ((GetRecordsResponse) world.lastResponse()).records();
    }

    /** GetShardIterator of a type without a sequence number (TRIM_HORIZON, LATEST) on the shard holding a key's records. */
    @When("I get a(n) {word} shard iterator on the shard of table {word} holding {string}")
    public void getShardIterator(String type, String table, String partitionKeyValue) {
        ShardRecords shard = shardHolding(table, partitionKeyValue);
        requestIterator("{\"StreamArn\": \"" + shard.streamArn() + "\", \"ShardId\": \"" + shard.shardId()
                + "\", \"ShardIteratorType\": \"" + type + "\"}");
    }

    /** Keeps the SequenceNumber of the n-th record (from 1, oldest first) of the shard holding a key's records, and that shard. */
    @When("I note record {int} of the shard of table {word} holding {string}")
    public void noteRecord(int n, String table, String partitionKeyValue) {
        ShardRecords shard = shardHolding(table, partitionKeyValue);
        notedStream = shard.streamArn();
        notedShard = shard.shardId();
        notedSequenceNumber = shard.records().get(n - 1).dynamodb().sequenceNumber();
    }

    /** GetShardIterator AT_ or AFTER_SEQUENCE_NUMBER at the noted record's SequenceNumber, on its shard. */
    @When("I get a(n) {word} shard iterator at the noted record")
    public void getShardIteratorAtNoted(String type) {
        requestIterator("{\"StreamArn\": \"" + notedStream + "\", \"ShardId\": \"" + notedShard
                + "\", \"ShardIteratorType\": \"" + type + "\", \"SequenceNumber\": \"" + notedSequenceNumber + "\"}");
    }

    private void requestIterator(String requestJson) {
        world.send("GetShardIterator", (ObjectNode) DynamoJson.parse(requestJson));
        if (world.lastError() == null) {
            iterator = ((GetShardIteratorResponse) world.lastResponse()).shardIterator();
        }
    }

    /** GetRecords with the current shard iterator; a read that succeeds moves it on to its NextShardIterator. */
    @When("I read records with the shard iterator")
    public void readRecords() {
        readRecords("{}");
    }

    @When("I read records with the shard iterator and Limit {int}")
    public void readRecords(int limit) {
        readRecords("{\"Limit\": " + limit + "}");
    }

    private void readRecords(String requestJson) {
        ObjectNode request = (ObjectNode) DynamoJson.parse(requestJson);
        request.put("ShardIterator", iterator);
        world.send("GetRecords", request);
        if (world.lastError() == null) {
            iterator = ((GetRecordsResponse) world.lastResponse()).nextShardIterator();
        }
    }

    /**
     * GetRecords with the shard iterator again and again, each read from where the last stopped,
     * until a read returns no record or no NextShardIterator (at most 20 reads).
     */
    @When("I read records with the shard iterator until a read returns none")
    public void readUntilNone() {
        readSizes.clear();
        readInAll.clear();
        for (int i = 0; i < 20 && iterator != null; i++) {
            readRecords("{}");
            new ResponseSteps(world).succeeds();
            List<Record> records = ((GetRecordsResponse) world.lastResponse()).records();
            if (records.isEmpty()) {
                return;
            }
            readSizes.add(records.size());
            readInAll.addAll(records);
        }
    }

    /** The reads of the last read to the end: none returned more records than given; all of them, in order, by their Keys. */
    @Then("each read returned at most {int} records, and together they have the Keys:")
    public void readsTogether(int most, String expectedJson) {
        if (readSizes.stream().anyMatch(n -> n > most)) {
            throw new AssertionError("reads of " + readSizes + " records; at most " + most + " a read were expected");
        }
        ArrayNode got = DynamoJson.MAPPER.createArrayNode();
        readInAll.forEach(r -> got.add(DynamoJson.toJson(r.dynamodb().keys())));
        ResponseSteps.assertSame("the Keys of the records read", DynamoJson.parse(expectedJson), got);
    }

    /**
     * DescribeStream with a ShardFilter of Type CHILD_SHARDS naming the stream's oldest shard, the
     * first a reader takes (API_streams_ShardFilter.html, ShardId: "the shardId of the parent shard
     * for which you are requesting child shards").
     */
    @When("I describe the stream of table {word} with a CHILD_SHARDS filter on its oldest shard")
    public void describeChildren(String table) {
        String arn = streamArnOf(table);
        filteredParent = parentsFirst(allShards(arn)).get(0).shardId();
        world.send("DescribeStream", (ObjectNode) DynamoJson.parse("{\"StreamArn\": \"" + arn
                + "\", \"ShardFilter\": {\"Type\": \"CHILD_SHARDS\", \"ShardId\": \"" + filteredParent + "\"}}"));
    }

    /** The shards the last DescribeStream listed: that many, each a child of the shard the filter named. */
    @Then("the shards described are {int} child(ren) of that shard")
    public void describedChildren(int expected) {
        new ResponseSteps(world).succeeds();
        List<Shard> shards = ((DescribeStreamResponse) world.lastResponse()).streamDescription().shards();
        if (shards.size() != expected || shards.stream().anyMatch(s -> !filteredParent.equals(s.parentShardId()))) {
            throw new AssertionError("expected " + expected + " children of shard " + filteredParent + ", got " + shards);
        }
    }

    /** The records of the last read, in the order read, each as eventName, Keys and the images it carries. */
    @Then("the records read are:")
    public void recordsRead(String expectedJson) {
        new ResponseSteps(world).succeeds();
        ArrayNode got = DynamoJson.MAPPER.createArrayNode();
        ((GetRecordsResponse) world.lastResponse()).records().forEach(r -> got.add(summary(r)));
        ResponseSteps.assertSame("the records read", DynamoJson.parse(expectedJson), got);
    }

    /** Each record of the last read has an eventID, and no two the same (API_streams_Record.html: "A globally unique identifier"). */
    @Then("the records read each have an eventID of their own")
    public void distinctEventIds() {
        new ResponseSteps(world).succeeds();
        List<Record> records = ((GetRecordsResponse) world.lastResponse()).records();
        Set<String> ids = new HashSet<>();
        for (Record r : records) {
            if (r.eventID() == null || r.eventID().isEmpty() || !ids.add(r.eventID())) {
                throw new AssertionError("eventID missing or repeated: " + r.eventID() + " among " + records);
            }
        }
    }

    /** Each record of the last read gives its size (API_streams_StreamRecord.html, SizeBytes: "Minimum value of 1"). */
    @Then("the records read each have a SizeBytes of at least 1")
    public void recordSizes() {
        new ResponseSteps(world).succeeds();
        for (Record r : ((GetRecordsResponse) world.lastResponse()).records()) {
            Long size = r.dynamodb() == null ? null : r.dynamodb().sizeBytes();
            if (size == null || size < 1) {
                throw new AssertionError("SizeBytes missing or below 1: " + r);
            }
        }
    }

    /** A member of the last response that names the table's stream as the table's description does (LatestStreamArn, LatestStreamLabel). */
    @Then("{string} in the response is the {word} in the description of table {word}")
    public void sameAsDescription(String pointer, String member, String table) {
        new ResponseSteps(world).succeeds();
        JsonNode actual = world.lastResponseJson().at(JsonPointer.compile(pointer));
        String expected = world.db().describeTable(b -> b.tableName(world.table(table))).table()
                .getValueForField(member, String.class).orElse(null);
        if (expected == null || !expected.equals(actual.asText(null))) {
            throw new AssertionError(pointer + " is " + actual + "; the description of table " + table + " gives " + member + " " + expected);
        }
    }

    /** API_streams_Record.html, awsRegion: "The region in which the GetRecords request was received". */
    @Then("{string} in the response is the region the request was sent to")
    public void requestRegion(String pointer) {
        new ResponseSteps(world).succeeds();
        JsonNode actual = world.lastResponseJson().at(JsonPointer.compile(pointer));
        String region = world.db().serviceClientConfiguration().region().id();
        if (!region.equals(actual.asText(null))) {
            throw new AssertionError(pointer + " is " + actual + "; the request was sent to " + region);
        }
    }

    /** An open shard's read always continues: GetRecords gives a NextShardIterator even when it read nothing. */
    @Then("the read continues with a NextShardIterator")
    public void readContinues() {
        new ResponseSteps(world).succeeds();
        if (((GetRecordsResponse) world.lastResponse()).nextShardIterator() == null) {
            throw new AssertionError("GetRecords on an open shard gave no NextShardIterator");
        }
    }

    /**
     * Every record of every shard, from the trim horizon, each as eventName, Keys, the images it
     * carries and its userIdentity if any; for each key, its records in the order given.
     */
    @Then("the stream of table {word} holds these records, each key's in order:")
    public void streamHolds(String table, String expectedJson) {
        String arn = streamArnOf(table);
        List<JsonNode> actual = new ArrayList<>();
        for (Shard shard : parentsFirst(allShards(arn))) {
            send("GetShardIterator", "{\"StreamArn\": \"" + arn + "\", \"ShardId\": \"" + shard.shardId()
                    + "\", \"ShardIteratorType\": \"TRIM_HORIZON\"}");
            String iterator = ((GetShardIteratorResponse) world.lastResponse()).shardIterator();
            while (iterator != null) {
                send("GetRecords", "{\"ShardIterator\": \"" + iterator + "\"}");
                GetRecordsResponse page = (GetRecordsResponse) world.lastResponse();
                page.records().forEach(r -> actual.add(summary(r)));
                iterator = page.records().isEmpty() ? null : page.nextShardIterator();
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

    /** Every shard DescribeStream lists, page after page (LastEvaluatedShardId). */
    private List<Shard> allShards(String arn) {
        return allShards(arn, null);
    }

    /** Every shard DescribeStream lists, {@code limit} a page (null for the default), page after page. */
    private List<Shard> allShards(String arn, Integer limit) {
        List<Shard> shards = new ArrayList<>();
        String start = null;
        do {
            send("DescribeStream", "{\"StreamArn\": \"" + arn + "\"" + (limit == null ? "" : ", \"Limit\": " + limit)
                    + (start == null ? "" : ", \"ExclusiveStartShardId\": \"" + start + "\"") + "}");
            var description = ((DescribeStreamResponse) world.lastResponse()).streamDescription();
            shards.addAll(description.shards());
            start = description.lastEvaluatedShardId();
        } while (start != null);
        return shards;
    }

    /** The shards in the order a reader takes them: each parent before its children, from those whose parent is not listed. */
    private static List<Shard> parentsFirst(List<Shard> shards) {
        Map<String, List<Shard>> children = new HashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        shards.forEach(s -> ids.add(s.shardId()));
        java.util.ArrayDeque<Shard> ready = new java.util.ArrayDeque<>();
        for (Shard s : shards) {
            if (s.parentShardId() == null || !ids.contains(s.parentShardId())) {
                ready.add(s);
            } else {
                children.computeIfAbsent(s.parentShardId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Shard> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Shard s = ready.poll();
            order.add(s);
            ready.addAll(children.getOrDefault(s.shardId(), List.of()));
        }
        if (order.size() != shards.size()) {
            throw new AssertionError("shards outside any lineage: " + shards);
        }
        return order;
    }

    /**
     * How many shards the stream lists, described one a page (Limit 1, then ExclusiveStartShardId
     * each time), open (no EndingSequenceNumber) and closed; each one with a listed parent follows
     * it: the parent is closed and the child's StartingSequenceNumber is after the parent's
     * EndingSequenceNumber (API_streams_Shard.html, API_streams_SequenceNumberRange.html).
     */
    @Then("the stream of table {word} has {int} open and {int} closed shard(s), each child after its parent")
    public void shardsFollowLineage(String table, int open, int closed) {
        List<Shard> shards = allShards(streamArnOf(table), 1);
        Map<String, Shard> byId = new HashMap<>();
        shards.forEach(s -> byId.put(s.shardId(), s));
        int closedSeen = 0;
        for (Shard s : shards) {
            if (s.sequenceNumberRange().endingSequenceNumber() != null) {
                closedSeen++;
            }
            Shard parent = s.parentShardId() == null ? null : byId.get(s.parentShardId());
            if (parent != null) {
                String ending = parent.sequenceNumberRange().endingSequenceNumber();
                String starting = s.sequenceNumberRange().startingSequenceNumber();
                if (ending == null || new java.math.BigInteger(starting).compareTo(new java.math.BigInteger(ending)) <= 0) {
                    throw new AssertionError("shard " + s.shardId() + " does not follow its parent " + parent);
                }
            }
        }
        if (closedSeen != closed || shards.size() - closedSeen != open) {
            throw new AssertionError("expected " + open + " open and " + closed + " closed shards, got " + shards);
        }
    }

    /** How many listed shards name a parent shard that is no longer listed (trimmed away). */
    @Then("the stream of table {word} has {int} shard(s) whose parent is no longer listed")
    public void orphans(String table, int expected) {
        List<Shard> shards = allShards(streamArnOf(table));
        java.util.Set<String> ids = new java.util.HashSet<>();
        shards.forEach(s -> ids.add(s.shardId()));
        long n = shards.stream().filter(s -> s.parentShardId() != null && !ids.contains(s.parentShardId())).count();
        if (n != expected) {
            throw new AssertionError("expected " + expected + " shards with a parent no longer listed, got " + shards);
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
