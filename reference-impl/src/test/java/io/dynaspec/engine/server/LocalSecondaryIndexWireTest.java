package io.dynaspec.engine.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Query and Scan through a local secondary index (LSI.html, API_Query.html, API_Scan.html): an
 * item collection in index sort-key order, only the items that have the index sort key (the
 * index is sparse), what the projection holds and what a read fetches from the table,
 * pagination whose LastEvaluatedKey holds the table key and the index key, and the capacity
 * of the index and of the fetches.
 */
class LocalSecondaryIndexWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;

    /**
     * The LSI.html example's shape: a forum thread table keyed by ForumName and Subject, with
     * LastPostIndex on LastPostDateTime projecting the keys only and FullIndex projecting all.
     */
    private static String table() {
        String name = WireFixture.uniqueTable("Lsi");
        DDB.createTable(b -> b.tableName(name)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("ForumName").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("Subject").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("LastPostDateTime").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("ForumName").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("Subject").keyType(KeyType.RANGE).build())
                .localSecondaryIndexes(
                        LocalSecondaryIndex.builder().indexName("LastPostIndex")
                                .keySchema(KeySchemaElement.builder().attributeName("ForumName").keyType(KeyType.HASH).build(),
                                        KeySchemaElement.builder().attributeName("LastPostDateTime").keyType(KeyType.RANGE).build())
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build(),
                        LocalSecondaryIndex.builder().indexName("FullIndex")
                                .keySchema(KeySchemaElement.builder().attributeName("ForumName").keyType(KeyType.HASH).build(),
                                        KeySchemaElement.builder().attributeName("LastPostDateTime").keyType(KeyType.RANGE).build())
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .tags(Tag.builder().key("dynaspec:partitions").value("4").build()));
        return name;
    }

    private static void put(String table, String forum, String subject, String lastPost) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("ForumName", AttributeValue.fromS(forum));
        item.put("Subject", AttributeValue.fromS(subject));
        item.put("Replies", AttributeValue.fromN("3"));
        if (lastPost != null) {
            item.put("LastPostDateTime", AttributeValue.fromS(lastPost));
        }
        DDB.putItem(b -> b.tableName(table).item(item));
    }

    /** Four threads of forum S3 (one without a post date) and one of forum EC2. */
    private static String filled() {
        String t = table();
        put(t, "S3", "a", "2015-03-02");
        put(t, "S3", "b", "2015-03-01");
        put(t, "S3", "c", null);
        put(t, "S3", "d", "2015-03-02");
        put(t, "EC2", "e", "2015-03-01");
        return t;
    }

    private static QueryResponse query(String table, String index, Consumer<QueryRequest.Builder> more) {
        return DDB.query(b -> {
            b.tableName(table).indexName(index).keyConditionExpression("ForumName = :f")
                    .expressionAttributeValues(Map.of(":f", AttributeValue.fromS("S3")));
            more.accept(b);
        });
    }

    private static List<String> subjects(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("Subject").s()).toList();
    }

    private static String message(Runnable call) {
        return assertThrows(DynamoDbException.class, call::run).awsErrorDetails().errorMessage();
    }

    @Test
    void aQueryReadsTheCollectionInIndexOrderAndSkipsItemsWithoutTheIndexKey() {
        String t = filled();
        // Ties on the index sort key keep the table's sort-key order.
        assertEquals(List.of("b", "a", "d"), subjects(query(t, "LastPostIndex", b -> { }).items()));
        assertEquals(List.of("d", "a", "b"), subjects(query(t, "LastPostIndex", b -> b.scanIndexForward(false)).items()));
        assertEquals(List.of("a", "d"), subjects(query(t, "FullIndex", b -> b.consistentRead(true)
                .keyConditionExpression("ForumName = :f AND LastPostDateTime > :d")
                .expressionAttributeValues(Map.of(":f", AttributeValue.fromS("S3"), ":d", AttributeValue.fromS("2015-03-01"))))
                .items()));
    }

    @Test
    void keysOnlyReturnsTheKeysAndAllAttributesFetchesTheItem() {
        String t = filled();
        Map<String, AttributeValue> projected = query(t, "LastPostIndex", b -> b.select(Select.ALL_PROJECTED_ATTRIBUTES)).items().get(0);
        assertEquals(Map.of("ForumName", AttributeValue.fromS("S3"), "Subject", AttributeValue.fromS("b"),
                "LastPostDateTime", AttributeValue.fromS("2015-03-01")), projected);
        // API_Query.html, Select: without Select or a projection, an index read returns what the index projects.
        assertEquals(projected, query(t, "LastPostIndex", b -> { }).items().get(0));
        Map<String, AttributeValue> whole = query(t, "LastPostIndex", b -> b.select(Select.ALL_ATTRIBUTES)).items().get(0);
        assertEquals(AttributeValue.fromN("3"), whole.get("Replies"), "the item fetched from the table");
        Map<String, AttributeValue> specific = query(t, "LastPostIndex", b -> b.projectionExpression("Replies")).items().get(0);
        assertEquals(Map.of("Replies", AttributeValue.fromN("3")), specific);
    }

    @Test
    void capacityCountsTheIndexEntriesAndEachItemFetched() {
        String t = filled();
        // Three small entries read: one 4 KB unit on the index. Fetching the three items costs one
        // unit each on the table (LSI.html, "Provisioned throughput considerations"). Eventually
        // consistent reads cost half.
        QueryResponse fetched = query(t, "LastPostIndex", b -> b.consistentRead(true).select(Select.ALL_ATTRIBUTES)
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        assertEquals(4.0, fetched.consumedCapacity().capacityUnits());
        assertEquals(3.0, fetched.consumedCapacity().table().capacityUnits());
        assertEquals(1.0, fetched.consumedCapacity().localSecondaryIndexes().get("LastPostIndex").capacityUnits());
        QueryResponse indexOnly = query(t, "LastPostIndex", b -> b.select(Select.ALL_PROJECTED_ATTRIBUTES)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(0.5, indexOnly.consumedCapacity().capacityUnits());
    }

    @Test
    void pagesResumeAfterTheLastEntryEvenAmongEqualIndexKeys() {
        String t = filled();
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = query(t, "LastPostIndex", b -> b.limit(1).exclusiveStartKey(from));
            seen.addAll(subjects(page.items()));
            start = page.lastEvaluatedKey().isEmpty() ? null : page.lastEvaluatedKey();
            if (start != null) {
                assertEquals(java.util.Set.of("ForumName", "Subject", "LastPostDateTime"), start.keySet(),
                        "the table key and the index key");
            }
            pages++;
        } while (start != null);
        assertEquals(List.of("b", "a", "d"), seen);
        assertEquals(4, pages, "the third page ends at Limit and carries a key; the fourth is empty");
    }

    @Test
    void aScanReadsEveryCollectionsEntriesAndPagesThroughThem() {
        String t = filled();
        ScanResponse all = DDB.scan(b -> b.tableName(t).indexName("LastPostIndex").select(Select.ALL_PROJECTED_ATTRIBUTES));
        assertEquals(4, all.count(), "the item without LastPostDateTime is not in the index");
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = DDB.scan(b -> b.tableName(t).indexName("LastPostIndex").limit(1).exclusiveStartKey(from));
            seen.addAll(subjects(page.items()));
            start = page.lastEvaluatedKey().isEmpty() ? null : page.lastEvaluatedKey();
        } while (start != null);
        assertEquals(subjects(all.items()), seen);
    }

    @Test
    void badIndexReadsGetDynamoDbsMessages() {
        String t = filled();
        assertEquals("The table does not have the specified index: Nope", message(() -> query(t, "Nope", b -> { })));
        assertEquals("Query condition missed key schema element: LastPostDateTime",
                message(() -> query(t, "LastPostIndex", b -> b.keyConditionExpression("ForumName = :f AND Subject = :s")
                        .expressionAttributeValues(Map.of(":f", AttributeValue.fromS("S3"), ":s", AttributeValue.fromS("a"))))));
        assertEquals("Filter Expression can only contain non-primary key attributes: Primary key attribute: LastPostDateTime",
                message(() -> query(t, "LastPostIndex", b -> b.filterExpression("LastPostDateTime > :f"))));
        // A table's own key does not resume a read through an index.
        assertEquals("The provided starting key is invalid", message(() -> query(t, "LastPostIndex",
                b -> b.exclusiveStartKey(Map.of("ForumName", AttributeValue.fromS("S3"), "Subject", AttributeValue.fromS("a"))))));
    }
}
