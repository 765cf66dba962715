package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.WriteOutcome;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchWriteItem (API_BatchWriteItem.html): up to 25 puts and deletes across tables, each an
 * independent single-item write — the seed: "BatchWriteItem is just multiple independent PutItem
 * requests under the hood and failure of any of the PutItem requests will not impact other PutItem
 * requests". The whole request is validated first; then each write is applied on its own, and
 * those that cannot be applied (a partition without a quorum) come back in UnprocessedItems.
 */
public final class BatchWriteItem {
    /** API_BatchWriteItem.html: "up to 25 item put or delete operations". */
    public static final int MAX_WRITES = 25;

    /**
     * One put or delete as requested: exactly one of item and key is set.
     *
     * @param item the item of a PutRequest, or null
     * @param key  the key of a DeleteRequest, or null
     */
    public record Write(Item item, Map<String, AttributeValue> key) {
    }

    /**
     * @param requestItems                table name → its writes, in request order
     * @param returnConsumedCapacity      ReturnConsumedCapacity
     * @param returnItemCollectionMetrics ReturnItemCollectionMetrics = SIZE
     */
    public record Request(Map<String, List<Write>> requestItems, ReturnConsumedCapacity returnConsumedCapacity,
                          boolean returnItemCollectionMetrics) {
    }

    /**
     * @param unprocessedItems      writes not applied, by table, as requested (empty on full success)
     * @param consumedCapacity      per table, or empty when not asked
     * @param itemCollectionMetrics per table with local indexes, when asked
     */
    public record Result(Map<String, List<Write>> unprocessedItems, List<Capacity.Consumed> consumedCapacity,
                         Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
    }

    private final Cluster cluster;

    public BatchWriteItem(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        int total = r.requestItems().values().stream().mapToInt(List::size).sum();
        if (total > MAX_WRITES) {
            throw Errors.validation("Too many items requested for the BatchWriteItem call");
        }
        // Validate everything before writing anything: a bad request changes nothing.
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, List<PrimaryKey>> keys = new LinkedHashMap<>();
        for (Map.Entry<String, List<Write>> e : r.requestItems().entrySet()) {
            Table table = WriteChecks.table(cluster, e.getKey());
            tables.put(e.getKey(), table);
            List<PrimaryKey> tableKeys = new ArrayList<>();
            Set<PrimaryKey> seen = new HashSet<>();
            for (Write w : e.getValue()) {
                if (w.item() != null) {
                    table.keySchema().requireKeyTypesOfBatchItem(w.item());
                }
                PrimaryKey k = w.item() != null ? WriteChecks.itemToStore(table.metadata(), w.item())
                        : table.keySchema().keyOfKeyParameter(w.key());
                if (!seen.add(k)) {
                    throw Errors.validation("Provided list of item keys contains duplicates");
                }
                tableKeys.add(k);
            }
            keys.put(e.getKey(), tableKeys);
        }

        Map<String, List<Write>> unprocessed = new LinkedHashMap<>();
        Map<String, Capacity.Consumed> consumed = new LinkedHashMap<>();
        Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
        for (Map.Entry<String, List<Write>> e : r.requestItems().entrySet()) {
            Table table = tables.get(e.getKey());
            List<PrimaryKey> tableKeys = keys.get(e.getKey());
            for (int i = 0; i < e.getValue().size(); i++) {
                Write w = e.getValue().get(i);
                PrimaryKey k = tableKeys.get(i);
                WriteOutcome out;
                try {
                    out = table.write(k, Precondition.NONE, w.item() != null ? Mutation.put(w.item()) : Mutation.DELETE);
                } catch (DynamoException failed) {
                    if (!failed.type().retryable()) {
                        throw failed;
                    }
                    unprocessed.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(w);
                    continue;
                }
                consumed.merge(e.getKey(), Capacity.Consumed.ofWrite(table.metadata(), out.oldItem(), out.newItem()),
                        Capacity.Consumed::plus);
                if (r.returnItemCollectionMetrics()) {
                    ItemCollectionMetrics m = ItemCollectionMetrics.of(table, k);
                    if (m != null) {
                        metrics.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(m);
                    }
                }
            }
        }
        return new Result(unprocessed,
                r.returnConsumedCapacity() == ReturnConsumedCapacity.NONE ? List.of() : new ArrayList<>(consumed.values()),
                metrics);
    }
}
