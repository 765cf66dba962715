package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The expression attribute names ({@code #name}) and values ({@code :value}) of one request,
 * shared by all of its expressions (Expressions.ExpressionAttributeNames.html,
 * Expressions.ExpressionAttributeValues.html). Parsing an expression looks placeholders up here
 * and marks them used; once every expression of the request is parsed, {@link #checkAllUsed()}
 * rejects the request if any was left unused, as DynamoDB does.
 *
 * <p>One instance serves one request on one thread: it records which placeholders were used.
 */
public final class Placeholders {
    static final String NAMES = "ExpressionAttributeNames";
    static final String VALUES = "ExpressionAttributeValues";
    private static final Pattern NAME_KEY = Pattern.compile("#[A-Za-z0-9_]+");
    private static final Pattern VALUE_KEY = Pattern.compile(":[A-Za-z0-9_]+");

    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();

    private Placeholders(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names;
        this.values = values;
    }

    /** A request without placeholders. */
    public static Placeholders none() {
        return new Placeholders(Map.of(), Map.of());
    }

    /**
     * The placeholders of a request, checked as DynamoDB checks them before it reads any
     * expression: a map that is present must not be empty, and each key must be {@code #} or
     * {@code :} followed by letters, digits or underscores. Either map may be null (absent).
     */
    public static Placeholders of(Map<String, String> names, Map<String, AttributeValue> values) {
        if (names != null) {
            if (names.isEmpty()) {
                throw ExpressionErrors.mapEmpty(NAMES);
            }
            for (Map.Entry<String, String> e : names.entrySet()) {
                if (!NAME_KEY.matcher(e.getKey()).matches()) {
                    throw ExpressionErrors.invalidKey(NAMES, e.getKey());
                }
                if (e.getValue() == null || e.getValue().isEmpty()) {
                    throw ExpressionErrors.emptyName(e.getKey());
                }
            }
        }
        if (values != null) {
            if (values.isEmpty()) {
                throw ExpressionErrors.mapEmpty(VALUES);
            }
            for (String key : values.keySet()) {
                if (!VALUE_KEY.matcher(key).matches()) {
                    throw ExpressionErrors.invalidKey(VALUES, key);
                }
            }
        }
        return new Placeholders(names == null ? Map.of() : Map.copyOf(names),
                values == null ? Map.of() : Map.copyOf(values));
    }

    /**
     * Placeholder maps come only with expressions. {@code expressions} maps each expression
     * parameter the operation takes, in the order DynamoDB names them (e.g. UpdateExpression,
     * ConditionExpression), to its text or null when absent. Names need any expression; values
     * need one other than ProjectionExpression, which takes no values: "ExpressionAttributeValues
     * can only be specified when using expressions: ConditionExpression is null".
     */
    public static void checkOnlyWithExpressions(Map<String, String> names, Map<String, AttributeValue> values,
                                                Map<String, String> expressions) {
        if (names != null && expressions.values().stream().allMatch(Objects::isNull)) {
            throw ExpressionErrors.onlyWithExpressions(NAMES);
        }
        if (values == null) {
            return;
        }
        List<String> valueTaking = new ArrayList<>();
        for (Map.Entry<String, String> e : expressions.entrySet()) {
            if (!e.getKey().equals(ExpressionKind.PROJECTION.parameter())) {
                if (e.getValue() != null) {
                    return;
                }
                valueTaking.add(e.getKey());
            }
        }
        throw ExpressionErrors.valuesOnlyWithExpressions(valueTaking);
    }

    /** The attribute name behind {@code #placeholder}, marking it used; null when undefined. */
    String name(String placeholder) {
        String name = names.get(placeholder);
        if (name != null) {
            usedNames.add(placeholder);
        }
        return name;
    }

    /** The value behind {@code :placeholder}, marking it used; null when undefined. */
    AttributeValue value(String placeholder) {
        AttributeValue value = values.get(placeholder);
        if (value != null) {
            usedValues.add(placeholder);
        }
        return value;
    }

    /**
     * After every expression of the request is parsed: each placeholder supplied must have been
     * used by one of them. Unused keys are listed in sorted order.
     */
    public void checkAllUsed() {
        if (usedNames.size() < names.size()) {
            throw ExpressionErrors.unused(NAMES, unusedOf(names.keySet(), usedNames));
        }
        if (usedValues.size() < values.size()) {
            throw ExpressionErrors.unused(VALUES, unusedOf(values.keySet(), usedValues));
        }
    }

    private static Set<String> unusedOf(Set<String> all, Set<String> used) {
        Set<String> unused = new TreeSet<>(all);
        unused.removeAll(used);
        return unused;
    }
}
