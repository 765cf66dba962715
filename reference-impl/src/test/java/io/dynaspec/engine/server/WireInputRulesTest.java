package io.dynaspec.engine.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules DynamoDB applies at the edge of the wire, before any operation looks at its table:
 * the media type of the body, canonical base64 for binary values in every position, the length of
 * attribute names in every member that holds one, and the JSON type of every member. A request
 * that breaks one gets DynamoDB's error and writes nothing; the server keeps serving.
 * Raw HTTP throughout: the AWS SDKs never send such requests.
 */
class WireInputRulesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final URI ENDPOINT = WireFixture.ENGINE.endpoint();
    private static final String JSON_1_0 = "application/x-amz-json-1.0";
    /** A hash-key table (S) for items, and one keyed by a binary hash and a number range. */
    private static String items;
    private static String binary;

    @BeforeAll
    static void tables() throws Exception {
        items = WireFixture.uniqueTable("Rules");
        binary = WireFixture.uniqueTable("RulesBinary");
        ok("CreateTable", "{\"TableName\":\"" + items + "\",\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}");
        ok("CreateTable", "{\"TableName\":\"" + binary + "\",\"AttributeDefinitions\":[{\"AttributeName\":\"h\",\"AttributeType\":\"B\"},"
                + "{\"AttributeName\":\"r\",\"AttributeType\":\"N\"}],\"KeySchema\":[{\"AttributeName\":\"h\",\"KeyType\":\"HASH\"},"
                + "{\"AttributeName\":\"r\",\"KeyType\":\"RANGE\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}");
        ok("PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"kept\"},\"v\":{\"N\":\"1\"}}}");
        ok("PutItem", "{\"TableName\":\"" + binary + "\",\"Item\":{\"h\":{\"B\":\"QQ==\"},\"r\":{\"N\":\"1\"}}}");
    }

    // ---- Content-Type -----------------------------------------------------------------------

    /**
     * DynamoDB speaks JSON 1.0 (Programming.LowLevelAPI.html: "Content-Type:
     * application/x-amz-json-1.0"); a POST in any other media type, or none, is answered 404
     * with {@code <UnknownOperationException/>} and its body is never acted on.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "text/plain", "application/x-amz-json-1.1", "application/xml", "multipart/form-data", "garbage"})
    void aBodyInAnotherMediaTypeIsRefusedBeforeItIsRead(String contentType) throws Exception {
        String id = "ct-" + contentType.hashCode();
        HttpRequest.Builder b = HttpRequest.newBuilder(ENDPOINT)
                .header("X-Amz-Target", "DynamoDB_20120810.PutItem")
                .POST(HttpRequest.BodyPublishers.ofString(putItem(id)));
        if (!contentType.isEmpty()) {
            b.header("Content-Type", contentType);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode(), r.body());
        assertEquals("<UnknownOperationException/>\n", r.body());
        assertTrue(r.headers().firstValue("x-amzn-RequestId").isPresent());
        assertTrue(r.headers().firstValue("x-amz-crc32").isPresent());
        assertAbsent(id);
    }

    @Test
    void otherMethodsThanPostAreRefusedAlike() throws Exception {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(ENDPOINT)
                    .header("Content-Type", JSON_1_0).header("X-Amz-Target", "DynamoDB_20120810.PutItem")
                    .method(method, HttpRequest.BodyPublishers.ofString(putItem("m-" + method))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), method);
            assertEquals("<UnknownOperationException/>\n", r.body());
            assertAbsent("m-" + method);
        }
    }

    /** Plain JSON is DynamoDB's other media type; the answer comes back in the media type sent. */
    @Test
    void plainJsonAndAParameterisedMediaTypeAreServed() throws Exception {
        HttpResponse<String> r = send("application/json", "PutItem", putItem("ct-json"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        r = send("Application/X-Amz-Json-1.0; charset=UTF-8", "PutItem", putItem("ct-param"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(JSON_1_0, r.headers().firstValue("Content-Type").orElse(""));
        r = send("application/json", "PutItem", "{\"TableName\":1}");
        assertError(r, "SerializationException");
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
    }

    // ---- Base64 -----------------------------------------------------------------------------

    /**
     * Binary values are base64 (API_AttributeValue.html, "B": "Type: Base64-encoded binary data
     * object"); only the canonical padded form of the standard alphabet is taken. Each bad form
     * is a SerializationException in every position a binary value can take.
     */
    @ParameterizedTest
    @ValueSource(strings = {"QQ", "QUI", "QQ=A", "Q===", "=QQ=", "QR==", "QUJ=", "Q!==", "-_8=", "QQ= ", " QQ=", "QQ\\n=", "QUJD\\u00e9A=="})
    void nonCanonicalBase64IsASerializationExceptionEverywhere(String bad) throws Exception {
        String v = "{\"B\":\"" + bad + "\"}";
        String[] requests = {
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"b64\"},\"x\":" + v + "}}",
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"b64\"},\"x\":{\"BS\":[\"QQ==\",\"" + bad + "\"]}}}",
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"b64\"},\"x\":{\"L\":[" + v + "]}}}",
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"b64\"},\"x\":{\"M\":{\"m\":{\"L\":[" + v + "]}}}}}",
            "PutItem", "{\"TableName\":\"" + binary + "\",\"Item\":{\"h\":" + v + ",\"r\":{\"N\":\"2\"}}}",
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"kept\"}},"
                    + "\"ConditionExpression\":\"v = :b\",\"ExpressionAttributeValues\":{\":b\":" + v + "}}",
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"kept\"}},\"Expected\":{\"v\":{\"Value\":" + v + "}}}",
            "DeleteItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"kept\"}},"
                    + "\"Expected\":{\"v\":{\"ComparisonOperator\":\"IN\",\"AttributeValueList\":[{\"B\":\"QQ==\"}," + v + "]}}}",
            "UpdateItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"kept\"}},"
                    + "\"UpdateExpression\":\"SET w = :b\",\"ExpressionAttributeValues\":{\":b\":" + v + "}}",
            "DeleteItem", "{\"TableName\":\"" + binary + "\",\"Key\":{\"h\":" + v + ",\"r\":{\"N\":\"1\"}}}",
            "GetItem", "{\"TableName\":\"" + binary + "\",\"Key\":{\"h\":" + v + ",\"r\":{\"N\":\"1\"}}}",
            "BatchWriteItem", "{\"RequestItems\":{\"" + items + "\":[{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"b64\"}}}},"
                    + "{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"b64-2\"},\"x\":" + v + "}}}]}}",
            "Query", "{\"TableName\":\"" + binary + "\",\"KeyConditionExpression\":\"h = :h\",\"ExpressionAttributeValues\":{\":h\":" + v + "}}",
            "Query", "{\"TableName\":\"" + binary + "\",\"KeyConditions\":{\"h\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[" + v + "]}}}",
            "Query", "{\"TableName\":\"" + binary + "\",\"KeyConditions\":{\"h\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"B\":\"QQ==\"}]}},"
                    + "\"QueryFilter\":{\"x\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[" + v + "]}}}",
            "Scan", "{\"TableName\":\"" + binary + "\",\"ExclusiveStartKey\":{\"h\":" + v + ",\"r\":{\"N\":\"1\"}}}",
            "Scan", "{\"TableName\":\"" + items + "\",\"ScanFilter\":{\"x\":{\"ComparisonOperator\":\"CONTAINS\",\"AttributeValueList\":[" + v + "]}}}",
        };
        for (int i = 0; i < requests.length; i += 2) {
            HttpResponse<String> r = send(JSON_1_0, requests[i], requests[i + 1]);
            assertError(r, "SerializationException", requests[i + 1]);
        }
        assertAbsent("b64");
        assertAbsent("b64-2");
        assertKeptUnchanged();
    }

    @Test
    void canonicalBase64IsTakenAndReturnedAsSent() throws Exception {
        for (String good : new String[] {"", "QQ==", "QUI=", "QUJD", "+/+/", "AAEC/w=="}) {
            ok("PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"good\"},\"x\":{\"B\":\"" + good + "\"}}}");
            HttpResponse<String> r = ok("GetItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"good\"}},\"ConsistentRead\":true}");
            assertTrue(r.body().contains("\"x\":{\"B\":\"" + good + "\"}"), r.body());
        }
    }

    @Test
    void theBase64MessagesAreDynamoDbs() throws Exception {
        String put = "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"msg\"},\"x\":{\"B\":%s}}}";
        assertMessage(send(JSON_1_0, "PutItem", String.format(put, "\"23456\"")),
                "Base64 encoded length is expected a multiple of 4 bytes but found: 5");
        assertMessage(send(JSON_1_0, "PutItem", String.format(put, "\"=+/=\"")), "Invalid last non-pad Base64 character dectected");
        assertMessage(send(JSON_1_0, "PutItem", String.format(put, "\"+/+=\"")), "Invalid last non-pad Base64 character dectected");
        assertMessage(send(JSON_1_0, "PutItem", String.format(put, "23")), "only base-64-encoded strings are convertible to bytes");
        assertMessage(send(JSON_1_0, "PutItem", String.format(put, "true")), "only base-64-encoded strings are convertible to bytes");
        assertAbsent("msg");
    }

    // ---- Attribute names --------------------------------------------------------------------

    /**
     * Constraints.html, "Attribute names": at most 64 KB, counted in UTF-8 bytes; 65,535 is the
     * API Reference's maximum. Each character width is tried at the limit and one character past.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a", "\u00e9", "\u20ac", "\ud83d\ude00"})
    void anItemAttributeNameIsAtMost65535BytesOfUtf8(String ch) throws Exception {
        int width = ch.getBytes(StandardCharsets.UTF_8).length;
        String atLimit = ch.repeat(65_535 / width);
        String past = ch.repeat(65_535 / width + 1);
        assertTrue(past.getBytes(StandardCharsets.UTF_8).length > 65_535);
        String id = "name-" + width;
        ok("PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"" + id + "\"},\"" + atLimit + "\":{\"S\":\"x\"}}}");
        HttpResponse<String> r = ok("GetItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"" + id + "\"}},"
                + "\"ConsistentRead\":true,\"AttributesToGet\":[\"" + atLimit + "\"]}");
        assertTrue(r.body().contains(atLimit), "the name is stored and read back whole");
        String pastId = id + "-past";
        assertError(send(JSON_1_0, "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"" + pastId + "\"},\""
                + past + "\":{\"S\":\"x\"}}}"), "ValidationException", "item name past the limit");
        assertAbsent(pastId);
    }

    /** Names longer than the JSON parser's default limit (50,000 characters) are DynamoDB's to judge. */
    @Test
    void aFiftyThousandCharacterNameIsNoSerializationException() throws Exception {
        String name = "n".repeat(50_001);
        ok("PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"long-name\"},\"" + name + "\":{\"N\":\"1\"}}}");
    }

    @Test
    void everyMemberThatHoldsANameRefusesOnePastTheLimit() throws Exception {
        String past = "\u20ac".repeat(21_846); // 65,538 bytes in 21,846 characters
        String[] requests = {
            "GetItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"kept\"}},\"AttributesToGet\":[\"" + past + "\"]}",
            "GetItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"kept\"}},\"ProjectionExpression\":\"#n\","
                    + "\"ExpressionAttributeNames\":{\"#n\":\"" + past + "\"}}",
            "Scan", "{\"TableName\":\"" + items + "\",\"AttributesToGet\":[\"id\",\"" + past + "\"]}",
            "Query", "{\"TableName\":\"" + items + "\",\"KeyConditions\":{\"id\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"S\":\"kept\"}]}},"
                    + "\"QueryFilter\":{\"" + past + "\":{\"ComparisonOperator\":\"NULL\"}}}",
            "Scan", "{\"TableName\":\"" + items + "\",\"ScanFilter\":{\"" + past + "\":{\"ComparisonOperator\":\"NULL\"}}}",
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"kept\"}},\"Expected\":{\"" + past + "\":{\"Exists\":false}}}",
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"kept\"}},\"ConditionExpression\":\"attribute_not_exists(#n)\","
                    + "\"ExpressionAttributeNames\":{\"#n\":\"" + past + "\"}}",
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"kept\"},\"m\":{\"M\":{\"" + past + "\":{\"S\":\"x\"}}}}}",
            "UpdateItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"kept\"}},\"UpdateExpression\":\"SET #n = :v\","
                    + "\"ExpressionAttributeNames\":{\"#n\":\"" + past + "\"},\"ExpressionAttributeValues\":{\":v\":{\"S\":\"x\"}}}",
            "UpdateItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"kept\"}},\"UpdateExpression\":\"SET m = :v\","
                    + "\"ExpressionAttributeValues\":{\":v\":{\"M\":{\"" + past + "\":{\"S\":\"x\"}}}}}",
            "BatchWriteItem", "{\"RequestItems\":{\"" + items + "\":[{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"kept\"},\"" + past + "\":{\"S\":\"x\"}}}}]}}",
        };
        for (int i = 0; i < requests.length; i += 2) {
            assertError(send(JSON_1_0, requests[i], requests[i + 1]), "ValidationException", requests[i] + " #" + (i / 2));
        }
        assertKeptUnchanged();
    }

    // ---- JSON types and integer members -----------------------------------------------------

    @Test
    void everyMemberHasItsJsonTypeInEveryListAndMap() throws Exception {
        String[] requests = {
            "GetItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"kept\"}},\"AttributesToGet\":[{\"S\":\"v\"}]}",
            "GetItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"kept\"}},\"AttributesToGet\":[7]}",
            "Scan", "{\"TableName\":\"" + items + "\",\"AttributesToGet\":[\"id\",[\"v\"]]}",
            "GetItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"kept\"}},\"ProjectionExpression\":\"#n\","
                    + "\"ExpressionAttributeNames\":{\"#n\":{\"S\":\"v\"}}}",
            "BatchWriteItem", "{\"RequestItems\":{\"" + items + "\":{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"kept\"}}}}}}",
            "BatchWriteItem", "{\"RequestItems\":{\"" + items + "\":\"PutRequest\"}}",
            "BatchWriteItem", "{\"RequestItems\":{\"" + items + "\":[\"PutRequest\"]}}",
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"kept\"}},\"ReturnValues\":{\"S\":\"ALL_OLD\"}}",
            "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":[{\"id\":{\"S\":\"kept\"}}]}",
            "Query", "{\"TableName\":\"" + items + "\",\"KeyConditions\":{\"id\":[\"EQ\"]}}",
            // A string where a Boolean is declared is read when it spells one ("true", "no": see
            // attribute_value_edges.feature); any other string is refused (dynalite's suite: "23").
            "Scan", "{\"TableName\":\"" + items + "\",\"ConsistentRead\":\"23\"}",
            "Scan", "{\"TableName\":\"" + items + "\",\"ConsistentRead\":\"maybe\"}",
        };
        for (int i = 0; i < requests.length; i += 2) {
            assertError(send(JSON_1_0, requests[i], requests[i + 1]), "SerializationException", requests[i + 1]);
        }
        assertKeptUnchanged();
    }

    /**
     * Limit, Segment and TotalSegments are Integers (API_Scan.html, "Type: Integer"): a fraction
     * or a value past 32 bits is not truncated into a valid one.
     */
    @Test
    void integerMembersTakeWholeThirtyTwoBitNumbersOnly() throws Exception {
        for (String limit : new String[] {"1.5", "0.5", "1e-3", "2147483648", "-2147483649", "1e400", "9".repeat(40)}) {
            assertError(send(JSON_1_0, "Scan", "{\"TableName\":\"" + items + "\",\"Limit\":" + limit + "}"), "SerializationException", limit);
            assertError(send(JSON_1_0, "Query", "{\"TableName\":\"" + items + "\",\"Limit\":" + limit + ","
                    + "\"KeyConditionExpression\":\"id = :k\",\"ExpressionAttributeValues\":{\":k\":{\"S\":\"kept\"}}}"), "SerializationException", limit);
        }
        assertError(send(JSON_1_0, "Scan", "{\"TableName\":\"" + items + "\",\"Segment\":0.5,\"TotalSegments\":2}"), "SerializationException", "segment");
        assertError(send(JSON_1_0, "Scan", "{\"TableName\":\"" + items + "\",\"Segment\":0,\"TotalSegments\":2.5}"), "SerializationException", "total");
        assertError(send(JSON_1_0, "ListTables", "{\"Limit\":1.5}"), "SerializationException", "list tables");
        assertMessage(send(JSON_1_0, "Scan", "{\"TableName\":\"" + items + "\",\"Limit\":\"5\"}"), "STRING_VALUE cannot be converted to Integer");
        assertError(send(JSON_1_0, "Scan", "{\"TableName\":\"" + items + "\",\"Limit\":0}"), "ValidationException", "limit 0");
        ok("Scan", "{\"TableName\":\"" + items + "\",\"Limit\":2147483647}");
        ok("Scan", "{\"TableName\":\"" + items + "\",\"Limit\":1}");
    }

    // ---- Expected ---------------------------------------------------------------------------

    /**
     * LegacyConditionalParameters.Expected.html: Expected's values are attribute values, judged
     * as such before any condition is: a malformed one is a validation (or serialization) error,
     * never ConditionalCheckFailedException, even where the condition would fail.
     */
    @Test
    void aMalformedExpectedValueIsRefusedBeforeTheConditionIsJudged() throws Exception {
        String[][] cases = {
            {"{\"v\":{\"Value\":{}}}", "ValidationException"},
            {"{\"v\":{\"Value\":{\"S\":\"a\",\"N\":\"1\"}}}", "ValidationException"},
            {"{\"v\":{\"Value\":{\"N\":\"not a number\"}}}", "ValidationException"},
            {"{\"v\":{\"Value\":{\"SS\":[]}}}", "ValidationException"},
            {"{\"v\":{\"Value\":{\"NS\":[\"1\",\"1\"]}}}", "ValidationException"},
            {"{\"v\":{\"Value\":{\"NULL\":false}}}", "ValidationException"},
            {"{\"v\":{\"Value\":{\"B\":\"QQ\"}}}", "SerializationException"},
            {"{\"v\":{\"Value\":{\"S\":7}}}", "SerializationException"},
            {"{\"v\":{\"Value\":\"2\"}}", "SerializationException"},
            {"{\"v\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{}]}}", "ValidationException"},
            {"{\"v\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"N\":\"1e999\"}]}}", "ValidationException"},
            {"{\"v\":{\"ComparisonOperator\":\"GT\",\"AttributeValueList\":[{\"M\":{\"a\":{\"SS\":[]}}}]}}", "ValidationException"},
            {"{\"v\":{\"Exists\":true,\"Value\":{\"L\":[{\"NS\":[]}]}}}", "ValidationException"},
        };
        for (String[] c : cases) {
            // The stored v is 1: every one of these conditions would fail if it were judged.
            HttpResponse<String> r = send(JSON_1_0, "PutItem", "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"kept\"},\"v\":{\"N\":\"9\"}},"
                    + "\"Expected\":" + c[0] + "}");
            assertError(r, c[1], c[0]);
            assertFalse(r.body().contains("ConditionalCheckFailed"), r.body());
        }
        assertKeptUnchanged();
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static String putItem(String id) {
        return "{\"TableName\":\"" + items + "\",\"Item\":{\"id\":{\"S\":\"" + id + "\"}}}";
    }

    private static HttpResponse<String> send(String contentType, String op, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(ENDPOINT)
                .header("Content-Type", contentType)
                .header("X-Amz-Target", "DynamoDB_20120810." + op)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> ok(String op, String body) throws Exception {
        HttpResponse<String> r = send(JSON_1_0, op, body);
        assertEquals(200, r.statusCode(), r.body());
        return r;
    }

    private static void assertError(HttpResponse<String> r, String type, String what) {
        assertEquals(400, r.statusCode(), what + " -> " + r.body());
        assertTrue(r.body().contains("#" + type + "\""), what + " -> " + r.body());
    }

    private static void assertError(HttpResponse<String> r, String type) {
        assertError(r, type, "");
    }

    private static void assertMessage(HttpResponse<String> r, String message) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"message\":\"" + message + "\""), r.body());
    }

    private static void assertAbsent(String id) throws Exception {
        HttpResponse<String> r = ok("GetItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"" + id + "\"}},\"ConsistentRead\":true}");
        assertEquals("{}", r.body(), "nothing was written for " + id);
    }

    /** The item every refused write aimed at is as it was put. */
    private static void assertKeptUnchanged() throws Exception {
        HttpResponse<String> r = ok("GetItem", "{\"TableName\":\"" + items + "\",\"Key\":{\"id\":{\"S\":\"kept\"}},\"ConsistentRead\":true}");
        assertEquals("{\"Item\":{\"id\":{\"S\":\"kept\"},\"v\":{\"N\":\"1\"}}}", r.body());
    }
}
