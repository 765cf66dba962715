package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.HashedPartitionKey;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.PartitionView;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.Condition;
import io.dynaspec.engine.expression.ConditionParser;
import io.dynaspec.engine.expression.ConditionalOperator;
import io.dynaspec.engine.expression.DocumentPath;
import io.dynaspec.engine.expression.ExpressionKind;
import io.dynaspec.engine.expression.LegacyCondition;
import io.dynaspec.engine.expression.LegacyConditions;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.expression.ProjectionExpression;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Supplier;

/**
 * Scan (API_Scan.html): every item of the table, partition by partition in the order of the
 * partition map, and within a partition by partition-key hash, then key value, then sort key —
 * an order that does not depend on when items were written, so that ExclusiveStartKey resumes
 * after the last item read even when writes came between pages. A parallel scan's segment is an
 * equal slice of the hash space (Scan.html, "Parallel scan"): segments are disjoint and together
 * cover the table. A page stops at Limit items or 1 MB read; the filter and the projection apply
 * to what was read.
 */
public final class Scan {

    /**
     * @param tableName              TableName
     * @param indexName              IndexName, or null
     * @param filterExpression       FilterExpression, or null
     * @param scanFilter             the legacy ScanFilter, read when it is judged, or null
     * @param conditionalOperator    the legacy ConditionalOperator, or null
     * @param projectionExpression   ProjectionExpression, or null
     * @param attributesToGet        the legacy AttributesToGet, or null
     * @param attributeNames         ExpressionAttributeNames, or null
     * @param attributeValues        ExpressionAttributeValues, or null
     * @param select                 Select, or null
     * @param limit                  Limit, or null
     * @param segment                Segment, or null
     * @param totalSegments          TotalSegments, or null
     * @param consistentRead         ConsistentRead
     * @param exclusiveStartKey      ExclusiveStartKey, read when it is judged, or null
     * @param returnConsumedCapacity ReturnConsumedCapacity
     */
    public record Request(String tableName, String indexName, String filterExpression,
                          Supplier<Map<String, LegacyCondition>> scanFilter, ConditionalOperator conditionalOperator,
                          String projectionExpression, List<String> attributesToGet, Map<String, String> attributeNames,
                          Map<String, AttributeValue> attributeValues, Select select, Integer limit, Integer segment,
                          Integer totalSegments, boolean consistentRead, Supplier<Map<String, AttributeValue>> exclusiveStartKey,
                          ReturnConsumedCapacity returnConsumedCapacity) {
    }

    private final Cluster cluster;

    public Scan(Cluster cluster) {
        this.cluster = cluster;
    }

    public ItemPage execute(Request r) {
        // DynamoDB's order (dynalite's suite records of live DynamoDB, scan validations): the mix
        // of legacy and expression parameters, AttributesToGet, the ScanFilter's values, then each
        // condition's number and types of values, the starting key's values, the segments, the
        // placeholder maps, the expressions.
        var select = ReadParameters.select(r.select(), r.projectionExpression(), r.attributesToGet(), r.indexName(), false);
        Map<String, String> expressions = expressions(r);
        LegacyConditions.checkNotMixed(legacyParameters(r), expressions.entrySet().stream()
                .filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList());
        Placeholders.checkOnlyWithExpressions(r.attributeNames(), r.attributeValues(), expressions);
        ReadParameters.attributesToGet(r.attributesToGet());
        Condition legacyFilter = r.scanFilter() == null ? null
                : LegacyConditions.filter(r.scanFilter().get(), r.conditionalOperator()).orElse(null);
        Map<String, AttributeValue> exclusiveStartKey = r.exclusiveStartKey() == null ? null : r.exclusiveStartKey().get();
        checkSegments(r.segment(), r.totalSegments());
        Placeholders placeholders = Placeholders.of(r.attributeNames(), r.attributeValues());
        Condition filter = r.filterExpression() != null
                ? ConditionParser.parse(r.filterExpression(), placeholders, ExpressionKind.FILTER)
                : legacyFilter;
        ProjectionExpression projection = r.projectionExpression() == null ? null
                : ProjectionExpression.parse(r.projectionExpression(), placeholders);
        placeholders.checkAllUsed();

        Table table = WriteChecks.table(cluster, r.tableName());
        if (r.filterExpression() != null) {
            keysAreScalars(table.keySchema(), filter);
        }
        IndexRead index = IndexRead.of(table, r.indexName(), r.consistentRead());
        select = IndexRead.defaultSelect(r.select(), select, index);
        long segments = r.totalSegments() == null ? 1 : r.totalSegments();
        long segment = r.segment() == null ? 0 : r.segment();
        long first = Table.sliceStart(segment, segments);
        // The segment's hashes run up to the next segment's start; the last one's to the end.
        Long end = segment + 1 == segments ? null : Table.sliceStart(segment + 1, segments);
        IndexRead.Start indexStart = index == null ? null : index.startKey(exclusiveStartKey);
        PrimaryKey start = index == null ? ReadParameters.startKey(table, exclusiveStartKey) : null;
        AttributeValue startPartition = start != null ? start.partition() : indexStart != null ? indexStart.partition() : null;
        HashedPartitionKey from = startPartition == null ? HashedPartitionKey.before(first) : HashedPartitionKey.of(startPartition);
        if (startPartition != null && (Long.compareUnsigned(from.hash(), first) < 0
                || (end != null && Long.compareUnsigned(from.hash(), end) >= 0))) {
            throw ReadParameters.invalidStartKey("Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. "
                    + "TotalSegments: " + segments + " Segment: " + segment);
        }

        if (index != null) {
            index.checkSelect(select);
        }
        Page page = new Page(r.limit(), filter, ReadParameters.projection(projection, r.attributesToGet()),
                select == Select.COUNT);
        boolean fetch = index != null && index.needsFetch(select, projection, r.attributesToGet(), filter);
        if (index != null && select == Select.ALL_PROJECTED_ATTRIBUTES) {
            page.returningEntries();
        }
        // A global index is read from its own partitions, cut from the hash space as the table's are.
        List<PartitionGroup> groups = index != null && index.isGlobal() ? index.global().partitions() : table.partitions();
        int lastPartition = end == null ? groups.size() - 1 : Table.sliceIndex(end - 1, groups.size());
        int firstPartition = Table.sliceIndex(from.hash(), groups.size());
        for (int p = firstPartition; p <= lastPartition && !page.isFull(); p++) {
            // The start applies in the partition that holds it; later partitions are read whole.
            boolean resume = p == firstPartition;
            groups.get(p).readItems(r.consistentRead(), view -> {
                if (index != null) {
                    readIndexPartition(view, index, resume ? from : null, resume ? indexStart : null, end, fetch,
                            table.keySchema(), page);
                } else {
                    readPartition(view, resume ? from : null, resume ? start : null, end, page);
                }
                return page;
            });
        }
        return index != null
                ? page.result(index, table.name(), r.consistentRead(), r.returnConsumedCapacity())
                : page.result(table.keySchema(), table.name(), r.consistentRead(), r.returnConsumedCapacity());
    }

    /**
     * Reads one partition's entries of a secondary index: its partition keys in scan order,
     * each key's entries in index order, resuming at the start entry's partition key.
     */
    private static void readIndexPartition(PartitionView view, IndexRead index, HashedPartitionKey from,
                                           IndexRead.Start start, Long end, boolean fetch, KeySchema tableKey, Page page) {
        Iterator<HashedPartitionKey> keys = view.partitionKeysFrom(from, true);
        while (keys.hasNext()) {
            HashedPartitionKey key = keys.next();
            if (end != null && Long.compareUnsigned(key.hash(), end) >= 0) {
                return;
            }
            if (IndexEntries.read(view, key.value(), view.localIndex(index.name(), key.value()), start, true, fetch, tableKey, page)) {
                return;
            }
        }
    }

    /**
     * Reads one partition's collections in scan order from {@code from} (null: its first), below
     * the segment's end, into the page until it is full. {@code start}, when given, is the last
     * item the previous page read: its collection resumes after its sort key, or is skipped for a
     * simple key; if its collection has gone since, reading starts at the next one.
     */
    private static void readPartition(PartitionView view, HashedPartitionKey from, PrimaryKey start, Long end, Page page) {
        Iterator<HashedPartitionKey> keys = view.partitionKeysFrom(from, start == null || start.sort() != null);
        while (keys.hasNext()) {
            HashedPartitionKey key = keys.next();
            if (end != null && Long.compareUnsigned(key.hash(), end) >= 0) {
                return;
            }
            NavigableMap<AttributeValue, Item> collection = view.collection(key.value());
            if (start != null && start.sort() != null && key.value().equals(start.partition())) {
                collection = collection.tailMap(start.sort(), false);
            }
            for (Item item : collection.values()) {
                page.read(item);
                if (page.isFull()) {
                    return;
                }
            }
        }
    }

    /**
     * A filter may read a key attribute only whole: a path into one is refused
     * (HowItWorks.CoreComponents.html: "each primary key attribute must be a scalar"; the message
     * as dynalite's suite records it of live DynamoDB).
     */
    private static void keysAreScalars(KeySchema schema, Condition filter) {
        for (DocumentPath path : Condition.documentPaths(filter)) {
            String name = path.attributeName();
            if (path.elements().size() > 1 && (name.equals(schema.partitionName()) || name.equals(schema.sortName()))) {
                throw Errors.validation("Key attributes must be scalars; list random access '[]' and map lookup '.' "
                        + "are not allowed: Key: " + name);
            }
        }
    }

    /** API_Scan.html, "Segment" and "TotalSegments": each needs the other; Segment counts from 0. */
    private static void checkSegments(Integer segment, Integer totalSegments) {
        if (segment != null && totalSegments == null) {
            throw Errors.validation("The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
        }
        if (totalSegments != null && segment == null) {
            throw Errors.validation("The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
        }
        if (segment != null && segment >= totalSegments) {
            throw Errors.validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: "
                    + segment + " is not less than TotalSegments: " + totalSegments);
        }
    }

    /** The legacy parameters the request carries, in DynamoDB's order. */
    private static List<String> legacyParameters(Request r) {
        List<String> legacy = new ArrayList<>();
        if (r.attributesToGet() != null) {
            legacy.add("AttributesToGet");
        }
        if (r.scanFilter() != null) {
            legacy.add("ScanFilter");
        }
        if (r.conditionalOperator() != null) {
            legacy.add("ConditionalOperator");
        }
        return legacy;
    }

    /** Every expression parameter of Scan, name to text or null, in DynamoDB's order. */
    private static Map<String, String> expressions(Request r) {
        Map<String, String> expressions = new LinkedHashMap<>();
        expressions.put(ExpressionKind.PROJECTION.parameter(), r.projectionExpression());
        expressions.put(ExpressionKind.FILTER.parameter(), r.filterExpression());
        return expressions;
    }
}
