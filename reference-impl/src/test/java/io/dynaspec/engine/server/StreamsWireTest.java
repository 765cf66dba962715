package io.dynaspec.engine.server;

import io.dynaspec.engine.cluster.Cluster;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.dynaspec.engine.server.DocTables.n;
import static io.dynaspec.engine.server.DocTables.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DynamoDB Streams API through the AWS SDK's own streams client, on the engine's one endpoint
 * (X-Amz-Target DynamoDBStreams_20120810.*), as Streams.html and the Streams API Reference describe
 * it: a stream enabled at CreateTable, shown in DescribeTable and ListStreams; one record per
 * acknowledged change, INSERT, MODIFY or REMOVE, with the images its view type names, none for a
 * write that changed nothing; iterators at the trim horizon, the latest record or a sequence
 * number, expiring after 15 minutes; Time to Live deletes made by the service.
 */
class StreamsWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;
    private static final Cluster CLUSTER = WireFixture.ENGINE.cluster();
    private static final DynamoDbStreamsClient STREAMS = DynamoDbStreamsClient.builder()
            .endpointOverride(WireFixture.ENGINE.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
            .build();

    /** A table of one partition, so that one shard holds every record, with a stream of this view type. */
    private static TableDescription tableWithStream(StreamViewType viewType) {
        String name = WireFixture.uniqueTable("Streamed");
        DDB.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("Id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("Id").keyType(KeyType.HASH).build())
                .tags(Tag.builder().key("dynaspec:partitions").value("1").build())
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(viewType)));
        return DDB.describeTable(b -> b.tableName(name)).table();
    }

    private static String shardOf(String streamArn) {
        return STREAMS.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
    }

    private static String iterator(String streamArn, ShardIteratorType type, String sequence) {
        return STREAMS.getShardIterator(b -> b.streamArn(streamArn).shardId(shardOf(streamArn))
                .shardIteratorType(type).sequenceNumber(sequence)).shardIterator();
    }

    private static List<Record> all(String streamArn) {
        return STREAMS.getRecords(b -> b.shardIterator(iterator(streamArn, ShardIteratorType.TRIM_HORIZON, null))).records();
    }

    private static void put(String table, String id, String value) {
        DDB.putItem(b -> b.tableName(table).item(Map.of("Id", s(id), "V", s(value))));
    }

    @Test
    void aStreamEnabledAtCreateTableIsDescribedAndListed() {
        TableDescription t = tableWithStream(StreamViewType.NEW_AND_OLD_IMAGES);
        assertTrue(t.streamSpecification().streamEnabled());
        assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, t.streamSpecification().streamViewType());
        assertEquals(t.tableArn() + "/stream/" + t.latestStreamLabel(), t.latestStreamArn());

        var listed = STREAMS.listStreams(b -> b.tableName(t.tableName())).streams();
        assertEquals(1, listed.size());
        assertEquals(t.latestStreamArn(), listed.get(0).streamArn());
        assertEquals(t.latestStreamLabel(), listed.get(0).streamLabel());

        var description = STREAMS.describeStream(b -> b.streamArn(t.latestStreamArn())).streamDescription();
        assertEquals("ENABLED", description.streamStatusAsString());
        assertEquals(t.tableName(), description.tableName());
        assertEquals(1, description.shards().size());
        assertNull(DDB.describeTable(b -> b.tableName(DocTables.productCatalog())).table().latestStreamArn(),
                "a table without a StreamSpecification has no stream");
    }

    @Test
    void eachChangeIsOneRecordInOrderWithTheImagesChainedAndNoneForAWriteThatChangedNothing() {
        TableDescription t = tableWithStream(StreamViewType.NEW_AND_OLD_IMAGES);
        String table = t.tableName();
        put(table, "a", "1");
        put(table, "a", "1");
        put(table, "a", "2");
        DDB.deleteItem(b -> b.tableName(table).key(Map.of("Id", s("a"))));
        DDB.deleteItem(b -> b.tableName(table).key(Map.of("Id", s("a"))));

        List<Record> records = all(t.latestStreamArn());
        assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE),
                records.stream().map(Record::eventName).toList());
        assertEquals(Map.of("Id", s("a")), records.get(0).dynamodb().keys());
        assertFalse(records.get(0).dynamodb().hasOldImage());
        assertEquals(Map.of("Id", s("a"), "V", s("1")), records.get(0).dynamodb().newImage());
        assertEquals(records.get(0).dynamodb().newImage(), records.get(1).dynamodb().oldImage());
        assertEquals(records.get(1).dynamodb().newImage(), records.get(2).dynamodb().oldImage());
        assertFalse(records.get(2).dynamodb().hasNewImage());
        for (int i = 1; i < records.size(); i++) {
            assertTrue(records.get(i - 1).dynamodb().sequenceNumber().compareTo(records.get(i).dynamodb().sequenceNumber()) < 0);
        }
        assertEquals("aws:dynamodb", records.get(0).eventSource());
        assertNull(records.get(0).userIdentity());
    }

    @Test
    void theViewTypeDecidesWhichImagesARecordShows() {
        TableDescription keys = tableWithStream(StreamViewType.KEYS_ONLY);
        TableDescription newer = tableWithStream(StreamViewType.NEW_IMAGE);
        TableDescription older = tableWithStream(StreamViewType.OLD_IMAGE);
        for (TableDescription t : List.of(keys, newer, older)) {
            put(t.tableName(), "a", "1");
            put(t.tableName(), "a", "2");
        }
        Record k = all(keys.latestStreamArn()).get(1);
        assertFalse(k.dynamodb().hasNewImage() || k.dynamodb().hasOldImage());
        assertEquals(Map.of("Id", s("a")), k.dynamodb().keys());
        Record nw = all(newer.latestStreamArn()).get(1);
        assertEquals(Map.of("Id", s("a"), "V", s("2")), nw.dynamodb().newImage());
        assertFalse(nw.dynamodb().hasOldImage());
        Record old = all(older.latestStreamArn()).get(1);
        assertEquals(Map.of("Id", s("a"), "V", s("1")), old.dynamodb().oldImage());
        assertFalse(old.dynamodb().hasNewImage());
    }

    @Test
    void iteratorsStartAtTheTrimHorizonTheLatestRecordOrASequenceNumberAndContinue() {
        TableDescription t = tableWithStream(StreamViewType.NEW_IMAGE);
        String arn = t.latestStreamArn();
        put(t.tableName(), "a", "1");
        put(t.tableName(), "b", "1");
        String latest = iterator(arn, ShardIteratorType.LATEST, null);
        put(t.tableName(), "c", "1");

        List<Record> records = all(arn);
        assertEquals(3, records.size());
        String second = records.get(1).dynamodb().sequenceNumber();
        assertEquals(List.of("c"), STREAMS.getRecords(b -> b.shardIterator(latest)).records().stream()
                .map(r -> r.dynamodb().keys().get("Id").s()).toList());
        assertEquals(List.of("b", "c"), STREAMS.getRecords(b -> b.shardIterator(iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, second)))
                .records().stream().map(r -> r.dynamodb().keys().get("Id").s()).toList());
        assertEquals(List.of("c"), STREAMS.getRecords(b -> b.shardIterator(iterator(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, second)))
                .records().stream().map(r -> r.dynamodb().keys().get("Id").s()).toList());

        GetRecordsResponse first = STREAMS.getRecords(b -> b.shardIterator(iterator(arn, ShardIteratorType.TRIM_HORIZON, null)).limit(2));
        assertEquals(2, first.records().size());
        GetRecordsResponse rest = STREAMS.getRecords(b -> b.shardIterator(first.nextShardIterator()));
        assertEquals(List.of("c"), rest.records().stream().map(r -> r.dynamodb().keys().get("Id").s()).toList());
        assertNotNull(rest.nextShardIterator(), "the shard stays open");
        assertEquals(List.of(), STREAMS.getRecords(b -> b.shardIterator(rest.nextShardIterator())).records());
    }

    @Test
    void anIteratorExpiresAfterFifteenMinutes() {
        TableDescription t = tableWithStream(StreamViewType.KEYS_ONLY);
        String it = iterator(t.latestStreamArn(), ShardIteratorType.TRIM_HORIZON, null);
        CLUSTER.clock().advance(15 * 60 * 1000L);
        assertThrows(ExpiredIteratorException.class, () -> STREAMS.getRecords(b -> b.shardIterator(it)));
    }

    @Test
    void aTimeToLiveDeleteIsARemoveMadeByTheService() {
        TableDescription t = tableWithStream(StreamViewType.NEW_AND_OLD_IMAGES);
        DDB.updateTimeToLive(b -> b.tableName(t.tableName()).timeToLiveSpecification(s -> s.enabled(true).attributeName("ExpiresAt")));
        long now = CLUSTER.clock().millis() / 1000;
        DDB.putItem(b -> b.tableName(t.tableName()).item(Map.of("Id", s("a"), "ExpiresAt", n(Long.toString(now - 1)))));
        DDB.putItem(b -> b.tableName(t.tableName()).item(Map.of("Id", s("b"))));
        CLUSTER.sweepExpiredItems();
        DDB.deleteItem(b -> b.tableName(t.tableName()).key(Map.of("Id", s("b"))));

        List<Record> records = all(t.latestStreamArn());
        assertEquals(4, records.size());
        Record swept = records.get(2);
        assertEquals(OperationType.REMOVE, swept.eventName());
        assertEquals("Service", swept.userIdentity().type());
        assertEquals("dynamodb.amazonaws.com", swept.userIdentity().principalId());
        assertNull(records.get(3).userIdentity(), "a client's delete is not the service's");
    }

    /**
     * Shard lineage as Streams.html describes it ("It's also possible for a parent shard to have
     * just one child shard", "an application must always process a parent shard before it processes a child shard"):
     * with the table option closing a shard every two records, a reader that pages DescribeStream
     * one shard at a time and reads each parent to its end (no NextShardIterator) before its
     * children sees each change once, per item in order.
     */
    @Test
    void aReaderThatFollowsShardLineageSeesEachChangeOnceInOrder() {
        String name = WireFixture.uniqueTable("Rolled");
        DDB.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("Id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("Id").keyType(KeyType.HASH).build())
                .tags(Tag.builder().key("dynaspec:partitions").value("2").build(),
                        Tag.builder().key("dynaspec:stream-shard-records").value("2").build())
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
        String arn = DDB.describeTable(b -> b.tableName(name)).table().latestStreamArn();
        for (int v = 1; v <= 5; v++) {
            for (String id : List.of("a", "b", "c")) {
                put(name, id, Integer.toString(v));
            }
        }

        List<Shard> shards = new ArrayList<>();
        String start = null;
        do {
            String from = start;
            var page = STREAMS.describeStream(b -> b.streamArn(arn).limit(1).exclusiveStartShardId(from)).streamDescription();
            shards.addAll(page.shards());
            start = page.lastEvaluatedShardId();
        } while (start != null);
        Map<String, Shard> byId = new HashMap<>();
        Map<String, List<Shard>> children = new HashMap<>();
        ArrayDeque<Shard> ready = new ArrayDeque<>();
        for (Shard shard : shards) {
            byId.put(shard.shardId(), shard);
        }
        for (Shard shard : shards) {
            if (shard.parentShardId() == null) {
                ready.add(shard);
            } else {
                Shard parent = byId.get(shard.parentShardId());
                assertNotNull(parent, "a parent within 24 hours is listed");
                assertNotNull(parent.sequenceNumberRange().endingSequenceNumber(), "a parent is closed");
                assertTrue(shard.sequenceNumberRange().startingSequenceNumber()
                        .compareTo(parent.sequenceNumberRange().endingSequenceNumber()) > 0, "a child's records follow its parent's");
                children.computeIfAbsent(shard.parentShardId(), k -> new ArrayList<>()).add(shard);
            }
        }
        assertEquals(2, ready.size(), "one lineage per partition");
        assertTrue(shards.size() > 4, "the shards rolled over: " + shards.size());

        Map<String, List<String>> versions = new HashMap<>();
        Set<String> read = new HashSet<>();
        while (!ready.isEmpty()) {
            Shard shard = ready.poll();
            read.add(shard.shardId());
            String it = STREAMS.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (it != null) {
                String current = it;
                GetRecordsResponse page = STREAMS.getRecords(b -> b.shardIterator(current).limit(1));
                for (Record r : page.records()) {
                    versions.computeIfAbsent(r.dynamodb().keys().get("Id").s(), k -> new ArrayList<>())
                            .add(r.dynamodb().newImage().get("V").s());
                }
                if (shard.sequenceNumberRange().endingSequenceNumber() == null) {
                    assertNotNull(page.nextShardIterator(), "an open shard's iterator goes on");
                    it = page.records().isEmpty() ? null : page.nextShardIterator();
                } else {
                    assertFalse(page.records().isEmpty() && page.nextShardIterator() != null,
                            "a closed shard read to its end gives no NextShardIterator");
                    it = page.nextShardIterator();
                }
            }
            ready.addAll(children.getOrDefault(shard.shardId(), List.of()));
        }
        assertEquals(shards.size(), read.size(), "every shard is reached through its lineage");
        for (Map.Entry<String, List<Shard>> family : children.entrySet()) {
            var filtered = STREAMS.describeStream(b -> b.streamArn(arn)
                    .shardFilter(f -> f.type("CHILD_SHARDS").shardId(family.getKey()))).streamDescription().shards();
            assertEquals(family.getValue(), filtered, "ShardFilter CHILD_SHARDS lists a shard's children");
        }
        List<String> inOrder = List.of("1", "2", "3", "4", "5");
        assertEquals(Map.of("a", inOrder, "b", inOrder, "c", inOrder), versions);
    }

    @Test
    void errorsAreTheStreamsApis() {
        String missing = "arn:aws:dynamodb:us-east-1:000000000000:table/NoSuchTable/stream/2020-01-01T00:00:00.000";
        ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
                () -> STREAMS.describeStream(b -> b.streamArn(missing)));
        assertEquals("Requested resource not found: Stream: " + missing + " not found", e.awsErrorDetails().errorMessage());
        TableDescription t = tableWithStream(StreamViewType.KEYS_ONLY);
        DynamoDbException noSequence = assertThrows(DynamoDbException.class, () -> STREAMS.getShardIterator(b -> b
                .streamArn(t.latestStreamArn()).shardId(shardOf(t.latestStreamArn())).shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)));
        assertEquals("ValidationException", noSequence.awsErrorDetails().errorCode());
        DynamoDbException bad = assertThrows(DynamoDbException.class, () -> STREAMS.getRecords(b -> b.shardIterator("not-an-iterator")));
        assertEquals("ValidationException", bad.awsErrorDetails().errorCode());
        DynamoDbException noViewType = assertThrows(DynamoDbException.class, () -> DDB.createTable(b -> b
                .tableName(WireFixture.uniqueTable("NoView")).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("Id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("Id").keyType(KeyType.HASH).build())
                .streamSpecification(s -> s.streamEnabled(true))));
        assertEquals("One or more parameter values were invalid: You must specify a StreamViewType when enabling a stream",
                noViewType.awsErrorDetails().errorMessage());
    }
}
