package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.WriteOutcome;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.Condition;
import io.dynaspec.engine.expression.ConditionParser;
import io.dynaspec.engine.expression.LegacyConditions;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Turns a request's condition parameters into the precondition the cluster judges, with
 * DynamoDB's checks in DynamoDB's order: legacy and expression parameters not mixed
 * (LegacyConditionalParameters.html), placeholders only with expressions, each expression parsed,
 * then no placeholder left unused (Expressions.ExpressionAttributeNames.html).
 */
final class Conditions {
    private Conditions() {
    }

    /**
     * Checks which parameters the request mixes and builds its placeholders.
     *
     * @param c           the condition parameters
     * @param expressions every expression parameter of the operation, name → text or null, in DynamoDB's order
     * @param legacy      the legacy parameters the request sent besides Expected / ConditionalOperator
     */
    static Placeholders placeholders(ConditionInput c, Map<String, String> expressions, List<String> legacy) {
        checkParameterKinds(c, expressions, legacy);
        return Placeholders.of(c.attributeNames(), c.attributeValues());
    }

    /**
     * The first checks of {@link #placeholders}: legacy and expression parameters not mixed,
     * placeholder maps only with expressions. DynamoDB makes them before it judges the key's
     * values (dynalite's suite records of live DynamoDB, updateItem: a mix beside a key value of
     * no type is reported as a mix).
     */
    static void checkParameterKinds(ConditionInput c, Map<String, String> expressions, List<String> legacy) {
        // Only a request with a legacy parameter can mix the two kinds: the lists that name them
        // in the message are made for those requests alone.
        if (!legacy.isEmpty() || c.expected() != null || c.conditionalOperator() != null) {
            checkNotMixed(c, expressions, legacy);
        }
        Placeholders.checkOnlyWithExpressions(c.attributeNames(), c.attributeValues(), expressions);
    }

    private static void checkNotMixed(ConditionInput c, Map<String, String> expressions, List<String> legacy) {
        List<String> nonExpression = new ArrayList<>(legacy);
        if (c.expected() != null) {
            nonExpression.add("Expected");
        }
        if (c.conditionalOperator() != null) {
            nonExpression.add("ConditionalOperator");
        }
        // The placeholder maps are not expression parameters: with Expected and no expression,
        // DynamoDB reports "ExpressionAttributeNames can only be specified when using
        // expressions", and beside ConditionExpression it names the expression alone.
        List<String> expression = new ArrayList<>();
        expressions.forEach((name, text) -> {
            if (text != null) {
                expression.add(name);
            }
        });
        LegacyConditions.checkNotMixed(nonExpression, expression);
    }

    /** The expression parameters of a conditional write that takes no other expression. */
    static Map<String, String> conditionOnly(ConditionInput c) {
        return Collections.singletonMap("ConditionExpression", c.conditionExpression());
    }

    /** The precondition of ConditionExpression or Expected; none when neither was sent. */
    static Precondition compile(ConditionInput c, Placeholders placeholders) {
        Condition condition = null;
        if (c.conditionExpression() != null) {
            condition = ConditionParser.parse(c.conditionExpression(), placeholders);
        } else if (c.expected() != null) {
            condition = Condition.fromExpected(c.expected(), c.conditionalOperator()).orElse(null);
        }
        return condition == null ? Precondition.NONE : condition::evaluate;
    }

    /**
     * Writes at the partition's leader. A failed condition carries the old item only when the
     * request asked for it (API_PutItem.html, "ReturnValuesOnConditionCheckFailure").
     */
    static WriteOutcome write(Table table, PrimaryKey key, Precondition pre, Mutation mutation, boolean returnOldItemOnFailure) {
        try {
            return table.write(key, pre, mutation);
        } catch (DynamoException e) {
            if (e.type() == ErrorType.CONDITIONAL_CHECK_FAILED && !returnOldItemOnFailure && e.item() != null) {
                throw Errors.conditionalCheckFailed(null);
            }
            throw e;
        }
    }
}
