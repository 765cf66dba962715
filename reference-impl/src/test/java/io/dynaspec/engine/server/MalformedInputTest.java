package io.dynaspec.engine.server;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on the wire gets DynamoDB's error type with HTTP 400, never a 500, and the server
 * keeps serving (Programming.Errors.html: 400 errors are the client's; CommonErrors.html lists
 * SerializationException, UnknownOperationException and ValidationException).
 */
class MalformedInputTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final URI ENDPOINT = WireFixture.ENGINE.endpoint();

    private static HttpResponse<String> post(String target, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(ENDPOINT)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (target != null) {
            b.header("X-Amz-Target", target);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> r, String type) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("#" + type + "\""), r.body());
        assertEquals("application/x-amz-json-1.0", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("x-amzn-RequestId").isPresent());
        assertTrue(r.headers().firstValue("x-amz-crc32").isPresent());
    }

    @Test
    void malformedJsonIsASerializationException() throws Exception {
        assertError(post("DynamoDB_20120810.PutItem", "{\"TableName\": ".getBytes(StandardCharsets.UTF_8)), "SerializationException");
        assertError(post("DynamoDB_20120810.PutItem", "[1,2]".getBytes(StandardCharsets.UTF_8)), "SerializationException");
        assertError(post("DynamoDB_20120810.PutItem", "{\"TableName\": 12}".getBytes(StandardCharsets.UTF_8)), "SerializationException");
        serverStillServes();
    }

    @Test
    void invalidUtf8IsASerializationException() throws Exception {
        byte[] body = "{\"TableName\": \"ab_\"}".getBytes(StandardCharsets.UTF_8);
        body[17] = (byte) 0xC3; // a lead byte followed by '"': not UTF-8
        assertError(post("DynamoDB_20120810.DescribeTable", body), "SerializationException");
        serverStillServes();
    }

    @Test
    void unknownOperationsAndMissingTargets() throws Exception {
        assertError(post("DynamoDB_20120810.MakeCoffee", "{}".getBytes(StandardCharsets.UTF_8)), "UnknownOperationException");
        assertError(post(null, "{}".getBytes(StandardCharsets.UTF_8)), "UnknownOperationException");
        serverStillServes();
    }

    @Test
    void missingMembersAreValidationErrorsNamingEachMember() throws Exception {
        HttpResponse<String> r = post("DynamoDB_20120810.PutItem", "{}".getBytes(StandardCharsets.UTF_8));
        assertError(r, "ValidationException");
        assertTrue(r.body().contains("2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: "
                + "Member must not be null; Value null at 'item' failed to satisfy constraint: Member must not be null"), r.body());
    }

    @Test
    void attributeValuesWithNoTypeOrTwoTypes() throws Exception {
        String t = WireFixture.uniqueTable("Shapes");
        WireFixture.CLIENT.createTable(ControlPlaneWireTest.simpleTable(t).build());
        HttpResponse<String> r = post("DynamoDB_20120810.PutItem",
                ("{\"TableName\":\"" + t + "\",\"Item\":{\"LoginAlias\":{}}}").getBytes(StandardCharsets.UTF_8));
        assertError(r, "ValidationException");
        assertTrue(r.body().contains("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"), r.body());
        r = post("DynamoDB_20120810.PutItem",
                ("{\"TableName\":\"" + t + "\",\"Item\":{\"LoginAlias\":{\"S\":\"a\",\"N\":\"1\"}}}").getBytes(StandardCharsets.UTF_8));
        assertError(r, "ValidationException");
        assertTrue(r.body().contains("Supplied AttributeValue has more than one datatypes set"), r.body());
    }

    @Test
    void bodiesOverTheCapAreRefusedAndTheConnectionSurvives() throws Exception {
        byte[] huge = new byte[DynamoDbHttpServer.MAX_BODY_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> r = post("DynamoDB_20120810.PutItem", huge);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("Request size exceeded"), r.body());
        serverStillServes();
    }

    private static void serverStillServes() throws Exception {
        HttpResponse<String> r = post("DynamoDB_20120810.ListTables", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
    }
}
