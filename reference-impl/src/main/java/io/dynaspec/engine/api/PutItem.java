package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.WriteOutcome;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.List;

/**
 * PutItem (API_PutItem.html): creates the item, or replaces it whole when its primary key exists
 * ("By default, PutItem will update the item if it already exists"), unless the condition fails.
 */
public final class PutItem {

    /**
     * @param tableName                   TableName
     * @param item                        Item
     * @param condition                   the condition parameters
     * @param returnValues                NONE or ALL_OLD
     * @param returnConsumedCapacity      ReturnConsumedCapacity
     * @param returnItemCollectionMetrics ReturnItemCollectionMetrics = SIZE
     */
    public record Request(String tableName, Item item, ConditionInput condition, ReturnValues returnValues,
                          ReturnConsumedCapacity returnConsumedCapacity, boolean returnItemCollectionMetrics) {
    }

    /**
     * @param attributes            the old item for ALL_OLD, else null
     * @param consumedCapacity      capacity consumed, or null when not asked
     * @param itemCollectionMetrics collection statistics, or null
     */
    public record Result(Item attributes, Capacity.Consumed consumedCapacity, ItemCollectionMetrics itemCollectionMetrics) {
    }

    private final Cluster cluster;

    public PutItem(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        if (r.returnValues() != ReturnValues.NONE && r.returnValues() != ReturnValues.ALL_OLD) {
            throw Errors.validation("Return values set to invalid value");
        }
        // Size first: DynamoDB refuses an oversized item even for a table that does not exist,
        // and before it looks at the item's key (its answers as dynalite's test suite records them).
        WriteChecks.checkSize(r.item());
        Table table = WriteChecks.table(cluster, r.tableName());
        PrimaryKey key = WriteChecks.itemToStore(table.metadata(), r.item());
        Placeholders placeholders = Conditions.placeholders(r.condition(), Conditions.conditionOnly(r.condition()), List.of());
        Precondition condition = Conditions.compile(r.condition(), placeholders);
        placeholders.checkAllUsed();
        WriteOutcome out = Conditions.write(table, key, condition, Mutation.put(r.item()), r.condition().returnOldItemOnFailure());
        return new Result(
                r.returnValues() == ReturnValues.ALL_OLD ? out.oldItem() : null,
                r.returnConsumedCapacity() == ReturnConsumedCapacity.NONE ? null
                        : Capacity.Consumed.ofWrite(table.metadata(), out.oldItem(), out.newItem()),
                r.returnItemCollectionMetrics() ? ItemCollectionMetrics.of(table, key) : null);
    }
}
