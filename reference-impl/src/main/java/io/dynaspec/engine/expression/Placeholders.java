package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    /**
     * "The maximum length of any single expression attribute name or expression attribute value
     * is 255 bytes. For example, #name is 5 bytes" (ServiceQuotas.html, "Expression parameters").
     */
    static final int MAX_KEY_BYTES = 255;

    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    /** Placeholders used so far; made on first use, since most requests have few or none. */
    private Set<String> usedNames;
    private Set<String> usedValues;

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
     * expression: a map that is present must not be empty, and each key must be at most 255
     * bytes, then {@code #} or {@code :} followed by letters, digits or underscores. Either map
     * may be null (absent).
     */
    public static Placeholders of(Map<String, String> names, Map<String, AttributeValue> values) {
        if (names != null) {
            if (names.isEmpty()) {
                throw ExpressionErrors.mapEmpty(NAMES);
            }
            for (Map.Entry<String, String> e : names.entrySet()) {
                checkKey(NAMES, '#', e.getKey());
                if (e.getValue() == null || e.getValue().isEmpty()) {
                    throw ExpressionErrors.emptyName(e.getKey());
                }
            }
        }
        if (values != null) {
            if (values.isEmpty()) {
                throw ExpressionErrors.mapEmpty(VALUES);
            }
            checkValueKeys(values.keySet());
        }
        return new Placeholders(names == null ? Map.of() : Map.copyOf(names),
                values == null ? Map.of() : Map.copyOf(values));
    }

    /** The keys of ExpressionAttributeValues, judged as {@link #of} judges them, before their values are read. */
    public static void checkValueKeys(java.util.Collection<String> keys) {
        for (String key : keys) {
            checkKey(VALUES, ':', key);
        }
    }

    /**
     * The length first, then the form: DynamoDB reports a key that is both too long and malformed
     * as too long (ExtendDB's record of DynamoDB's answers, test_expression_attribute_map_validation.py).
     */
    private static void checkKey(String parameter, char sigil, String key) {
        int bytes = ExpressionErrors.utf8Length(key);
        if (bytes > MAX_KEY_BYTES) {
            throw ExpressionErrors.keyTooLong(parameter, bytes);
        }
        if (!isKey(sigil, key)) {
            throw ExpressionErrors.invalidKey(parameter, key);
        }
    }

    /**
     * {@code #} or {@code :} followed by one or more letters, digits or underscores. Checked by
     * hand rather than by a regular expression: every request with placeholders checks each key.
     */
    private static boolean isKey(char sigil, String key) {
        int n = key.length();
        if (n < 2 || key.charAt(0) != sigil) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = key.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
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
        if (names != null && !anyPresent(expressions)) {
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

    private static boolean anyPresent(Map<String, String> expressions) {
        for (String text : expressions.values()) {
            if (text != null) {
                return true;
            }
        }
        return false;
    }

    /** The attribute name behind {@code #placeholder}, marking it used; null when undefined. */
    String name(String placeholder) {
        String name = names.get(placeholder);
        if (name != null) {
            if (usedNames == null) {
                usedNames = new HashSet<>();
            }
            usedNames.add(placeholder);
        }
        return name;
    }

    /** The value behind {@code :placeholder}, marking it used; null when undefined. */
    AttributeValue value(String placeholder) {
        AttributeValue value = values.get(placeholder);
        if (value != null) {
            if (usedValues == null) {
                usedValues = new HashSet<>();
            }
            usedValues.add(placeholder);
        }
        return value;
    }

    /**
     * After every expression of the request is parsed: each placeholder supplied must have been
     * used by one of them. Unused keys are listed in sorted order.
     */
    public void checkAllUsed() {
        if (countOf(usedNames) < names.size()) {
            throw ExpressionErrors.unused(NAMES, unusedOf(names.keySet(), usedNames));
        }
        if (countOf(usedValues) < values.size()) {
            throw ExpressionErrors.unused(VALUES, unusedOf(values.keySet(), usedValues));
        }
    }

    private static int countOf(Set<String> used) {
        return used == null ? 0 : used.size();
    }

    private static Set<String> unusedOf(Set<String> all, Set<String> used) {
        Set<String> unused = new TreeSet<>(all);
        if (used != null) {
            unused.removeAll(used);
        }
        return unused;
    }
}
