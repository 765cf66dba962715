package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.dynaspec.engine.error.Errors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a request body into plain Java values with Jackson's streaming parser: objects as
 * {@code Map<String, Object>}, arrays as {@code List<Object>}, strings, numbers as their source
 * text ({@link JsonNumber}), booleans, and {@link #NULL}. Malformed JSON and invalid UTF-8 are
 * SerializationExceptions, as DynamoDB reports them.
 */
public final class JsonTree {
    /** JSON null, distinct from an absent member. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** A JSON number, kept as written so that DynamoDB's own number rules can judge it. */
    public record JsonNumber(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Deeper than any valid request: DynamoDB's items nest 32 levels, each two JSON objects deep. */
    private static final int MAX_JSON_DEPTH = 200;

    /**
     * The parser's limits, each set on purpose (Jackson's defaults would answer for DynamoDB):
     * names and strings as long as the body allows, so that DynamoDB's own limits (attribute
     * names of 65,535 bytes, 400 KB items) are judged in this layer with DynamoDB's messages, not
     * by the parser with Jackson's. A JSON number only ever fills an integer member (Limit,
     * Segment, capacity units: at most 19 digits; attribute numbers travel as strings), so a
     * number of over 1,000 characters is refused by the parser, a SerializationException as
     * DynamoDB's own parser gives; nesting is bounded, since each level costs a stack frame, far
     * above the 32 levels DynamoDB allows.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_JSON_DEPTH)
                    .maxNameLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(1_000)
                    .build())
            // A character outside the BMP goes out as its 4 bytes of UTF-8, as DynamoDB sends it,
            // rather than as two escaped surrogates.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private JsonTree() {
    }

    /** Parses a whole request body, which must be one JSON object. */
    public static Map<String, Object> parseObject(byte[] body) {
        return parseObject(body, 0, body.length);
    }

    /** Parses a request body read into part of a larger buffer, without copying it out. */
    public static Map<String, Object> parseObject(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return new LinkedHashMap<>();
        }
        try (JsonParser p = FACTORY.createParser(buffer, offset, length)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw Errors.serialization(t == null ? "Empty request body" : "Start of structure expected");
            }
            Map<String, Object> root = readObject(p);
            if (p.nextToken() != null) {
                throw Errors.serialization("Unexpected content after the end of the request");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw Errors.serialization(e.getOriginalMessage());
        } catch (IOException e) {
            throw Errors.serialization(e.getMessage());
        }
    }

    private static Object readValue(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> readObject(p);
            case START_ARRAY -> readArray(p);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(p.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> NULL;
            default -> throw Errors.serialization("Unexpected token " + t);
        };
    }

    private static Map<String, Object> readObject(JsonParser p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            m.put(name, readValue(p, p.nextToken()));
        }
        return m;
    }

    private static List<Object> readArray(JsonParser p) throws IOException {
        List<Object> l = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            l.add(readValue(p, t));
        }
        return l;
    }
}
