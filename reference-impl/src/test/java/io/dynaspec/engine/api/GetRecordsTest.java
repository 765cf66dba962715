package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.StreamRecord;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GetRecords stops at whichever comes first of Limit and 1 MB of records
 * (API_streams_GetRecords.html: "GetRecords can retrieve a maximum of 1 MB of data or 1000 stream
 * records, whichever comes first"), and its NextShardIterator continues with the record it left.
 */
class GetRecordsTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    /** An item of about 300 KB: three fit within 1 MB, a fourth does not. */
    private static final String LARGE = "x".repeat(300_000);

    private static PrimaryKey key(int i) {
        return new PrimaryKey(new AttributeValue.S("k" + i), null);
    }

    private static Item item(int i) {
        return Item.of(Map.of("pk", new AttributeValue.S("k" + i), "v", new AttributeValue.S(LARGE)));
    }

    @Test
    void aReadStopsAtOneMegabyteAndTheNextOneContinuesWhereItStopped() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("Orders", KEY, 1));
        table.enableStream(StreamViewType.NEW_IMAGE);
        for (int i = 1; i <= 5; i++) {
            table.write(key(i), Precondition.NONE, Mutation.put(item(i)));
        }
        String arn = StreamArn.of("Orders", table.stream());
        String shardId = table.stream().shards().get(0).id();
        String iterator = new GetShardIterator(cluster)
                .execute(new GetShardIterator.Request(arn, shardId, "TRIM_HORIZON", null)).encode();

        GetRecords.Result first = new GetRecords(cluster).execute(new GetRecords.Request(iterator, null));
        assertEquals(List.of("k1", "k2", "k3"), keys(first));
        long size = first.records().stream().mapToLong(r -> r.sizeBytes(first.viewType(), first.keySchema())).sum();
        assertTrue(size <= GetRecords.MAX_BYTES, size + " bytes read");

        assertNotNull(first.nextShardIterator());
        GetRecords.Result second = new GetRecords(cluster).execute(new GetRecords.Request(first.nextShardIterator(), null));
        assertEquals(List.of("k4", "k5"), keys(second));
    }

    @Test
    void aKeysOnlyStreamCountsOnlyTheKeysSoLimitComesFirst() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("Orders", KEY, 1));
        table.enableStream(StreamViewType.KEYS_ONLY);
        for (int i = 1; i <= 5; i++) {
            table.write(key(i), Precondition.NONE, Mutation.put(item(i)));
        }
        String arn = StreamArn.of("Orders", table.stream());
        String shardId = table.stream().shards().get(0).id();
        String iterator = new GetShardIterator(cluster)
                .execute(new GetShardIterator.Request(arn, shardId, "TRIM_HORIZON", null)).encode();

        assertEquals(List.of("k1", "k2", "k3", "k4"), keys(new GetRecords(cluster).execute(new GetRecords.Request(iterator, 4))));
    }

    private static List<String> keys(GetRecords.Result r) {
        return r.records().stream().map(StreamRecord::key).map(k -> ((AttributeValue.S) k.partition()).value()).toList();
    }
}
