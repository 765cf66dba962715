package io.dynaspec.engine.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Query and Scan through a global secondary index (GSI.html, API_Query.html): entries keyed by
 * the index keys, which need not be unique, only for items that have them, in index sort-key
 * order; pagination through equal index keys with a LastEvaluatedKey holding the table and the
 * index keys; eventually consistent reads only; Select against the projection; the index's
 * read capacity.
 */
class GlobalSecondaryIndexWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;

    /** GSI.html's GameScores: keyed by UserId and GameTitle, GameTitleIndex on GameTitle and TopScore, keys only. */
    private static String table() {
        String name = WireFixture.uniqueTable("Gsi");
        DDB.createTable(b -> b.tableName(name)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("UserId").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("GameTitle").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("TopScore").attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName("UserId").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("GameTitle").keyType(KeyType.RANGE).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("GameTitleIndex")
                        .keySchema(KeySchemaElement.builder().attributeName("GameTitle").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("TopScore").keyType(KeyType.RANGE).build())
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return name;
    }

    private static void put(String table, String user, String game, String score) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("UserId", AttributeValue.fromS(user));
        item.put("GameTitle", AttributeValue.fromS(game));
        item.put("Wins", AttributeValue.fromN("5"));
        if (score != null) {
            item.put("TopScore", AttributeValue.fromN(score));
        }
        DDB.putItem(b -> b.tableName(table).item(item));
    }

    private static String filled() {
        String t = table();
        put(t, "101", "Galaxy Invaders", "5842");
        put(t, "102", "Galaxy Invaders", "1000");
        put(t, "103", "Galaxy Invaders", "5842");
        put(t, "104", "Galaxy Invaders", null);
        put(t, "101", "Meteor Blasters", "1000");
        return t;
    }

    private static QueryResponse query(String table, Consumer<QueryRequest.Builder> more) {
        return DDB.query(b -> {
            b.tableName(table).indexName("GameTitleIndex").keyConditionExpression("GameTitle = :g")
                    .expressionAttributeValues(Map.of(":g", AttributeValue.fromS("Galaxy Invaders")));
            more.accept(b);
        });
    }

    private static List<String> users(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("UserId").s()).toList();
    }

    private static String message(Runnable call) {
        return assertThrows(DynamoDbException.class, call::run).awsErrorDetails().errorMessage();
    }

    @Test
    void aQueryReadsEqualIndexKeysOfManyItemsInIndexOrder() {
        String t = filled();
        QueryResponse r = query(t, b -> { });
        assertEquals(3, r.count(), "104 has no TopScore: not in the index");
        assertEquals("102", r.items().get(0).get("UserId").s(), "the lowest TopScore first");
        assertEquals(Set.of("101", "103"), Set.copyOf(users(r.items()).subList(1, 3)), "two items share one index key");
        assertEquals(Set.of("UserId", "GameTitle", "TopScore"), r.items().get(0).keySet(), "KEYS_ONLY, the default Select");
        List<String> backwards = new ArrayList<>(users(r.items()));
        java.util.Collections.reverse(backwards);
        assertEquals(backwards, users(query(t, b -> b.scanIndexForward(false)).items()));
    }

    @Test
    void pagesResumeAmongEqualIndexKeys() {
        String t = filled();
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = query(t, b -> b.limit(1).exclusiveStartKey(from));
            seen.addAll(users(page.items()));
            start = page.lastEvaluatedKey().isEmpty() ? null : page.lastEvaluatedKey();
            if (start != null) {
                assertEquals(Set.of("UserId", "GameTitle", "TopScore"), start.keySet());
            }
        } while (start != null);
        assertEquals(users(query(t, b -> { }).items()), seen);

        List<String> scanned = new ArrayList<>();
        start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = DDB.scan(b -> b.tableName(t).indexName("GameTitleIndex").limit(1).exclusiveStartKey(from));
            page.items().forEach(i -> scanned.add(i.get("UserId").s() + "/" + i.get("GameTitle").s()));
            start = page.lastEvaluatedKey().isEmpty() ? null : page.lastEvaluatedKey();
        } while (start != null);
        assertEquals(Set.of("101/Galaxy Invaders", "102/Galaxy Invaders", "103/Galaxy Invaders", "101/Meteor Blasters"),
                Set.copyOf(scanned));
        assertEquals(4, scanned.size());
    }

    @Test
    void readsAreEventuallyConsistentAndSelectFollowsTheProjection() {
        String t = filled();
        assertEquals("Consistent reads are not supported on global secondary indexes",
                message(() -> query(t, b -> b.consistentRead(true))));
        assertEquals("Consistent reads are not supported on global secondary indexes",
                message(() -> DDB.scan(b -> b.tableName(t).indexName("GameTitleIndex").consistentRead(true))));
        assertEquals("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global "
                + "secondary index GameTitleIndex because its projection type is not ALL",
                message(() -> query(t, b -> b.select(Select.ALL_ATTRIBUTES))));
        QueryResponse r = query(t, b -> b.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        // Three small entries, eventually consistent: half of one 4 KB unit, on the index.
        assertEquals(0.5, r.consumedCapacity().capacityUnits());
        assertEquals(0.5, r.consumedCapacity().globalSecondaryIndexes().get("GameTitleIndex").capacityUnits());
    }

    /**
     * GSI.html: a write to the table is propagated to the index asynchronously, so a read of the
     * index may miss it for a while. Holding the propagation through the admin API makes that
     * while last until it is released.
     */
    @Test
    void aHeldPropagationHidesAnAcknowledgedWriteUntilReleased() throws Exception {
        String t = filled();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String admin = WireFixture.ENGINE.endpoint() + "/dynaspec/faults/";
        java.net.http.HttpResponse<String> held = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(admin + "hold-index/" + t + "/GameTitleIndex"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, held.statusCode(), held.body());
        put(t, "105", "Galaxy Invaders", "9000");
        assertEquals("9000", DDB.getItem(b -> b.tableName(t).consistentRead(true).key(Map.of("UserId", AttributeValue.fromS("105"),
                "GameTitle", AttributeValue.fromS("Galaxy Invaders")))).item().get("TopScore").n(), "the write is acknowledged");
        assertEquals(3, query(t, b -> { }).count(), "the index misses it");
        java.net.http.HttpResponse<String> released = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(admin + "release-index/" + t + "/GameTitleIndex"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, released.statusCode(), released.body());
        assertEquals(4, query(t, b -> { }).count(), "caught up");
        assertEquals("105", query(t, b -> b.scanIndexForward(false)).items().get(0).get("UserId").s(), "the highest score");
    }
}
