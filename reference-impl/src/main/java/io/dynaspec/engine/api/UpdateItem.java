package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.WriteOutcome;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.LegacyUpdates;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.expression.UpdateExpression;
import io.dynaspec.engine.expression.UpdateExpressionParser;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UpdateItem (API_UpdateItem.html): edits the item's attributes in place, or creates the item
 * when the key holds none, unless the condition fails. The update is computed from the item the
 * leader holds, inside the partition's write, so concurrent updates never lose one another.
 */
public final class UpdateItem {

    /**
     * @param tableName                   TableName
     * @param key                         Key
     * @param updateExpression            UpdateExpression, or null (the item is created with its key alone)
     * @param condition                   the condition parameters and the request's placeholders
     * @param returnValues                ReturnValues
     * @param returnConsumedCapacity      ReturnConsumedCapacity
     * @param returnItemCollectionMetrics ReturnItemCollectionMetrics = SIZE
     * @param attributeUpdates            the legacy AttributeUpdates, or null
     */
    public record Request(String tableName, Map<String, AttributeValue> key, String updateExpression, ConditionInput condition,
                          ReturnValues returnValues, ReturnConsumedCapacity returnConsumedCapacity,
                          boolean returnItemCollectionMetrics, Map<String, LegacyUpdates.Update> attributeUpdates) {
        /** A request without the legacy AttributeUpdates. */
        public Request(String tableName, Map<String, AttributeValue> key, String updateExpression, ConditionInput condition,
                       ReturnValues returnValues, ReturnConsumedCapacity returnConsumedCapacity,
                       boolean returnItemCollectionMetrics) {
            this(tableName, key, updateExpression, condition, returnValues, returnConsumedCapacity,
                    returnItemCollectionMetrics, null);
        }
    }

    private final Cluster cluster;

    public UpdateItem(Cluster cluster) {
        this.cluster = cluster;
    }

    public PutItem.Result execute(Request r) {
        Map<String, String> expressions = new LinkedHashMap<>();
        expressions.put("UpdateExpression", r.updateExpression());
        expressions.put("ConditionExpression", r.condition().conditionExpression());
        boolean legacy = r.attributeUpdates() != null;
        Placeholders placeholders = Conditions.placeholders(r.condition(), expressions,
                legacy ? List.of("AttributeUpdates") : List.of());
        UpdateExpression update = legacy ? LegacyUpdates.toUpdateExpression(r.attributeUpdates())
                : r.updateExpression() == null ? null
                : UpdateExpressionParser.parse(r.updateExpression(), placeholders);
        Precondition condition = Conditions.compile(r.condition(), placeholders);
        placeholders.checkAllUsed();

        Table table = WriteChecks.table(cluster, r.tableName());
        KeySchema schema = table.keySchema();
        PrimaryKey key = schema.keyOfKeyParameter(r.key());
        if (update != null) {
            update.checkKeyUnchanged(schema);
        }
        Mutation mutation = mutation(table, key, update, legacy);
        WriteOutcome out = Conditions.write(table, key, condition, mutation, r.condition().returnOldItemOnFailure());
        return new PutItem.Result(returned(r.returnValues(), update, out),
                r.returnConsumedCapacity() == ReturnConsumedCapacity.NONE ? null
                        : Capacity.Consumed.ofWrite(table.metadata(), out.oldItem(), out.newItem()),
                r.returnItemCollectionMetrics() ? ItemCollectionMetrics.of(table, key) : null);
    }

    /**
     * The update as a function of the existing item: the item is created with its key when
     * absent, and the result is checked as any item to store.
     */
    static Mutation mutation(Table table, PrimaryKey key, UpdateExpression update) {
        return mutation(table, key, update, false);
    }

    /** As above; {@code legacy}: the update came from AttributeUpdates, with that parameter's messages. */
    private static Mutation mutation(Table table, PrimaryKey key, UpdateExpression update, boolean legacy) {
        KeySchema schema = table.keySchema();
        return existing -> {
            Item base = existing != null ? existing : Item.of(schema.keyAttributes(key));
            Item next = update == null ? base
                    : withKey(legacy ? LegacyUpdates.apply(update, base, schema) : update.apply(base, schema), schema, key);
            if (next.size() > Item.MAX_SIZE) {
                throw Errors.validation("Item size to update has exceeded the maximum allowed size");
            }
            WriteChecks.itemToStore(table.metadata(), next);
            return next;
        };
    }

    /** The key attributes always stay: an update cannot remove them (it is refused before this). */
    private static Item withKey(Item item, KeySchema schema, PrimaryKey key) {
        if (item.has(schema.partitionName()) && (!schema.hasSortKey() || item.has(schema.sortName()))) {
            return item;
        }
        Map<String, AttributeValue> m = new LinkedHashMap<>(schema.keyAttributes(key));
        m.putAll(item.attributes());
        return Item.of(m);
    }

    /** API_UpdateItem.html, "ReturnValues": what the response's Attributes hold. */
    private static Item returned(ReturnValues rv, UpdateExpression update, WriteOutcome out) {
        return switch (rv) {
            case NONE -> null;
            case ALL_OLD -> out.oldItem();
            case ALL_NEW -> out.newItem();
            case UPDATED_OLD -> out.oldItem() == null || update == null ? null : emptyToNull(update.updatedAttributes(out.oldItem()));
            case UPDATED_NEW -> update == null ? null : emptyToNull(update.updatedAttributes(out.newItem()));
        };
    }

    private static Item emptyToNull(Item item) {
        return item.attributes().isEmpty() ? null : item;
    }
}
