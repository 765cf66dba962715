package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.Condition;
import io.dynaspec.engine.expression.ConditionParser;
import io.dynaspec.engine.expression.ConditionalOperator;
import io.dynaspec.engine.expression.ExpressionKind;
import io.dynaspec.engine.expression.KeyCondition;
import io.dynaspec.engine.expression.KeyRange;
import io.dynaspec.engine.expression.LegacyCondition;
import io.dynaspec.engine.expression.LegacyConditions;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.expression.ProjectionExpression;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Query (API_Query.html): the items of one partition key, in sort-key order or its reverse,
 * optionally narrowed by one sort-key condition, read from the partition that holds the key
 * through the table's partition map. A page stops at Limit items or 1 MB read; the filter and
 * the projection apply to what was read. ConsistentRead reads the committed state at the leader,
 * otherwise a live replica is read.
 */
public final class Query {

    /**
     * @param tableName              TableName
     * @param indexName              IndexName, or null
     * @param keyConditionExpression KeyConditionExpression, or null
     * @param keyConditions          the legacy KeyConditions, or null
     * @param filterExpression       FilterExpression, or null
     * @param queryFilter            the legacy QueryFilter, or null
     * @param conditionalOperator    the legacy ConditionalOperator, or null
     * @param projectionExpression   ProjectionExpression, or null
     * @param attributesToGet        the legacy AttributesToGet, or null
     * @param attributeNames         ExpressionAttributeNames, or null
     * @param attributeValues        ExpressionAttributeValues, or null
     * @param select                 Select, or null
     * @param scanIndexForward       ScanIndexForward (true when absent)
     * @param limit                  Limit, or null
     * @param consistentRead         ConsistentRead
     * @param exclusiveStartKey      ExclusiveStartKey, or null
     * @param returnConsumedCapacity ReturnConsumedCapacity
     */
    public record Request(String tableName, String indexName, String keyConditionExpression,
                          Map<String, LegacyCondition> keyConditions, String filterExpression,
                          Map<String, LegacyCondition> queryFilter, ConditionalOperator conditionalOperator,
                          String projectionExpression, List<String> attributesToGet, Map<String, String> attributeNames,
                          Map<String, AttributeValue> attributeValues, Select select, boolean scanIndexForward,
                          Integer limit, boolean consistentRead, Map<String, AttributeValue> exclusiveStartKey,
                          ReturnConsumedCapacity returnConsumedCapacity) {
    }

    private final Cluster cluster;

    public Query(Cluster cluster) {
        this.cluster = cluster;
    }

    /**
     * Query's ExclusiveStartKey on a table, as dynalite's suite records DynamoDB: a key that does
     * not name exactly the table's key attributes is "The provided starting key is invalid", with
     * no detail; one that names them with another type is "The provided key element does not
     * match the schema" (Scan words both otherwise).
     */
    private static PrimaryKey startKey(Table table, Map<String, AttributeValue> exclusiveStartKey) {
        if (exclusiveStartKey != null) {
            if (!table.keySchema().namesExactlyTheKey(exclusiveStartKey)) {
                throw Errors.validation("The provided starting key is invalid");
            }
            if (!table.keySchema().keyTypesMatch(exclusiveStartKey)) {
                throw Errors.validation("The provided key element does not match the schema");
            }
        }
        return ReadParameters.startKey(table, exclusiveStartKey);
    }

    public ItemPage execute(Request r) {
        var select = ReadParameters.select(r.select(), r.projectionExpression(), r.attributesToGet(), r.indexName(), true);
        Placeholders placeholders = placeholders(r);
        ReadParameters.attributesToGet(r.attributesToGet());
        // A legacy QueryFilter's own faults are reported before a missing key condition
        // (dynalite's suite records DynamoDB refusing a QueryFilter alone for its operator).
        Condition legacyFilter = r.filterExpression() != null ? null
                : LegacyConditions.filter(r.queryFilter(), r.conditionalOperator()).orElse(null);
        if (r.keyConditions() == null && r.keyConditionExpression() == null) {
            throw Errors.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        Condition keyExpression = r.keyConditionExpression() == null ? null
                : ConditionParser.parse(r.keyConditionExpression(), placeholders, ExpressionKind.KEY_CONDITION);
        Condition filter = r.filterExpression() != null
                ? ConditionParser.parse(r.filterExpression(), placeholders, ExpressionKind.FILTER)
                : legacyFilter;
        ProjectionExpression projection = r.projectionExpression() == null ? null
                : ProjectionExpression.parse(r.projectionExpression(), placeholders);
        placeholders.checkAllUsed();
        KeyCondition keyCondition = keyExpression != null ? KeyCondition.of(keyExpression)
                : KeyCondition.fromLegacy(r.keyConditions());

        Table table = WriteChecks.table(cluster, r.tableName());
        IndexRead index = IndexRead.of(table, r.indexName(), r.consistentRead());
        select = IndexRead.defaultSelect(r.select(), select, index);
        KeySchema schema = table.keySchema();
        KeySchema readKey = index == null ? schema : index.keySchema();
        KeyRange range = keyCondition.against(readKey);
        readKey.checkPartitionKeyValue(range.partitionKey());
        PrimaryKey start = index == null ? startKey(table, r.exclusiveStartKey()) : null;
        IndexRead.Start indexStart = index == null ? null : index.startKey(r.exclusiveStartKey());
        if (start != null) {
            checkStartKey(range, start);
        }
        if (indexStart != null) {
            checkStartKey(range, new PrimaryKey(indexStart.partition(), readKey.hasSortKey() ? indexStart.indexSort() : null));
        }
        if (filter != null) {
            filterSparesKeys(readKey, filter, r.filterExpression() != null ? "Filter Expression" : "QueryFilter");
        }
        if (index != null) {
            index.checkSelect(select);
        }

        Page page = new Page(r.limit(), filter, ReadParameters.projection(projection, r.attributesToGet()),
                select == Select.COUNT);
        if (index != null) {
            if (select == Select.ALL_PROJECTED_ATTRIBUTES) {
                page.returningEntries();
            }
            boolean fetch = index.needsFetch(select, projection, r.attributesToGet(), filter);
            PartitionGroup holder = index.isGlobal() ? index.global().partitionFor(range.partitionKey())
                    : table.partitionFor(new PrimaryKey(range.partitionKey(), null));
            holder.readItems(r.consistentRead(), view -> {
                var entries = range.slice(view.localIndex(index.name(), range.partitionKey()), null, r.scanIndexForward());
                IndexEntries.read(view, range.partitionKey(), entries, indexStart, r.scanIndexForward(), fetch, schema, page);
                return page;
            });
            return page.result(index, table.name(), r.consistentRead(), r.returnConsumedCapacity());
        }
        PartitionGroup group = table.partitionFor(new PrimaryKey(range.partitionKey(), null));
        group.readItems(r.consistentRead(), view -> {
            NavigableMap<AttributeValue, Item> collection = view.collection(range.partitionKey());
            if (!schema.hasSortKey()) {
                // One item at most: a restarted query past it has nothing left.
                if (start == null) {
                    readInto(page, collection);
                }
                return page;
            }
            readInto(page, range.slice(collection, start == null ? null : start.sort(), r.scanIndexForward()));
            return page;
        });
        return page.result(schema, table.name(), r.consistentRead(), r.returnConsumedCapacity());
    }

    private static void readInto(Page page, NavigableMap<AttributeValue, Item> items) {
        for (Item item : items.values()) {
            page.read(item);
            if (page.isFull()) {
                return;
            }
        }
    }

    /**
     * Legacy and expression parameters are not mixed — KeyConditions may come with the other
     * expressions, as long as KeyConditionExpression is absent — and placeholders come only with
     * expressions (LegacyConditionalParameters.html, Expressions.ExpressionAttributeValues.html).
     */
    private static Placeholders placeholders(Request r) {
        List<String> legacy = new ArrayList<>();
        if (r.attributesToGet() != null) {
            legacy.add("AttributesToGet");
        }
        if (r.queryFilter() != null) {
            legacy.add("QueryFilter");
        }
        if (r.conditionalOperator() != null) {
            legacy.add("ConditionalOperator");
        }
        if (r.keyConditions() != null && r.keyConditionExpression() != null) {
            legacy.add("KeyConditions");
        }
        Map<String, String> expressions = new LinkedHashMap<>();
        expressions.put(ExpressionKind.PROJECTION.parameter(), r.projectionExpression());
        expressions.put(ExpressionKind.FILTER.parameter(), r.filterExpression());
        expressions.put(ExpressionKind.KEY_CONDITION.parameter(), r.keyConditionExpression());
        return ReadParameters.placeholders(legacy, expressions, r.attributeNames(), r.attributeValues());
    }

    /**
     * ExclusiveStartKey resumes inside the range the key condition selects: the same partition
     * key, a sort key the condition accepts.
     */
    private static void checkStartKey(KeyRange range, PrimaryKey start) {
        if (start.sort() != null && !range.matchesSort(start.sort())) {
            throw Errors.validation("The provided starting key does not match the range key predicate");
        }
        if (!start.partition().equals(range.partitionKey())) {
            throw Errors.validation("The provided starting key is outside query boundaries based on provided conditions");
        }
    }

    /**
     * Query.FilterExpression.html: "A filter expression cannot contain partition key or sort key
     * attributes. You need to specify those attributes in the key condition expression, not the
     * filter expression."
     */
    private static void filterSparesKeys(KeySchema schema, Condition filter, String parameter) {
        var names = Condition.attributeNames(filter);
        for (String key : schema.hasSortKey() ? List.of(schema.partitionName(), schema.sortName())
                : List.of(schema.partitionName())) {
            if (names.contains(key)) {
                throw Errors.validation(parameter + " can only contain non-primary key attributes: Primary key attribute: " + key);
            }
        }
    }
}
