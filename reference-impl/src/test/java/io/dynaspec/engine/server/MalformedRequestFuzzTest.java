package io.dynaspec.engine.server;

import io.dynaspec.engine.ReferenceEngine;
import io.dynaspec.engine.server.RequestJson.Num;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded fuzzing of the wire protocol with malformed requests. A corpus of valid requests, at
 * least one for every operation the engine serves, is broken one way at a time: a member of
 * another JSON type, invalid base64, attribute names at and past their byte limits, integers out
 * of range, empty and duplicate set members, unknown enum values, deep nesting, missing members,
 * malformed legacy conditions, bad headers, broken JSON. Every answer is checked three ways:
 * <ul>
 *   <li>it is a DynamoDB answer: 200, or a 4xx naming one of DynamoDB's error types; never a
 *       5xx, never a dropped connection, and the server answers a ListTables after it;</li>
 *   <li>a refused request, and any read, changed nothing: every seeded table reads the same
 *       before and after (a consistent Scan of each, all pages);</li>
 *   <li>a request DynamoDB documents as an error is not accepted. Malformations whose answer
 *       DynamoDB does not pin down are sent and counted, never asserted.</li>
 * </ul>
 * {@code -Dfuzz.seed} (default 1) and {@code -Dfuzz.requests} (default 1500) choose the run;
 * {@code -Dfuzz.verbose=true} prints the outcomes of each malformation.
 */
class MalformedRequestFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 1L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 1500);
    private static final boolean VERBOSE = Boolean.getBoolean("fuzz.verbose");
    private static final String JSON_1_0 = "application/x-amz-json-1.0";
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";

    /**
     * DynamoDB's error types an answer may name: CommonErrors.html and the Errors section of each
     * operation served.
     */
    private static final Set<String> DYNAMODB_ERRORS = Set.of(
            "ValidationException", "SerializationException", "UnknownOperationException",
            "ResourceNotFoundException", "ResourceInUseException", "ConditionalCheckFailedException",
            "LimitExceededException", "ItemCollectionSizeLimitExceededException",
            "ProvisionedThroughputExceededException", "RequestLimitExceeded", "ThrottlingException",
            "TransactionConflictException", "MissingAuthenticationTokenException", "IncompleteSignatureException",
            "InvalidSignatureException", "UnrecognizedClientException", "AccessDeniedException",
            "RequestEntityTooLarge");
    private static final Pattern XML_ERROR = Pattern.compile("^<([A-Za-z]+)");

    /** The seeded tables and their key attributes with types, partition key first. */
    private static final Map<String, Map<String, String>> KEYS = Map.of(
            "FuzzUsers", orderedMap("Id", "S"),
            "FuzzEvents", orderedMap("Device", "S", "Seq", "N"),
            "FuzzBlobs", orderedMap("Digest", "B"));

    /**
     * The ways a request is broken. {@code documentedError}: DynamoDB documents the result as an
     * error (API Reference, Developer Guide), so a 200 is the engine's bug; the others are sent and
     * counted only, because what DynamoDB answers is not pinned down.
     */
    enum Malformation {
        /** String, number and list members get SerializationException for another JSON type. */
        WRONG_JSON_TYPE(true),
        /** Boolean members given a string or number, list or structure members given a string: DynamoDB has coerced such values. */
        LENIENT_JSON_TYPE(false),
        /** null reads as an absent member. */
        NULL_MEMBER(false),
        /** API_AttributeValue.html, B and BS: base64; a character outside the alphabet. */
        BASE64_BAD_CHARACTER(true),
        /** Base64 in quanta of 4 characters: missing padding, a character too few or too many. */
        BASE64_BAD_LENGTH(true),
        /** Base64 whose last character carries bits past the data: DynamoDB refuses it. */
        BASE64_NONCANONICAL(true),
        /** HowItWorks.NamingRulesDataTypes.html: an attribute name is at least one character. */
        ATTRIBUTE_NAME_EMPTY(true),
        /** An attribute name is less than 64 KB: 65,536 bytes of UTF-8 or more is refused. */
        ATTRIBUTE_NAME_TOO_LONG(true),
        /** 65,535 bytes exactly: allowed. */
        ATTRIBUTE_NAME_AT_LIMIT(false),
        /** Long or empty names in projections and conditions, not stored in any item. */
        ATTRIBUTE_NAME_NOT_STORED(false),
        /** API_KeySchemaElement.html, API_AttributeDefinition.html: AttributeName is 1 to 255 long. */
        KEY_ATTRIBUTE_NAME_TOO_LONG(true),
        /** 255 characters, or fewer characters than 255 in more than 255 bytes. */
        KEY_ATTRIBUTE_NAME_AT_LIMIT(false),
        /** Each integer member's documented range (Limit at least 1, Segment below TotalSegments...). */
        INTEGER_OUT_OF_RANGE(true),
        /** Fractions, exponents, numbers past 32 or 64 bits: DynamoDB's number reader truncates. */
        INTEGER_NOT_PLAIN(false),
        /** Sets are never empty (HowItWorks.NamingRulesDataTypes.html, "Sets"). */
        EMPTY_SET(true),
        /** A key attribute's string or binary value is never empty. */
        EMPTY_KEY_VALUE(true),
        /** Empty strings, binaries, maps and lists outside keys are allowed. */
        EMPTY_NON_KEY_VALUE(false),
        /** ExpressionAttributeNames/Values given must not be empty. */
        EMPTY_EXPRESSION_MAP(true),
        /** AttributesToGet, KeySchema, AttributeDefinitions, RequestItems have a minimum of one. */
        EMPTY_REQUIRED_COLLECTION(true),
        /** The values within each set must be unique. */
        DUPLICATE_SET_MEMBER(true),
        /** A value outside the member's enum. */
        UNKNOWN_ENUM(true),
        /** An enum value the operation refuses: PutItem's ReturnValues past NONE/ALL_OLD, a key condition's operator, Select with a projection. */
        ENUM_NOT_FOR_OPERATION(true),
        /** ServiceQuotas.html: nested attributes up to 32 levels deep; 40 and more are refused. */
        DEEP_NESTING(true),
        /** 31 to 33 levels: where the count starts is not documented. */
        NESTING_AT_LIMIT(false),
        /** Thousands of JSON levels: any 4xx will do, so long as the server survives. */
        DEEP_JSON(false),
        /** A member marked Required: Yes, or one of a documented pair (Segment, TotalSegments), or placeholders the expressions use. */
        MISSING_REQUIRED(true),
        /** An optional member dropped. */
        DROPPED_OPTIONAL(false),
        /** A member the operation does not have. */
        UNKNOWN_MEMBER(false),
        /** A key or item without one of the table's key attributes. */
        MISSING_KEY_ATTRIBUTE(true),
        /** A key with an attribute that is not part of the table's key. */
        EXTRA_KEY_ATTRIBUTE(true),
        /** A key attribute of another type than its definition. */
        KEY_WRONG_TYPE(true),
        /** API_ExpectedAttributeValue.html: Exists without Value, Value with Exists false, argument counts. */
        MALFORMED_EXPECTED(true),
        /** Developer Guide, legacy conditional parameters: never together with expression parameters. */
        LEGACY_WITH_EXPRESSION(true),
        /** Programming.LowLevelAPI.html: application/x-amz-json-1.0; none, or one of no JSON kind, is refused. */
        BAD_CONTENT_TYPE(true),
        /** application/json, x-amz-json-1.1, parameters, case: not pinned down. */
        OTHER_CONTENT_TYPE(false),
        /** X-Amz-Target missing or naming no operation: UnknownOperationException. */
        BAD_TARGET(true),
        /** The target in other letter case. */
        TARGET_CASE(false),
        /** The body cut short: not JSON, SerializationException. */
        TRUNCATED_BODY(true),
        /** A syntax error in the body: SerializationException. */
        INVALID_JSON(true),
        /** No body at all. */
        EMPTY_BODY(false),
        /** A JSON array, string, number or literal instead of an object. */
        BODY_NOT_AN_OBJECT(false),
        /** Content after the request's object. */
        TRAILING_CONTENT(false),
        /** Bytes that are not UTF-8 inside a string. */
        INVALID_UTF8(false);

        final boolean documentedError;

        Malformation(boolean documentedError) {
            this.documentedError = documentedError;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A harness call: an operation and its body. */
    private record Call(String op, Map<String, Object> body) {
    }

    /**
     * One valid request of the corpus.
     *
     * @param op         the operation
     * @param body       the request, as the AWS CLI takes it
     * @param required   members whose absence DynamoDB refuses
     * @param storedName the ExpressionAttributeNames placeholder an UpdateExpression SETs, or null
     * @param prepare    calls that set up the items the request acts on before each send, so that
     *                   a refused write has something to leave alone
     */
    private record Template(String op, Map<String, Object> body, Set<String> required, String storedName,
                            List<Call> prepare) {
        boolean writesItems() {
            return Set.of("PutItem", "DeleteItem", "UpdateItem", "BatchWriteItem").contains(op);
        }

        boolean scratchTable() {
            return op.equals("CreateTable") || op.equals("DeleteTable");
        }
    }

    /** A template's body being broken: a private copy. */
    private record Request(Template template, Map<String, Object> body) {
        String op() {
            return template.op();
        }
    }

    /** One request to send and the malformation it carries. */
    private record Probe(Malformation kind, String what, String op, String target, String contentType, byte[] body) {
        String describe() {
            String text = new String(body, StandardCharsets.UTF_8);
            if (kind != Malformation.DEEP_JSON) {
                try {
                    text = RequestJson.brief(RequestJson.parse(body), 24);
                } catch (RuntimeException notJson) {
                    // a broken body is shown as sent
                }
            }
            if (text.length() > 240) {
                text = text.substring(0, 240) + "...";
            }
            return op + " " + what + " " + text.replace('\n', ' ');
        }
    }

    /** An HTTP answer. */
    private record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A way to break a request; null when the request has nothing of that kind. */
    @FunctionalInterface
    private interface Breaker {
        Probe apply(SplittableRandom rng, Request r);
    }

    /** One place in a request body: where it is, what it holds, and how to change it. */
    private record Site(Object container, Object slot, Object value, List<Object> path) {
        /** The path segment {@code k} steps up from the end (1: this site's own name or index). */
        Object at(int k) {
            return path.size() >= k ? path.get(path.size() - k) : null;
        }

        @SuppressWarnings("unchecked")
        void replace(Object v) {
            if (container instanceof Map<?, ?> m) {
                ((Map<Object, Object>) m).put(slot, v);
            } else {
                ((List<Object>) container).set((Integer) slot, v);
            }
        }

        void remove() {
            if (container instanceof Map<?, ?> m) {
                m.remove(slot);
            } else {
                ((List<?>) container).remove((int) (Integer) slot);
            }
        }

        String where() {
            StringBuilder b = new StringBuilder();
            for (Object o : path) {
                if (o instanceof Integer i) {
                    b.append('[').append(i).append(']');
                } else {
                    String s = (String) o;
                    b.append(b.length() == 0 ? "" : ".").append(s.length() > 40 ? s.substring(0, 8) + "..." : s);
                }
            }
            return b.toString();
        }
    }

    private enum KeyRole { ITEM, KEY, START_KEY }

    /** An item, key or start key of a request, with the table it belongs to. */
    private record KeyMap(Map<String, Object> attributes, String table, KeyRole role, String where) {
    }

    // ---- the run ----

    private Wire wire;
    private Map<String, List<String>> current;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final Map<Malformation, Map<String, Integer>> byKind = new EnumMap<>(Malformation.class);
    private final Map<Malformation, List<String>> suspicious = new EnumMap<>(Malformation.class);
    private final Map<String, String> examples = new TreeMap<>();
    private final List<String> integrityViolations = new ArrayList<>();
    private final List<String> protocolFailures = new ArrayList<>();

    @Test
    void malformedRequestsAreRefusedWholeWithDynamoDbErrorsAndTheServerKeepsServing() throws Exception {
        long started = System.nanoTime();
        try (ReferenceEngine engine = ReferenceEngine.start("127.0.0.1", 0)) {
            wire = new Wire(engine.endpoint());
            createAndSeedTables();
            List<Template> corpus = corpus();
            validCorpusIsAccepted(corpus);

            // Each kind of breakage about equally often, whatever the number of requests it
            // applies to; a wrong JSON type thrice as often, as it applies to every member.
            List<Breaker> breakers = List.of(
                    MalformedRequestFuzzTest::wrongJsonType, MalformedRequestFuzzTest::wrongJsonType,
                    MalformedRequestFuzzTest::wrongJsonType, MalformedRequestFuzzTest::badBase64,
                    MalformedRequestFuzzTest::attributeNames, MalformedRequestFuzzTest::keyAttributeNames,
                    MalformedRequestFuzzTest::integers, MalformedRequestFuzzTest::empties,
                    MalformedRequestFuzzTest::duplicateSetMembers, MalformedRequestFuzzTest::enums,
                    MalformedRequestFuzzTest::nesting, MalformedRequestFuzzTest::members,
                    MalformedRequestFuzzTest::keys, MalformedRequestFuzzTest::legacyConditions,
                    MalformedRequestFuzzTest::headers, MalformedRequestFuzzTest::bodyBytes);
            SplittableRandom rng = new SplittableRandom(SEED);
            current = snapshot();
            for (int i = 0; i < REQUESTS; i++) {
                Template t = null;
                Probe p = null;
                while (p == null) {
                    Breaker b = breakers.get(rng.nextInt(breakers.size()));
                    for (int attempt = 0; attempt < 50 && p == null; attempt++) {
                        t = corpus.get(rng.nextInt(corpus.size()));
                        p = b.apply(rng, new Request(t, instantiate(t, String.valueOf(i))));
                    }
                }
                send(t, "FuzzScratch-" + i, p);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report(seconds);
    }

    /** Sends one probe between two snapshots of the seeded tables, and judges the answer. */
    private void send(Template t, String scratchName, Probe p) throws Exception {
        String scratch = t.scratchTable() ? scratchName : null;
        List<Call> prepare = new ArrayList<>(t.prepare());
        if (t.op().equals("DeleteTable")) {
            prepare.add(new Call("CreateTable", scratchTableRequest(scratch)));
        }
        for (Call c : prepare) {
            wire.call(c.op(), c.body());
        }
        Map<String, List<String>> before = prepare.isEmpty() ? current : snapshot();

        Answer a = null;
        try {
            a = wire.send(p.target(), p.contentType(), p.body());
        } catch (IOException e) {
            protocolFailures.add("no answer (" + e + "): " + p.describe());
        }
        String outcome = a == null ? "no answer" : outcome(a, p);
        outcomes.merge(outcome, 1, Integer::sum);
        byKind.computeIfAbsent(p.kind(), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
        Answer answered = a;
        examples.computeIfAbsent(p.kind().label() + " " + outcome,
                k -> p.describe() + (answered == null ? "" : " => " + brief(answered.text())));
        if (a != null && a.status() == 200 && p.kind().documentedError) {
            suspicious.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p.describe());
        }

        try {
            Answer alive = wire.send(TARGET_PREFIX + "ListTables", JSON_1_0, "{}".getBytes(StandardCharsets.UTF_8));
            if (alive.status() != 200) {
                protocolFailures.add("ListTables answered " + alive.status() + " after: " + p.describe());
            }
        } catch (IOException e) {
            protocolFailures.add("ListTables got no answer (" + e + ") after: " + p.describe());
        }

        Map<String, List<String>> after = snapshot();
        boolean mayWrite = a != null && a.status() == 200 && t.writesItems();
        if (!mayWrite && !after.equals(before)) {
            integrityViolations.add((a == null ? "no answer" : a.status() + " " + outcome) + " yet "
                    + difference(before, after) + ": " + p.kind().label() + " " + p.describe());
        }
        current = after;
        if (scratch != null) {
            wire.send(TARGET_PREFIX + "DeleteTable", JSON_1_0, RequestJson.write(Map.of("TableName", scratch)));
        }
    }

    /**
     * The answer's outcome: "accepted" for a 200, else the DynamoDB error it names. An answer that
     * is no DynamoDB answer is recorded as a protocol failure.
     */
    private String outcome(Answer a, Probe p) {
        int s = a.status();
        if (s == 200) {
            try {
                if (RequestJson.parse(a.body()) instanceof Map<?, ?>) {
                    return "accepted";
                }
            } catch (RuntimeException e) {
                // reported below
            }
            protocolFailures.add("200 without a JSON object body: " + p.describe());
            return "accepted";
        }
        if (s >= 400 && s < 500) {
            String text = a.text().trim();
            String name = null;
            if (text.startsWith("{")) {
                try {
                    Map<?, ?> m = (Map<?, ?>) RequestJson.parse(a.body());
                    Object type = m.get("__type");
                    Object message = m.containsKey("message") ? m.get("message") : m.get("Message");
                    if (type instanceof String ts && ts.contains("#") && (message == null || message instanceof String)) {
                        name = ts.substring(ts.lastIndexOf('#') + 1);
                    }
                } catch (RuntimeException notJson) {
                    // no error name: reported below
                }
            } else {
                Matcher m = XML_ERROR.matcher(text);
                name = m.find() ? m.group(1) : null;
            }
            if (name != null && DYNAMODB_ERRORS.contains(name)) {
                return name;
            }
            protocolFailures.add(s + " not naming a DynamoDB error (" + brief(a.text()) + "): " + p.describe());
            return "malformed " + s;
        }
        protocolFailures.add("HTTP " + s + " (" + brief(a.text()) + "): " + p.describe());
        return "HTTP " + s;
    }

    private void report(double seconds) {
        StringBuilder line = new StringBuilder("fuzz seed=" + SEED + " requests=" + REQUESTS);
        line.append(" accepted=").append(outcomes.getOrDefault("accepted", 0));
        outcomes.forEach((k, v) -> {
            if (!k.equals("accepted")) {
                line.append(' ').append(k.replace(' ', '-')).append('=').append(v);
            }
        });
        int suspiciousCount = suspicious.values().stream().mapToInt(List::size).sum();
        line.append(" suspicious acceptances=").append(suspiciousCount)
                .append(" integrity violations=").append(integrityViolations.size())
                .append(" protocol failures=").append(protocolFailures.size())
                .append(String.format(Locale.ROOT, " time=%.1fs", seconds));
        System.out.println(line);
        if (VERBOSE) {
            byKind.forEach((k, v) -> System.out.println("  " + k.label() + (k.documentedError ? " (documented error) " : " ") + v));
            examples.forEach((k, v) -> System.out.println("  e.g. " + k + ": " + v));
        }

        StringBuilder failure = new StringBuilder();
        if (suspiciousCount > 0) {
            failure.append(suspiciousCount).append(" requests DynamoDB documents as errors were accepted:\n");
            suspicious.forEach((k, list) -> {
                failure.append("  ").append(k.label()).append(" (").append(list.size()).append("x)\n");
                for (String example : list.subList(0, Math.min(3, list.size()))) {
                    failure.append("    ").append(example).append('\n');
                }
            });
        }
        if (!integrityViolations.isEmpty()) {
            failure.append(integrityViolations.size()).append(" refused requests or reads changed the seeded tables:\n");
            integrityViolations.stream().limit(10).forEach(v -> failure.append("  ").append(v).append('\n'));
        }
        if (!protocolFailures.isEmpty()) {
            failure.append(protocolFailures.size()).append(" answers were not DynamoDB answers:\n");
            protocolFailures.stream().limit(10).forEach(v -> failure.append("  ").append(v).append('\n'));
        }
        if (failure.length() > 0) {
            fail(line + "\n" + failure);
        }
    }

    // ---- the tables, their items and the corpus ----

    private void createAndSeedTables() throws Exception {
        wire.call("CreateTable", RequestJson.object("""
                {"TableName": "FuzzUsers", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}]}"""));
        wire.call("CreateTable", RequestJson.object("""
                {"TableName": "FuzzEvents", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "Device", "AttributeType": "S"},
                                          {"AttributeName": "Seq", "AttributeType": "N"}],
                 "KeySchema": [{"AttributeName": "Device", "KeyType": "HASH"}, {"AttributeName": "Seq", "KeyType": "RANGE"}]}"""));
        wire.call("CreateTable", RequestJson.object("""
                {"TableName": "FuzzBlobs", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "Digest", "AttributeType": "B"}],
                 "KeySchema": [{"AttributeName": "Digest", "KeyType": "HASH"}]}"""));
        for (String item : List.of(
                """
                {"Id": {"S": "u1"}, "Name": {"S": "Ada"}, "Age": {"N": "36"}, "Tags": {"SS": ["a", "b"]},
                 "Scores": {"NS": ["1", "2.5", "-3e2"]}, "Avatar": {"B": "AAECAw=="}, "KeyRing": {"BS": ["AQ==", "AgM="]},
                 "Profile": {"M": {"City": {"S": "Paris"}, "Zip": {"N": "75001"}}},
                 "History": {"L": [{"S": "x"}, {"N": "1"}, {"BOOL": true}, {"NULL": true}, {"B": "/+8="}]},
                 "Active": {"BOOL": true}}""",
                """
                {"Id": {"S": "u2"}, "Name": {"S": "Barbara"}, "Age": {"N": "41"}, "Tags": {"SS": ["c"]},
                 "Profile": {"M": {"City": {"S": "Boston"}, "Zip": {"N": "2101"}}}, "Obsolete": {"S": "old"}}""",
                """
                {"Id": {"S": "u3"}, "Name": {"S": "Edsger"}, "Age": {"N": "72"}, "Chunks": {"BS": ["BAUG"]}}""",
                """
                {"Id": {"S": "u4"}, "Name": {"S": "Frances"}, "Nested": {"M": {"L": {"L": [{"M": {"deep": {"SS": ["z"]}}}]}}}}""",
                """
                {"Id": {"S": "u6"}, "Name": {"S": "Kathleen"}, "Age": {"N": "0.5"}, "Note": {"S": ""}}""")) {
            wire.call("PutItem", Map.of("TableName", "FuzzUsers", "Item", RequestJson.object(item)));
        }
        for (int seq = 1; seq <= 5; seq++) {
            wire.call("PutItem", RequestJson.object("""
                    {"TableName": "FuzzEvents", "Item": {"Device": {"S": "d1"}, "Seq": {"N": "%d"},
                     "Kind": {"S": "%s"}, "Severity": {"N": "%d"}, "Payload": {"B": "AAECAw=="}}}"""
                    .formatted(seq, seq % 2 == 0 ? "boot" : "reading", seq * 10)));
        }
        for (int seq = 1; seq <= 3; seq++) {
            wire.call("PutItem", RequestJson.object("""
                    {"TableName": "FuzzEvents", "Item": {"Device": {"S": "d2"}, "Seq": {"N": "%d"},
                     "Kind": {"S": "boot"}, "Readings": {"NS": ["1", "%d"]}}}""".formatted(seq, seq + 1)));
        }
        for (String item : List.of(
                """
                {"Digest": {"B": "AAECAw=="}, "Chunks": {"BS": ["AQ==", "AgM=", "BAUG"]}, "Length": {"N": "4"}}""",
                """
                {"Digest": {"B": "BAUG"}, "Chunks": {"BS": ["AQ=="]}, "Mirror": {"B": "BAUG"}}""",
                """
                {"Digest": {"B": "/+8="}, "Label": {"S": "plus-slash"}}""")) {
            wire.call("PutItem", Map.of("TableName", "FuzzBlobs", "Item", RequestJson.object(item)));
        }
    }

    private static List<Template> corpus() {
        List<Template> c = new ArrayList<>();
        c.add(template("CreateTable", """
                {"TableName": "FuzzScratch",
                 "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}, {"AttributeName": "sk", "AttributeType": "N"}],
                 "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
                 "BillingMode": "PROVISIONED", "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
                 "Tags": [{"Key": "team", "Value": "fuzz"}]}""",
                Set.of("TableName", "AttributeDefinitions", "KeySchema", "ProvisionedThroughput"), null));
        c.add(template("CreateTable", """
                {"TableName": "FuzzScratch",
                 "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "B"}, {"AttributeName": "g", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
                 "GlobalSecondaryIndexes": [{"IndexName": "byG", "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                                             "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["x", "y"]}}]}""",
                Set.of("TableName", "AttributeDefinitions", "KeySchema"), null));
        c.add(template("DescribeTable", """
                {"TableName": "FuzzUsers"}""", Set.of("TableName"), null));
        c.add(template("ListTables", """
                {"ExclusiveStartTableName": "FuzzBlobs", "Limit": 10}""", Set.of(), null));
        c.add(template("DeleteTable", """
                {"TableName": "FuzzScratch"}""", Set.of("TableName"), null));

        c.add(template("PutItem", """
                {"TableName": "FuzzUsers",
                 "Item": {"Id": {"S": "u7"}, "Name": {"S": "Grace"}, "Age": {"N": "45"}, "Tags": {"SS": ["x", "y"]},
                          "Scores": {"NS": ["3", "4.5"]}, "Avatar": {"B": "AAECAw=="}, "KeyRing": {"BS": ["AQ==", "AgM="]},
                          "Profile": {"M": {"City": {"S": "Oslo"}, "Zip": {"N": "150"}}},
                          "History": {"L": [{"S": "a"}, {"N": "2"}, {"BOOL": true}]}, "Active": {"BOOL": false},
                          "Nothing": {"NULL": true}},
                 "ConditionExpression": "attribute_not_exists(#missing) OR #n <> :name",
                 "ExpressionAttributeNames": {"#missing": "NoSuchAttribute", "#n": "Name"},
                 "ExpressionAttributeValues": {":name": {"S": "nobody"}},
                 "ReturnValues": "ALL_OLD", "ReturnConsumedCapacity": "TOTAL", "ReturnItemCollectionMetrics": "SIZE"}""",
                Set.of("TableName", "Item", "ExpressionAttributeNames", "ExpressionAttributeValues"), null,
                delete("FuzzUsers", """
                        {"Id": {"S": "u7"}}""")));
        c.add(template("PutItem", """
                {"TableName": "FuzzEvents",
                 "Item": {"Device": {"S": "d9"}, "Seq": {"N": "1"}, "Kind": {"S": "boot"}, "Payload": {"B": "AgM="},
                          "Severity": {"N": "3"}},
                 "Expected": {"Ghost": {"Exists": false}, "Kind": {"ComparisonOperator": "NULL"}},
                 "ConditionalOperator": "AND", "ReturnValues": "NONE", "ReturnConsumedCapacity": "INDEXES"}""",
                Set.of("TableName", "Item"), null,
                delete("FuzzEvents", """
                        {"Device": {"S": "d9"}, "Seq": {"N": "1"}}""")));
        c.add(template("PutItem", """
                {"TableName": "FuzzBlobs",
                 "Item": {"Digest": {"B": "CgsMDQ=="}, "Chunks": {"BS": ["AQ==", "AgM=", "BAUG"]}, "Tag": {"B": "/+8="},
                          "Length": {"N": "4"}}}""",
                Set.of("TableName", "Item"), null,
                delete("FuzzBlobs", """
                        {"Digest": {"B": "CgsMDQ=="}}""")));

        c.add(template("GetItem", """
                {"TableName": "FuzzUsers", "Key": {"Id": {"S": "u1"}},
                 "ProjectionExpression": "#n, Age, Profile.City, History[0], KeyRing",
                 "ExpressionAttributeNames": {"#n": "Name"}, "ConsistentRead": true, "ReturnConsumedCapacity": "TOTAL"}""",
                Set.of("TableName", "Key", "ExpressionAttributeNames"), null));
        c.add(template("GetItem", """
                {"TableName": "FuzzEvents", "Key": {"Device": {"S": "d1"}, "Seq": {"N": "2"}},
                 "AttributesToGet": ["Kind", "Severity", "Payload"], "ConsistentRead": false}""",
                Set.of("TableName", "Key"), null));
        c.add(template("GetItem", """
                {"TableName": "FuzzBlobs", "Key": {"Digest": {"B": "AAECAw=="}}, "ReturnConsumedCapacity": "NONE"}""",
                Set.of("TableName", "Key"), null));

        c.add(template("DeleteItem", """
                {"TableName": "FuzzUsers", "Key": {"Id": {"S": "u9"}},
                 "ConditionExpression": "attribute_exists(Id) AND Age > :zero",
                 "ExpressionAttributeValues": {":zero": {"N": "0"}},
                 "ReturnValues": "ALL_OLD", "ReturnConsumedCapacity": "TOTAL", "ReturnItemCollectionMetrics": "SIZE"}""",
                Set.of("TableName", "Key", "ExpressionAttributeValues"), null,
                put("FuzzUsers", """
                        {"Id": {"S": "u9"}, "Age": {"N": "30"}, "Tags": {"SS": ["gone"]}}""")));
        c.add(template("DeleteItem", """
                {"TableName": "FuzzEvents", "Key": {"Device": {"S": "d4"}, "Seq": {"N": "1"}},
                 "Expected": {"Severity": {"ComparisonOperator": "GE", "AttributeValueList": [{"N": "0"}]},
                              "Kind": {"Value": {"S": "halt"}}},
                 "ConditionalOperator": "AND", "ReturnValues": "ALL_OLD"}""",
                Set.of("TableName", "Key"), null,
                put("FuzzEvents", """
                        {"Device": {"S": "d4"}, "Seq": {"N": "1"}, "Kind": {"S": "halt"}, "Severity": {"N": "5"}}""")));
        c.add(template("DeleteItem", """
                {"TableName": "FuzzBlobs", "Key": {"Digest": {"B": "DQ4P"}}, "ReturnValues": "ALL_OLD"}""",
                Set.of("TableName", "Key"), null,
                put("FuzzBlobs", """
                        {"Digest": {"B": "DQ4P"}, "Chunks": {"BS": ["AQ==", "Ag=="]}}""")));

        c.add(template("UpdateItem", """
                {"TableName": "FuzzUsers", "Key": {"Id": {"S": "u2"}},
                 "UpdateExpression": "SET #v = if_not_exists(#v, :zero) + :one, #t = :now, Profile.Zip = :zip REMOVE Obsolete ADD Tags :tag, Blobs :blob",
                 "ConditionExpression": "attribute_exists(Id) AND size(#n) < :big",
                 "ExpressionAttributeNames": {"#v": "Visits", "#t": "Touched", "#n": "Name"},
                 "ExpressionAttributeValues": {":zero": {"N": "0"}, ":one": {"N": "1"}, ":now": {"S": "2024-01-01"},
                                               ":zip": {"N": "10115"}, ":tag": {"SS": ["t1"]}, ":blob": {"BS": ["AQ=="]},
                                               ":big": {"N": "100"}},
                 "ReturnValues": "UPDATED_NEW", "ReturnConsumedCapacity": "TOTAL", "ReturnItemCollectionMetrics": "SIZE"}""",
                Set.of("TableName", "Key", "ExpressionAttributeNames", "ExpressionAttributeValues"), "#t"));
        c.add(template("UpdateItem", """
                {"TableName": "FuzzBlobs", "Key": {"Digest": {"B": "AAECAw=="}},
                 "UpdateExpression": "ADD Chunks :more SET Note = :note",
                 "ExpressionAttributeValues": {":more": {"BS": ["CAk="]}, ":note": {"S": "seen"}},
                 "ReturnValues": "ALL_NEW"}""",
                Set.of("TableName", "Key", "ExpressionAttributeValues"), null));
        c.add(template("UpdateItem", """
                {"TableName": "FuzzEvents", "Key": {"Device": {"S": "d1"}, "Seq": {"N": "3"}},
                 "UpdateExpression": "SET Severity = :s, Readings = :r",
                 "ConditionExpression": "Kind IN (:k1, :k2)",
                 "ExpressionAttributeValues": {":s": {"N": "7"}, ":r": {"NS": ["1", "2"]}, ":k1": {"S": "reading"},
                                               ":k2": {"S": "boot"}},
                 "ReturnValues": "UPDATED_OLD"}""",
                Set.of("TableName", "Key", "ExpressionAttributeValues"), null));

        c.add(template("BatchWriteItem", """
                {"RequestItems": {
                   "FuzzUsers": [{"PutRequest": {"Item": {"Id": {"S": "u8"}, "Name": {"S": "Linus"}, "Tags": {"SS": ["k"]},
                                                          "Avatar": {"B": "BAUG"}}}},
                                 {"DeleteRequest": {"Key": {"Id": {"S": "u5"}}}}],
                   "FuzzEvents": [{"PutRequest": {"Item": {"Device": {"S": "d3"}, "Seq": {"N": "1"}, "Kind": {"S": "boot"},
                                                           "Readings": {"NS": ["1", "2"]}}}},
                                  {"DeleteRequest": {"Key": {"Device": {"S": "d2"}, "Seq": {"N": "3"}}}}],
                   "FuzzBlobs": [{"PutRequest": {"Item": {"Digest": {"B": "EBES"}, "Chunks": {"BS": ["AQ==", "Ag=="]},
                                                          "Map": {"M": {"a": {"L": [{"B": "AgM="}]}}}}}}]},
                 "ReturnConsumedCapacity": "TOTAL", "ReturnItemCollectionMetrics": "SIZE"}""",
                Set.of("RequestItems"), null,
                delete("FuzzUsers", """
                        {"Id": {"S": "u8"}}"""),
                delete("FuzzEvents", """
                        {"Device": {"S": "d3"}, "Seq": {"N": "1"}}"""),
                delete("FuzzBlobs", """
                        {"Digest": {"B": "EBES"}}"""),
                put("FuzzUsers", """
                        {"Id": {"S": "u5"}, "Name": {"S": "Margaret"}, "KeyRing": {"BS": ["AQ=="]}}"""),
                put("FuzzEvents", """
                        {"Device": {"S": "d2"}, "Seq": {"N": "3"}, "Kind": {"S": "boot"}, "Readings": {"NS": ["1", "4"]}}""")));

        c.add(template("Query", """
                {"TableName": "FuzzEvents",
                 "KeyConditionExpression": "#d = :d AND Seq BETWEEN :lo AND :hi",
                 "FilterExpression": "attribute_exists(Kind) AND Severity >= :sev",
                 "ProjectionExpression": "#d, Seq, Kind, Payload",
                 "ExpressionAttributeNames": {"#d": "Device"},
                 "ExpressionAttributeValues": {":d": {"S": "d1"}, ":lo": {"N": "1"}, ":hi": {"N": "4"}, ":sev": {"N": "0"}},
                 "ScanIndexForward": false, "Limit": 3, "ConsistentRead": true, "ReturnConsumedCapacity": "TOTAL"}""",
                Set.of("TableName", "KeyConditionExpression", "ExpressionAttributeNames", "ExpressionAttributeValues"), null));
        c.add(template("Query", """
                {"TableName": "FuzzEvents",
                 "KeyConditions": {"Device": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "d2"}]},
                                   "Seq": {"ComparisonOperator": "GE", "AttributeValueList": [{"N": "1"}]}},
                 "QueryFilter": {"Kind": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"S": "b"}]},
                                 "Readings": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"N": "1"}]}},
                 "ConditionalOperator": "OR", "AttributesToGet": ["Device", "Seq", "Kind"], "Select": "SPECIFIC_ATTRIBUTES",
                 "Limit": 10}""",
                Set.of("TableName", "KeyConditions"), null));
        c.add(template("Query", """
                {"TableName": "FuzzEvents", "KeyConditionExpression": "Device = :d",
                 "ExpressionAttributeValues": {":d": {"S": "d1"}},
                 "ExclusiveStartKey": {"Device": {"S": "d1"}, "Seq": {"N": "2"}}, "Select": "COUNT", "Limit": 2}""",
                Set.of("TableName", "KeyConditionExpression", "ExpressionAttributeValues"), null));
        c.add(template("Query", """
                {"TableName": "FuzzBlobs", "KeyConditionExpression": "Digest = :d",
                 "ExpressionAttributeValues": {":d": {"B": "AAECAw=="}}, "Select": "ALL_ATTRIBUTES",
                 "ReturnConsumedCapacity": "INDEXES"}""",
                Set.of("TableName", "KeyConditionExpression", "ExpressionAttributeValues"), null));

        c.add(template("Scan", """
                {"TableName": "FuzzUsers",
                 "FilterExpression": "contains(Tags, :t) OR Age BETWEEN :a AND :b OR #p.City = :c",
                 "ProjectionExpression": "Id, Tags, Age, #p",
                 "ExpressionAttributeNames": {"#p": "Profile"},
                 "ExpressionAttributeValues": {":t": {"S": "a"}, ":a": {"N": "1"}, ":b": {"N": "99"}, ":c": {"S": "Paris"}},
                 "ExclusiveStartKey": {"Id": {"S": "u1"}}, "Limit": 5, "ConsistentRead": true,
                 "ReturnConsumedCapacity": "INDEXES"}""",
                Set.of("TableName", "ExpressionAttributeNames", "ExpressionAttributeValues"), null));
        c.add(template("Scan", """
                {"TableName": "FuzzBlobs",
                 "ScanFilter": {"Chunks": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"B": "AQ=="}]},
                                "Digest": {"ComparisonOperator": "NOT_NULL"}},
                 "ConditionalOperator": "AND", "AttributesToGet": ["Digest", "Chunks"], "Select": "SPECIFIC_ATTRIBUTES"}""",
                Set.of("TableName"), null));
        c.add(template("Scan", """
                {"TableName": "FuzzEvents", "Segment": 1, "TotalSegments": 3, "Limit": 4, "Select": "ALL_ATTRIBUTES",
                 "ConsistentRead": false}""",
                Set.of("TableName", "Segment", "TotalSegments"), null));
        return c;
    }

    private static Template template(String op, String body, Set<String> required, String storedName, Call... prepare) {
        return new Template(op, RequestJson.object(body), required, storedName, List.of(prepare));
    }

    private static Call put(String table, String item) {
        return new Call("PutItem", orderedMap("TableName", table, "Item", RequestJson.object(item)));
    }

    private static Call delete(String table, String key) {
        return new Call("DeleteItem", orderedMap("TableName", table, "Key", RequestJson.object(key)));
    }

    private static Map<String, Object> scratchTableRequest(String name) {
        Map<String, Object> body = RequestJson.object("""
                {"AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST"}""");
        body.put("TableName", name);
        return body;
    }

    /** The template's body for one request: a table of its own for CreateTable and DeleteTable. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> instantiate(Template t, String request) {
        Map<String, Object> body = (Map<String, Object>) RequestJson.copy(t.body());
        if (t.scratchTable()) {
            body.put("TableName", "FuzzScratch-" + request);
        }
        return body;
    }

    /** Each valid request answers 200, and a read leaves the tables as they were: the corpus is valid. */
    private void validCorpusIsAccepted(List<Template> corpus) throws Exception {
        for (int i = 0; i < corpus.size(); i++) {
            Template t = corpus.get(i);
            Map<String, Object> body = instantiate(t, "valid-" + i);
            String scratch = t.scratchTable() ? (String) body.get("TableName") : null;
            if (t.op().equals("DeleteTable")) {
                wire.call("CreateTable", scratchTableRequest(scratch));
            }
            for (Call c : t.prepare()) {
                wire.call(c.op(), c.body());
            }
            Map<String, List<String>> before = snapshot();
            Answer a = wire.send(TARGET_PREFIX + t.op(), JSON_1_0, RequestJson.write(body));
            assertEquals(200, a.status(), "valid corpus request refused: " + t.op() + " " + RequestJson.brief(body, 40) + " -> " + a.text());
            if (!t.writesItems()) {
                assertEquals(before, snapshot(), "a valid " + t.op() + " changed the seeded tables");
            }
            if (t.op().equals("CreateTable")) {
                wire.call("DeleteTable", orderedMap("TableName", scratch));
            }
        }
    }

    // ---- snapshots ----

    /** Every seeded table's items, each in canonical text, sorted: a consistent Scan, all pages. */
    private Map<String, List<String>> snapshot() throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : new TreeMap<>(KEYS).keySet()) {
            List<String> items = new ArrayList<>();
            Map<String, Object> scan = orderedMap("TableName", table, "ConsistentRead", Boolean.TRUE);
            while (true) {
                Map<String, Object> page = wire.call("Scan", scan);
                for (Object item : (List<?>) page.get("Items")) {
                    items.add(RequestJson.canonical(item));
                }
                Object last = page.get("LastEvaluatedKey");
                if (last == null) {
                    break;
                }
                scan.put("ExclusiveStartKey", last);
            }
            Collections.sort(items);
            tables.put(table, items);
        }
        return tables;
    }

    private static String difference(Map<String, List<String>> before, Map<String, List<String>> after) {
        StringBuilder b = new StringBuilder();
        for (String table : before.keySet()) {
            List<String> gone = new ArrayList<>(before.get(table));
            gone.removeAll(after.get(table));
            List<String> added = new ArrayList<>(after.get(table));
            added.removeAll(before.get(table));
            if (!gone.isEmpty() || !added.isEmpty()) {
                b.append(table).append(": ").append(gone.size()).append(" items gone ")
                        .append(gone.stream().limit(1).map(MalformedRequestFuzzTest::brief).toList())
                        .append(", ").append(added.size()).append(" items new ")
                        .append(added.stream().limit(1).map(MalformedRequestFuzzTest::brief).toList()).append("; ");
            }
        }
        return b.toString();
    }

    private static String brief(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

    // ---- the breakers: each picks a place of its kind and breaks it ----

    /** A member's value replaced by one of another JSON type. */
    private static Probe wrongJsonType(SplittableRandom rng, Request r) {
        List<Site> sites = sites(r.body());
        Site s = sites.get(rng.nextInt(sites.size()));
        String was = jsonType(s.value());
        List<String> others = new ArrayList<>(List.of("string", "number", "boolean", "object", "array", "null"));
        others.remove(was);
        String now = others.get(rng.nextInt(others.size()));
        Object replacement = switch (now) {
            case "string" -> "fuzz";
            case "number" -> new Num(pick(rng, "7", "34.56", "2147483648"));
            case "boolean" -> Boolean.TRUE;
            case "object" -> rng.nextBoolean() ? new LinkedHashMap<>() : RequestJson.object("{\"S\": \"x\"}");
            case "array" -> rng.nextBoolean() ? new ArrayList<>() : new ArrayList<>(List.of("x"));
            default -> RequestJson.NULL;
        };
        // What DynamoDB's deserializer has been seen to coerce: booleans from strings and
        // numbers, lists and structures from strings. The rest is a SerializationException.
        boolean lenient = (was.equals("boolean") && (now.equals("string") || now.equals("number")))
                || ((was.equals("array") || was.equals("object")) && now.equals("string"));
        Malformation kind = now.equals("null") ? Malformation.NULL_MEMBER
                : lenient ? Malformation.LENIENT_JSON_TYPE : Malformation.WRONG_JSON_TYPE;
        s.replace(replacement);
        return probe(kind, s.where() + ": " + was + " -> " + now, r);
    }

    /** A B or BS value that is not canonical base64. */
    private static Probe badBase64(SplittableRandom rng, Request r) {
        List<Site> sites = sites(r.body()).stream()
                .filter(s -> s.value() instanceof String v && !v.isEmpty()
                        && ("B".equals(s.at(1)) || (s.at(1) instanceof Integer && "BS".equals(s.at(2)))))
                .toList();
        if (sites.isEmpty()) {
            return null;
        }
        Site s = sites.get(rng.nextInt(sites.size()));
        String b = (String) s.value();
        int pad = b.endsWith("==") ? 2 : b.endsWith("=") ? 1 : 0;
        int data = b.length() - pad;
        String broken;
        Malformation kind;
        switch (rng.nextInt(pad > 0 ? 3 : 2)) {
            case 0 -> {
                kind = Malformation.BASE64_BAD_CHARACTER;
                switch (rng.nextInt(4)) {
                    case 0 -> broken = b.indexOf('+') >= 0 || b.indexOf('/') >= 0
                            ? b.replace('+', '-').replace('/', '_')
                            : replaceAt(b, rng.nextInt(data), pick(rng, "-", "_"));
                    case 1 -> broken = replaceAt(b, rng.nextInt(data), pick(rng, "!", "*", ".", "~", "\u00e9"));
                    case 2 -> {
                        int at = 1 + rng.nextInt(b.length() - 1);
                        broken = rng.nextBoolean() ? replaceAt(b, rng.nextInt(data), pick(rng, " ", "\n", "\t"))
                                : b.substring(0, at) + pick(rng, " ", "\r\n", "\t") + b.substring(at);
                    }
                    default -> broken = replaceAt(b, rng.nextInt(data - 1), "=");
                }
            }
            case 1 -> {
                kind = Malformation.BASE64_BAD_LENGTH;
                int how = rng.nextInt(4);
                broken = how == 0 && pad > 0 ? b.substring(0, data)
                        : how == 1 ? b.substring(0, b.length() - 1)
                        : how == 2 ? b + "A"
                        : b + (pad == 0 ? "==" : "=");
            }
            default -> {
                // The last data character of a padded value has its low bits zero; set one.
                kind = Malformation.BASE64_NONCANONICAL;
                String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
                int v = alphabet.indexOf(b.charAt(data - 1));
                broken = replaceAt(b, data - 1, String.valueOf(alphabet.charAt(v | 1)));
            }
        }
        s.replace(broken);
        return probe(kind, s.where() + ": \"" + b + "\" -> " + quote(broken), r);
    }

    private static final String EURO = "\u20ac";
    private static final String E_ACUTE = "\u00e9";
    private static final String GRIN = new String(Character.toChars(0x1F600));
    private static final List<String> NAMES_TOO_LONG = List.of(
            "a".repeat(65_536), EURO.repeat(21_846), E_ACUTE.repeat(32_768), GRIN.repeat(16_384), "a" + EURO.repeat(21_845));
    private static final List<String> NAMES_AT_LIMIT = List.of(
            "a".repeat(65_535), EURO.repeat(21_845), E_ACUTE.repeat(32_767) + "a", GRIN.repeat(16_383) + "abc");

    /** Attribute names of 0 bytes, 65,535 bytes and 65,536 bytes and more, some in multi-byte characters. */
    @SuppressWarnings("unchecked")
    private static Probe attributeNames(SplittableRandom rng, Request r) {
        List<KeyMap> items = keyMaps(r).stream().filter(k -> k.role() == KeyRole.ITEM).toList();
        Map<String, Object> names = r.body().get("ExpressionAttributeNames") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        List<Site> unstored = sites(r.body()).stream()
                .filter(s -> s.value() instanceof String && (("ExpressionAttributeNames".equals(s.at(2)) && !s.at(1).equals(r.template().storedName()))
                        || "AttributesToGet".equals(s.at(2))))
                .toList();
        boolean storedPlaceholder = r.template().storedName() != null && names != null && names.containsKey(r.template().storedName());
        int targets = items.size() + (storedPlaceholder ? 1 : 0) + unstored.size();
        if (targets == 0) {
            return null;
        }
        int variant = rng.nextInt(3);
        String name = variant == 0 ? "" : variant == 1 ? pick(rng, NAMES_TOO_LONG) : pick(rng, NAMES_AT_LIMIT);
        Malformation kind = variant == 0 ? Malformation.ATTRIBUTE_NAME_EMPTY
                : variant == 1 ? Malformation.ATTRIBUTE_NAME_TOO_LONG : Malformation.ATTRIBUTE_NAME_AT_LIMIT;
        String shown = "name of " + name.length() + " chars, " + name.getBytes(StandardCharsets.UTF_8).length + " bytes";
        int stored = items.size() + (storedPlaceholder ? 1 : 0);
        // Stored names are where DynamoDB's limits are documented: three times in four.
        int target = stored > 0 && rng.nextInt(4) != 0 ? rng.nextInt(stored) : rng.nextInt(targets);
        if (target < items.size()) {
            KeyMap item = items.get(target);
            item.attributes().put(name, RequestJson.object("{\"S\": \"v\"}"));
            return probe(kind, item.where() + " gets an attribute " + shown, r);
        }
        target -= items.size();
        if (storedPlaceholder && target == 0) {
            names.put(r.template().storedName(), name);
            return probe(kind, "ExpressionAttributeNames." + r.template().storedName() + " (SET in UpdateExpression) -> " + shown, r);
        }
        Site s = unstored.get(target - (storedPlaceholder ? 1 : 0));
        s.replace(name);
        return probe(Malformation.ATTRIBUTE_NAME_NOT_STORED, s.where() + " -> " + shown, r);
    }

    /** CreateTable's key attribute renamed to 255 or 256 characters, or to multi-byte characters. */
    @SuppressWarnings("unchecked")
    private static Probe keyAttributeNames(SplittableRandom rng, Request r) {
        if (!r.op().equals("CreateTable") || !(r.body().get("KeySchema") instanceof List<?> schema)
                || !(schema.get(0) instanceof Map<?, ?> first)) {
            return null;
        }
        Object old = first.get("AttributeName");
        int variant = rng.nextInt(4);
        String name = switch (variant) {
            case 0 -> "k".repeat(256);
            case 1 -> "k".repeat(255);
            case 2 -> E_ACUTE.repeat(128);
            default -> EURO.repeat(85);
        };
        ((Map<String, Object>) first).put("AttributeName", name);
        for (Object d : (List<?>) r.body().get("AttributeDefinitions")) {
            if (d instanceof Map<?, ?> def && old.equals(def.get("AttributeName"))) {
                ((Map<String, Object>) def).put("AttributeName", name);
            }
        }
        Malformation kind = variant == 0 ? Malformation.KEY_ATTRIBUTE_NAME_TOO_LONG : Malformation.KEY_ATTRIBUTE_NAME_AT_LIMIT;
        return probe(kind, "key attribute " + old + " renamed to " + name.length() + " chars, "
                + name.getBytes(StandardCharsets.UTF_8).length + " bytes", r);
    }

    private static final Set<String> INTEGER_MEMBERS = Set.of("Limit", "Segment", "TotalSegments", "ReadCapacityUnits", "WriteCapacityUnits");

    /** Integer members out of their documented range, or written as fractions, exponents, huge numbers. */
    private static Probe integers(SplittableRandom rng, Request r) {
        List<Site> sites = sites(r.body()).stream()
                .filter(s -> s.value() instanceof Num && INTEGER_MEMBERS.contains(s.at(1))).toList();
        if (sites.isEmpty()) {
            return null;
        }
        Site s = sites.get(rng.nextInt(sites.size()));
        String member = (String) s.at(1);
        Malformation kind;
        String value;
        if (rng.nextBoolean()) {
            kind = Malformation.INTEGER_OUT_OF_RANGE;
            value = switch (member) {
                // API_ListTables.html: Limit 1 to 100; API_Query.html, API_Scan.html: Limit at least 1.
                case "Limit" -> r.op().equals("ListTables") ? pick(rng, "0", "-1", "101") : pick(rng, "0", "-1", "-2147483648");
                // API_Scan.html: Segment 0 to 999999 and less than TotalSegments.
                case "Segment" -> pick(rng, "-1", "1000000", String.valueOf(r.body().get("TotalSegments")));
                case "TotalSegments" -> pick(rng, "0", "-1", "1000001");
                // API_ProvisionedThroughput.html: at least 1.
                default -> pick(rng, "0", "-1");
            };
        } else {
            kind = Malformation.INTEGER_NOT_PLAIN;
            value = pick(rng, "2.5", "1.0", "1e1", "1E+1", "0.5e1", "99999999999999999999999", "4294967296", "-0",
                    "3.0000000000000000001");
        }
        s.replace(new Num(value));
        return probe(kind, s.where() + ": " + s.value() + " -> " + value, r);
    }

    /** Empty sets, strings, binaries, maps, lists and expression maps. */
    private static Probe empties(SplittableRandom rng, Request r) {
        Set<Object> keyValues = keyAttributeValues(r);
        List<Site> sites = sites(r.body()).stream().filter(s -> emptyKind(s, keyValues, r) != null).toList();
        if (sites.isEmpty()) {
            return null;
        }
        Site s = sites.get(rng.nextInt(sites.size()));
        Malformation kind = emptyKind(s, keyValues, r);
        Object empty = s.value() instanceof String ? "" : s.value() instanceof List ? new ArrayList<>() : new LinkedHashMap<>();
        s.replace(empty);
        return probe(kind, s.where() + " -> " + RequestJson.brief(empty, 8), r);
    }

    private static Malformation emptyKind(Site s, Set<Object> keyValues, Request r) {
        Object at1 = s.at(1);
        Object v = s.value();
        if (v instanceof List<?> l && !l.isEmpty() && ("SS".equals(at1) || "NS".equals(at1) || "BS".equals(at1))) {
            return Malformation.EMPTY_SET;
        }
        if (v instanceof String str && !str.isEmpty() && ("S".equals(at1) || "B".equals(at1)) && s.container() instanceof Map<?, ?>) {
            return keyValues.contains(s.container()) ? Malformation.EMPTY_KEY_VALUE : Malformation.EMPTY_NON_KEY_VALUE;
        }
        if ((v instanceof Map<?, ?> m && !m.isEmpty() && "M".equals(at1)) || (v instanceof List<?> l && !l.isEmpty() && "L".equals(at1))) {
            return Malformation.EMPTY_NON_KEY_VALUE;
        }
        if (s.path().size() == 1 && v instanceof Map<?, ?> m && !m.isEmpty()
                && ("ExpressionAttributeNames".equals(at1) || "ExpressionAttributeValues".equals(at1))) {
            return Malformation.EMPTY_EXPRESSION_MAP;
        }
        boolean collection = (v instanceof List<?> l && !l.isEmpty()) || (v instanceof Map<?, ?> m && !m.isEmpty());
        if (collection && (("AttributesToGet".equals(at1) || "RequestItems".equals(at1)) && s.path().size() == 1
                || (s.path().size() == 1 && r.op().equals("CreateTable") && ("KeySchema".equals(at1) || "AttributeDefinitions".equals(at1)))
                || (s.path().size() == 2 && "RequestItems".equals(s.at(2))))) {
            return Malformation.EMPTY_REQUIRED_COLLECTION;
        }
        return null;
    }

    /** A set with a member given twice. */
    @SuppressWarnings("unchecked")
    private static Probe duplicateSetMembers(SplittableRandom rng, Request r) {
        List<Site> sites = sites(r.body()).stream()
                .filter(s -> s.value() instanceof List<?> l && !l.isEmpty()
                        && ("SS".equals(s.at(1)) || "NS".equals(s.at(1)) || "BS".equals(s.at(1))))
                .toList();
        if (sites.isEmpty()) {
            return null;
        }
        Site s = sites.get(rng.nextInt(sites.size()));
        List<Object> set = (List<Object>) s.value();
        Object twice = set.get(rng.nextInt(set.size()));
        set.add(rng.nextInt(set.size() + 1), twice);
        return probe(Malformation.DUPLICATE_SET_MEMBER, s.where() + " -> " + RequestJson.brief(set, 12), r);
    }

    private static final Set<String> ENUM_MEMBERS = Set.of("ReturnValues", "ReturnConsumedCapacity", "ReturnItemCollectionMetrics",
            "Select", "ConditionalOperator", "ComparisonOperator", "KeyType", "AttributeType", "BillingMode", "ProjectionType");

    /** Enum values no operation knows, and values this operation refuses. */
    @SuppressWarnings("unchecked")
    private static Probe enums(SplittableRandom rng, Request r) {
        Map<String, Object> body = r.body();
        String op = r.op();
        List<Runnable> notForOp = new ArrayList<>();
        List<String> notForOpWhat = new ArrayList<>();
        if (op.equals("PutItem") || op.equals("DeleteItem")) {
            // API_PutItem.html, API_DeleteItem.html: ReturnValues NONE or ALL_OLD only.
            String v = pick(rng, "ALL_NEW", "UPDATED_OLD", "UPDATED_NEW");
            notForOp.add(() -> body.put("ReturnValues", v));
            notForOpWhat.add("ReturnValues -> " + v);
        }
        if (body.get("KeyConditions") instanceof Map<?, ?> kc) {
            // API_Query.html, KeyConditions: EQ on the partition key; EQ, LE, LT, GE, GT, BEGINS_WITH, BETWEEN on the sort key.
            List<String> attrs = new ArrayList<>((Set<String>) kc.keySet());
            String attr = attrs.get(rng.nextInt(attrs.size()));
            String v = attr.equals("Device") ? pick(rng, "GE", "LT", "BETWEEN", "CONTAINS", "NE", "IN")
                    : pick(rng, "CONTAINS", "NOT_CONTAINS", "NE", "IN", "NULL", "NOT_NULL");
            if (kc.get(attr) instanceof Map<?, ?> cond) {
                notForOp.add(() -> ((Map<String, Object>) cond).put("ComparisonOperator", v));
                notForOpWhat.add("KeyConditions." + attr + ".ComparisonOperator -> " + v);
            }
        }
        if ((op.equals("Query") || op.equals("Scan")) && (body.containsKey("ProjectionExpression") || body.containsKey("AttributesToGet"))) {
            // API_Query.html, API_Scan.html, Select: with a projection, SPECIFIC_ATTRIBUTES only.
            String v = pick(rng, "COUNT", "ALL_ATTRIBUTES");
            notForOp.add(() -> body.put("Select", v));
            notForOpWhat.add("Select -> " + v + " with a projection");
        }
        if (op.equals("Query") && !body.containsKey("IndexName")) {
            // API_Query.html, Select: ALL_PROJECTED_ATTRIBUTES is allowed only when querying an index.
            notForOp.add(() -> body.put("Select", "ALL_PROJECTED_ATTRIBUTES"));
            notForOpWhat.add("Select -> ALL_PROJECTED_ATTRIBUTES without IndexName");
        }
        List<Site> sites = sites(body).stream().filter(s -> s.value() instanceof String && ENUM_MEMBERS.contains(s.at(1))).toList();
        if (sites.isEmpty() && notForOp.isEmpty()) {
            return null;
        }
        if (!notForOp.isEmpty() && (sites.isEmpty() || rng.nextBoolean())) {
            int i = rng.nextInt(notForOp.size());
            notForOp.get(i).run();
            return probe(Malformation.ENUM_NOT_FOR_OPERATION, notForOpWhat.get(i), r);
        }
        Site s = sites.get(rng.nextInt(sites.size()));
        String v = (String) s.value();
        String bogus = pick(rng, "BOGUS", v.toLowerCase(Locale.ROOT), v + " ", "", v.substring(0, v.length() - 1));
        s.replace(bogus);
        return probe(Malformation.UNKNOWN_ENUM, s.where() + ": " + v + " -> " + quote(bogus), r);
    }

    private static final String DEEP_JSON_MARK = "fuzz-deep-json";

    /** Items nested 31 to 100 levels deep, and JSON thousands of levels deep. */
    @SuppressWarnings("unchecked")
    private static Probe nesting(SplittableRandom rng, Request r) {
        List<KeyMap> items = keyMaps(r).stream().filter(k -> k.role() == KeyRole.ITEM).toList();
        if (items.isEmpty() && rng.nextInt(4) != 0) {
            return null;
        }
        if (items.isEmpty() || rng.nextInt(4) == 0) {
            // Spliced in as text: this test's own tree is walked recursively and stays shallow.
            String what;
            if (items.isEmpty()) {
                r.body().put("FuzzDeep", DEEP_JSON_MARK);
                what = "FuzzDeep: 3000 nested arrays";
            } else {
                KeyMap item = items.get(rng.nextInt(items.size()));
                item.attributes().put("Deep", orderedMap("L", DEEP_JSON_MARK));
                what = item.where() + ".Deep: an L of 3000 nested arrays";
            }
            String text = new String(RequestJson.write(r.body()), StandardCharsets.UTF_8)
                    .replace("\"" + DEEP_JSON_MARK + "\"", "[".repeat(3000) + "\"x\"" + "]".repeat(3000));
            return new Probe(Malformation.DEEP_JSON, what, r.op(), TARGET_PREFIX + r.op(), JSON_1_0, utf8(text));
        }
        KeyMap item = items.get(rng.nextInt(items.size()));
        boolean documented = rng.nextBoolean();
        int levels = documented ? pick(rng, 40, 64, 100) : pick(rng, 31, 32, 33);
        boolean maps = rng.nextBoolean();
        Object v = RequestJson.object("{\"S\": \"leaf\"}");
        for (int i = 0; i < levels; i++) {
            v = maps ? orderedMap("M", orderedMap("n", v)) : orderedMap("L", new ArrayList<>(List.of(v)));
        }
        item.attributes().put("Deep", v);
        return probe(documented ? Malformation.DEEP_NESTING : Malformation.NESTING_AT_LIMIT,
                item.where() + ".Deep: " + levels + " levels of " + (maps ? "M" : "L"), r);
    }

    /** A required member dropped, an optional one dropped, or an unknown one added. */
    private static Probe members(SplittableRandom rng, Request r) {
        Map<String, Object> body = r.body();
        List<Site> required = sites(body).stream().filter(s -> requiredMember(s, r)).toList();
        List<String> optional = body.keySet().stream().filter(k -> !r.template().required().contains(k)).toList();
        int choice = rng.nextInt(3);
        if (choice == 0 && !required.isEmpty()) {
            Site s = required.get(rng.nextInt(required.size()));
            s.remove();
            return probe(Malformation.MISSING_REQUIRED, s.where() + " dropped", r);
        }
        if (choice == 1 && !optional.isEmpty()) {
            String m = optional.get(rng.nextInt(optional.size()));
            body.remove(m);
            return probe(Malformation.DROPPED_OPTIONAL, m + " dropped", r);
        }
        String m = pick(rng, "FuzzUnknownMember", "tablename", "Itemz");
        body.put(m, rng.nextBoolean() ? "x" : RequestJson.object("{\"S\": \"x\"}"));
        return probe(Malformation.UNKNOWN_MEMBER, m + " added", r);
    }

    /** Members each operation's API Reference page marks Required, at the top and inside structures. */
    private static boolean requiredMember(Site s, Request r) {
        if (s.path().size() == 1) {
            return r.template().required().contains(s.at(1));
        }
        Object name = s.at(1);
        Object parent = s.at(2);
        Object grandparent = s.at(3);
        return ("PutRequest".equals(parent) && "Item".equals(name))
                || ("DeleteRequest".equals(parent) && "Key".equals(name))
                || ("AttributeDefinitions".equals(grandparent) && ("AttributeName".equals(name) || "AttributeType".equals(name)))
                || ("KeySchema".equals(grandparent) && ("AttributeName".equals(name) || "KeyType".equals(name)))
                || ("ProvisionedThroughput".equals(parent) && ("ReadCapacityUnits".equals(name) || "WriteCapacityUnits".equals(name)))
                || ("GlobalSecondaryIndexes".equals(grandparent)
                        && ("IndexName".equals(name) || "KeySchema".equals(name) || "Projection".equals(name)))
                || ("Tags".equals(grandparent) && s.path().size() == 3 && ("Key".equals(name) || "Value".equals(name)))
                || (("KeyConditions".equals(grandparent) || "QueryFilter".equals(grandparent) || "ScanFilter".equals(grandparent))
                        && s.path().size() == 3 && "ComparisonOperator".equals(name));
    }

    /** Keys and items missing a key attribute, with one too many, or with one of the wrong type. */
    private static Probe keys(SplittableRandom rng, Request r) {
        List<KeyMap> maps = keyMaps(r);
        if (maps.isEmpty()) {
            return null;
        }
        KeyMap km = maps.get(rng.nextInt(maps.size()));
        Map<String, String> schema = KEYS.get(km.table());
        List<String> names = new ArrayList<>(schema.keySet());
        String attr = names.get(rng.nextInt(names.size()));
        int choice = rng.nextInt(3);
        if (choice == 0 || km.role() == KeyRole.START_KEY) {
            km.attributes().remove(attr);
            return probe(Malformation.MISSING_KEY_ATTRIBUTE, km.where() + " without " + attr, r);
        }
        if (choice == 1 && km.role() == KeyRole.KEY) {
            km.attributes().put("Extra", RequestJson.object("{\"S\": \"x\"}"));
            return probe(Malformation.EXTRA_KEY_ATTRIBUTE, km.where() + " with an attribute Extra", r);
        }
        String type = schema.get(attr);
        List<String> others = new ArrayList<>(List.of(
                "{\"S\": \"1\"}", "{\"N\": \"1\"}", "{\"B\": \"AQ==\"}", "{\"SS\": [\"1\"]}", "{\"BOOL\": true}", "{\"NULL\": true}",
                "{\"M\": {}}", "{\"L\": []}"));
        others.removeIf(o -> o.startsWith("{\"" + type + "\""));
        String v = others.get(rng.nextInt(others.size()));
        km.attributes().put(attr, RequestJson.object(v));
        return probe(Malformation.KEY_WRONG_TYPE, km.where() + "." + attr + " (" + type + ") -> " + v, r);
    }

    /** Malformed Expected entries (API_ExpectedAttributeValue.html, API_Condition.html). */
    private static final List<String> MALFORMED_EXPECTED = List.of(
            "{\"Value\": {}}",
            "{\"Value\": {\"S\": \"x\", \"N\": \"1\"}}",
            "{\"Value\": {\"N\": \"not a number\"}}",
            "{\"Value\": 7}",
            "{}",
            "{\"Exists\": true}",
            "{\"Exists\": false, \"Value\": {\"S\": \"x\"}}",
            "{\"ComparisonOperator\": \"EQ\"}",
            "{\"ComparisonOperator\": \"EQ\", \"AttributeValueList\": [{\"S\": \"a\"}, {\"S\": \"b\"}]}",
            "{\"ComparisonOperator\": \"BETWEEN\", \"AttributeValueList\": [{\"N\": \"1\"}]}",
            "{\"ComparisonOperator\": \"NULL\", \"AttributeValueList\": [{\"S\": \"x\"}]}",
            "{\"ComparisonOperator\": \"IN\", \"AttributeValueList\": []}",
            "{\"ComparisonOperator\": \"LT\", \"AttributeValueList\": [{\"SS\": [\"x\"]}]}",
            "{\"ComparisonOperator\": \"EQ\", \"AttributeValueList\": [{\"S\": \"x\"}], \"Value\": {\"S\": \"x\"}}",
            "{\"ComparisonOperator\": \"EQ\", \"AttributeValueList\": [{\"S\": \"x\"}], \"Exists\": true}",
            "{\"ComparisonOperator\": \"EQUALS\", \"AttributeValueList\": [{\"S\": \"x\"}]}",
            "{\"AttributeValueList\": [{\"S\": \"x\"}]}");

    /** A malformed Expected entry, or legacy and expression parameters in one request. */
    @SuppressWarnings("unchecked")
    private static Probe legacyConditions(SplittableRandom rng, Request r) {
        Map<String, Object> body = r.body();
        String op = r.op();
        boolean query = op.equals("Query");
        boolean scan = op.equals("Scan");
        boolean write = op.equals("PutItem") || op.equals("DeleteItem") || op.equals("UpdateItem");
        boolean expressions = body.containsKey("ConditionExpression") || body.containsKey("UpdateExpression");
        if (write && !expressions && rng.nextInt(4) != 0) {
            Map<String, Object> expected = body.get("Expected") instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
            body.put("Expected", expected);
            String entry = MALFORMED_EXPECTED.get(rng.nextInt(MALFORMED_EXPECTED.size()));
            expected.put("Probe", RequestJson.object(entry));
            return probe(Malformation.MALFORMED_EXPECTED, "Expected.Probe = " + entry, r);
        }
        List<String> legacy = new ArrayList<>();
        if (write && body.containsKey("Expected") && !body.containsKey("ConditionExpression")) {
            legacy.add("ConditionExpression=attribute_exists(FuzzAny)");
        }
        if (write && !body.containsKey("Expected")
                && (body.containsKey("ConditionExpression") || body.containsKey("UpdateExpression"))) {
            legacy.add("Expected");
        }
        if ((query || scan || op.equals("GetItem")) && body.containsKey("AttributesToGet") && !body.containsKey("ProjectionExpression")) {
            legacy.add("ProjectionExpression=FuzzAny");
        }
        if ((query || scan || op.equals("GetItem")) && body.containsKey("ProjectionExpression") && !body.containsKey("AttributesToGet")) {
            legacy.add("AttributesToGet");
        }
        if ((query && (body.containsKey("KeyConditions") || body.containsKey("QueryFilter")))
                || (scan && body.containsKey("ScanFilter"))) {
            legacy.add("FilterExpression=attribute_exists(FuzzAny)");
        }
        if (query && body.containsKey("KeyConditionExpression")) {
            legacy.add("QueryFilter");
        }
        if (scan && !body.containsKey("ScanFilter")
                && (body.containsKey("FilterExpression") || body.containsKey("ProjectionExpression"))) {
            legacy.add("ScanFilter");
        }
        if (legacy.isEmpty()) {
            return null;
        }
        String add = legacy.get(rng.nextInt(legacy.size()));
        int eq = add.indexOf('=');
        if (eq > 0) {
            body.put(add.substring(0, eq), add.substring(eq + 1));
        } else {
            body.put(add, switch (add) {
                case "Expected" -> RequestJson.object("{\"FuzzAny\": {\"Exists\": false}}");
                case "AttributesToGet" -> new ArrayList<>(List.of("FuzzAny"));
                default -> RequestJson.object("{\"FuzzAny\": {\"ComparisonOperator\": \"NULL\"}}");
            });
        }
        return probe(Malformation.LEGACY_WITH_EXPRESSION, add + " added", r);
    }

    /** Content-Type and X-Amz-Target: missing, of no JSON kind, or naming no operation. */
    private static Probe headers(SplittableRandom rng, Request r) {
        byte[] body = RequestJson.write(r.body());
        String op = r.op();
        String target = TARGET_PREFIX + op;
        switch (rng.nextInt(4)) {
            case 0 -> {
                String ct = pick(rng, null, "text/plain", "garbage", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data");
                return new Probe(Malformation.BAD_CONTENT_TYPE, ct == null ? "no Content-Type" : "Content-Type: " + ct, op, target, ct, body);
            }
            case 1 -> {
                String ct = pick(rng, "application/json", "application/x-amz-json-1.1", JSON_1_0 + "; charset=UTF-8",
                        JSON_1_0.toUpperCase(Locale.ROOT));
                return new Probe(Malformation.OTHER_CONTENT_TYPE, "Content-Type: " + ct, op, target, ct, body);
            }
            case 2 -> {
                String t = pick(rng, null, TARGET_PREFIX + "MakeCoffee", op, TARGET_PREFIX, "DynamoDB_20990101." + op,
                        TARGET_PREFIX + op + "s", "Dynamo." + op, TARGET_PREFIX + " " + op);
                return new Probe(Malformation.BAD_TARGET, t == null ? "no X-Amz-Target" : "X-Amz-Target: " + t, op, t, JSON_1_0, body);
            }
            default -> {
                String t = rng.nextBoolean() ? TARGET_PREFIX + op.toLowerCase(Locale.ROOT) : TARGET_PREFIX.toLowerCase(Locale.ROOT) + op;
                return new Probe(Malformation.TARGET_CASE, "X-Amz-Target: " + t, op, t, JSON_1_0, body);
            }
        }
    }

    /** Bodies cut short, broken, empty, of the wrong JSON kind, with trailing content or bytes that are not UTF-8. */
    private static Probe bodyBytes(SplittableRandom rng, Request r) {
        byte[] valid = RequestJson.write(r.body());
        String text = new String(valid, StandardCharsets.UTF_8);
        String op = r.op();
        String target = TARGET_PREFIX + op;
        switch (rng.nextInt(6)) {
            case 0 -> {
                int n = 1 + rng.nextInt(valid.length - 1);
                return new Probe(Malformation.TRUNCATED_BODY, "cut to " + n + " of " + valid.length + " bytes", op, target,
                        JSON_1_0, Arrays.copyOf(valid, n));
            }
            case 1 -> {
                int colon = text.indexOf(':');
                int quote = text.indexOf('"', 2);
                String broken = switch (rng.nextInt(4)) {
                    case 0 -> "{," + text.substring(1);
                    case 1 -> text.substring(0, colon) + "=" + text.substring(colon + 1);
                    case 2 -> text.substring(0, text.length() - 1) + ",}";
                    default -> "{" + text.substring(2, quote) + text.substring(quote + 1);
                };
                return new Probe(Malformation.INVALID_JSON, "syntax error", op, target, JSON_1_0, utf8(broken));
            }
            case 2 -> {
                return new Probe(Malformation.EMPTY_BODY, "no body", op, target, JSON_1_0, new byte[0]);
            }
            case 3 -> {
                String other = pick(rng, "[]", "\"TableName\"", "42", "null", "true", "[" + text + "]");
                return new Probe(Malformation.BODY_NOT_AN_OBJECT, "body " + brief(other), op, target, JSON_1_0, utf8(other));
            }
            case 4 -> {
                String after = pick(rng, "{}", "x", " ]", text);
                return new Probe(Malformation.TRAILING_CONTENT, "then " + brief(after), op, target, JSON_1_0, utf8(text + after));
            }
            default -> {
                int at = text.indexOf(":\"");
                if (at < 0) {
                    return null;
                }
                byte[] broken = new byte[valid.length + 2];
                System.arraycopy(valid, 0, broken, 0, at + 2);
                broken[at + 2] = (byte) 0xC3;
                broken[at + 3] = (byte) 0x28;
                System.arraycopy(valid, at + 2, broken, at + 4, valid.length - at - 2);
                return new Probe(Malformation.INVALID_UTF8, "0xC3 0x28 in the first string", op, target, JSON_1_0, broken);
            }
        }
    }

    // ---- finding places in a body ----

    private static Probe probe(Malformation kind, String what, Request r) {
        return new Probe(kind, what, r.op(), TARGET_PREFIX + r.op(), JSON_1_0, RequestJson.write(r.body()));
    }

    /** Every value in a body but the body itself, outermost first. */
    private static List<Site> sites(Object root) {
        List<Site> out = new ArrayList<>();
        walk(root, new ArrayList<>(), out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, List<Object> path, List<Site> out) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                List<Object> p = new ArrayList<>(path);
                p.add(e.getKey());
                out.add(new Site(m, e.getKey(), e.getValue(), p));
                walk(e.getValue(), p, out);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                out.add(new Site(l, i, l.get(i), p));
                walk(l.get(i), p, out);
            }
        }
    }

    /** The items, keys and start keys of a request, with their tables. */
    @SuppressWarnings("unchecked")
    private static List<KeyMap> keyMaps(Request r) {
        Map<String, Object> body = r.body();
        List<KeyMap> out = new ArrayList<>();
        Object table = body.get("TableName");
        switch (r.op()) {
            case "PutItem" -> addKeyMap(out, body.get("Item"), table, KeyRole.ITEM, "Item");
            case "GetItem", "DeleteItem", "UpdateItem" -> addKeyMap(out, body.get("Key"), table, KeyRole.KEY, "Key");
            case "Query", "Scan" -> addKeyMap(out, body.get("ExclusiveStartKey"), table, KeyRole.START_KEY, "ExclusiveStartKey");
            case "BatchWriteItem" -> {
                if (body.get("RequestItems") instanceof Map<?, ?> requests) {
                    for (Map.Entry<String, Object> e : ((Map<String, Object>) requests).entrySet()) {
                        if (!(e.getValue() instanceof List<?> writes)) {
                            continue;
                        }
                        for (int i = 0; i < writes.size(); i++) {
                            if (!(writes.get(i) instanceof Map<?, ?> w)) {
                                continue;
                            }
                            String where = "RequestItems." + e.getKey() + "[" + i + "]";
                            if (w.get("PutRequest") instanceof Map<?, ?> put) {
                                addKeyMap(out, put.get("Item"), e.getKey(), KeyRole.ITEM, where + ".PutRequest.Item");
                            }
                            if (w.get("DeleteRequest") instanceof Map<?, ?> delete) {
                                addKeyMap(out, delete.get("Key"), e.getKey(), KeyRole.KEY, where + ".DeleteRequest.Key");
                            }
                        }
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void addKeyMap(List<KeyMap> out, Object attributes, Object table, KeyRole role, String where) {
        if (attributes instanceof Map<?, ?> m && table instanceof String t && KEYS.containsKey(t)) {
            out.add(new KeyMap((Map<String, Object>) m, t, role, where));
        }
    }

    /** The attribute values, by identity, that are a key attribute of an item or key. */
    private static Set<Object> keyAttributeValues(Request r) {
        Set<Object> values = Collections.newSetFromMap(new IdentityHashMap<>());
        for (KeyMap km : keyMaps(r)) {
            if (km.role() != KeyRole.START_KEY) {
                for (String name : KEYS.get(km.table()).keySet()) {
                    if (km.attributes().get(name) != null) {
                        values.add(km.attributes().get(name));
                    }
                }
            }
        }
        return values;
    }

    private static String jsonType(Object v) {
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Num) {
            return "number";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Map) {
            return "object";
        }
        if (v instanceof List) {
            return "array";
        }
        return "null";
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom rng, T... choices) {
        return choices[rng.nextInt(choices.length)];
    }

    private static <T> T pick(SplittableRandom rng, List<T> choices) {
        return choices.get(rng.nextInt(choices.size()));
    }

    private static String replaceAt(String s, int i, String with) {
        return s.substring(0, i) + with + s.substring(i + 1);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static <V> Map<String, V> orderedMap(String k1, V v1) {
        Map<String, V> m = new LinkedHashMap<>();
        m.put(k1, v1);
        return m;
    }

    private static <V> Map<String, V> orderedMap(String k1, V v1, String k2, V v2) {
        Map<String, V> m = orderedMap(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** Raw HTTP to the engine, as DynamoDB's JSON 1.0 protocol has it. */
    private static final class Wire {
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final URI endpoint;

        Wire(URI endpoint) {
            this.endpoint = endpoint;
        }

        Answer send(String target, String contentType, byte[] body) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            if (target != null) {
                b.header("X-Amz-Target", target);
            }
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.body());
        }

        /** A call the harness relies on: it must answer 200. */
        @SuppressWarnings("unchecked")
        Map<String, Object> call(String op, Map<String, ?> body) throws IOException, InterruptedException {
            Answer a = send(TARGET_PREFIX + op, JSON_1_0, RequestJson.write(body));
            if (a.status() != 200) {
                throw new AssertionError("harness " + op + " " + RequestJson.brief(body, 40) + " answered " + a.status() + ": " + a.text());
            }
            return (Map<String, Object>) RequestJson.parse(a.body());
        }
    }
}
