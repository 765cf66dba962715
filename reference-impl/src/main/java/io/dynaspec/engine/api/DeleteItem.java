package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.WriteOutcome;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.List;

import java.util.Map;

/**
 * DeleteItem (API_DeleteItem.html): removes the item with the key, if any, unless the condition
 * fails. Deleting a missing item succeeds and still costs a write unit.
 */
public final class DeleteItem {

    /**
     * @param tableName                   TableName
     * @param key                         Key
     * @param condition                   the condition parameters
     * @param returnValues                NONE or ALL_OLD
     * @param returnConsumedCapacity      ReturnConsumedCapacity
     * @param returnItemCollectionMetrics ReturnItemCollectionMetrics = SIZE
     */
    public record Request(String tableName, Map<String, AttributeValue> key, ConditionInput condition, ReturnValues returnValues,
                          ReturnConsumedCapacity returnConsumedCapacity, boolean returnItemCollectionMetrics) {
    }

    private final Cluster cluster;

    public DeleteItem(Cluster cluster) {
        this.cluster = cluster;
    }

    public PutItem.Result execute(Request r) {
        if (r.returnValues() != ReturnValues.NONE && r.returnValues() != ReturnValues.ALL_OLD) {
            throw Errors.validation("Return values set to invalid value");
        }
        // The condition is judged before the table is looked for, as dynalite's suite records of
        // live DynamoDB (deleteItem: every condition problem with a table that does not exist).
        Placeholders placeholders = Conditions.placeholders(r.condition(), Conditions.conditionOnly(r.condition()), List.of());
        Precondition condition = Conditions.compile(r.condition(), placeholders);
        placeholders.checkAllUsed();
        Table table = WriteChecks.table(cluster, r.tableName());
        PrimaryKey key = table.keySchema().keyOfKeyParameter(r.key());
        WriteOutcome out = Conditions.write(table, key, condition, Mutation.DELETE, r.condition().returnOldItemOnFailure());
        return new PutItem.Result(
                r.returnValues() == ReturnValues.ALL_OLD ? out.oldItem() : null,
                r.returnConsumedCapacity() == ReturnConsumedCapacity.NONE ? null
                        : Capacity.Consumed.ofWrite(table.metadata(), out.oldItem(), null),
                r.returnItemCollectionMetrics() ? ItemCollectionMetrics.of(table, key) : null);
    }
}
