package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB JSON for attribute values ({@code {"S": "x"}}, API_AttributeValue.html), read with
 * DynamoDB's rules: exactly one type per value, sets non-empty and without duplicates, NULL only
 * true, numbers within DynamoDB's precision and range, at most 32 levels of nesting
 * (ServiceQuotas.html, "Nested attribute depth").
 */
public final class AttributeValueJson {
    /**
     * Items nest at most 32 levels deep, the item itself being the first: an attribute's value
     * holds at most 31 maps or lists one inside the other. DynamoDB accepts a value 31 maps deep
     * and refuses one 32 deep (Scylla's test suite, run against DynamoDB, stores 31; Dynoxide's
     * captures of DynamoDB refuse 32).
     */
    public static final int MAX_DEPTH = 32;
    /** The most maps or lists an attribute's value nests, one inside the other. */
    private static final int MAX_NESTED_CONTAINERS = MAX_DEPTH - 1;

    private AttributeValueJson() {
    }

    /** Reads an item or key: attribute names to values. */
    public static Map<String, AttributeValue> readAttributes(Map<String, Object> json) {
        Map<String, AttributeValue> out = new LinkedHashMap<>(json.size() * 2);
        for (Map.Entry<String, Object> e : json.entrySet()) {
            out.put(e.getKey(), read(e.getValue(), 0));
        }
        return out;
    }

    public static Item readItem(Map<String, Object> json) {
        return Item.of(readAttributes(json));
    }

    /** Reads one attribute value. */
    public static AttributeValue read(Object json) {
        return read(json, 0);
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue read(Object json, int depth) {
        if (!(json instanceof Map)) {
            // In a request, WireTypes has refused every other JSON type here: only a JSON null
            // is left ({"L": [null]}), whose answer from DynamoDB is not on record.
            throw Errors.serialization("Unexpected value type in AttributeValue: expected a structure");
        }
        Map<String, Object> m = (Map<String, Object>) json;
        String type = null;
        Object body = null;
        int present = 0;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getValue() == JsonTree.NULL || !isTypeName(e.getKey())) {
                continue;
            }
            present++;
            type = e.getKey();
            body = e.getValue();
        }
        if (present == 0) {
            throw Errors.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (present > 1) {
            // Each data type's own value is judged first, in the order sent, as dynalite's suite
            // records of DynamoDB ({"S": "a", "N": "b"} is refused for its number).
            for (Map.Entry<String, Object> e : m.entrySet()) {
                if (e.getValue() != JsonTree.NULL && isTypeName(e.getKey())) {
                    typed(e.getKey(), e.getValue(), depth);
                }
            }
            throw Errors.validation("Supplied AttributeValue has more than one datatypes set, "
                    + "must contain exactly one of the supported datatypes");
        }
        return typed(type, body, depth);
    }

    /** The value of one data type, its body judged by that type's rules. */
    @SuppressWarnings("unchecked")
    private static AttributeValue typed(String type, Object body, int depth) {
        return switch (type) {
            case "S" -> new AttributeValue.S(string(body));
            case "N" -> new AttributeValue.N(DynamoNumber.parse(string(body)));
            case "B" -> new AttributeValue.B(binary(body));
            case "BOOL" -> AttributeValue.Bool.of(bool(body));
            case "NULL" -> {
                if (!bool(body)) {
                    throw Errors.invalidParameter("Null attribute value types must have the value of true");
                }
                yield AttributeValue.Null.INSTANCE;
            }
            case "SS" -> {
                List<String> members = new ArrayList<>();
                for (Object o : nonEmptySet(body, "string")) {
                    members.add(string(o));
                }
                noDuplicates(members, members, " ");
                yield new AttributeValue.SS(new LinkedHashSet<>(members));
            }
            case "NS" -> {
                List<Object> raw = nonEmptySet(body, "number");
                List<DynamoNumber> members = new ArrayList<>(raw.size());
                for (Object o : raw) {
                    members.add(DynamoNumber.parse(string(o)));
                }
                // Members are compared as numbers, so 1 and 1.0 are one value twice. Unlike SS and
                // BS, DynamoDB's message neither names the collection nor has the parameter prefix
                // (as recorded of live DynamoDB by dynalite's test suite).
                if (new HashSet<>(members).size() != members.size()) {
                    throw Errors.validation("Input collection contains duplicates");
                }
                yield new AttributeValue.NS(new LinkedHashSet<>(members));
            }
            case "BS" -> {
                List<Object> raw = nonEmptySet(body, "binary");
                List<Bytes> members = new ArrayList<>(raw.size());
                for (Object o : raw) {
                    members.add(binary(o));
                }
                noDuplicates(members, raw, "of type BS ");
                yield new AttributeValue.BS(new LinkedHashSet<>(members));
            }
            case "M" -> {
                checkDepth(depth);
                if (!(body instanceof Map)) {
                    throw Errors.serialization("Unexpected value type for M: expected a structure");
                }
                Map<String, Object> entries = (Map<String, Object>) body;
                Map<String, AttributeValue> values = new LinkedHashMap<>(entries.size() * 2);
                for (Map.Entry<String, Object> e : entries.entrySet()) {
                    AttributeNames.checkNested(e.getKey());
                    values.put(e.getKey(), read(e.getValue(), depth + 1));
                }
                yield new AttributeValue.M(values);
            }
            case "L" -> {
                checkDepth(depth);
                if (!(body instanceof List)) {
                    throw Errors.serialization("Unexpected value type for L: expected a list");
                }
                List<Object> elements = (List<Object>) body;
                List<AttributeValue> values = new ArrayList<>(elements.size());
                for (Object o : elements) {
                    values.add(read(o, depth + 1));
                }
                yield new AttributeValue.L(values);
            }
            default -> throw new IllegalStateException(type);
        };
    }

    private static boolean isTypeName(String name) {
        return switch (name) {
            case "S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL" -> true;
            default -> false;
        };
    }

    /** {@code depth} is how many maps or lists already hold the one being read. */
    private static void checkDepth(int depth) {
        if (depth >= MAX_NESTED_CONTAINERS) {
            throw Errors.validation("Nesting Levels have exceeded supported limits");
        }
    }

    /**
     * The body of an S or N, or an element of an SS or NS. In a request, WireTypes has refused a
     * body of any other JSON type before this reads it, with DynamoDB's message for that type:
     * only a JSON null element ({"SS": [null]}) is left to refuse here, and DynamoDB's answer to
     * it is not on record.
     */
    private static String string(Object body) {
        if (body instanceof String s) {
            return s;
        }
        throw Errors.serialization("NUMBER_VALUE cannot be converted to String");
    }

    private static boolean bool(Object body) {
        if (body instanceof Boolean b) {
            return b;
        }
        throw Errors.serialization("Unexpected value type: expected a boolean");
    }

    /** The body of a B, or an element of a BS: as for {@link #string}, only a JSON null is left to refuse. */
    private static Bytes binary(Object body) {
        if (!(body instanceof String s)) {
            throw Errors.serialization("only base-64-encoded strings are convertible to bytes");
        }
        return Bytes.fromBase64(canonicalBase64(s));
    }

    /**
     * Binary values travel as base64 (API_AttributeValue.html, "B"), and DynamoDB takes only the
     * canonical, padded form of RFC 4648's standard alphabet: a length that is a multiple of 4,
     * padding only at the end, and no bits set past the last byte. Anything else is a
     * SerializationException with the message DynamoDB gives, in whatever position it appears.
     */
    static String canonicalBase64(String s) {
        if (s.length() % 4 != 0) {
            throw Errors.serialization("Base64 encoded length is expected a multiple of 4 bytes but found: " + s.length());
        }
        int n = s.length();
        // n is a multiple of 4: a text that ends in '=' has at least 4 characters.
        int pad = n == 0 || s.charAt(n - 1) != '=' ? 0 : s.charAt(n - 2) == '=' ? 2 : 1;
        for (int i = 0; i < n - pad; i++) {
            char c = s.charAt(i);
            if (c == '=') {
                throw Errors.serialization("Invalid last non-pad Base64 character dectected");
            }
            if (sextet(c) < 0) {
                throw Errors.serialization("Invalid Base64 character: '" + c + "'");
            }
        }
        if (pad > 0) {
            // The last character before the padding carries 4 (one '=') or 2 (two) unused bits.
            int last = sextet(s.charAt(n - pad - 1));
            int unused = pad == 2 ? 0x0f : 0x03;
            if ((last & unused) != 0) {
                throw Errors.serialization("Invalid last non-pad Base64 character dectected");
            }
        }
        return s;
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> nonEmptySet(Object body, String kind) {
        if (!(body instanceof List)) {
            throw Errors.serialization("Unexpected value type for a set: expected a list");
        }
        List<Object> l = (List<Object>) body;
        if (l.isEmpty()) {
            // DynamoDB's wording differs for binary sets (dynalite's suite records all three).
            throw Errors.invalidParameter(kind.equals("binary") ? "Binary sets should not be empty" : "An " + kind + " set  may not be empty");
        }
        return l;
    }

    /**
     * DynamoDB names the offending input as the client sent it: "Input collection [a, a] contains
     * duplicates." for a string set, "Input collection [Yg==, Yg==]of type BS contains
     * duplicates." for a binary set (no space before "of": dynalite's suite records it so).
     */
    private static <T> void noDuplicates(List<T> members, List<?> asSent, String typeNote) {
        Set<T> seen = new HashSet<>(members.size() * 2);
        for (T t : members) {
            if (!seen.add(t)) {
                throw Errors.invalidParameter("Input collection " + asSent + typeNote + "contains duplicates.");
            }
        }
    }

    /** Writes one value as DynamoDB JSON. */
    public static void write(JsonGenerator g, AttributeValue v) throws IOException {
        g.writeStartObject();
        if (v instanceof AttributeValue.S s) {
            g.writeFieldName("S");
            writeText(g, s.value());
        } else if (v instanceof AttributeValue.N n) {
            g.writeStringField("N", n.value().toString());
        } else if (v instanceof AttributeValue.B b) {
            g.writeStringField("B", b.value().toBase64());
        } else if (v instanceof AttributeValue.Bool b) {
            g.writeBooleanField("BOOL", b.value());
        } else if (v instanceof AttributeValue.Null) {
            g.writeBooleanField("NULL", true);
        } else if (v instanceof AttributeValue.SS ss) {
            g.writeArrayFieldStart("SS");
            for (String s : ss.values()) {
                writeText(g, s);
            }
            g.writeEndArray();
        } else if (v instanceof AttributeValue.NS ns) {
            g.writeArrayFieldStart("NS");
            for (DynamoNumber d : ns.values()) {
                g.writeString(d.toString());
            }
            g.writeEndArray();
        } else if (v instanceof AttributeValue.BS bs) {
            g.writeArrayFieldStart("BS");
            for (Bytes b : bs.values()) {
                g.writeString(b.toBase64());
            }
            g.writeEndArray();
        } else if (v instanceof AttributeValue.M m) {
            g.writeObjectFieldStart("M");
            writeAttributesBody(g, m.values());
            g.writeEndObject();
        } else if (v instanceof AttributeValue.L l) {
            g.writeArrayFieldStart("L");
            for (AttributeValue e : l.values()) {
                write(g, e);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Strings from this length on are written as their bytes when they are ASCII with nothing to
     * escape: the generator's escape check runs a character at a time, and a 1 KB string was most
     * of the Java time of a GetItem's answer (BENCHMARKS.md, "GetItem's fixed cost").
     */
    private static final int COPIED_FROM_CHARS = 64;
    /** Eight bytes of a string read as one long, and the byte patterns {@link #nothingToEscape} looks for. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long QUESTION_MARKS = ONES * '?';

    /** Writes a string value exactly as {@link JsonGenerator#writeString(String)} does. */
    private static void writeText(JsonGenerator g, String s) throws IOException {
        if (s.length() >= COPIED_FROM_CHARS) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (utf8.length == s.length() && nothingToEscape(utf8)) {
                g.writeRawUTF8String(utf8, 0, utf8.length);
                return;
            }
        }
        g.writeString(s);
    }

    /**
     * Whether the generator would copy every byte as it is: no control character, quote or
     * backslash (what JSON escapes, RFC 8259 section 7). A {@code ?} also sends the string the
     * generator's way, since it is what {@code getBytes} puts in place of an unpaired surrogate,
     * which the generator writes otherwise; with the lengths equal, nothing else is outside ASCII.
     * Eight bytes at a time, each byte's top bit set by {@link #below} when one of them is found.
     */
    private static boolean nothingToEscape(byte[] b) {
        long found = 0;
        int i = 0;
        for (; i + 8 <= b.length; i += 8) {
            long w = (long) LONGS.get(b, i);
            found |= below(w, 0x20) | below(w ^ QUOTES, 1) | below(w ^ BACKSLASHES, 1) | below(w ^ QUESTION_MARKS, 1) | (w & HIGH_BITS);
        }
        for (; i < b.length; i++) {
            byte x = b[i];
            if (x < 0x20 || x == '"' || x == '\\' || x == '?') {
                return false;
            }
        }
        return found == 0;
    }

    /** The top bit of each byte of {@code w} below {@code n} (at most 128), and maybe of bytes above such a byte: none when none is. */
    private static long below(long w, int n) {
        return (w - ONES * n) & ~w & HIGH_BITS;
    }

    /** Writes {@code "Name": {...}} as a field holding an attribute map. */
    public static void writeAttributesField(JsonGenerator g, String field, Map<String, AttributeValue> attrs) throws IOException {
        g.writeObjectFieldStart(field);
        writeAttributesBody(g, attrs);
        g.writeEndObject();
    }

    /** Writes an attribute map as one JSON object: an element of a Query's or Scan's Items. */
    public static void writeAttributes(JsonGenerator g, Map<String, AttributeValue> attrs) throws IOException {
        g.writeStartObject();
        writeAttributesBody(g, attrs);
        g.writeEndObject();
    }

    private static void writeAttributesBody(JsonGenerator g, Map<String, AttributeValue> attrs) throws IOException {
        for (Map.Entry<String, AttributeValue> e : attrs.entrySet()) {
            g.writeFieldName(e.getKey());
            write(g, e.getValue());
        }
    }
}
