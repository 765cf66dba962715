package io.dynaspec.engine.server;

import io.dynaspec.engine.protocol.JsonTree;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's files and the admin calls it draws from, over HTTP: the page, its style sheet and
 * its script with their media types and revalidation, one partition's items in sort-key order,
 * and the feed of recent writes.
 */
class ConsoleTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BASE = WireFixture.ENGINE.endpoint().toString();

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), "admin answers are never cached");
        return JsonTree.parseObject(r.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePageItsStyleSheetAndItsScriptAreServedWithTheirMediaTypes() throws Exception {
        Map<String, String> types = Map.of(
                "/dynaspec/console", "text/html; charset=utf-8",
                "/dynaspec/console/", "text/html; charset=utf-8",
                "/dynaspec/console/console.css", "text/css; charset=utf-8",
                "/dynaspec/console/console.js", "text/javascript; charset=utf-8");
        for (Map.Entry<String, String> e : types.entrySet()) {
            HttpResponse<String> r = get(e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertEquals(e.getValue(), r.headers().firstValue("Content-Type").orElse(""), e.getKey());
            assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""), e.getKey());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), e.getKey());
            assertTrue(r.headers().firstValue("ETag").isPresent(), e.getKey());
        }
        assertTrue(get("/dynaspec/console").body().contains("<script src=\"/dynaspec/console/console.js\""));
    }

    @Test
    void anUnchangedFileIsRevalidatedWithoutItsBody() throws Exception {
        HttpResponse<String> first = get("/dynaspec/console/console.js");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/dynaspec/console/console.js", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(200, get("/dynaspec/console/console.js", "If-None-Match", "\"other\"").statusCode());
    }

    @Test
    void otherConsolePathsAndMethodsAreRefused() throws Exception {
        assertEquals(404, get("/dynaspec/console/missing.js").statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/dynaspec/console"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
        // Not the console: an admin call, which does not exist.
        assertEquals(404, get("/dynaspec/consoles").statusCode());
    }

    /**
     * Items of one partition key come out in sort-key order, numerically for a number sort key
     * (API_KeySchemaElement.html: items with the same partition key are stored "in sorted order by
     * the sort key value"; API_Query.html, ScanIndexForward: numeric order for type Number).
     */
    @Test
    void aPartitionsItemsAreGroupedByPartitionKeyInSortKeyOrder() throws Exception {
        String t = WireFixture.uniqueTable("Thread");
        WireFixture.CLIENT.createTable(b -> b.tableName(t).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("ForumName").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("Replies").attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName("ForumName").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("Replies").keyType(KeyType.RANGE).build()));
        for (String n : List.of("10", "9", "100", "-1")) {
            WireFixture.CLIENT.putItem(b -> b.tableName(t).item(Map.of("ForumName", AttributeValue.fromS("S3"),
                    "Replies", AttributeValue.fromN(n))));
        }
        int partition = partitionOf(t, "{\"ForumName\":{\"S\":\"S3\"},\"Replies\":{\"N\":\"1\"}}");
        Map<String, Object> items = json(get("/dynaspec/items/" + t + "/" + partition));
        assertEquals("committed", items.get("view"));
        List<?> collections = (List<?>) items.get("collections");
        assertEquals(1, collections.size());
        Map<?, ?> c = (Map<?, ?>) collections.get(0);
        assertEquals(Map.of("S", "S3"), c.get("partitionKey"));
        List<String> order = ((List<?>) c.get("items")).stream()
                .map(i -> (String) ((Map<?, ?>) ((Map<?, ?>) i).get("Replies")).get("N")).toList();
        assertEquals(List.of("-1", "9", "10", "100"), order);
        assertEquals(400, HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/dynaspec/items/" + t + "/99")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void theWriteFeedShowsAcknowledgedAndRefusedWrites() throws Exception {
        String t = WireFixture.uniqueTable("Employee");
        WireFixture.CLIENT.createTable(ControlPlaneWireTest.simpleTable(t).build());
        Map<String, AttributeValue> irene = Map.of("LoginAlias", AttributeValue.fromS("irenes"));
        WireFixture.CLIENT.putItem(b -> b.tableName(t).item(irene));
        assertThrows(ConditionalCheckFailedException.class, () -> WireFixture.CLIENT.putItem(b -> b.tableName(t).item(irene)
                .conditionExpression("attribute_not_exists(LoginAlias)")));
        List<Map<?, ?>> mine = ((List<?>) json(get("/dynaspec/writes")).get("writes")).stream()
                .<Map<?, ?>>map(w -> (Map<?, ?>) w).filter(w -> t.equals(w.get("table"))).toList();
        assertEquals(2, mine.size(), mine.toString());
        int partition = partitionOf(t, "{\"LoginAlias\":{\"S\":\"irenes\"}}");
        assertEquals("REFUSED", mine.get(0).get("outcome"));
        // The error DynamoDB gives a failed condition (API_PutItem.html, Errors).
        assertTrue(((String) mine.get(0).get("reason")).startsWith("ConditionalCheckFailedException"), mine.get(0).toString());
        assertEquals("ACKNOWLEDGED", mine.get(1).get("outcome"));
        assertEquals(Map.of("partition", Map.of("S", "irenes")), mine.get(1).get("key"));
        assertEquals(partition, Integer.parseInt(mine.get(1).get("partition").toString()));
    }

    private static int partitionOf(String table, String keyJson) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/dynaspec/locate"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"TableName\":\"" + table + "\",\"Key\":" + keyJson + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return Integer.parseInt(json(r).get("partition").toString());
    }
}
