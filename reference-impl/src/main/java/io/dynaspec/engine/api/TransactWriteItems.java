package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TransactionCoordinator;
import io.dynaspec.engine.error.CancellationReason;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.expression.UpdateExpression;
import io.dynaspec.engine.expression.UpdateExpressionParser;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * TransactWriteItems (API_TransactWriteItems.html, transaction-apis.html): up to 100 Put,
 * Update, Delete and ConditionCheck actions on distinct items, in any tables, applied all or
 * none. Each action is checked as its single-item operation checks it, then the cluster's
 * coordinator prepares every item at its partition's leader and commits, or cancels with one
 * reason per action. Capacity counts every item twice, once to prepare and once to commit. A
 * ClientRequestToken makes the call idempotent for 10 minutes after it completes.
 */
public final class TransactWriteItems {
    /** API_TransactWriteItems.html: "An ordered array of up to 100 TransactWriteItem objects". */
    public static final int MAX_ACTIONS = 100;
    /** API_TransactWriteItems.html: "The aggregate size of the items in the transaction cannot exceed 4 MB." */
    public static final long MAX_AGGREGATE_BYTES = 4L * 1024 * 1024;

    /** The four kinds of action (API_TransactWriteItem.html). */
    public enum Kind { PUT, UPDATE, DELETE, CONDITION_CHECK }

    /**
     * One action.
     *
     * @param kind             Put, Update, Delete or ConditionCheck
     * @param tableName        TableName
     * @param item             Put's Item, else null
     * @param key              the Key of Update, Delete and ConditionCheck, else null
     * @param updateExpression Update's UpdateExpression, else null
     * @param condition        ConditionExpression, its placeholders and ReturnValuesOnConditionCheckFailure
     */
    public record Action(Kind kind, String tableName, Item item, Map<String, AttributeValue> key, String updateExpression,
                         ConditionInput condition) {
    }

    /**
     * @param actions                     TransactItems, in order
     * @param returnConsumedCapacity      ReturnConsumedCapacity
     * @param returnItemCollectionMetrics ReturnItemCollectionMetrics = SIZE
     * @param clientRequestToken          ClientRequestToken, or null
     */
    public record Request(List<Action> actions, ReturnConsumedCapacity returnConsumedCapacity,
                          boolean returnItemCollectionMetrics, String clientRequestToken) {
    }

    /**
     * @param consumedCapacity      per table, or null when not asked
     * @param itemCollectionMetrics per table with local indexes, or null when not asked
     */
    public record Result(List<Capacity.Consumed> consumedCapacity, Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
    }

    /** What a repeated request must match: everything but the capacity it asks to see. */
    private record Parameters(List<Action> actions, boolean returnItemCollectionMetrics) {
    }

    /** A compiled action: the cluster's action, with what the response needs. */
    private record Compiled(Action action, Table table, PrimaryKey key, TransactionCoordinator.Action step) {
    }

    private final Cluster cluster;

    public TransactWriteItems(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        List<Compiled> compiled = compile(r.actions());
        String token = r.clientRequestToken();
        if (token != null) {
            Object earlier = cluster.clientTokens().claim(token, new Parameters(r.actions(), r.returnItemCollectionMetrics()));
            if (earlier != null) {
                return replay(compiled, r);
            }
        }
        List<TransactionCoordinator.Action> steps = new ArrayList<>(compiled.size());
        for (Compiled c : compiled) {
            steps.add(c.step());
        }
        try {
            // Committed but not yet everywhere is a retryable error, yet the writes will land: the
            // token is completed at the commit, so that the retry it asks for changes nothing.
            cluster.transactions().write(steps, token == null ? null : cluster.clientTokens().held(token),
                    token == null ? () -> { } : () -> cluster.clientTokens().complete(token, Boolean.TRUE));
        } catch (DynamoException e) {
            if (token != null) {
                cluster.clientTokens().release(token);
            }
            throw e.type() == ErrorType.TRANSACTION_CANCELED ? withRequestedItems(e, compiled) : e;
        }
        Result result = result(compiled, r);
        if (token != null) {
            cluster.clientTokens().complete(token, Boolean.TRUE);
        }
        return result;
    }

    /** Each action checked as its single-item operation checks it, then the whole request's rules. */
    private List<Compiled> compile(List<Action> actions) {
        List<Compiled> out = new ArrayList<>(actions.size());
        Set<List<Object>> items = new HashSet<>();
        long aggregate = 0;
        for (Action a : actions) {
            Compiled c = compile(a);
            if (!items.add(List.of(c.table().name(), c.key()))) {
                throw Errors.validation("Transaction request cannot include multiple operations on one item");
            }
            if (a.item() != null) {
                aggregate += a.item().size();
            }
            out.add(c);
        }
        if (aggregate > MAX_AGGREGATE_BYTES) {
            throw Errors.validation("Transaction size exceeds the maximum allowed size of 4 MB");
        }
        return out;
    }

    private Compiled compile(Action a) {
        ConditionInput condition = Objects.requireNonNullElse(a.condition(), ConditionInput.NONE);
        if (a.kind() == Kind.PUT) {
            WriteChecks.checkSize(a.item());
        }
        Table table = WriteChecks.table(cluster, a.tableName());
        PrimaryKey key;
        Mutation mutation;
        Precondition precondition;
        switch (a.kind()) {
            case PUT -> {
                key = WriteChecks.itemToStore(table.metadata(), a.item());
                precondition = conditionOnly(condition);
                mutation = Mutation.put(a.item());
            }
            case UPDATE -> {
                Map<String, String> expressions = new LinkedHashMap<>();
                expressions.put("UpdateExpression", a.updateExpression());
                expressions.put("ConditionExpression", condition.conditionExpression());
                Placeholders placeholders = Conditions.placeholders(condition, expressions, List.of());
                UpdateExpression update = a.updateExpression() == null ? null
                        : UpdateExpressionParser.parse(a.updateExpression(), placeholders);
                precondition = Conditions.compile(condition, placeholders);
                placeholders.checkAllUsed();
                key = table.keySchema().keyOfKeyParameter(a.key());
                if (update != null) {
                    update.checkKeyUnchanged(table.keySchema());
                    UpdateItem.indexKeysAreScalars(table.metadata(), update);
                }
                mutation = UpdateItem.mutation(table, key, update);
            }
            case DELETE -> {
                precondition = conditionOnly(condition);
                key = table.keySchema().keyOfKeyParameter(a.key());
                mutation = Mutation.DELETE;
            }
            default -> {
                precondition = conditionOnly(condition);
                key = table.keySchema().keyOfKeyParameter(a.key());
                mutation = null;
            }
        }
        return new Compiled(a, table, key, new TransactionCoordinator.Action(table, key, precondition, mutation));
    }

    private static Precondition conditionOnly(ConditionInput condition) {
        Placeholders placeholders = Conditions.placeholders(condition, Conditions.conditionOnly(condition), List.of());
        Precondition p = Conditions.compile(condition, placeholders);
        placeholders.checkAllUsed();
        return p;
    }

    /** Each ConditionalCheckFailed reason carries the item only where its action asked for it. */
    private static DynamoException withRequestedItems(DynamoException e, List<Compiled> compiled) {
        List<CancellationReason> reasons = new ArrayList<>(e.cancellationReasons());
        boolean changed = false;
        for (int i = 0; i < reasons.size(); i++) {
            ConditionInput c = compiled.get(i).action().condition();
            if (reasons.get(i).item() != null && (c == null || !c.returnOldItemOnFailure())) {
                reasons.set(i, reasons.get(i).withoutItem());
                changed = true;
            }
        }
        return changed ? Errors.transactionCanceled(reasons) : e;
    }

    private Result result(List<Compiled> compiled, Request r) {
        List<Capacity.Consumed> consumed = null;
        if (r.returnConsumedCapacity() != ReturnConsumedCapacity.NONE) {
            Map<String, Capacity.Consumed> byTable = new LinkedHashMap<>();
            for (Compiled c : compiled) {
                Capacity.Consumed one = Capacity.Consumed.ofWrite(c.table().metadata(), c.step().existing(), c.step().next()).twice();
                byTable.merge(c.table().name(), one, Capacity.Consumed::plus);
            }
            consumed = new ArrayList<>(byTable.values());
        }
        return new Result(consumed, metrics(compiled, r));
    }

    private static Map<String, List<ItemCollectionMetrics>> metrics(List<Compiled> compiled, Request r) {
        if (!r.returnItemCollectionMetrics()) {
            return null;
        }
        Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
        for (Compiled c : compiled) {
            if (c.action().kind() == Kind.CONDITION_CHECK) {
                continue;
            }
            ItemCollectionMetrics m = ItemCollectionMetrics.of(c.table(), c.key());
            if (m != null) {
                metrics.computeIfAbsent(c.table().name(), t -> new ArrayList<>()).add(m);
            }
        }
        return metrics;
    }

    /**
     * A repeat within the idempotency window: nothing is written, and the capacity reported is
     * the read capacity of reading the items (API_TransactWriteItems.html, "ClientRequestToken").
     */
    private Result replay(List<Compiled> compiled, Request r) {
        List<Capacity.Consumed> consumed = null;
        if (r.returnConsumedCapacity() != ReturnConsumedCapacity.NONE) {
            Map<String, Capacity.Consumed> byTable = new LinkedHashMap<>();
            for (Compiled c : compiled) {
                Item now = c.table().read(c.key(), true);
                byTable.merge(c.table().name(), Capacity.Consumed.ofRead(c.table().name(), Capacity.readUnits(now, true)),
                        Capacity.Consumed::plus);
            }
            consumed = new ArrayList<>(byTable.values());
        }
        return new Result(consumed, metrics(compiled, r));
    }
}
