package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.LegacyConditions;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.expression.ProjectionExpression;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The parameters Query and Scan share, checked alike: Select against the projection parameters,
 * AttributesToGet and ExclusiveStartKey (IndexName: {@link IndexRead}) (API_Query.html, API_Scan.html).
 */
final class ReadParameters {
    private ReadParameters() {
    }

    /**
     * Select against ProjectionExpression, AttributesToGet and IndexName (API_Query.html,
     * "Select": SPECIFIC_ATTRIBUTES needs a projection, ALL_PROJECTED_ATTRIBUTES an index, and a
     * projection goes with no other choice). Query reports the conflicts as a shape violation,
     * Scan without the prefix.
     */
    static Select select(Select select, String projectionExpression, List<String> attributesToGet, String indexName,
                         boolean shapePrefix) {
        String projecting = projectionExpression != null ? "ProjectionExpression"
                : attributesToGet != null ? "AttributesToGet" : null;
        if (select == null) {
            return projecting != null ? Select.SPECIFIC_ATTRIBUTES : Select.ALL_ATTRIBUTES;
        }
        if (projecting != null && select != Select.SPECIFIC_ATTRIBUTES) {
            String choice = select == Select.COUNT ? "only the Count" : select.name();
            String message = "Cannot specify the " + projecting + " when choosing to get " + choice;
            throw shapePrefix ? Errors.constraintViolations(List.of(message)) : Errors.validation(message);
        }
        if (select == Select.ALL_PROJECTED_ATTRIBUTES && indexName == null) {
            throw Errors.validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        }
        if (select == Select.SPECIFIC_ATTRIBUTES && projecting == null) {
            throw Errors.validation("Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
        }
        return select;
    }

    /**
     * Legacy and expression parameters are not mixed, and placeholders come only with
     * expressions (LegacyConditionalParameters.html, Expressions.ExpressionAttributeValues.html).
     *
     * @param legacy      the legacy parameters the request carries
     * @param expressions every expression parameter of the operation, name to text or null, in
     *                    DynamoDB's order
     */
    static Placeholders placeholders(List<String> legacy, Map<String, String> expressions,
                                     Map<String, String> names, Map<String, AttributeValue> values) {
        List<String> used = new ArrayList<>();
        expressions.forEach((name, text) -> {
            if (text != null) {
                used.add(name);
            }
        });
        // The placeholder maps are not expression parameters (as for conditional writes): without
        // an expression they are refused by checkOnlyWithExpressions, not as a mix.
        LegacyConditions.checkNotMixed(legacy, used);
        Placeholders.checkOnlyWithExpressions(names, values, expressions);
        return Placeholders.of(names, values);
    }

    /** AttributesToGet names each attribute once. */
    static void attributesToGet(List<String> attributesToGet) {
        if (attributesToGet == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String name : attributesToGet) {
            if (!seen.add(name)) {
                throw Errors.invalidParameter("Duplicate value in attribute name: " + name);
            }
        }
    }

    /** What is returned of a matching item: the projection, AttributesToGet, or the whole item. */
    static UnaryOperator<Item> projection(ProjectionExpression projection, List<String> attributesToGet) {
        if (projection != null) {
            return projection::project;
        }
        if (attributesToGet != null) {
            Set<String> names = new LinkedHashSet<>(attributesToGet);
            return item -> item.project(names);
        }
        return UnaryOperator.identity();
    }

    /**
     * ExclusiveStartKey: the table's key attributes exactly, as LastEvaluatedKey gave them; any
     * fault is reported as "The provided starting key is invalid: " and the key's own message.
     */
    static PrimaryKey startKey(Table table, Map<String, AttributeValue> exclusiveStartKey) {
        if (exclusiveStartKey == null) {
            return null;
        }
        try {
            return table.keySchema().keyOfKeyParameter(exclusiveStartKey);
        } catch (DynamoException e) {
            if (e.type() != ErrorType.VALIDATION) {
                throw e;
            }
            throw invalidStartKey(e.getMessage());
        }
    }

    static DynamoException invalidStartKey(String detail) {
        return Errors.validation("The provided starting key is invalid: " + detail);
    }
}
