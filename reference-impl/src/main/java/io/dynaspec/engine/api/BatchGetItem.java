package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.expression.ProjectionExpression;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * BatchGetItem (API_BatchGetItem.html): up to 100 items from one or more tables, each read as a
 * GetItem of its own — "DynamoDB processes each item in the batch as an individual GetItem
 * request" (read-write-operations.html) — so each item is rounded up to 4 KB on its own and a key
 * without an item costs what a GetItem of it costs. What a partition cannot serve (no live replica,
 * or no leader for a strongly consistent read) and what would take the response past 16 MB comes
 * back in UnprocessedKeys with the table's read parameters, so the caller can send it again.
 */
public final class BatchGetItem {
    /** API_BatchGetItem.html: "A single operation can retrieve up to 16 MB of data, which can contain as many as 100 items." */
    public static final int MAX_KEYS = 100;
    /** API_BatchGetItem.html: the response size limit. */
    public static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    /**
     * One table's KeysAndAttributes (API_KeysAndAttributes.html).
     *
     * @param keys                 Keys, in request order
     * @param consistentRead       ConsistentRead
     * @param projectionExpression ProjectionExpression, or null
     * @param attributeNames       ExpressionAttributeNames, or null
     * @param attributesToGet      the legacy AttributesToGet, or null
     */
    public record KeysAndAttributes(List<Map<String, AttributeValue>> keys, boolean consistentRead,
                                    String projectionExpression, Map<String, String> attributeNames,
                                    List<String> attributesToGet) {
        KeysAndAttributes withKeys(List<Map<String, AttributeValue>> other) {
            return new KeysAndAttributes(other, consistentRead, projectionExpression, attributeNames, attributesToGet);
        }
    }

    /**
     * @param requestItems           table name → what to read there, in request order
     * @param returnConsumedCapacity ReturnConsumedCapacity
     */
    public record Request(Map<String, KeysAndAttributes> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
    }

    /**
     * @param responses        table name → the items found, projected (every requested table appears, maybe empty)
     * @param unprocessedKeys  table name → the keys not read, with that table's read parameters (empty when all were read)
     * @param consumedCapacity one entry per table, or empty when not asked
     */
    public record Result(Map<String, List<Item>> responses, Map<String, KeysAndAttributes> unprocessedKeys,
                         List<Capacity.Consumed> consumedCapacity) {
    }

    private final Cluster cluster;

    public BatchGetItem(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        int total = r.requestItems().values().stream().mapToInt(k -> k.keys().size()).sum();
        if (total > MAX_KEYS) {
            throw Errors.validation("Too many items requested for the BatchGetItem call");
        }
        // Everything is validated before anything is read: a bad request reads nothing.
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, List<PrimaryKey>> keys = new LinkedHashMap<>();
        Map<String, UnaryOperator<Item>> projections = new LinkedHashMap<>();
        for (Map.Entry<String, KeysAndAttributes> e : r.requestItems().entrySet()) {
            KeysAndAttributes ka = e.getValue();
            projections.put(e.getKey(), projection(ka));
            // A key named twice, in any order of its attributes, is refused before the table is
            // looked up (dynalite's suite records of live DynamoDB, batchGetItem validations).
            if (new HashSet<>(ka.keys()).size() != ka.keys().size()) {
                throw Errors.validation("Provided list of item keys contains duplicates");
            }
            Table table = WriteChecks.table(cluster, e.getKey());
            tables.put(e.getKey(), table);
            List<PrimaryKey> tableKeys = new ArrayList<>(ka.keys().size());
            Set<PrimaryKey> seen = new HashSet<>();
            for (Map<String, AttributeValue> k : ka.keys()) {
                PrimaryKey key = table.keySchema().keyOfKeyParameter(k);
                if (!seen.add(key)) {
                    throw Errors.validation("Provided list of item keys contains duplicates");
                }
                tableKeys.add(key);
            }
            keys.put(e.getKey(), tableKeys);
        }

        Map<String, List<Item>> responses = new LinkedHashMap<>();
        Map<String, List<Map<String, AttributeValue>>> unprocessed = new LinkedHashMap<>();
        Map<String, Capacity.Consumed> consumed = new LinkedHashMap<>();
        long responseBytes = 0;
        boolean full = false;
        for (Map.Entry<String, KeysAndAttributes> e : r.requestItems().entrySet()) {
            String name = e.getKey();
            Table table = tables.get(name);
            KeysAndAttributes ka = e.getValue();
            List<PrimaryKey> tableKeys = keys.get(name);
            List<Item> found = new ArrayList<>();
            responses.put(name, found);
            for (int i = 0; i < tableKeys.size(); i++) {
                Item item = null;
                if (!full) {
                    try {
                        item = table.read(tableKeys.get(i), ka.consistentRead());
                    } catch (DynamoException failed) {
                        if (!failed.type().retryable()) {
                            throw failed;
                        }
                        unprocessed.computeIfAbsent(name, x -> new ArrayList<>()).add(ka.keys().get(i));
                        continue;
                    }
                }
                Item shown = item == null ? null : projections.get(name).apply(item);
                // The item that would take the response past the limit is left for the next call,
                // and every key after it.
                full |= shown != null && responseBytes + shown.size() > MAX_RESPONSE_BYTES;
                if (full) {
                    unprocessed.computeIfAbsent(name, x -> new ArrayList<>()).add(ka.keys().get(i));
                    continue;
                }
                if (shown != null) {
                    responseBytes += shown.size();
                    found.add(shown);
                }
                consumed.merge(name, Capacity.Consumed.ofRead(name, Capacity.readUnits(item, ka.consistentRead())),
                        Capacity.Consumed::plus);
            }
        }
        Map<String, KeysAndAttributes> unprocessedKeys = new LinkedHashMap<>();
        unprocessed.forEach((name, left) -> unprocessedKeys.put(name, r.requestItems().get(name).withKeys(left)));
        return new Result(responses, unprocessedKeys,
                r.returnConsumedCapacity() == ReturnConsumedCapacity.NONE ? List.of() : new ArrayList<>(consumed.values()));
    }

    /** One table's projection, checked as GetItem checks it. */
    private static UnaryOperator<Item> projection(KeysAndAttributes ka) {
        Map<String, String> expressions = new LinkedHashMap<>();
        expressions.put("ProjectionExpression", ka.projectionExpression());
        Placeholders placeholders = ReadParameters.placeholders(
                ka.attributesToGet() == null ? List.of() : List.of("AttributesToGet"), expressions, ka.attributeNames(), null);
        ProjectionExpression projection = ka.projectionExpression() == null ? null
                : ProjectionExpression.parse(ka.projectionExpression(), placeholders);
        placeholders.checkAllUsed();
        ReadParameters.attributesToGet(ka.attributesToGet());
        return ReadParameters.projection(projection, ka.attributesToGet());
    }
}
