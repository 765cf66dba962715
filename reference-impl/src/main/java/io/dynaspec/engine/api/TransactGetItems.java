package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TransactionCoordinator;
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

/**
 * TransactGetItems (API_TransactGetItems.html, transaction-apis.html): up to 100 items from any
 * tables, read as one serializable snapshot; refused with TransactionCanceledException when a
 * transaction holds one of them. Capacity counts every item twice, as a strongly consistent read
 * to prepare and one to commit.
 */
public final class TransactGetItems {
    /** API_TransactGetItems.html: "An ordered array of up to 100 TransactGetItem objects". */
    public static final int MAX_ITEMS = 100;

    /**
     * One Get.
     *
     * @param tableName            TableName
     * @param key                  Key
     * @param projectionExpression ProjectionExpression, or null
     * @param attributeNames       ExpressionAttributeNames, or null
     */
    public record Get(String tableName, Map<String, AttributeValue> key, String projectionExpression,
                      Map<String, String> attributeNames) {
    }

    /**
     * @param gets                   TransactItems, in order
     * @param returnConsumedCapacity ReturnConsumedCapacity
     */
    public record Request(List<Get> gets, ReturnConsumedCapacity returnConsumedCapacity) {
    }

    /**
     * @param items            one per Get, in order: the item, projected, or null when there is none
     * @param consumedCapacity per table, or null when not asked
     */
    public record Result(List<Item> items, List<Capacity.Consumed> consumedCapacity) {
    }

    private final Cluster cluster;

    public TransactGetItems(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        List<TransactionCoordinator.Read> reads = new ArrayList<>(r.gets().size());
        List<ProjectionExpression> projections = new ArrayList<>(r.gets().size());
        List<Table> tables = new ArrayList<>(r.gets().size());
        Set<List<Object>> seen = new HashSet<>();
        for (Get g : r.gets()) {
            Map<String, String> expressions = new LinkedHashMap<>();
            expressions.put("ProjectionExpression", g.projectionExpression());
            Placeholders.checkOnlyWithExpressions(g.attributeNames(), null, expressions);
            Placeholders placeholders = Placeholders.of(g.attributeNames(), null);
            projections.add(g.projectionExpression() == null ? null
                    : ProjectionExpression.parse(g.projectionExpression(), placeholders));
            placeholders.checkAllUsed();
            Table table = WriteChecks.table(cluster, g.tableName());
            PrimaryKey key = table.keySchema().keyOfKeyParameter(g.key());
            if (!seen.add(List.of(table.name(), key))) {
                throw Errors.validation("Transaction request cannot include multiple operations on one item");
            }
            tables.add(table);
            reads.add(new TransactionCoordinator.Read(table, key));
        }
        cluster.transactions().read(reads);
        List<Item> items = new ArrayList<>(reads.size());
        Map<String, Capacity.Consumed> byTable = new LinkedHashMap<>();
        for (int i = 0; i < reads.size(); i++) {
            Item item = reads.get(i).item();
            ProjectionExpression p = projections.get(i);
            items.add(item == null || p == null ? item : p.project(item));
            String name = tables.get(i).name();
            byTable.merge(name, Capacity.Consumed.ofRead(name, Capacity.readUnits(item, true)).twice(), Capacity.Consumed::plus);
        }
        return new Result(items, r.returnConsumedCapacity() == ReturnConsumedCapacity.NONE ? null : new ArrayList<>(byTable.values()));
    }
}
