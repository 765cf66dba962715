package io.dynaspec.runner.steps;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB JSON, the form the AWS CLI takes items in ({@code {"LoginAlias": {"S": "irenes"}}}),
 * to and from the SDK's {@link AttributeValue}, and DynamoDB's notion of two JSON documents
 * being the same: numbers compare by value, sets ignore order.
 */
public final class DynamoJson {

    /** Attribute names reach 65,535 bytes in DynamoDB (API_PutItem.html), past Jackson's default limit on names. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(Integer.MAX_VALUE).build())
            .build()).build();

    private DynamoJson() {
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage() + "\n" + json, e);
        }
    }

    public static Map<String, AttributeValue> item(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("an item is a JSON object of attribute values: " + json);
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        json.properties().forEach(e -> item.put(e.getKey(), value(e.getValue())));
        return item;
    }

    public static AttributeValue value(JsonNode json) {
        if (json == null || !json.isObject() || json.size() != 1) {
            throw new IllegalArgumentException("an attribute value is an object with one type key, such as {\"S\": \"x\"}: " + json);
        }
        Map.Entry<String, JsonNode> e = json.properties().iterator().next();
        JsonNode v = e.getValue();
        return switch (e.getKey()) {
            case "S" -> AttributeValue.fromS(v.asText());
            case "N" -> AttributeValue.fromN(v.asText());
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(v.asText())));
            case "BOOL" -> AttributeValue.fromBool(v.asBoolean());
            case "NULL" -> AttributeValue.fromNul(v.asBoolean());
            case "SS" -> AttributeValue.fromSs(texts(v));
            case "NS" -> AttributeValue.fromNs(texts(v));
            case "BS" -> AttributeValue.fromBs(texts(v).stream()
                    .map(b -> SdkBytes.fromByteArray(Base64.getDecoder().decode(b))).toList());
            case "M" -> AttributeValue.fromM(item(v));
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                v.forEach(x -> list.add(value(x)));
                yield AttributeValue.fromL(list);
            }
            default -> throw new IllegalArgumentException("unknown attribute type " + e.getKey());
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    public static ObjectNode toJson(Map<String, AttributeValue> item) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        item.forEach((k, v) -> node.set(k, toJson(v)));
        return node;
    }

    public static ObjectNode toJson(AttributeValue v) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (v.type()) {
            case S -> node.put("S", v.s());
            case N -> node.put("N", v.n());
            case B -> node.put("B", Base64.getEncoder().encodeToString(v.b().asByteArray()));
            case BOOL -> node.put("BOOL", v.bool());
            case NUL -> node.put("NULL", v.nul());
            case SS -> v.ss().forEach(node.putArray("SS")::add);
            case NS -> v.ns().forEach(node.putArray("NS")::add);
            case BS -> {
                ArrayNode a = node.putArray("BS");
                v.bs().forEach(b -> a.add(Base64.getEncoder().encodeToString(b.asByteArray())));
            }
            case M -> node.set("M", toJson(v.m()));
            case L -> {
                ArrayNode a = node.putArray("L");
                v.l().forEach(x -> a.add(toJson(x)));
            }
            default -> throw new IllegalArgumentException("unknown attribute value " + v);
        }
        return node;
    }

    /**
     * Whether two JSON documents say the same thing to DynamoDB: numbers (and the strings of
     * {@code N} values) compare by value, and the members of SS, NS and BS sets in any order
     * (sets are unordered: HowItWorks.NamingRulesDataTypes.html, "Set types").
     */
    public static boolean same(JsonNode expected, JsonNode actual) {
        return same(expected, actual, "", false);
    }

    /**
     * Whether two JSON documents are written alike, every {@code N} and {@code NS} member's text
     * included (for scenarios on the form DynamoDB returns a number in); the members of SS, NS
     * and BS sets may still come in any order.
     */
    public static boolean writtenAlike(JsonNode expected, JsonNode actual) {
        return same(expected, actual, "", true);
    }

    private static boolean same(JsonNode e, JsonNode a, String field, boolean exactNumbers) {
        if (e == null || a == null) {
            return e == a;
        }
        if (!exactNumbers && field.equals("N") && e.isTextual() && a.isTextual()) {
            return sameNumber(e.asText(), a.asText());
        }
        if (!exactNumbers && e.isNumber() && a.isNumber()) {
            return e.decimalValue().compareTo(a.decimalValue()) == 0;
        }
        if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) {
                return false;
            }
            if (field.equals("SS") || field.equals("BS") || (exactNumbers && field.equals("NS"))) {
                return new HashSet<>(texts(e)).equals(new HashSet<>(texts(a)));
            }
            if (field.equals("NS")) {
                return numbers(e).equals(numbers(a));
            }
            for (int i = 0; i < e.size(); i++) {
                if (!same(e.get(i), a.get(i), "", exactNumbers)) {
                    return false;
                }
            }
            return true;
        }
        if (e.isObject() && a.isObject()) {
            if (e.size() != a.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> f : e.properties()) {
                if (!same(f.getValue(), a.get(f.getKey()), f.getKey(), exactNumbers)) {
                    return false;
                }
            }
            return true;
        }
        return e.equals(a);
    }

    /**
     * Whether {@code actual} says at least what {@code expected} says: every member of every
     * expected object is there and the same; arrays match element by element.
     */
    public static boolean includes(JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual != null && actual.isObject()) {
            for (Map.Entry<String, JsonNode> f : expected.properties()) {
                JsonNode a = actual.get(f.getKey());
                if (a == null || !(f.getValue().isContainerNode() ? includes(f.getValue(), a) : same(f.getValue(), a, f.getKey(), false))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual != null && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                if (!includes(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return same(expected, actual);
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException notNumbers) {
            return a.equals(b);
        }
    }

    private static Set<BigDecimal> numbers(JsonNode array) {
        Set<BigDecimal> out = new HashSet<>();
        array.forEach(x -> out.add(new BigDecimal(x.asText()).stripTrailingZeros()));
        return out;
    }

    public static String pretty(JsonNode json) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            return String.valueOf(json);
        }
    }
}
