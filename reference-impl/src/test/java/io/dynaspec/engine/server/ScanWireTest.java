package io.dynaspec.engine.server;

import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Scheduler;
import io.dynaspec.engine.cluster.Table;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scan through the AWS SDK (API_Scan.html, Scan.html): the whole table across its partitions,
 * pagination that resumes correctly after writes between pages, parallel scan segments, filters,
 * Select COUNT, projection, consistency and DynamoDB's validation messages.
 */
class ScanWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;

    /** A table keyed by {@code id} (S), sorted by {@code n} (N) when {@code composite}. */
    private static String table(boolean composite, int partitions) {
        String name = WireFixture.uniqueTable("Scan");
        DDB.createTable(b -> {
            b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                    .tags(Tag.builder().key("dynaspec:partitions").value(Integer.toString(partitions)).build());
            if (composite) {
                b.attributeDefinitions(
                                AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build(),
                                AttributeDefinition.builder().attributeName("n").attributeType(ScalarAttributeType.N).build())
                        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("n").keyType(KeyType.RANGE).build());
            } else {
                b.attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build());
            }
        });
        return name;
    }

    private static Map<String, AttributeValue> item(String id, int n) {
        return Map.of("id", AttributeValue.fromS(id), "n", AttributeValue.fromN(Integer.toString(n)));
    }

    /** Composite keys id0..id(ids-1), each with sort keys 0..(perId-1); returns the keys written. */
    private static Set<String> fill(String table, int ids, int perId) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < ids; i++) {
            for (int n = 0; n < perId; n++) {
                DDB.putItem(item(table, "id" + i, n));
                keys.add("id" + i + "/" + n);
            }
        }
        return keys;
    }

    private static software.amazon.awssdk.services.dynamodb.model.PutItemRequest item(String table, String id, int n) {
        return software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder().tableName(table).item(item(id, n)).build();
    }

    private static String keyOf(Map<String, AttributeValue> item) {
        return item.get("id").s() + "/" + item.get("n").n();
    }

    /** Every item of a scan, page by page, as id/n in the order read. */
    private static List<String> scanAll(String table, Consumer<ScanRequest.Builder> options) {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse r = DDB.scan(b -> {
                b.tableName(table).exclusiveStartKey(from);
                options.accept(b);
            });
            r.items().forEach(i -> seen.add(keyOf(i)));
            start = r.lastEvaluatedKey().isEmpty() ? null : r.lastEvaluatedKey();
        } while (start != null);
        return seen;
    }

    private static String message(Runnable call) {
        DynamoDbException e = assertThrows(DynamoDbException.class, call::run);
        assertEquals("ValidationException", e.awsErrorDetails().errorCode(), e.getMessage());
        return e.awsErrorDetails().errorMessage();
    }

    @Test
    void aScanReadsEveryItemOfEveryPartitionOnce() {
        // API_Scan.html: "The Scan operation returns one or more items ... by accessing every item in a table".
        String t = table(true, 8);
        Set<String> written = fill(t, 30, 3);
        ScanResponse r = DDB.scan(b -> b.tableName(t));
        List<String> seen = r.items().stream().map(ScanWireTest::keyOf).toList();
        assertEquals(written.size(), seen.size());
        assertEquals(written, new HashSet<>(seen));
        assertEquals(90, r.count());
        assertEquals(90, r.scannedCount());
        assertTrue(r.lastEvaluatedKey().isEmpty());
    }

    @Test
    void itemsComeInPartitionMapOrderThenBySortKey() {
        // The order is the engine's own choice (API_Scan.html promises none): partition by partition, and
        // an item collection's items together, in sort-key order.
        String t = table(true, 8);
        fill(t, 30, 3);
        Table table = WireFixture.ENGINE.cluster().table(t);
        List<String> seen = scanAll(t, b -> b.limit(7));
        int lastPartition = -1;
        String lastId = null;
        int lastN = -1;
        Set<String> finishedIds = new HashSet<>();
        for (String key : seen) {
            String id = key.substring(0, key.indexOf('/'));
            int n = Integer.parseInt(key.substring(key.indexOf('/') + 1));
            int partition = table.partitionFor(new io.dynaspec.engine.value.PrimaryKey(
                    new io.dynaspec.engine.value.AttributeValue.S(id), null)).index();
            assertTrue(partition >= lastPartition, "partitions in map order");
            if (!id.equals(lastId)) {
                assertTrue(finishedIds.add(id), "a collection is read in one run: " + id);
                lastN = -1;
            }
            assertTrue(n > lastN, "sort-key order within a collection");
            lastPartition = partition;
            lastId = id;
            lastN = n;
        }
        assertEquals(seen, scanAll(t, b -> b.limit(13)), "the same order whatever the page size");
    }

    @Test
    void pagesOfLimitItemsCollectEveryItemExactlyOnce() {
        // Scan.html, "Paginating the results": pass LastEvaluatedKey as ExclusiveStartKey until it is absent.
        for (boolean composite : List.of(true, false)) {
            String t = table(composite, 5);
            Set<String> written = new HashSet<>();
            for (int i = 0; i < 47; i++) {
                DDB.putItem(item(t, "id" + i, composite ? i % 3 : 0));
                written.add("id" + i + "/" + (composite ? i % 3 : 0));
            }
            List<String> seen = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            int pages = 0;
            do {
                Map<String, AttributeValue> from = start;
                ScanResponse r = DDB.scan(b -> b.tableName(t).limit(10).exclusiveStartKey(from));
                assertTrue(r.scannedCount() <= 10);
                r.items().forEach(i -> seen.add(keyOf(i)));
                start = r.lastEvaluatedKey().isEmpty() ? null : r.lastEvaluatedKey();
                if (start != null) {
                    assertEquals(composite ? Set.of("id", "n") : Set.of("id"), start.keySet(), "LastEvaluatedKey is the table's key");
                }
                pages++;
            } while (start != null);
            assertEquals(written.size(), seen.size(), "no item twice");
            assertEquals(written, new HashSet<>(seen));
            assertEquals(5, pages, "47 items in pages of 10");
        }
    }

    @Test
    void aScanResumesCorrectlyAfterWritesBetweenPages() {
        String t = table(true, 4);
        Set<String> written = fill(t, 20, 4);
        ScanResponse first = DDB.scan(b -> b.tableName(t).limit(25));
        List<String> seen = new ArrayList<>();
        first.items().forEach(i -> seen.add(keyOf(i)));
        Map<String, AttributeValue> last = first.lastEvaluatedKey();
        // Between pages: the item the page ended on is deleted, and so is the rest of its collection;
        // other items are added to and removed from collections not yet read.
        String lastId = last.get("id").s();
        for (int n = 0; n < 4; n++) {
            int sortKey = n;
            DDB.deleteItem(b -> b.tableName(t).key(item(lastId, sortKey)));
        }
        Set<String> deleted = new HashSet<>();
        for (int n = 0; n < 4; n++) {
            deleted.add(lastId + "/" + n);
        }
        Set<String> unread = new HashSet<>(written);
        seen.forEach(unread::remove);
        unread.removeAll(deleted);
        String victim = unread.iterator().next();
        DDB.deleteItem(b -> b.tableName(t).key(item(victim.substring(0, victim.indexOf('/')),
                Integer.parseInt(victim.substring(victim.indexOf('/') + 1)))));
        unread.remove(victim);

        Map<String, AttributeValue> start = last;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse r = DDB.scan(b -> b.tableName(t).limit(25).exclusiveStartKey(from));
            r.items().forEach(i -> seen.add(keyOf(i)));
            start = r.lastEvaluatedKey().isEmpty() ? null : r.lastEvaluatedKey();
        } while (start != null);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no item read twice");
        assertTrue(seen.containsAll(unread), "every item that stayed was read");
        assertFalse(seen.contains(victim), "a deleted item ahead of the scan is not read");
    }

    // Parallel scan (Scan.html, "Parallel scan"; API_Scan.html, "Segment", "TotalSegments").

    @Test
    void segmentsAreDisjointAndTogetherCoverTheTable() {
        String t = table(true, 3);
        Set<String> written = fill(t, 60, 2);
        List<String> all = new ArrayList<>();
        for (int segment = 0; segment < 4; segment++) {
            int s = segment;
            List<String> part = scanAll(t, b -> b.segment(s).totalSegments(4).limit(7));
            assertFalse(part.isEmpty(), "120 items spread over every segment");
            all.addAll(part);
        }
        assertEquals(written.size(), all.size(), "no item in two segments");
        assertEquals(written, new HashSet<>(all));
        // One segment of one is the whole table.
        assertEquals(new HashSet<>(scanAll(t, b -> { })), new HashSet<>(scanAll(t, b -> b.segment(0).totalSegments(1))));
    }

    @Test
    void segmentParametersAreChecked() {
        String t = table(false, 2);
        assertEquals("The TotalSegments parameter is required but was not present in the request when Segment parameter is present",
                message(() -> DDB.scan(b -> b.tableName(t).segment(1))));
        assertEquals("The Segment parameter is required but was not present in the request when parameter TotalSegments is present",
                message(() -> DDB.scan(b -> b.tableName(t).totalSegments(2))));
        assertEquals("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 2 is not less than TotalSegments: 2",
                message(() -> DDB.scan(b -> b.tableName(t).segment(2).totalSegments(2))));
        assertEquals("1 validation error detected: Value '0' at 'totalSegments' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1",
                message(() -> DDB.scan(b -> b.tableName(t).segment(0).totalSegments(0))));
        assertEquals("1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 1000000",
                message(() -> DDB.scan(b -> b.tableName(t).segment(0).totalSegments(1_000_001))));
    }

    @Test
    void aStartKeyFromAnotherSegmentIsRefused() {
        // API_Scan.html, "Segment": "The value of LastEvaluatedKey returned from a parallel Scan request must
        // be used as ExclusiveStartKey with the same segment ID in a subsequent Scan operation."
        String t = table(false, 2);
        for (int i = 0; i < 40; i++) {
            String id = "id" + i;
            DDB.putItem(b -> b.tableName(t).item(Map.of("id", AttributeValue.fromS(id))));
        }
        ScanResponse r = DDB.scan(b -> b.tableName(t).segment(0).totalSegments(2).limit(1));
        Map<String, AttributeValue> fromSegment0 = r.lastEvaluatedKey();
        assertFalse(fromSegment0.isEmpty());
        assertEquals("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. "
                        + "TotalSegments: 2 Segment: 1",
                message(() -> DDB.scan(b -> b.tableName(t).segment(1).totalSegments(2).exclusiveStartKey(fromSegment0))));
        assertEquals("The provided starting key is invalid: The provided key element does not match the schema",
                message(() -> DDB.scan(b -> b.tableName(t).exclusiveStartKey(Map.of("nope", AttributeValue.fromS("x"))))));
    }

    // Filters, counts, projection and capacity (Scan.html, "Filter expressions for scan", "Counting the items").

    @Test
    void limitCountsItemsReadBeforeTheFilter() {
        String t = table(true, 1);
        for (int n = 0; n < 10; n++) {
            DDB.putItem(item(t, "a", n));
        }
        ScanResponse r = DDB.scan(b -> b.tableName(t).filterExpression("n >= :five")
                .expressionAttributeValues(Map.of(":five", AttributeValue.fromN("5"))).limit(7));
        // One collection, read in sort-key order: items 0..6 are read, 5 and 6 match.
        assertEquals(7, r.scannedCount());
        assertEquals(2, r.count());
        assertEquals(List.of("a/5", "a/6"), r.items().stream().map(ScanWireTest::keyOf).toList());
        ScanResponse count = DDB.scan(b -> b.tableName(t).filterExpression("n >= :five")
                .expressionAttributeValues(Map.of(":five", AttributeValue.fromN("5"))).select(Select.COUNT));
        assertFalse(count.hasItems(), "COUNT returns no Items");
        assertEquals(5, count.count());
        assertEquals(10, count.scannedCount());
    }

    @Test
    void projectionAndItsConflictsWithSelect() {
        String t = table(true, 2);
        DDB.putItem(b -> b.tableName(t).item(Map.of("id", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1"),
                "colour", AttributeValue.fromS("red"), "size", AttributeValue.fromN("3"))));
        ScanResponse r = DDB.scan(b -> b.tableName(t).projectionExpression("colour"));
        assertEquals(List.of(Map.of("colour", AttributeValue.fromS("red"))), r.items());
        assertEquals("Cannot specify the ProjectionExpression when choosing to get only the Count",
                message(() -> DDB.scan(b -> b.tableName(t).projectionExpression("colour").select(Select.COUNT))));
        assertEquals("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
                message(() -> DDB.scan(b -> b.tableName(t).select(Select.ALL_PROJECTED_ATTRIBUTES))));
        assertEquals("ExpressionAttributeValues can only be specified when using expressions: FilterExpression is null",
                message(() -> DDB.scan(b -> b.tableName(t).expressionAttributeValues(Map.of(":v", AttributeValue.fromS("x"))))));
        assertEquals("Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: size",
                message(() -> DDB.scan(b -> b.tableName(t).filterExpression("attribute_exists(size)"))));
    }

    @Test
    void aScanCostsTheTotalSizeReadRoundedUpOnce() {
        // read-write-operations.html: Scan consumes read units for the total size of the items read, rounded
        // up to 4 KB, halved when eventually consistent. Each item: "id"+"k" (3) + "n"+1 (1 + 2) +
        // "data" (4) + 990 bytes = 1,000 (a one-digit number is stored in 2 bytes: CapacityUnitCalculations.html
        // counts a number's significant digits, two per byte, plus one). Nine items are 9,000 bytes: 3 units.
        String t = table(true, 3);
        for (int n = 1; n <= 9; n++) {
            int sortKey = n;
            DDB.putItem(b -> b.tableName(t).item(Map.of("id", AttributeValue.fromS("k"), "n", AttributeValue.fromN(Integer.toString(sortKey)),
                    "data", AttributeValue.fromS("x".repeat(990)))));
        }
        ScanResponse strong = DDB.scan(b -> b.tableName(t).consistentRead(true).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(9, strong.count());
        assertEquals(3.0, strong.consumedCapacity().capacityUnits());
        ScanResponse eventual = DDB.scan(b -> b.tableName(t).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(1.5, eventual.consumedCapacity().capacityUnits());
    }

    // Consistency (API_Scan.html, "ConsistentRead": with true, "all of the write operations that completed
    // before the Scan began are guaranteed to be contained in the Scan response").

    @Test
    void aStronglyConsistentScanShowsOnlyAcknowledgedWrites() throws Exception {
        String t = table(false, 1);
        DDB.putItem(b -> b.tableName(t).item(Map.of("id", AttributeValue.fromS("kept"))));
        DDB.putItem(b -> b.tableName(t).item(Map.of("id", AttributeValue.fromS("doomed"))));
        Scheduler scheduler = WireFixture.ENGINE.cluster().scheduler();
        scheduler.hold(AvailabilityZone.B);
        scheduler.hold(AvailabilityZone.C);
        CompletableFuture<Void> writes;
        try {
            CompletableFuture<Void> create = CompletableFuture.runAsync(() ->
                    DDB.putItem(b -> b.tableName(t).item(Map.of("id", AttributeValue.fromS("fresh")))));
            CompletableFuture<Void> delete = CompletableFuture.runAsync(() ->
                    DDB.deleteItem(b -> b.tableName(t).key(Map.of("id", AttributeValue.fromS("doomed")))));
            QueryWireTest.awaitPendingEntries(t, 2);
            ScanResponse during = DDB.scan(b -> b.tableName(t).consistentRead(true));
            assertEquals(Set.of("kept", "doomed"), ids(during), "the pending create and delete do not show");
            writes = CompletableFuture.allOf(create, delete);
        } finally {
            scheduler.release(AvailabilityZone.B);
            scheduler.release(AvailabilityZone.C);
        }
        writes.get(10, TimeUnit.SECONDS);
        assertEquals(Set.of("kept", "fresh"), ids(DDB.scan(b -> b.tableName(t).consistentRead(true))));
    }

    private static Set<String> ids(ScanResponse r) {
        Set<String> ids = new HashSet<>();
        r.items().forEach(i -> ids.add(i.get("id").s()));
        return ids;
    }

    @Test
    void anEmptyTableScansToNothing() {
        String t = table(true, 4);
        ScanResponse r = DDB.scan(b -> b.tableName(t));
        assertEquals(0, r.count());
        assertTrue(r.items().isEmpty());
        assertTrue(r.lastEvaluatedKey().isEmpty());
    }

    /**
     * Which of two problems a scan reports, in DynamoDB's order as dynalite's suite records it:
     * the mix of parameters, then the ScanFilter's values and each condition's values, then the
     * starting key's values, then the segments, then the placeholder maps.
     */
    @Test
    void problemsAreReportedInDynamoDbsOrder() {
        AttributeValue empty = AttributeValue.builder().build();
        Map<String, AttributeValue> emptyStart = Map.of("a", empty);
        assertEquals("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {ScanFilter} Expression parameters: {FilterExpression}",
                message(() -> DDB.scan(b -> b.tableName("abc").filterExpression("a = b").exclusiveStartKey(emptyStart)
                        .scanFilter(Map.of("a", Condition.builder().comparisonOperator("EQ").attributeValueList(empty).build())))));
        assertEquals("One or more parameter values were invalid: ComparisonOperator LT is not valid for BOOL AttributeValue type",
                message(() -> DDB.scan(b -> b.tableName("abc").segment(1).exclusiveStartKey(emptyStart)
                        .scanFilter(Map.of("a", Condition.builder().comparisonOperator("LT")
                                .attributeValueList(AttributeValue.fromBool(true)).build())))));
        assertEquals("One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator",
                message(() -> DDB.scan(b -> b.tableName("abc").segment(1).exclusiveStartKey(emptyStart)
                        .scanFilter(Map.of("a", Condition.builder().comparisonOperator("EQ").build())))));
        assertEquals("The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
                message(() -> DDB.scan(b -> b.tableName("abc").segment(1).exclusiveStartKey(emptyStart))));
        assertEquals("The TotalSegments parameter is required but was not present in the request when Segment parameter is present",
                message(() -> DDB.scan(b -> b.tableName("abc").segment(1).filterExpression("")
                        .expressionAttributeNames(Map.of()).expressionAttributeValues(Map.of()))));
    }

    /** A starting key's number and duplicate faults keep their own wording; an empty set's is prefixed. */
    @Test
    void aStartKeyValueFaultIsWordedAsDynamoDbWordsIt() {
        assertEquals("Input collection contains duplicates",
                message(() -> DDB.scan(b -> b.tableName("abc").exclusiveStartKey(Map.of("a", AttributeValue.fromNs(List.of("1", "1")))))));
        assertEquals("One or more parameter values were invalid: Input collection [a, a] contains duplicates.",
                message(() -> DDB.scan(b -> b.tableName("abc").exclusiveStartKey(Map.of("a", AttributeValue.fromSs(List.of("a", "a")))))));
        assertEquals("The provided starting key is invalid: One or more parameter values were invalid: Binary sets should not be empty",
                message(() -> DDB.scan(b -> b.tableName("abc").exclusiveStartKey(Map.of("a", AttributeValue.fromBs(List.of()))))));
        assertEquals("Number overflow. Attempting to store a number with magnitude larger than supported range",
                message(() -> DDB.scan(b -> b.tableName("abc").exclusiveStartKey(Map.of("a", AttributeValue.fromN("1e126"))))));
    }

    /** A filter reads a key attribute only whole (dynalite's suite records of live DynamoDB). */
    @Test
    void aFilterMayNotReachIntoAKeyAttribute() {
        String t = table(false, 1);
        assertEquals("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: id",
                message(() -> DDB.scan(b -> b.tableName(t).filterExpression("attribute_exists(#a[0])").expressionAttributeNames(Map.of("#a", "id")))));
        assertEquals(0, DDB.scan(b -> b.tableName(t).filterExpression("attribute_exists(#a)").expressionAttributeNames(Map.of("#a", "id"))).count());
    }
}
