package io.dynaspec.engine.expression;

import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The legacy conditional parameters (LegacyConditionalParameters.html): the {@code Expected} map
 * translated into the same {@link Condition} tree an expression yields, and the rule that a
 * request uses either legacy or expression parameters, never both.
 */
public final class LegacyConditions {
    private LegacyConditions() {
    }

    /**
     * DynamoDB refuses a request that mixes the two styles: "Can not use both expression and
     * non-expression parameters in the same request: Non-expression parameters: {Expected}
     * Expression parameters: {ConditionExpression}". Pass the names of the members present.
     */
    public static void checkNotMixed(Collection<String> nonExpressionParameters,
                                     Collection<String> expressionParameters) {
        if (!nonExpressionParameters.isEmpty() && !expressionParameters.isEmpty()) {
            throw Errors.validation("Can not use both expression and non-expression parameters in the same request: "
                    + "Non-expression parameters: {" + String.join(", ", nonExpressionParameters) + "} "
                    + "Expression parameters: {" + String.join(", ", expressionParameters) + "}");
        }
    }

    static Optional<Condition> toCondition(Map<String, ExpectedCondition> expected, ConditionalOperator operator) {
        if (expected == null || expected.isEmpty()) {
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>(expected.size());
        for (Map.Entry<String, ExpectedCondition> e : expected.entrySet()) {
            parts.add(toCondition(e.getKey(), e.getValue()));
        }
        return Optional.of(joined(parts, operator));
    }

    private static Condition joined(List<Condition> parts, ConditionalOperator operator) {
        Condition result = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            result = operator == ConditionalOperator.OR
                    ? new Condition.Or(result, parts.get(i))
                    : new Condition.And(result, parts.get(i));
        }
        return result;
    }

    /** One entry, checked in the order DynamoDB checks an entry's members. */
    private static Condition toCondition(String attribute, ExpectedCondition c) {
        DocumentPath path = DocumentPath.of(attribute);
        ComparisonOperator op = c.comparisonOperator();
        if (op == null) {
            // Value beside AttributeValueList is named as such even without an operator
            // (dynalite's suite records of live DynamoDB, deleteItem).
            if (c.attributeValueList() != null && c.value() != null) {
                throw Errors.invalidParameter("Value and AttributeValueList cannot be used together for Attribute: " + attribute);
            }
            if (c.attributeValueList() != null) {
                throw Errors.invalidParameter(
                        "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + attribute);
            }
            boolean exists = c.exists() == null || c.exists();
            if (exists && c.value() == null) {
                throw Errors.invalidParameter("Value must be provided when Exists is "
                        + (c.exists() == null ? "null" : "true") + " for Attribute: " + attribute);
            }
            if (!exists && c.value() != null) {
                throw Errors.invalidParameter("Value cannot be used when Exists is false for Attribute: " + attribute);
            }
            return exists
                    ? new Condition.Comparison(Comparator.EQ, new Operand.Path(path), new Operand.Value(c.value()))
                    : new Condition.AttributeNotExists(path);
        }
        if (c.exists() != null) {
            throw Errors.invalidParameter("Exists and ComparisonOperator cannot be used together for Attribute: " + attribute);
        }
        if (c.attributeValueList() != null && c.value() != null) {
            throw Errors.invalidParameter("Value and AttributeValueList cannot be used together for Attribute: " + attribute);
        }
        List<AttributeValue> values = c.attributeValueList() != null ? c.attributeValueList()
                : c.value() != null ? List.of(c.value()) : List.of();
        if (values.isEmpty() && op.takesValues() && c.attributeValueList() == null) {
            throw Errors.invalidParameter("Value or AttributeValueList must be used with ComparisonOperator: "
                    + op + " for Attribute: " + attribute);
        }
        return comparison(attribute, op, values);
    }

    /**
     * The legacy filters QueryFilter and ScanFilter (LegacyConditionalParameters.QueryFilter.html,
     * LegacyConditionalParameters.ScanFilter.html) as a condition: one comparison per attribute,
     * joined by {@code operator} (AND when null). Empty when {@code filter} is null or empty.
     */
    public static Optional<Condition> filter(Map<String, LegacyCondition> filter, ConditionalOperator operator) {
        if (filter == null || filter.isEmpty()) {
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>(filter.size());
        for (Map.Entry<String, LegacyCondition> e : filter.entrySet()) {
            LegacyCondition c = e.getValue();
            parts.add(comparison(e.getKey(), c.operator(), c.values() == null ? List.of() : c.values()));
        }
        return Optional.of(joined(parts, operator));
    }

    /** Checks one entry's values against its operator, then builds its comparison. */
    static Condition comparison(String attribute, ComparisonOperator op, List<AttributeValue> values) {
        if (!op.acceptsCount(values.size())) {
            throw Errors.invalidParameter("Invalid number of argument(s) for the " + op + " ComparisonOperator");
        }
        for (AttributeValue v : values) {
            if (v.type() != values.get(0).type()) {
                throw Errors.invalidParameter("AttributeValues inside AttributeValueList must be of same type");
            }
        }
        for (AttributeValue v : values) {
            if (!op.acceptsType(v.type())) {
                throw Errors.invalidParameter("ComparisonOperator " + op + " is not valid for "
                        + v.type().descriptor() + " AttributeValue type");
            }
        }
        DocumentPath path = DocumentPath.of(attribute);
        Operand subject = new Operand.Path(path);
        return switch (op) {
            case EQ -> compare(Comparator.EQ, subject, values);
            case NE -> compare(Comparator.NE, subject, values);
            case LE -> compare(Comparator.LE, subject, values);
            case LT -> compare(Comparator.LT, subject, values);
            case GE -> compare(Comparator.GE, subject, values);
            case GT -> compare(Comparator.GT, subject, values);
            case NOT_NULL -> new Condition.AttributeExists(path);
            case NULL -> new Condition.AttributeNotExists(path);
            case CONTAINS -> new Condition.Contains(subject, new Operand.Value(values.get(0)));
            case NOT_CONTAINS -> new Condition.Not(new Condition.Contains(subject, new Operand.Value(values.get(0))));
            case BEGINS_WITH -> new Condition.BeginsWith(subject, new Operand.Value(values.get(0)));
            case IN -> new Condition.In(subject, values.stream().<Operand>map(Operand.Value::new).toList());
            case BETWEEN -> between(subject, values.get(0), values.get(1));
        };
    }

    private static Condition compare(Comparator comparator, Operand subject, List<AttributeValue> values) {
        return new Condition.Comparison(comparator, subject, new Operand.Value(values.get(0)));
    }

    private static Condition between(Operand subject, AttributeValue lower, AttributeValue upper) {
        if (Comparator.compare(lower, upper) > 0) {
            throw Errors.validation(
                    "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
        }
        return new Condition.Between(subject, new Operand.Value(lower), new Operand.Value(upper));
    }
}
