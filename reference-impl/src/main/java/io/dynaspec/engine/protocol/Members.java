package io.dynaspec.engine.protocol;

import io.dynaspec.engine.error.Errors;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The members of one JSON object of a request, read against the operation's declared shape.
 * Shape violations (missing members, lengths, patterns, enums, ranges) are collected rather than
 * thrown, so that one response lists them all as DynamoDB does ("2 validation errors detected:
 * ..."); a member of the wrong JSON type is a SerializationException at once.
 */
public final class Members {
    private final Map<String, Object> object;
    private final String path;
    private final Violations violations;

    private Members(Map<String, Object> object, String path, Violations violations) {
        this.object = object;
        this.path = path;
        this.violations = violations;
    }

    /** The top-level members of a request body. */
    public static Members of(Map<String, Object> body) {
        return new Members(body, "", new Violations());
    }

    /** Violations found so far in this request. */
    public Violations violations() {
        return violations;
    }

    /** Throws the collected violations, if any, as one ValidationException. */
    public void finish() {
        violations.throwIfAny();
    }

    /** The member's path in DynamoDB's messages: lower camel case, nested with dots. */
    public String pathOf(String member) {
        String camel = Character.toLowerCase(member.charAt(0)) + member.substring(1);
        return path.isEmpty() ? camel : path + "." + camel;
    }

    Object raw(String member) {
        Object v = object.get(member);
        return v == JsonTree.NULL ? null : v;
    }

    /** A string member, or a {@link Field} holding null when absent. */
    public Field<String> string(String member) {
        Object v = raw(member);
        if (v != null && !(v instanceof String)) {
            throw wrongType(member, v, "String");
        }
        return new Field<>(pathOf(member), (String) v, violations);
    }

    public Field<Boolean> bool(String member) {
        Object v = raw(member);
        if (v != null && !(v instanceof Boolean)) {
            throw wrongType(member, v, "Boolean");
        }
        return new Field<>(pathOf(member), (Boolean) v, violations);
    }

    /** An Integer member (Limit, Segment, TotalSegments): a JSON number without a fraction, 32 bits. */
    public Field<Long> integer(String member) {
        return whole(member, "Integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A Long member (capacity units): a JSON number without a fraction, 64 bits. */
    public Field<Long> longInteger(String member) {
        return whole(member, "Long", Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * A whole-number member. A fraction, or a magnitude the member's type cannot hold, is a
     * SerializationException naming the JSON token as DynamoDB's parser does: the value is never
     * truncated or wrapped into a different limit.
     */
    private Field<Long> whole(String member, String type, long min, long max) {
        Object v = raw(member);
        if (v == null) {
            return new Field<>(pathOf(member), null, violations);
        }
        if (!(v instanceof JsonTree.JsonNumber n)) {
            throw wrongType(member, v, type);
        }
        java.math.BigDecimal d = new java.math.BigDecimal(n.text());
        if (isDecimal(n.text()) && d.stripTrailingZeros().scale() > 0) {
            throw Errors.serialization("DECIMAL_VALUE cannot be converted to " + type);
        }
        if (d.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || d.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            throw Errors.serialization("NUMBER_VALUE cannot be converted to " + type);
        }
        return new Field<>(pathOf(member), d.longValueExact(), violations);
    }

    /** Checks a list or map member's element count against DynamoDB's declared bounds. */
    public void count(String member, java.util.Collection<?> c, int min, int max) {
        if (c == null) {
            return;
        }
        if (c.size() < min) {
            violations.add(pathOf(member), c, "Member must have length greater than or equal to " + min);
        } else if (c.size() > max) {
            violations.add(pathOf(member), c, "Member must have length less than or equal to " + max);
        }
    }

    /** A nested structure, or null when absent. */
    @SuppressWarnings("unchecked")
    public Members structure(String member) {
        Object v = raw(member);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map)) {
            throw wrongType(member, v, "Structure");
        }
        return new Members((Map<String, Object>) v, pathOf(member), violations);
    }

    /**
     * The structure stored under {@code key} in a map member (a KeyConditions or QueryFilter
     * entry), with DynamoDB's path for it: {@code keyConditions.<key>.member}.
     */
    @SuppressWarnings("unchecked")
    public Members entry(String member, String key, Object value) {
        if (!(value instanceof Map)) {
            throw wrongType(member, value, "Structure");
        }
        return new Members((Map<String, Object>) value, pathOf(member) + "." + key + ".member", violations);
    }

    /** A JSON object used as a map (item, key, placeholders), or null when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String member) {
        Object v = raw(member);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map)) {
            throw wrongType(member, v, "Map");
        }
        return (Map<String, Object>) v;
    }

    /** A list member, or null when absent. */
    @SuppressWarnings("unchecked")
    public List<Object> list(String member) {
        Object v = raw(member);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List)) {
            throw wrongType(member, v, "List");
        }
        return (List<Object>) v;
    }

    /** The i-th (0-based) structure of a list member, with DynamoDB's 1-based path. */
    @SuppressWarnings("unchecked")
    public Members element(String member, List<Object> list, int i) {
        Object v = list.get(i);
        if (!(v instanceof Map)) {
            throw wrongType(member, v, "Structure");
        }
        return new Members((Map<String, Object>) v, pathOf(member) + "." + (i + 1) + ".member", violations);
    }

    /**
     * A member whose JSON type is not the one its shape declares, with the SerializationException
     * DynamoDB's parser gives for each pair of JSON token and declared type.
     */
    static RuntimeException wrongType(String member, Object v, String expected) {
        if (v instanceof Map) {
            return Errors.serialization("Start of structure or map found where not expected");
        }
        boolean scalarExpected = switch (expected) {
            case "String", "Boolean", "Integer", "Long" -> true;
            default -> false;
        };
        if (v instanceof List) {
            return Errors.serialization(scalarExpected ? "Unrecognized collection type class java.lang." + expected
                    : "Start of list found where not expected");
        }
        if (!scalarExpected) {
            return Errors.serialization("Unexpected field type");
        }
        if (v instanceof String) {
            return Errors.serialization(expected.equals("Boolean") ? "Unexpected token received from parser"
                    : "STRING_VALUE cannot be converted to " + expected);
        }
        if (v instanceof Boolean b) {
            return Errors.serialization((b ? "TRUE_VALUE" : "FALSE_VALUE") + " cannot be converted to " + expected);
        }
        return Errors.serialization((isDecimal(v.toString()) ? "DECIMAL_VALUE" : "NUMBER_VALUE") + " cannot be converted to " + expected);
    }

    /** A JSON number written with a fraction or an exponent: DynamoDB's parser calls it a DECIMAL_VALUE. */
    private static boolean isDecimal(String jsonNumber) {
        return jsonNumber.indexOf('.') >= 0 || jsonNumber.indexOf('e') >= 0 || jsonNumber.indexOf('E') >= 0;
    }

    /** The i-th element of a list member of strings (AttributesToGet, NonKeyAttributes). */
    public static String stringElement(String member, Object element) {
        if (element instanceof String s) {
            return s;
        }
        throw wrongType(member, element, "String");
    }

    /** Constraint violations of one request. */
    public static final class Violations {
        private final java.util.ArrayList<String> messages = new java.util.ArrayList<>();

        public void add(String path, Object value, String constraint) {
            messages.add("Value " + render(value) + " at '" + path + "' failed to satisfy constraint: " + constraint);
        }

        public void throwIfAny() {
            if (!messages.isEmpty()) {
                throw Errors.constraintViolations(messages);
            }
        }

        private static String render(Object value) {
            return value == null ? "null" : "'" + value + "'";
        }
    }

    /**
     * One member's value with its constraints, each checked where declared.
     *
     * @param <T> the member's Java type
     */
    public static final class Field<T> {
        private final String path;
        private final T value;
        private final Violations violations;

        Field(String path, T value, Violations violations) {
            this.path = path;
            this.value = value;
            this.violations = violations;
        }

        public Field<T> required() {
            if (value == null) {
                violations.add(path, null, "Member must not be null");
            }
            return this;
        }

        public Field<T> length(int min, int max) {
            if (value instanceof String s) {
                int n = s.length();
                if (n < min) {
                    violations.add(path, s, "Member must have length greater than or equal to " + min);
                } else if (n > max) {
                    violations.add(path, s, "Member must have length less than or equal to " + max);
                }
            }
            return this;
        }

        public Field<T> pattern(Pattern p) {
            if (value instanceof String s && !p.matcher(s).matches()) {
                violations.add(path, s, "Member must satisfy regular expression pattern: " + p.pattern());
            }
            return this;
        }

        public Field<T> oneOf(List<String> allowed) {
            if (value instanceof String s && !allowed.contains(s)) {
                violations.add(path, s, "Member must satisfy enum value set: " + allowed);
            }
            return this;
        }

        public Field<T> atLeast(long min) {
            if (value instanceof Long l && l < min) {
                violations.add(path, l, "Member must have value greater than or equal to " + min);
            }
            return this;
        }

        public Field<T> atMost(long max) {
            if (value instanceof Long l && l > max) {
                violations.add(path, l, "Member must have value less than or equal to " + max);
            }
            return this;
        }

        public T get() {
            return value;
        }
    }
}
