package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.Map;

/**
 * Statistics of the item collection a write touched, returned only for tables with local
 * secondary indexes (API_PutItem.html, "ItemCollectionMetrics": "If the table does not have any
 * local secondary indexes, this information is not returned in the response").
 *
 * @param key               the collection's partition key attribute and value
 * @param sizeEstimateRangeGb lower and upper bound of the collection size estimate, in GB
 */
public record ItemCollectionMetrics(Map<String, AttributeValue> key, double[] sizeEstimateRangeGb) {
    private static final double GB = 1024.0 * 1024 * 1024;

    /** The metrics of the collection holding key, or null when the table has no local index. */
    static ItemCollectionMetrics of(Table table, PrimaryKey key) {
        TableMetadata meta = table.metadata();
        if (!meta.hasLocalIndexes()) {
            return null;
        }
        long bytes = table.partitionFor(key).itemCollectionSize(key);
        double lower = Math.floor(bytes / GB);
        return new ItemCollectionMetrics(Map.of(meta.keySchema().partitionName(), key.partition()),
                new double[] {lower, lower + 1});
    }
}
