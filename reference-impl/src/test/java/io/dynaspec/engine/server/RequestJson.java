package io.dynaspec.engine.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Request and response bodies of the malformed-request fuzz test as plain mutable values:
 * objects as ordered maps, arrays as lists, strings, booleans, {@link #NULL}, and numbers as the
 * text they are written with, so that a valid request can be taken apart and put back together
 * wrong (a fraction in Limit, an exponent, a number past every integer type) exactly as built.
 * Read and written with Jackson's streaming API, apart from the engine's own reader under test.
 */
final class RequestJson {
    /** JSON null, kept apart from an absent member. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** A JSON number, as written. */
    record Num(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * Deep enough for the fuzz test's deepest body, which is deeper than any engine accepts; and
     * member names of any length, as items read back hold attribute names of up to 64 KB.
     */
    private static final int MAX_DEPTH = 100_000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private RequestJson() {
    }

    /** A JSON object written as text, e.g. a request of the corpus. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String json) {
        return (Map<String, Object>) parse(json.getBytes(StandardCharsets.UTF_8));
    }

    static Object parse(byte[] json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return read(p, p.nextToken());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    m.put(name, read(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(read(p, e));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Num(p.getText());
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return NULL;
            }
            default -> throw new IOException("unexpected token " + t);
        }
    }

    static byte[] write(Object value) {
        return write(value, false, Integer.MAX_VALUE);
    }

    /** One text per value however its objects' members are ordered: how two snapshots compare. */
    static String canonical(Object value) {
        return new String(write(value, true, Integer.MAX_VALUE), StandardCharsets.UTF_8);
    }

    /** A short rendering for a report: strings past {@code maxString} characters shown by their size. */
    static String brief(Object value, int maxString) {
        return new String(write(value, false, maxString), StandardCharsets.UTF_8);
    }

    /** A deep copy, to be broken without touching the original. */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> c.put(k, copy(v)));
            return c;
        }
        if (value instanceof List<?> l) {
            List<Object> c = new ArrayList<>(l.size());
            for (Object o : l) {
                c.add(copy(o));
            }
            return c;
        }
        return value;
    }

    private static byte[] write(Object value, boolean sortKeys, int maxString) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(g, value, sortKeys, maxString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator g, Object v, boolean sortKeys, int maxString) throws IOException {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            Map<String, Object> entries = sortKeys ? new TreeMap<>((Map<String, Object>) m) : (Map<String, Object>) m;
            for (Map.Entry<String, Object> e : entries.entrySet()) {
                g.writeFieldName(shorten(e.getKey(), Math.max(maxString, 40)));
                write(g, e.getValue(), sortKeys, maxString);
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(g, o, sortKeys, maxString);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(shorten(s, maxString));
        } else if (v instanceof Num n) {
            g.writeNumber(n.text());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v == NULL) {
            g.writeNull();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v);
        }
    }

    private static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, Math.min(8, max)) + "...(" + s.getBytes(StandardCharsets.UTF_8).length + " bytes)";
    }
}
