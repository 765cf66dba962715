package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Clock;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.storage.CrashingVolume;
import io.dynaspec.engine.cluster.storage.Encoder;
import io.dynaspec.engine.cluster.storage.Records;
import io.dynaspec.engine.cluster.storage.StoredFile;
import io.dynaspec.engine.protocol.JsonTree;
import io.dynaspec.engine.protocol.Protocol;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An engine started with a data directory stops — cleanly, or with the power cut — and starts
 * again from the same directory: what was set on its tables besides their items is still there.
 * Tags (Tagging.html) with the engine's own {@code dynaspec:} options, the Time to Live setting
 * and its one-hour rule (API_UpdateTimeToLive.html), the sweeper deleting expired items again,
 * the item-collection option, the Backfilling flag of an index UpdateTable created
 * (API_GlobalSecondaryIndexDescription.html), the stream with its records (Streams.html), a
 * transaction's ClientRequestToken within its 10 minutes (API_TransactWriteItems.html),
 * deletion protection (WorkingWithTables.Basics.html), the table class (API_TableClassSummary.html)
 * and the times of throughput changes (API_ProvisionedThroughputDescription.html).
 */
class RestartKeepsTableSettingsTest {
    private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/";
    /** 2026-01-01T00:00:00Z: the engine's clock, the same for every start of a test. */
    private static final long START = 1_767_225_600_000L;

    /** One start of the engine on a volume: its cluster and the protocol a client speaks to. */
    private static final class Engine {
        final Cluster cluster;
        final Protocol protocol;

        Engine(CrashingVolume volume, Clock clock) throws IOException {
            cluster = new Cluster(AckRule.QUORUM, 7, 4, clock);
            // Background work (a new index's backfill) runs on the calling thread, so that each
            // call returns with it done and the test needs no waiting.
            cluster.setBackground(Runnable::run);
            cluster.openData(DataDirectory.inline(volume, 1 << 20));
            protocol = new Protocol(cluster);
        }

        Map<String, Object> call(String operation, String body) {
            Protocol.Response r = send(operation, body);
            String text = new String(r.body(), StandardCharsets.UTF_8);
            assertEquals(200, r.status(), operation + ": " + text);
            return parse(text);
        }

        /** The error type of a call that must fail. */
        String error(String operation, String body) {
            Protocol.Response r = send(operation, body);
            String text = new String(r.body(), StandardCharsets.UTF_8);
            assertEquals(400, r.status(), operation + ": " + text);
            String type = (String) parse(text).get("__type");
            return type.substring(type.indexOf('#') + 1);
        }

        private Protocol.Response send(String operation, String body) {
            boolean streams = List.of("ListStreams", "DescribeStream", "GetShardIterator", "GetRecords").contains(operation);
            String target = (streams ? Protocol.STREAMS_TARGET_PREFIX : Protocol.TARGET_PREFIX) + operation;
            return protocol.handle(target, body.getBytes(StandardCharsets.UTF_8));
        }

        /** Stops the engine as {@code serve} does at its end: what waits is forced, the files closed. */
        void stop() {
            cluster.closeData();
        }
    }

    private static Map<String, Object> parse(String text) {
        return JsonTree.parseObject(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The member of a JSON object, or null. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object object, String... path) {
        Object o = object;
        for (String p : path) {
            o = o == null ? null : ((Map<String, Object>) o).get(p);
        }
        return (T) o;
    }

    /** The volume as a start after a power cut finds it: only what was forced. */
    private static CrashingVolume powerCut(CrashingVolume volume) {
        volume.powerOff();
        return volume.afterPowerLoss(new Random(1), false);
    }

    @Test
    void tagsTimeToLiveAndTheItemCollectionOptionSurviveARestart() throws IOException {
        Clock clock = Clock.fixed(START);
        CrashingVolume volume = new CrashingVolume();
        Engine e = new Engine(volume, clock);
        e.call("CreateTable", """
                {"TableName":"Sessions","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},
                                         {"AttributeName":"at","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
                 "LocalSecondaryIndexes":[{"IndexName":"ByAt","Projection":{"ProjectionType":"ALL"},
                   "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"at","KeyType":"RANGE"}]}],
                 "Tags":[{"Key":"team","Value":"payments"},{"Key":"dynaspec:partitions","Value":"2"},
                         {"Key":"dynaspec:item-collection-limit","Value":"300"}]}""");
        e.call("TagResource", """
                {"ResourceArn":"%sSessions","Tags":[{"Key":"stage","Value":"prod"}]}""".formatted(ARN));
        e.call("UpdateTimeToLive", """
                {"TableName":"Sessions","TimeToLiveSpecification":{"Enabled":true,"AttributeName":"expires"}}""");
        long soon = START / 1000 + 60;
        e.call("PutItem", """
                {"TableName":"Sessions","Item":{"pk":{"S":"u1"},"sk":{"S":"a"},"expires":{"N":"%d"}}}""".formatted(soon));
        e.call("PutItem", """
                {"TableName":"Sessions","Item":{"pk":{"S":"u1"},"sk":{"S":"b"},"expires":{"N":"%d"}}}""".formatted(soon + 7200));
        e.stop();

        Engine after = new Engine(volume, clock);
        List<Object> tags = at(after.call("ListTagsOfResource", """
                {"ResourceArn":"%sSessions"}""".formatted(ARN)), "Tags");
        List<String> keys = new ArrayList<>();
        tags.forEach(t -> keys.add(at(t, "Key") + "=" + at(t, "Value")));
        assertEquals(List.of("team=payments", "dynaspec:partitions=2", "dynaspec:item-collection-limit=300", "stage=prod"), keys);
        assertEquals(2, after.cluster.table("Sessions").partitions().size());

        Map<String, Object> ttl = at(after.call("DescribeTimeToLive", "{\"TableName\":\"Sessions\"}"), "TimeToLiveDescription");
        assertEquals("ENABLED", ttl.get("TimeToLiveStatus"));
        assertEquals("expires", ttl.get("AttributeName"));
        // The hour since the last change is measured from before the restart.
        assertEquals("ValidationException", after.error("UpdateTimeToLive", """
                {"TableName":"Sessions","TimeToLiveSpecification":{"Enabled":false,"AttributeName":"expires"}}"""));

        // The sweeper takes the setting up again: two minutes on, the first item has expired.
        after.cluster.advanceClock(120_000);
        assertFalse(after.call("GetItem", """
                {"TableName":"Sessions","Key":{"pk":{"S":"u1"},"sk":{"S":"a"}},"ConsistentRead":true}""").containsKey("Item"));
        assertTrue(after.call("GetItem", """
                {"TableName":"Sessions","Key":{"pk":{"S":"u1"},"sk":{"S":"b"}},"ConsistentRead":true}""").containsKey("Item"));

        // The lowered item-collection limit still holds: u1's collection cannot grow past 300 bytes.
        assertEquals("ItemCollectionSizeLimitExceededException", after.error("PutItem", """
                {"TableName":"Sessions","Item":{"pk":{"S":"u1"},"sk":{"S":"c"},"at":{"S":"x"},"pad":{"S":"%s"}}}"""
                .formatted("p".repeat(300))));
        after.stop();
    }

    @Test
    void deletionProtectionTheTableClassAndThroughputChangesSurviveAPowerCut() throws IOException {
        Clock clock = Clock.fixed(START);
        CrashingVolume volume = new CrashingVolume();
        Engine e = new Engine(volume, clock);
        createKeyedById(e, "Ledger", "\"BillingMode\":\"PAY_PER_REQUEST\",\"DeletionProtectionEnabled\":true");
        createKeyedById(e, "Scratch", "\"BillingMode\":\"PAY_PER_REQUEST\"");
        e.call("UpdateTable", "{\"TableName\":\"Scratch\",\"DeletionProtectionEnabled\":true}");
        e.call("UpdateTable", "{\"TableName\":\"Ledger\",\"TableClass\":\"STANDARD_INFREQUENT_ACCESS\"}");
        createKeyedById(e, "Quota", """
                "ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5},
                "GlobalSecondaryIndexes":[{"IndexName":"ById","KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],
                  "Projection":{"ProjectionType":"KEYS_ONLY"},"ProvisionedThroughput":{"ReadCapacityUnits":2,"WriteCapacityUnits":2}}]""");
        e.call("UpdateTable", """
                {"TableName":"Quota","GlobalSecondaryIndexUpdates":[{"Update":{"IndexName":"ById",
                  "ProvisionedThroughput":{"ReadCapacityUnits":4,"WriteCapacityUnits":2}}}]}""");
        e.call("UpdateTable", """
                {"TableName":"Quota","ProvisionedThroughput":{"ReadCapacityUnits":3,"WriteCapacityUnits":5}}""");

        CrashingVolume recovered = powerCut(volume);
        Engine after = new Engine(recovered, clock);
        assertEquals(Boolean.TRUE, at(after.call("DescribeTable", "{\"TableName\":\"Ledger\"}"), "Table", "DeletionProtectionEnabled"));
        assertEquals(Boolean.TRUE, at(after.call("DescribeTable", "{\"TableName\":\"Scratch\"}"), "Table", "DeletionProtectionEnabled"));
        assertEquals("ValidationException", after.error("DeleteTable", "{\"TableName\":\"Ledger\"}"));
        assertEquals("STANDARD_INFREQUENT_ACCESS",
                at(after.call("DescribeTable", "{\"TableName\":\"Ledger\"}"), "Table", "TableClassSummary", "TableClass"));
        assertEquals(null, (Object) at(after.call("DescribeTable", "{\"TableName\":\"Scratch\"}"), "Table", "TableClassSummary"));
        Map<String, Object> throughput = at(after.call("DescribeTable", "{\"TableName\":\"Quota\"}"), "Table", "ProvisionedThroughput");
        assertEquals("1", String.valueOf(throughput.get("NumberOfDecreasesToday")));
        assertEquals(START / 1000.0, Double.parseDouble(String.valueOf(throughput.get("LastDecreaseDateTime"))));
        assertFalse(throughput.containsKey("LastIncreaseDateTime"), throughput.toString());
        List<Object> indexes = at(after.call("DescribeTable", "{\"TableName\":\"Quota\"}"), "Table", "GlobalSecondaryIndexes");
        Map<String, Object> ixThroughput = at(indexes.get(0), "ProvisionedThroughput");
        assertEquals(START / 1000.0, Double.parseDouble(String.valueOf(ixThroughput.get("LastIncreaseDateTime"))));
        assertEquals("0", String.valueOf(ixThroughput.get("NumberOfDecreasesToday")));
        assertEquals("ValidationException", after.error("DeleteTable", "{\"TableName\":\"Scratch\"}"));
        after.call("UpdateTable", "{\"TableName\":\"Scratch\",\"DeletionProtectionEnabled\":false}");
        after.stop();

        Engine third = new Engine(recovered, clock);
        assertEquals(Boolean.FALSE, at(third.call("DescribeTable", "{\"TableName\":\"Scratch\"}"), "Table", "DeletionProtectionEnabled"));
        third.call("DeleteTable", "{\"TableName\":\"Scratch\"}");
        assertEquals("ValidationException", third.error("DeleteTable", "{\"TableName\":\"Ledger\"}"));
        assertEquals("ResourceNotFoundException", third.error("DescribeTable", "{\"TableName\":\"Scratch\"}"));
        third.stop();
    }

    /** CreateTable of a table keyed by the string id, with the members {@code settings} adds. */
    private static void createKeyedById(Engine e, String name, String settings) {
        e.call("CreateTable", "{\"TableName\":\"" + name + "\"," + settings
                + ",\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}]"
                + ",\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}");
    }

    @Test
    void anIndexUpdateTableCreatedIsStillReportedAsBackfilledAfterAPowerCut() throws IOException {
        Clock clock = Clock.fixed(START);
        CrashingVolume volume = new CrashingVolume();
        Engine e = new Engine(volume, clock);
        e.call("CreateTable", """
                {"TableName":"Orders","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}]}""");
        e.call("PutItem", """
                {"TableName":"Orders","Item":{"id":{"S":"o1"},"customer":{"S":"c1"}}}""");
        e.call("UpdateTable", """
                {"TableName":"Orders","AttributeDefinitions":[{"AttributeName":"customer","AttributeType":"S"}],
                 "GlobalSecondaryIndexUpdates":[{"Create":{"IndexName":"ByCustomer","Projection":{"ProjectionType":"ALL"},
                   "KeySchema":[{"AttributeName":"customer","KeyType":"HASH"}]}}]}""");
        assertEquals(List.of("false"), backfilling(e));

        Engine after = new Engine(powerCut(volume), clock);
        assertEquals(List.of("false"), backfilling(after));
        after.stop();
    }

    /** DescribeTable's Backfilling of each global index, "absent" where it is not reported. */
    private static List<String> backfilling(Engine e) {
        List<String> out = new ArrayList<>();
        List<Object> indexes = at(e.call("DescribeTable", "{\"TableName\":\"Orders\"}"), "Table", "GlobalSecondaryIndexes");
        indexes.forEach(ix -> out.add(String.valueOf(at(ix, "Backfilling") == null ? "absent" : at(ix, "Backfilling"))));
        return out;
    }

    @Test
    void aCatalogThatIsDamagedOrFromANewerFormatIsRefusedWithAReason() throws IOException {
        Clock clock = Clock.fixed(START);
        CrashingVolume volume = new CrashingVolume();
        Engine e = new Engine(volume, clock);
        e.call("CreateTable", """
                {"TableName":"Alpha","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"Tags":[{"Key":"k","Value":"v"}]}""");
        e.call("CreateTable", """
                {"TableName":"Beta","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}]}""");
        e.stop();
        CrashingVolume damaged = powerCut(volume);
        // A byte in the middle of the first table's record: its check fails and a record follows.
        damaged.damage("catalog", 40);
        Cluster c = new Cluster(AckRule.QUORUM, 7, 4, clock);
        IOException refused = assertThrows(IOException.class, () -> c.openData(DataDirectory.inline(damaged, 1 << 20)));
        assertTrue(refused.getMessage().contains("catalog of tables") && refused.getMessage().contains("damaged"),
                refused.getMessage());
        assertTrue(damaged.names().stream().anyMatch(n -> n.startsWith("tables/")), "no table's files were removed");

        CrashingVolume newer = new CrashingVolume();
        try (StoredFile f = newer.open("catalog")) {
            Records.Batch b = new Records.Batch();
            b.add(new Encoder(64).writeString("dynaspec catalog").writeLong(5).writeLong(1));
            b.writeTo(f);
            f.force();
        }
        Cluster c2 = new Cluster(AckRule.QUORUM, 7, 4, clock);
        IOException tooNew = assertThrows(IOException.class, () -> c2.openData(DataDirectory.inline(newer, 1 << 20)));
        assertTrue(tooNew.getMessage().contains("version 5"), tooNew.getMessage());
    }

    @Test
    void aStreamIsReadAcrossACleanRestartWithoutLosingOrRepeatingARecord() throws IOException {
        streamAcrossARestart(false);
    }

    @Test
    void aStreamIsReadAcrossAPowerCutItsRecordsRebuiltFromTheRecoveredLog() throws IOException {
        streamAcrossARestart(true);
    }

    /**
     * A client reads a stream to its end, the engine restarts, and the client reads on: the
     * stream is the same one (ARN, label, shards), a read from the trim horizon shows the same
     * records, a read after the last sequence number seen shows none, and a new write is one new
     * record with a larger sequence number.
     */
    private static void streamAcrossARestart(boolean powerCut) throws IOException {
        Clock clock = Clock.fixed(START);
        CrashingVolume volume = new CrashingVolume();
        Engine e = new Engine(volume, clock);
        e.call("CreateTable", """
                {"TableName":"Events","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
                 "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_AND_OLD_IMAGES"},
                 "Tags":[{"Key":"dynaspec:partitions","Value":"2"}]}""");
        for (int i = 1; i <= 6; i++) {
            e.call("PutItem", """
                    {"TableName":"Events","Item":{"pk":{"S":"e%d"},"v":{"N":"1"}}}""".formatted(i));
        }
        e.call("PutItem", "{\"TableName\":\"Events\",\"Item\":{\"pk\":{\"S\":\"e1\"},\"v\":{\"N\":\"2\"}}}");
        e.call("DeleteItem", "{\"TableName\":\"Events\",\"Key\":{\"pk\":{\"S\":\"e2\"}}}");
        String arn = at(e.call("DescribeTable", "{\"TableName\":\"Events\"}"), "Table", "LatestStreamArn");
        List<String> before = readAll(e, arn);
        assertEquals(8, before.size(), before.toString());

        Engine after;
        if (powerCut) {
            after = new Engine(powerCut(volume), clock);
        } else {
            e.stop();
            after = new Engine(volume, clock);
        }
        assertEquals(arn, at(after.call("DescribeTable", "{\"TableName\":\"Events\"}"), "Table", "LatestStreamArn"));
        List<Object> listed = at(after.call("ListStreams", "{}"), "Streams");
        assertEquals(List.of(arn), listed.stream().map(x -> (String) at(x, "StreamArn")).toList());
        assertEquals(before, readAll(after, arn));
        for (String record : before) {
            String[] parts = record.split(" ");
            String it = at(after.call("GetShardIterator", """
                    {"StreamArn":"%s","ShardId":"%s","ShardIteratorType":"AFTER_SEQUENCE_NUMBER","SequenceNumber":"%s"}"""
                    .formatted(arn, parts[0], lastOf(before, parts[0]))), "ShardIterator");
            List<Object> none = at(after.call("GetRecords", "{\"ShardIterator\":\"" + it + "\"}"), "Records");
            assertEquals(0, none.size(), "nothing after " + record);
        }

        after.call("PutItem", "{\"TableName\":\"Events\",\"Item\":{\"pk\":{\"S\":\"e7\"},\"v\":{\"N\":\"1\"}}}");
        List<String> more = readAll(after, arn);
        assertEquals(before.size() + 1, more.size(), more.toString());
        assertTrue(more.containsAll(before));
        String added = more.stream().filter(r -> !before.contains(r)).findFirst().orElseThrow();
        String[] parts = added.split(" ");
        assertEquals("INSERT", parts[2]);
        for (String r : before) {
            if (r.startsWith(parts[0] + " ")) {
                assertTrue(parts[1].compareTo(r.split(" ")[1]) > 0, added + " after " + r);
            }
        }
        after.stop();
    }

    @Test
    void aStreamsShardLineageIsKeptAcrossACleanRestartAndItsShardsGoOnRollingOver() throws IOException {
        shardLineageAcrossARestart(false);
    }

    @Test
    void aStreamsShardLineageIsKeptAcrossAPowerCut() throws IOException {
        shardLineageAcrossARestart(true);
    }

    /**
     * A stream whose shards roll over every two records (the table option): after a restart
     * DescribeStream shows the same shards with the same parents and sequence number ranges, a
     * reader reads the same records, and the shards go on rolling over; once the stream is
     * disabled, a restart within its 24 hours still shows its closed shards' lineage.
     */
    private static void shardLineageAcrossARestart(boolean powerCut) throws IOException {
        Clock clock = Clock.fixed(START);
        CrashingVolume volume = new CrashingVolume();
        Engine e = new Engine(volume, clock);
        e.call("CreateTable", """
                {"TableName":"Events","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
                 "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_IMAGE"},
                 "Tags":[{"Key":"dynaspec:partitions","Value":"1"},{"Key":"dynaspec:stream-shard-records","Value":"2"}]}""");
        for (int v = 1; v <= 5; v++) {
            clock.advance(1);
            e.call("PutItem", "{\"TableName\":\"Events\",\"Item\":{\"pk\":{\"S\":\"e1\"},\"v\":{\"N\":\"%d\"}}}".formatted(v));
        }
        String arn = at(e.call("DescribeTable", "{\"TableName\":\"Events\"}"), "Table", "LatestStreamArn");
        List<String> shards = describe(e, arn);
        assertEquals(3, shards.size(), shards.toString());
        List<String> records = readAll(e, arn);
        assertEquals(5, records.size(), records.toString());

        if (!powerCut) {
            e.stop();
        }
        CrashingVolume restarted = powerCut ? powerCut(volume) : volume;
        Engine after = new Engine(restarted, clock);
        assertEquals(shards, describe(after, arn), "the same shards, parents and ranges");
        assertEquals(records, readAll(after, arn));

        clock.advance(1);
        after.call("PutItem", "{\"TableName\":\"Events\",\"Item\":{\"pk\":{\"S\":\"e1\"},\"v\":{\"N\":\"6\"}}}");
        List<String> rolled = describe(after, arn);
        assertEquals(4, rolled.size(), "the option is kept: the open shard closed after its second record: " + rolled);
        String last = rolled.get(3);
        assertTrue(last.split(" ")[1].equals(rolled.get(2).split(" ")[0]), "the new shard's parent is the one that closed: " + rolled);
        assertTrue(last.split(" ")[0].compareTo(rolled.get(2).split(" ")[0]) > 0, "a new shard's id sorts after the others");

        after.call("UpdateTable", """
                {"TableName":"Events","StreamSpecification":{"StreamEnabled":false}}""");
        List<String> disabled = describe(after, arn);
        after.stop();
        Engine third = new Engine(restarted, clock);
        assertEquals(disabled, describe(third, arn), "a disabled stream's closed shards keep their lineage");
        assertEquals(4, disabled.size());
        assertEquals(6, readAll(third, arn).size());
        third.stop();
    }

    /** Each shard DescribeStream lists: "id parent start end", "-" for a member it lacks. */
    private static List<String> describe(Engine e, String arn) {
        List<String> out = new ArrayList<>();
        List<Object> shards = at(e.call("DescribeStream", "{\"StreamArn\":\"" + arn + "\"}"), "StreamDescription", "Shards");
        for (Object shard : shards) {
            Map<?, ?> s = (Map<?, ?>) shard;
            Map<?, ?> range = (Map<?, ?>) s.get("SequenceNumberRange");
            out.add(s.get("ShardId") + " " + orDash(s.get("ParentShardId")) + " " + orDash(range.get("StartingSequenceNumber")) + " "
                    + orDash(range.get("EndingSequenceNumber")));
        }
        return out;
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }

    /** Every record of every shard, oldest first: "shard sequence event key". */
    private static List<String> readAll(Engine e, String arn) {
        List<String> out = new ArrayList<>();
        List<Object> shards = at(e.call("DescribeStream", "{\"StreamArn\":\"" + arn + "\"}"), "StreamDescription", "Shards");
        for (Object shard : shards) {
            String id = at(shard, "ShardId");
            String it = at(e.call("GetShardIterator", """
                    {"StreamArn":"%s","ShardId":"%s","ShardIteratorType":"TRIM_HORIZON"}""".formatted(arn, id)), "ShardIterator");
            while (it != null) {
                Map<String, Object> page = e.call("GetRecords", "{\"ShardIterator\":\"" + it + "\"}");
                List<Object> records = at(page, "Records");
                for (Object r : records) {
                    out.add(id + " " + at(r, "dynamodb", "SequenceNumber") + " " + at(r, "eventName") + " "
                            + at(r, "dynamodb", "Keys", "pk", "S") + " " + at(r, "dynamodb", "NewImage"));
                }
                it = records.isEmpty() ? null : at(page, "NextShardIterator");
            }
        }
        return out;
    }

    /** The last sequence number a shard's records show. */
    private static String lastOf(List<String> records, String shard) {
        String last = null;
        for (String r : records) {
            if (r.startsWith(shard + " ")) {
                last = r.split(" ")[1];
            }
        }
        return last;
    }

    @Test
    void aTransactionRetriedWithItsTokenAfterAPowerCutChangesNothingWithinTenMinutes() throws IOException {
        Clock clock = Clock.fixed(START);
        CrashingVolume volume = new CrashingVolume();
        Engine e = new Engine(volume, clock);
        e.call("CreateTable", """
                {"TableName":"Accounts","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}]}""");
        e.call("PutItem", "{\"TableName\":\"Accounts\",\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"0\"}}}");
        e.call("PutItem", "{\"TableName\":\"Accounts\",\"Item\":{\"id\":{\"S\":\"b\"},\"n\":{\"N\":\"0\"}}}");
        String increment = """
                {"ClientRequestToken":"transfer-1","TransactItems":[
                  {"Update":{"TableName":"Accounts","Key":{"id":{"S":"a"}},"UpdateExpression":"SET n = n + :one",
                             "ExpressionAttributeValues":{":one":{"N":"1"}}}},
                  {"Update":{"TableName":"Accounts","Key":{"id":{"S":"b"}},"UpdateExpression":"SET n = n + :one",
                             "ExpressionAttributeValues":{":one":{"N":"1"}}}}]}""";
        e.call("TransactWriteItems", increment);
        assertEquals("1", counter(e, "a"));

        CrashingVolume kept = powerCut(volume);
        Engine after = new Engine(kept, clock);
        // API_TransactWriteItems.html: a repeat within 10 minutes succeeds without writing again.
        after.call("TransactWriteItems", increment);
        assertEquals("1", counter(after, "a"));
        assertEquals("1", counter(after, "b"));
        assertEquals("IdempotentParameterMismatchException", after.error("TransactWriteItems",
                increment.replace("\":one\":{\"N\":\"1\"}", "\":one\":{\"N\":\"5\"}")));

        // A second restart, later: the window is counted from the first request, not the restart.
        after.stop();
        clock.advance(9 * 60_000);
        Engine later = new Engine(kept, clock);
        later.call("TransactWriteItems", increment);
        assertEquals("1", counter(later, "a"));
        later.stop();
        clock.advance(2 * 60_000);
        Engine closed = new Engine(kept, clock);
        closed.call("TransactWriteItems", increment);
        assertEquals("2", counter(closed, "a"));
        assertEquals("2", counter(closed, "b"));
        closed.stop();
    }

    private static String counter(Engine e, String id) {
        return at(e.call("GetItem", """
                {"TableName":"Accounts","Key":{"id":{"S":"%s"}},"ConsistentRead":true}""".formatted(id)), "Item", "n", "N");
    }

    @Test
    void aCatalogOfTheFirstFormatIsStillReadItsTablesWithoutSettings() throws IOException {
        Clock clock = Clock.fixed(START);
        CrashingVolume volume = new CrashingVolume();
        Engine e = new Engine(volume, clock);
        e.call("CreateTable", """
                {"TableName":"Legacy","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"Tags":[{"Key":"dynaspec:partitions","Value":"1"}]}""");
        e.call("PutItem", "{\"TableName\":\"Legacy\",\"Item\":{\"id\":{\"S\":\"x\"}}}");
        e.stop();
        // The catalog as the first format wrote it: the next table number alone, then each table's
        // number and metadata (AttributeType S is ordinal 0), no settings.
        volume.delete("catalog");
        try (StoredFile f = volume.open("catalog")) {
            Records.Batch b = new Records.Batch();
            b.add(new Encoder(16).writeLong(2));
            b.add(new Encoder(128).writeLong(1).writeString("Legacy").writeString("id").writeByte(0).writeOptionalString(null)
                    .writeLong(1).writeString("id").writeByte(0).writeString("PAY_PER_REQUEST").writeLong(0).writeLong(0)
                    .writeLong(0).writeLong(0).writeLong(START / 1000).writeLong(0).writeLong(1));
            b.writeTo(f);
            f.force();
        }
        Engine after = new Engine(volume, clock);
        assertTrue(after.call("GetItem", "{\"TableName\":\"Legacy\",\"Key\":{\"id\":{\"S\":\"x\"}},\"ConsistentRead\":true}")
                .containsKey("Item"));
        List<Object> tags = at(after.call("ListTagsOfResource", "{\"ResourceArn\":\"" + ARN + "Legacy\"}"), "Tags");
        assertEquals(0, tags.size());
        // The next change writes the catalog in the current format, which the next start reads.
        after.call("TagResource", "{\"ResourceArn\":\"" + ARN + "Legacy\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}");
        after.stop();
        Engine again = new Engine(volume, clock);
        List<Object> kept = at(again.call("ListTagsOfResource", "{\"ResourceArn\":\"" + ARN + "Legacy\"}"), "Tags");
        assertEquals(1, kept.size());
        again.stop();
    }

    @Test
    void aDeletedTablesStreamIsStillReadAfterARestartWithinItsTwentyFourHours() throws IOException {
        Clock clock = Clock.fixed(START);
        CrashingVolume volume = new CrashingVolume();
        Engine e = new Engine(volume, clock);
        e.call("CreateTable", """
                {"TableName":"Gone","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
                 "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"KEYS_ONLY"}}""");
        for (int i = 1; i <= 3; i++) {
            e.call("PutItem", "{\"TableName\":\"Gone\",\"Item\":{\"pk\":{\"S\":\"k" + i + "\"}}}");
        }
        String arn = at(e.call("DescribeTable", "{\"TableName\":\"Gone\"}"), "Table", "LatestStreamArn");
        List<String> before = readAll(e, arn);
        assertEquals(3, before.size());
        e.call("DeleteTable", "{\"TableName\":\"Gone\"}");
        e.cluster.advanceClock(60 * 60_000);

        // A power cut an hour later: the disabled stream was written whole when it was disabled.
        CrashingVolume kept = powerCut(volume);
        Engine after = new Engine(kept, clock);
        Map<String, Object> description = at(after.call("DescribeStream", "{\"StreamArn\":\"" + arn + "\"}"), "StreamDescription");
        assertEquals("DISABLED", description.get("StreamStatus"));
        assertEquals("Gone", description.get("TableName"));
        assertEquals(before, readAll(after, arn));
        List<Object> listed = at(after.call("ListStreams", "{}"), "Streams");
        assertEquals(1, listed.size());

        // 24 hours after it was disabled it is gone, and so are its files.
        after.cluster.advanceClock(23 * 60 * 60_000);
        assertEquals("ResourceNotFoundException", after.error("DescribeStream", "{\"StreamArn\":\"" + arn + "\"}"));
        assertTrue(kept.names().stream().noneMatch(n -> n.startsWith("retired/")), kept.names().toString());
        after.stop();
    }
}
