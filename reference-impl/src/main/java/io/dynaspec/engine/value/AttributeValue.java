package io.dynaspec.engine.value;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One DynamoDB attribute value: exactly one of the ten types of API_AttributeValue.html.
 * Immutable, so replicas and responses share the same objects. Construction does not validate
 * DynamoDB's rules (empty sets, duplicates, depth); {@link ItemRules} does, once per request.
 */
public sealed interface AttributeValue {

    AttributeType type();

    /**
     * Bytes this value adds to an item's size, not counting the attribute name
     * (CapacityUnitCalculations.html).
     */
    int size();

    /** S: a UTF-8 string. */
    record S(String value) implements AttributeValue {
        public AttributeType type() {
            return AttributeType.S;
        }

        public int size() {
            return utf8Length(value);
        }
    }

    /** N: a number, exact and normalised. */
    record N(DynamoNumber value) implements AttributeValue {
        public static N of(String text) {
            return new N(DynamoNumber.parse(text));
        }

        public AttributeType type() {
            return AttributeType.N;
        }

        public int size() {
            return value.storageSize();
        }
    }

    /** B: binary, sized by its raw bytes. */
    record B(Bytes value) implements AttributeValue {
        public AttributeType type() {
            return AttributeType.B;
        }

        public int size() {
            return value.length();
        }
    }

    /** SS: a set of strings; equality ignores order. */
    record SS(Set<String> values) implements AttributeValue {
        public SS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public AttributeType type() {
            return AttributeType.SS;
        }

        public int size() {
            int n = 0;
            for (String s : values) {
                n += utf8Length(s);
            }
            return n;
        }
    }

    /** NS: a set of numbers; numerically equal members are one member. */
    record NS(Set<DynamoNumber> values) implements AttributeValue {
        public NS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public AttributeType type() {
            return AttributeType.NS;
        }

        public int size() {
            int n = 0;
            for (DynamoNumber d : values) {
                n += d.storageSize();
            }
            return n;
        }
    }

    /** BS: a set of binaries. */
    record BS(Set<Bytes> values) implements AttributeValue {
        public BS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public AttributeType type() {
            return AttributeType.BS;
        }

        public int size() {
            int n = 0;
            for (Bytes b : values) {
                n += b.length();
            }
            return n;
        }
    }

    /** M: a map of names to values. 3 bytes of overhead plus 1 per element, names counted. */
    record M(Map<String, AttributeValue> values) implements AttributeValue {
        public M {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public AttributeType type() {
            return AttributeType.M;
        }

        public int size() {
            int n = 3;
            for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
                n += 1 + utf8Length(e.getKey()) + e.getValue().size();
            }
            return n;
        }
    }

    /** L: an ordered list. 3 bytes of overhead plus 1 per element. */
    record L(List<AttributeValue> values) implements AttributeValue {
        public L {
            values = List.copyOf(values);
        }

        public AttributeType type() {
            return AttributeType.L;
        }

        public int size() {
            int n = 3;
            for (AttributeValue v : values) {
                n += 1 + v.size();
            }
            return n;
        }
    }

    /** NULL: the null value (always {@code "NULL": true} on the wire). */
    record Null() implements AttributeValue {
        public static final Null INSTANCE = new Null();

        public AttributeType type() {
            return AttributeType.NULL;
        }

        public int size() {
            return 1;
        }
    }

    /** BOOL: true or false. */
    record Bool(boolean value) implements AttributeValue {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }

        public AttributeType type() {
            return AttributeType.BOOL;
        }

        public int size() {
            return 1;
        }
    }

    /** UTF-8 length without allocating the encoded bytes. */
    static int utf8Length(String s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // 4 bytes for the pair of 2 chars
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    /** UTF-8 bytes of a string, for key hashing and ordering. */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
