package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Clock;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.StreamRecord;
import io.dynaspec.engine.cluster.StreamShard;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shard lineage (Streams.html, "Reading and processing a stream": "Shards are ephemeral: They are
 * created and deleted automatically, as needed", "It's also possible for a parent shard to have
 * just one child shard", "Because shards have a lineage (parent and children), an application must always
 * process a parent shard before it processes a child shard"): a rollover closes a shard after its
 * last record (EndingSequenceNumber) and a child, whose ParentShardId names it, takes the records
 * that follow; a closed shard is read to its end and then gives no NextShardIterator
 * (API_streams_GetRecords.html); once the 24-hour trim has taken all of a closed shard's records
 * the shard is gone.
 */
class ShardLineageTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);

    private static PrimaryKey key(int i) {
        return new PrimaryKey(new AttributeValue.S("k" + i), null);
    }

    private static Item item(int i, int version) {
        return Item.of(Map.of("pk", new AttributeValue.S("k" + i), "v", AttributeValue.N.of(Integer.toString(version))));
    }

    /** A table whose stream shards roll over after {@code recordsPerShard} records. */
    private static Table table(Cluster cluster, int partitions, long recordsPerShard) {
        Table table = cluster.createTable(TableMetadata.of("Orders", KEY, partitions));
        table.setStreamShardRecords(recordsPerShard);
        table.enableStream(StreamViewType.NEW_AND_OLD_IMAGES);
        return table;
    }

    /**
     * Every record of one shard, read as a client does: from TRIM_HORIZON until no
     * NextShardIterator (a closed shard) or a read that finds nothing more (an open one).
     */
    private static List<StreamRecord> readToEnd(Cluster cluster, String arn, String shardId, int limit) {
        List<StreamRecord> out = new ArrayList<>();
        String it = new GetShardIterator(cluster).execute(new GetShardIterator.Request(arn, shardId, "TRIM_HORIZON", null)).encode();
        for (int reads = 0; it != null; reads++) {
            assertTrue(reads < 1000, "a shard's reads come to an end");
            GetRecords.Result r = new GetRecords(cluster).execute(new GetRecords.Request(it, limit));
            out.addAll(r.records());
            it = r.records().isEmpty() ? null : r.nextShardIterator();
        }
        return out;
    }

    @Test
    void aShardClosesAfterItsRecordsAndItsChildTakesOverTheItemsChangesInOrder() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 3, Cluster.DEFAULT_COMPACTION_CHUNK, Clock.fixed(1_000_000));
        Table table = table(cluster, 1, 3);
        for (int v = 1; v <= 10; v++) {
            table.write(key(1), Precondition.NONE, Mutation.put(item(1, v)));
        }
        String arn = StreamArn.of("Orders", table.stream());
        DescribeStream.Result d = new DescribeStream(cluster).execute(new DescribeStream.Request(arn, null, null));
        List<StreamShard> shards = d.shards();
        assertEquals(4, shards.size(), "10 records, 3 a shard: three closed shards and an open one");
        assertNull(shards.get(0).parentId(), "the partition's first shard has no parent");
        for (int i = 1; i < shards.size(); i++) {
            StreamShard parent = shards.get(i - 1);
            StreamShard child = shards.get(i);
            assertEquals(parent.id(), child.parentId());
            assertTrue(parent.closed() && parent.endingSequence() > 0, "a parent is closed, with an EndingSequenceNumber");
            assertTrue(child.firstSequence() > parent.endingSequence(), "the child's records follow its parent's");
            assertTrue(parent.id().compareTo(child.id()) < 0, "ids sort in the order the shards were opened");
        }
        assertFalse(shards.get(3).closed());
        assertEquals(0, shards.get(3).endingSequence(), "the open shard has no EndingSequenceNumber");

        List<Integer> versions = new ArrayList<>();
        for (StreamShard s : shards) {
            List<StreamRecord> records = readToEnd(cluster, arn, s.id(), 2);
            assertEquals(s == shards.get(3) ? 1 : 3, records.size(), s.id());
            if (s.closed()) {
                assertEquals(s.endingSequence(), records.get(records.size() - 1).sequence(), "read to the shard's last record");
            }
            for (StreamRecord r : records) {
                versions.add(Integer.parseInt(((AttributeValue.N) r.newImage().attributes().get("v")).value().toString()));
            }
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), versions, "parent before child: each change once, in order");
    }

    @Test
    void theOpenShardsIteratorContinuesAndAClosedShardsLatestReadsNothing() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 3, Cluster.DEFAULT_COMPACTION_CHUNK, Clock.fixed(1_000_000));
        Table table = table(cluster, 1, 2);
        for (int v = 1; v <= 3; v++) {
            table.write(key(1), Precondition.NONE, Mutation.put(item(1, v)));
        }
        String arn = StreamArn.of("Orders", table.stream());
        List<StreamShard> shards = table.stream().shards();
        String latest = new GetShardIterator(cluster).execute(new GetShardIterator.Request(arn, shards.get(0).id(), "LATEST", null)).encode();
        GetRecords.Result atEnd = new GetRecords(cluster).execute(new GetRecords.Request(latest, null));
        assertEquals(List.of(), atEnd.records());
        assertNull(atEnd.nextShardIterator(), "a closed shard read at its end: no NextShardIterator");

        String open = new GetShardIterator(cluster).execute(new GetShardIterator.Request(arn, shards.get(1).id(), "TRIM_HORIZON", null)).encode();
        GetRecords.Result r = new GetRecords(cluster).execute(new GetRecords.Request(open, null));
        assertEquals(1, r.records().size());
        assertNotNull(r.nextShardIterator(), "the open shard goes on");
    }

    @Test
    void theRollOverCallClosesEveryOpenShardHoldingARecordAndLeavesEmptyOnesOpen() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 3, Cluster.DEFAULT_COMPACTION_CHUNK, Clock.fixed(1_000_000));
        Table table = table(cluster, 4, 0);
        // One write: one partition's shard holds a record, three are empty.
        table.write(key(1), Precondition.NONE, Mutation.put(item(1, 1)));
        assertEquals(1, table.stream().rollOver());
        List<StreamShard> shards = table.stream().shards();
        assertEquals(5, shards.size());
        StreamShard child = shards.get(4);
        StreamShard parent = table.stream().shard(child.parentId());
        assertNotNull(parent);
        assertEquals(parent.group(), child.group(), "a child takes over its parent's partition");
        assertEquals(parent.endingSequence() + 1, child.firstSequence(), "an empty child starts just after its parent");
        assertEquals(0, table.stream().rollOver(), "no shard holds a record: none closes");
        assertEquals(5, table.stream().shards().size());
    }

    @Test
    void describeStreamPagesThroughShardsAndAShardOpenedBetweenPagesIsOnALaterOne() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 3, Cluster.DEFAULT_COMPACTION_CHUNK, Clock.fixed(1_000_000));
        Table table = table(cluster, 2, 1);
        String arn = StreamArn.of("Orders", table.stream());
        DescribeStream describe = new DescribeStream(cluster);
        DescribeStream.Result first = describe.execute(new DescribeStream.Request(arn, 1, null));
        assertEquals(1, first.shards().size());
        assertEquals(first.shards().get(0).id(), first.lastEvaluatedShardId());
        // Now a write closes a shard and opens its child, between two pages.
        table.write(key(1), Precondition.NONE, Mutation.put(item(1, 1)));
        List<String> seen = new ArrayList<>(List.of(first.lastEvaluatedShardId()));
        String start = first.lastEvaluatedShardId();
        while (start != null) {
            DescribeStream.Result page = describe.execute(new DescribeStream.Request(arn, 1, start));
            page.shards().forEach(s -> seen.add(s.id()));
            start = page.lastEvaluatedShardId();
        }
        assertEquals(table.stream().shards().stream().map(StreamShard::id).toList(), seen, "every shard once, in id order");
        assertEquals(3, seen.size());
    }

    @Test
    void aClosedShardWhoseRecordsWereTrimmedIsGoneThoughItsChildStillNamesIt() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 3, Cluster.DEFAULT_COMPACTION_CHUNK, Clock.fixed(1_000_000));
        Table table = table(cluster, 1, 2);
        table.write(key(1), Precondition.NONE, Mutation.put(item(1, 1)));
        table.write(key(1), Precondition.NONE, Mutation.put(item(1, 2)));
        String arn = StreamArn.of("Orders", table.stream());
        StreamShard parent = table.stream().shards().get(0);
        cluster.clock().advance(StreamShard.RETENTION_MILLIS - 1);
        table.write(key(1), Precondition.NONE, Mutation.put(item(1, 3)));
        assertEquals(2, table.stream().shards().size(), "within 24 hours the closed shard is still listed");

        cluster.clock().advance(1);
        List<StreamShard> shards = table.stream().shards();
        assertEquals(1, shards.size(), "all its records trimmed: the closed shard is gone");
        assertEquals(parent.id(), shards.get(0).parentId(), "its child still names it");
        DynamoException gone = assertThrows(DynamoException.class, () -> new GetShardIterator(cluster)
                .execute(new GetShardIterator.Request(arn, parent.id(), "TRIM_HORIZON", null)));
        assertEquals(ErrorType.RESOURCE_NOT_FOUND, gone.type());
        assertEquals(1, readToEnd(cluster, arn, shards.get(0).id(), 100).size(), "the child's record is still read");
    }
}
