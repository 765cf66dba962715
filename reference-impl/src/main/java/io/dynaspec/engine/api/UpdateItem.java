package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.WriteOutcome;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.DocumentPath;
import io.dynaspec.engine.expression.LegacyUpdates;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.expression.UpdateExpression;
import io.dynaspec.engine.expression.UpdateExpressionParser;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Map<String, String> expressions = expressions(r.updateExpression(), r.condition());
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
        List<String> setFromPaths = List.of();
        if (update != null) {
            update.checkKeyUnchanged(schema);
            indexKeysAreScalars(table.metadata(), update);
            setFromPaths = update.attributesSetFromPaths();
        }
        Mutation mutation = mutation(table, key, update, legacy, setFromPaths);
        WriteOutcome out = Conditions.write(table, key, condition, mutation, r.condition().returnOldItemOnFailure());
        return new PutItem.Result(returned(r.returnValues(), update, out),
                r.returnConsumedCapacity() == ReturnConsumedCapacity.NONE ? null
                        : Capacity.Consumed.ofWrite(table.metadata(), out.oldItem(), out.newItem()),
                r.returnItemCollectionMetrics() ? ItemCollectionMetrics.of(table, key) : null);
    }

    /**
     * The checks DynamoDB makes before it judges the key's values: legacy and expression
     * parameters not mixed, placeholder maps only with expressions.
     */
    public static void checkParameterKinds(String updateExpression, ConditionInput condition, boolean attributeUpdates) {
        Conditions.checkParameterKinds(condition, expressions(updateExpression, condition),
                attributeUpdates ? List.of("AttributeUpdates") : List.of());
    }

    private static Map<String, String> expressions(String updateExpression, ConditionInput condition) {
        Map<String, String> expressions = new LinkedHashMap<>();
        expressions.put("UpdateExpression", updateExpression);
        expressions.put("ConditionExpression", condition.conditionExpression());
        return expressions;
    }

    /**
     * The update as a function of the existing item: the item is created with its key when
     * absent, and the result is checked as any item to store.
     */
    static Mutation mutation(Table table, PrimaryKey key, UpdateExpression update) {
        return mutation(table, key, update, false, List.of());
    }

    /**
     * As above; {@code legacy}: the update came from AttributeUpdates, with that parameter's
     * messages; {@code setFromPaths}: the attributes a SET copies from another path, whose type
     * is known only once the update is applied.
     */
    private static Mutation mutation(Table table, PrimaryKey key, UpdateExpression update, boolean legacy,
                                     List<String> setFromPaths) {
        KeySchema schema = table.keySchema();
        // Only what the update writes can nest deeper than its stored item: every stored value
        // was within the limit when it was written.
        Set<String> written = new HashSet<>();
        if (update != null) {
            update.updatedPaths().forEach(path -> written.add(path.attributeName()));
        }
        return existing -> {
            Item base = existing != null ? existing : Item.of(schema.keyAttributes(key));
            Item next = update == null ? base
                    : withKey(legacy ? LegacyUpdates.apply(update, base, schema) : update.apply(base, schema), schema, key);
            if (next.size() > Item.MAX_SIZE) {
                throw Errors.validation("Item size to update has exceeded the maximum allowed size");
            }
            for (String name : written) {
                AttributeValue v = next.get(name);
                if (v != null && containers(v) > MAX_NESTED_CONTAINERS) {
                    throw Errors.validation("Nesting Levels have exceeded supported limits");
                }
            }
            indexKeysCopiedWithTheirTypes(table.metadata(), next, setFromPaths);
            WriteChecks.itemToStore(table.metadata(), next);
            return next;
        };
    }

    /**
     * An update may name an index key attribute only whole, as a target or an operand
     * (HowItWorks.CoreComponents.html: key attributes are scalars); the message as dynalite's
     * suite records it of live DynamoDB.
     */
    static void indexKeysAreScalars(TableMetadata meta, UpdateExpression update) {
        List<DocumentPath> paths = new ArrayList<>(update.updatedPaths());
        paths.addAll(update.readPaths());
        for (DocumentPath path : paths) {
            // A path into the table's own key is judged as an update of the key, or not at all.
            if (!meta.keySchema().isKeyAttribute(path.attributeName())) {
                WriteChecks.notIntoIndexKey(meta, path);
            }
        }
    }

    /**
     * An index key that a SET copied from another path must still have its declared type. Its
     * type is not in the expression, so DynamoDB finds the mismatch only in the updated item,
     * and says so in other words than for a value the request gives (dynalite's suite records of
     * live DynamoDB: "set c = e" with e a number).
     */
    private static void indexKeysCopiedWithTheirTypes(TableMetadata meta, Item next, List<String> setFromPaths) {
        for (String name : setFromPaths) {
            AttributeValue v = next.get(name);
            if (v == null) {
                continue;
            }
            for (TableMetadata.IndexDefinition ix : WriteChecks.indexes(meta)) {
                KeySchema k = ix.keySchema();
                if ((name.equals(k.partitionName()) && v.type() != k.partitionType())
                        || (k.hasSortKey() && name.equals(k.sortName()) && v.type() != k.sortType())) {
                    throw Errors.validation("The update expression attempted to update the secondary index key to unsupported type");
                }
            }
        }
    }

    /**
     * ServiceQuotas.html: "DynamoDB supports nested attributes up to 32 levels deep", the item
     * being the first; an update that writes deep inside a nested attribute can pass that, though
     * each value it brings is within it.
     */
    private static final int MAX_NESTED_CONTAINERS = DocumentPath.MAX_DEPTH - 1;

    /** How many maps and lists nest, at the deepest, in a value: 0 for a scalar or a set. */
    private static int containers(AttributeValue v) {
        int inner = 0;
        if (v instanceof AttributeValue.M m) {
            for (AttributeValue c : m.values().values()) {
                inner = Math.max(inner, containers(c));
            }
            return inner + 1;
        }
        if (v instanceof AttributeValue.L l) {
            for (AttributeValue c : l.values()) {
                inner = Math.max(inner, containers(c));
            }
            return inner + 1;
        }
        return 0;
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
