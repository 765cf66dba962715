package io.dynaspec.engine.server;

import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Scheduler;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Query through the AWS SDK (API_Query.html): one partition key's items in sort-key order, the
 * key condition operators, pagination, filters, projections, Select, capacity, consistency and
 * DynamoDB's validation messages. Expected orders and sizes are worked out from the rules the
 * cited pages state, never taken from the engine.
 */
class QueryWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;

    /** A table keyed by {@code pk} (S) and {@code sk} of the given type, with the given number of partitions. */
    private static String table(ScalarAttributeType sortType, int partitions) {
        String name = WireFixture.uniqueTable("Query");
        DDB.createTable(b -> b.tableName(name)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(sortType).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .tags(Tag.builder().key("dynaspec:partitions").value(Integer.toString(partitions)).build()));
        return name;
    }

    private static String table(ScalarAttributeType sortType) {
        return table(sortType, 4);
    }

    private static void put(String table, String pk, AttributeValue sk, Map<String, AttributeValue> more) {
        Map<String, AttributeValue> item = new HashMap<>(more);
        item.put("pk", AttributeValue.fromS(pk));
        item.put("sk", sk);
        DDB.putItem(b -> b.tableName(table).item(item));
    }

    private static void put(String table, String pk, AttributeValue sk) {
        put(table, pk, sk, Map.of());
    }

    private static QueryResponse query(String table, String condition, Map<String, AttributeValue> values,
                                       Consumer<QueryRequest.Builder> more) {
        return DDB.query(b -> {
            b.tableName(table).keyConditionExpression(condition).expressionAttributeValues(values);
            more.accept(b);
        });
    }

    private static List<AttributeValue> sortKeys(QueryResponse r) {
        return r.items().stream().map(i -> i.get("sk")).toList();
    }

    private static List<AttributeValue> strings(String... values) {
        return java.util.Arrays.stream(values).map(AttributeValue::fromS).toList();
    }

    private static List<AttributeValue> numbers(String... values) {
        return java.util.Arrays.stream(values).map(AttributeValue::fromN).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> r = new ArrayList<>(list);
        java.util.Collections.reverse(r);
        return r;
    }

    private static AttributeValue bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return AttributeValue.fromB(SdkBytes.fromByteArray(b));
    }

    private static String message(Runnable call) {
        DynamoDbException e = assertThrows(DynamoDbException.class, call::run);
        assertEquals("ValidationException", e.awsErrorDetails().errorCode(), e.getMessage());
        return e.awsErrorDetails().errorMessage();
    }

    private static final Map<String, AttributeValue> A = Map.of(":a", AttributeValue.fromS("A"));

    // Sort order (API_Query.html, "ScanIndexForward": numeric order for numbers, UTF-8 bytes otherwise;
    // HowItWorks.NamingRulesDataTypes.html: binary compared as unsigned bytes).

    /** A range of sort keys in an item collection that holds nothing is an empty page, for every sort key type. */
    @Test
    void aSortKeyRangeOnAnAbsentPartitionKeyFindsNothing() {
        for (ScalarAttributeType type : List.of(ScalarAttributeType.N, ScalarAttributeType.S, ScalarAttributeType.B)) {
            String t = table(type);
            AttributeValue bound = type == ScalarAttributeType.N ? AttributeValue.fromN("1")
                    : type == ScalarAttributeType.S ? AttributeValue.fromS("a") : bytes(1);
            for (String condition : List.of("pk = :a AND sk >= :b", "pk = :a AND sk BETWEEN :b AND :b", "pk = :a AND sk < :b")) {
                QueryResponse r = query(t, condition, Map.of(":a", AttributeValue.fromS("never-written"), ":b", bound), b -> b.consistentRead(true));
                assertEquals(0, r.count(), condition);
                assertEquals(List.of(), r.items());
            }
        }
    }

    /** HowItWorks.NamingRulesDataTypes.html: a key attribute's value is never an empty string. */
    @Test
    void anEmptyPartitionKeyValueIsAValidationError() {
        String t = table(ScalarAttributeType.N);
        String m = message(() -> query(t, "pk = :a AND sk >= :b",
                Map.of(":a", AttributeValue.fromS(""), ":b", AttributeValue.fromN("1")), b -> b.consistentRead(true)));
        assertTrue(m.contains("cannot contain an empty string value"), m);
    }

    @Test
    void stringSortKeysComeBackInUtf8ByteOrder() {
        String t = table(ScalarAttributeType.S);
        // UTF-8 byte order is code point order: digits < capitals < lower case < é (C3 A9) <
        // U+FFFD (EF BF BD) < U+1D11E (F0 9D 84 9E). UTF-16 order would put U+1D11E, a surrogate
        // pair starting D834, before U+FFFD.
        List<String> written = List.of("\uD834\uDD1E", "banana", "\uFFFD", "Zebra", "apple", "10", "9", "é", "a");
        for (String s : written) {
            put(t, "A", AttributeValue.fromS(s));
        }
        assertEquals(strings("10", "9", "Zebra", "a", "apple", "banana", "é", "\uFFFD", "\uD834\uDD1E"),
                sortKeys(query(t, "pk = :a", A, b -> { })));
    }

    @Test
    void numberSortKeysComeBackInNumericOrder() {
        String t = table(ScalarAttributeType.N);
        for (String n : List.of("10", "-2.5", "1E+2", "0", "2", "-10", "0.001")) {
            put(t, "A", AttributeValue.fromN(n));
        }
        List<AttributeValue> got = sortKeys(query(t, "pk = :a", A, b -> { }));
        assertEquals(List.of(-10.0, -2.5, 0.0, 0.001, 2.0, 10.0, 100.0),
                got.stream().map(v -> Double.parseDouble(v.n())).toList());
    }

    @Test
    void binarySortKeysComeBackInUnsignedByteOrder() {
        String t = table(ScalarAttributeType.B);
        // 0xff is -1 as a signed byte: unsigned order puts it last.
        for (AttributeValue b : List.of(bytes(0xff), bytes(0x80), bytes(0x01), bytes(0x7f), bytes(0x01, 0x00))) {
            put(t, "A", b);
        }
        assertEquals(List.of(bytes(0x01), bytes(0x01, 0x00), bytes(0x7f), bytes(0x80), bytes(0xff)),
                sortKeys(query(t, "pk = :a", A, b -> { })));
    }

    @Test
    void scanIndexForwardFalseReturnsDescendingOrder() {
        String t = table(ScalarAttributeType.N);
        for (String n : List.of("1", "10", "2")) {
            put(t, "A", AttributeValue.fromN(n));
        }
        assertEquals(numbers("10", "2", "1"), sortKeys(query(t, "pk = :a", A, b -> b.scanIndexForward(false))));
    }

    @Test
    void onlyTheItemsOfThePartitionKeyAreReturned() {
        // Query.html: "Query ... returns all items with that partition key value."
        String t = table(ScalarAttributeType.N);
        put(t, "A", AttributeValue.fromN("1"));
        put(t, "B", AttributeValue.fromN("1"));
        put(t, "A", AttributeValue.fromN("2"));
        QueryResponse r = query(t, "pk = :a", A, b -> { });
        assertEquals(numbers("1", "2"), sortKeys(r));
        assertEquals(2, r.count());
        assertEquals(2, r.scannedCount());
        assertTrue(r.lastEvaluatedKey().isEmpty(), "the whole collection was read");
        assertEquals(0, query(t, "pk = :n", Map.of(":n", AttributeValue.fromS("nobody")), b -> { }).count());
    }

    // Key condition operators (Query.KeyConditionExpressions.html).

    @Test
    void everySortKeyOperatorSelectsItsRange() {
        String t = table(ScalarAttributeType.N);
        for (int i = 1; i <= 6; i++) {
            put(t, "A", AttributeValue.fromN(Integer.toString(i)));
        }
        Map<String, AttributeValue> v = Map.of(":a", AttributeValue.fromS("A"), ":x", AttributeValue.fromN("3"),
                ":y", AttributeValue.fromN("5"));
        Map<String, AttributeValue> one = Map.of(":a", AttributeValue.fromS("A"), ":x", AttributeValue.fromN("3"));
        assertEquals(numbers("3"), sortKeys(query(t, "pk = :a AND sk = :x", one, b -> { })));
        assertEquals(numbers("1", "2"), sortKeys(query(t, "pk = :a AND sk < :x", one, b -> { })));
        assertEquals(numbers("1", "2", "3"), sortKeys(query(t, "pk = :a AND sk <= :x", one, b -> { })));
        assertEquals(numbers("4", "5", "6"), sortKeys(query(t, "pk = :a AND sk > :x", one, b -> { })));
        assertEquals(numbers("3", "4", "5", "6"), sortKeys(query(t, "pk = :a AND sk >= :x", one, b -> { })));
        assertEquals(numbers("3", "4", "5"), sortKeys(query(t, "pk = :a AND sk BETWEEN :x AND :y", v, b -> { })));
        // The value may come first: ":x < sk" is "sk > :x"; the conditions may come in either order.
        assertEquals(numbers("4", "5", "6"), sortKeys(query(t, ":x < sk AND pk = :a", one, b -> { })));
        assertEquals(numbers("5", "4", "3"),
                sortKeys(query(t, "pk = :a AND sk BETWEEN :x AND :y", v, b -> b.scanIndexForward(false))));
    }

    @Test
    void beginsWithSelectsThePrefixInBothDirections() {
        String t = table(ScalarAttributeType.S);
        for (String s : List.of("a", "ab", "abc", "abd", "ac", "b", "ab\uD834\uDD1E", "aa")) {
            put(t, "A", AttributeValue.fromS(s));
        }
        Map<String, AttributeValue> v = Map.of(":a", AttributeValue.fromS("A"), ":p", AttributeValue.fromS("ab"));
        List<AttributeValue> forward = strings("ab", "abc", "abd", "ab\uD834\uDD1E");
        assertEquals(forward, sortKeys(query(t, "pk = :a AND begins_with(sk, :p)", v, b -> { })));
        assertEquals(reversed(forward), sortKeys(query(t, "pk = :a AND begins_with(sk, :p)", v, b -> b.scanIndexForward(false))));
    }

    @Test
    void beginsWithOnBinarySortKeysComparesBytes() {
        String t = table(ScalarAttributeType.B);
        for (AttributeValue b : List.of(bytes(0x01), bytes(0x01, 0xff), bytes(0x01, 0xff, 0x00), bytes(0x02), bytes(0x01, 0x00))) {
            put(t, "A", b);
        }
        Map<String, AttributeValue> v = Map.of(":a", AttributeValue.fromS("A"), ":p", bytes(0x01, 0xff));
        assertEquals(List.of(bytes(0x01, 0xff, 0x00), bytes(0x01, 0xff)),
                sortKeys(query(t, "pk = :a AND begins_with(sk, :p)", v, b -> b.scanIndexForward(false))));
    }

    @Test
    void namesPlaceholdersStandForKeyAttributes() {
        String t = table(ScalarAttributeType.N);
        put(t, "A", AttributeValue.fromN("1"));
        QueryResponse r = DDB.query(b -> b.tableName(t).keyConditionExpression("#p = :a AND #s >= :one")
                .expressionAttributeNames(Map.of("#p", "pk", "#s", "sk"))
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("A"), ":one", AttributeValue.fromN("1"))));
        assertEquals(1, r.count());
    }

    @Test
    void legacyKeyConditionsSelectTheSameRange() {
        // LegacyConditionalParameters.KeyConditions.html: EQ on the partition key, one operator on the sort key.
        String t = table(ScalarAttributeType.N);
        for (int i = 1; i <= 4; i++) {
            put(t, "A", AttributeValue.fromN(Integer.toString(i)));
        }
        QueryResponse r = DDB.query(b -> b.tableName(t).keyConditions(Map.of(
                "pk", Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(AttributeValue.fromS("A")).build(),
                "sk", Condition.builder().comparisonOperator(ComparisonOperator.GT).attributeValueList(AttributeValue.fromN("2")).build())));
        assertEquals(numbers("3", "4"), sortKeys(r));
    }

    // Pagination (Query.Pagination.html).

    @Test
    void limitPagesThroughEveryItemExactlyOnceInBothDirections() {
        String t = table(ScalarAttributeType.N);
        List<AttributeValue> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            put(t, "A", AttributeValue.fromN(Integer.toString(i)));
            all.add(AttributeValue.fromN(Integer.toString(i)));
        }
        for (boolean forward : List.of(true, false)) {
            List<AttributeValue> seen = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            int pages = 0;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse r = query(t, "pk = :a", A, b -> b.limit(5).scanIndexForward(forward).exclusiveStartKey(from));
                assertTrue(r.count() <= 5);
                seen.addAll(sortKeys(r));
                start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
                if (start != null) {
                    assertEquals(Set.of("pk", "sk"), start.keySet(), "LastEvaluatedKey is the table's key");
                    assertEquals(seen.get(seen.size() - 1), start.get("sk"), "the last item read");
                }
                pages++;
            } while (start != null);
            assertEquals(forward ? all : reversed(all), seen);
            assertEquals(5, pages, "23 items in pages of 5");
        }
    }

    @Test
    void aPageThatEndsAtLimitCarriesLastEvaluatedKeyEvenWhenNothingFollows() {
        // Query.Pagination.html: "If LastEvaluatedKey is not empty, it does not necessarily mean that
        // there is more data in the result set."
        String t = table(ScalarAttributeType.N);
        for (int i = 1; i <= 3; i++) {
            put(t, "A", AttributeValue.fromN(Integer.toString(i)));
        }
        QueryResponse first = query(t, "pk = :a", A, b -> b.limit(3));
        assertEquals(3, first.count());
        assertEquals(AttributeValue.fromN("3"), first.lastEvaluatedKey().get("sk"));
        QueryResponse next = query(t, "pk = :a", A, b -> b.limit(3).exclusiveStartKey(first.lastEvaluatedKey()));
        assertEquals(0, next.count());
        assertTrue(next.lastEvaluatedKey().isEmpty(), "the read reached the end");
    }

    @Test
    void aPageEndsOnceTheItemsReadExceedOneMegabyte() {
        // API_Scan.html / Query.Pagination.html: a page ends once the items read exceed 1 MB. Each item
        // is 256 KiB: "pk" + "A" (3) + "sk" + "kN" (4) + "data" (4) + 262,133 bytes = 262,144. Four
        // items are exactly 1 MB, which does not exceed it; the fifth does.
        String t = table(ScalarAttributeType.S);
        String data = "x".repeat(262_144 - 11);
        for (int i = 0; i < 7; i++) {
            put(t, "A", AttributeValue.fromS("k" + i), Map.of("data", AttributeValue.fromS(data)));
        }
        QueryResponse first = query(t, "pk = :a", A, b -> b.consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(5, first.scannedCount());
        assertEquals(AttributeValue.fromS("k4"), first.lastEvaluatedKey().get("sk"));
        // 5 x 262,144 bytes = 1,310,720 bytes = 320 x 4 KB, strongly consistent.
        assertEquals(320.0, first.consumedCapacity().capacityUnits());
        QueryResponse rest = query(t, "pk = :a", A, b -> b.exclusiveStartKey(first.lastEvaluatedKey()));
        assertEquals(strings("k5", "k6"), sortKeys(rest));
        assertTrue(rest.lastEvaluatedKey().isEmpty());
    }

    @Test
    void exclusiveStartKeyMustLieInsideTheQuery() {
        String t = table(ScalarAttributeType.N);
        Map<String, AttributeValue> v = Map.of(":a", AttributeValue.fromS("A"), ":x", AttributeValue.fromN("3"));
        Map<String, AttributeValue> outsideRange = Map.of("pk", AttributeValue.fromS("A"), "sk", AttributeValue.fromN("1"));
        assertEquals("The provided starting key does not match the range key predicate",
                message(() -> query(t, "pk = :a AND sk > :x", v, b -> b.exclusiveStartKey(outsideRange))));
        Map<String, AttributeValue> otherKey = Map.of("pk", AttributeValue.fromS("B"), "sk", AttributeValue.fromN("1"));
        assertEquals("The provided starting key is outside query boundaries based on provided conditions",
                message(() -> query(t, "pk = :a", A, b -> b.exclusiveStartKey(otherKey))));
        Map<String, AttributeValue> partial = Map.of("pk", AttributeValue.fromS("A"));
        // A key without the sort key does not name the table's key: dynalite's suite records
        // DynamoDB's Query answering without detail ("should return ValidationException if range
        // in ExclusiveStartKey is invalid").
        assertEquals("The provided starting key is invalid",
                message(() -> query(t, "pk = :a", A, b -> b.exclusiveStartKey(partial))));
    }

    // Filters, counts and projections (Query.FilterExpression.html, Query.Other.html).

    @Test
    void limitCountsItemsReadBeforeTheFilter() {
        // Query.Other.html: with Limit 6 and a filter, "DynamoDB reads up to six items, and then returns
        // only those that match the filter expression". ScannedCount counts what was read, Count what matched.
        String t = table(ScalarAttributeType.N);
        for (int i = 1; i <= 10; i++) {
            put(t, "A", AttributeValue.fromN(Integer.toString(i)), Map.of("even", AttributeValue.fromBool(i % 2 == 0)));
        }
        Map<String, AttributeValue> v = Map.of(":a", AttributeValue.fromS("A"), ":t", AttributeValue.fromBool(true));
        QueryResponse r = DDB.query(b -> b.tableName(t).keyConditionExpression("pk = :a").filterExpression("even = :t")
                .expressionAttributeValues(v).limit(6));
        assertEquals(6, r.scannedCount());
        assertEquals(3, r.count());
        assertEquals(numbers("2", "4", "6"), sortKeys(r));
        assertEquals(AttributeValue.fromN("6"), r.lastEvaluatedKey().get("sk"));
        QueryResponse all = DDB.query(b -> b.tableName(t).keyConditionExpression("pk = :a").filterExpression("even = :t")
                .expressionAttributeValues(v));
        assertEquals(10, all.scannedCount());
        assertEquals(5, all.count());
    }

    @Test
    void selectCountReturnsCountsWithoutItems() {
        String t = table(ScalarAttributeType.N);
        for (int i = 1; i <= 4; i++) {
            put(t, "A", AttributeValue.fromN(Integer.toString(i)), Map.of("n", AttributeValue.fromN(Integer.toString(i))));
        }
        QueryResponse r = DDB.query(b -> b.tableName(t).keyConditionExpression("pk = :a").filterExpression("n > :two")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("A"), ":two", AttributeValue.fromN("2")))
                .select(Select.COUNT));
        assertFalse(r.hasItems(), "COUNT returns no Items");
        assertEquals(2, r.count());
        assertEquals(4, r.scannedCount());
    }

    @Test
    void projectionReturnsOnlyTheNamedAttributes() {
        String t = table(ScalarAttributeType.N);
        put(t, "A", AttributeValue.fromN("1"), Map.of("name", AttributeValue.fromS("one"), "other", AttributeValue.fromS("x"),
                "m", AttributeValue.fromM(Map.of("in", AttributeValue.fromN("7"), "out", AttributeValue.fromN("8")))));
        QueryResponse r = DDB.query(b -> b.tableName(t).keyConditionExpression("pk = :a").expressionAttributeValues(A)
                .projectionExpression("#n, m.#i").expressionAttributeNames(Map.of("#n", "name", "#i", "in")));
        assertEquals(List.of(Map.of("name", AttributeValue.fromS("one"),
                "m", AttributeValue.fromM(Map.of("in", AttributeValue.fromN("7"))))), r.items());
        QueryResponse legacy = DDB.query(b -> b.tableName(t).keyConditions(Map.of("pk", Condition.builder()
                .comparisonOperator(ComparisonOperator.EQ).attributeValueList(AttributeValue.fromS("A")).build()))
                .attributesToGet("other", "absent"));
        assertEquals(List.of(Map.of("other", AttributeValue.fromS("x"))), legacy.items());
    }

    @Test
    void aQueryCostsTheTotalSizeReadRoundedUpOnce() {
        // read-write-operations.html: a Query's items are one read, the sum of their sizes rounded up to
        // 4 KB; half for an eventually consistent read. Each item: "pk"+"A" (3) + "sk"+"kN" (4) +
        // "data" (4) + 1,489 bytes = 1,500; three are 4,500 bytes: 2 units, where item by item would be 3.
        String t = table(ScalarAttributeType.S);
        for (int i = 0; i < 3; i++) {
            put(t, "A", AttributeValue.fromS("k" + i), Map.of("data", AttributeValue.fromS("x".repeat(1_489))));
        }
        QueryResponse strong = query(t, "pk = :a", A, b -> b.consistentRead(true).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(t, strong.consumedCapacity().tableName());
        assertEquals(2.0, strong.consumedCapacity().capacityUnits());
        QueryResponse eventual = query(t, "pk = :a", A, b -> b.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(1.0, eventual.consumedCapacity().capacityUnits());
        // The filter does not lower the cost: capacity counts what was read.
        QueryResponse filtered = DDB.query(b -> b.tableName(t).keyConditionExpression("pk = :a").filterExpression("attribute_not_exists(#d)")
                .expressionAttributeNames(Map.of("#d", "data")).expressionAttributeValues(A).consistentRead(true).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(0, filtered.count());
        assertEquals(2.0, filtered.consumedCapacity().capacityUnits());
        assertNull(query(t, "pk = :a", A, b -> { }).consumedCapacity(), "not asked, not returned");
    }

    // Consistency (HowItWorks.ReadConsistency.html: a strongly consistent read "returns a result that
    // reflects all writes that received a successful response prior to the read").

    @Test
    void aStronglyConsistentQueryDoesNotSeeAWriteWaitingForItsQuorum() throws Exception {
        String t = table(ScalarAttributeType.N, 1);
        put(t, "A", AttributeValue.fromN("1"), Map.of("v", AttributeValue.fromS("committed")));
        put(t, "A", AttributeValue.fromN("2"));
        Scheduler scheduler = WireFixture.ENGINE.cluster().scheduler();
        // Both followers stop receiving: the next writes reach only the leader and wait for their quorum.
        scheduler.hold(AvailabilityZone.B);
        scheduler.hold(AvailabilityZone.C);
        CompletableFuture<Void> writes;
        try {
            writes = CompletableFuture.runAsync(() -> {
                put(t, "A", AttributeValue.fromN("1"), Map.of("v", AttributeValue.fromS("pending")));
                put(t, "A", AttributeValue.fromN("3"));
            });
            CompletableFuture<Void> delete = CompletableFuture.runAsync(() -> DDB.deleteItem(b -> b.tableName(t)
                    .key(Map.of("pk", AttributeValue.fromS("A"), "sk", AttributeValue.fromN("2")))));
            awaitPendingEntries(t, 2);
            assertFalse(writes.isDone(), "the write waits for its quorum");
            QueryResponse r = query(t, "pk = :a", A, b -> b.consistentRead(true));
            assertEquals(numbers("1", "2"), sortKeys(r), "neither the pending delete of 2 nor anything else pending shows");
            assertEquals(AttributeValue.fromS("committed"), r.items().get(0).get("v"));
            writes = CompletableFuture.allOf(writes, delete);
        } finally {
            scheduler.release(AvailabilityZone.B);
            scheduler.release(AvailabilityZone.C);
        }
        writes.get(10, TimeUnit.SECONDS);
        QueryResponse after = query(t, "pk = :a", A, b -> b.consistentRead(true));
        assertEquals(numbers("1", "3"), sortKeys(after), "once acknowledged, every write shows");
        assertEquals(AttributeValue.fromS("pending"), after.items().get(0).get("v"));
    }

    /** Waits until the table's only partition holds {@code n} entries past its commit point. */
    static void awaitPendingEntries(String table, int n) throws InterruptedException {
        var group = WireFixture.ENGINE.cluster().table(table).partitions().get(0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            long acknowledged = group.status().replicas().stream()
                    .filter(r -> r.zone() != AvailabilityZone.A).mapToLong(r -> r.applied()).max().orElse(0);
            if (group.logLength() - acknowledged >= n) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the writes never reached the leader");
    }

    // A table of many partitions: a Query reads the one partition the partition map names.

    @Test
    void onAManyPartitionTableEachQueryFindsItsOwnKeysItems() {
        String t = table(ScalarAttributeType.N, 16);
        for (int k = 0; k < 40; k++) {
            for (int i = 0; i < 3; i++) {
                put(t, "key" + k, AttributeValue.fromN(Integer.toString(i)), Map.of("k", AttributeValue.fromN(Integer.toString(k))));
            }
        }
        Set<Integer> partitionsUsed = new HashSet<>();
        var table = WireFixture.ENGINE.cluster().table(t);
        for (int k = 0; k < 40; k++) {
            String key = "key" + k;
            QueryResponse r = query(t, "pk = :k", Map.of(":k", AttributeValue.fromS(key)), b -> b.consistentRead(true));
            assertEquals(numbers("0", "1", "2"), sortKeys(r), key);
            assertTrue(r.items().stream().allMatch(i -> i.get("k").n().equals(key.substring(3))), key);
            partitionsUsed.add(table.partitionFor(new io.dynaspec.engine.value.PrimaryKey(
                    new io.dynaspec.engine.value.AttributeValue.S(key), null)).index());
        }
        assertTrue(partitionsUsed.size() > 1, "the keys are spread over several partitions");
    }

    // Validation (API_Query.html, "KeyConditionExpression", "Select"; Query.KeyConditionExpressions.html).

    @Test
    void keyConditionsOfTheWrongShapeAreRefused() {
        String t = table(ScalarAttributeType.N);
        Map<String, AttributeValue> v = Map.of(":a", AttributeValue.fromS("A"), ":x", AttributeValue.fromN("1"),
                ":y", AttributeValue.fromN("2"));
        Map<String, AttributeValue> ax = Map.of(":a", AttributeValue.fromS("A"), ":x", AttributeValue.fromN("1"));
        assertEquals("Invalid operator used in KeyConditionExpression: OR",
                message(() -> query(t, "pk = :a OR sk = :x", ax, b -> { })));
        assertEquals("Invalid operator used in KeyConditionExpression: NOT",
                message(() -> query(t, "pk = :a AND NOT sk = :x", ax, b -> { })));
        assertEquals("Invalid operator used in KeyConditionExpression: <>",
                message(() -> query(t, "pk = :a AND sk <> :x", ax, b -> { })));
        assertEquals("Invalid operator used in KeyConditionExpression: IN",
                message(() -> query(t, "pk = :a AND sk IN (:x, :y)", v, b -> { })));
        assertEquals("Invalid operator used in KeyConditionExpression: attribute_exists",
                message(() -> query(t, "pk = :a AND attribute_exists(sk)", A, b -> { })));
        assertEquals("KeyConditionExpressions must only contain one condition per key",
                message(() -> query(t, "pk = :a AND sk > :x AND sk < :y", v, b -> { })));
        assertEquals("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition",
                message(() -> query(t, "pk = sk", Map.of(), b -> b.expressionAttributeValues(null))));
        assertEquals("KeyConditionExpressions cannot contain nested operations",
                message(() -> query(t, "pk = :a AND size(sk) > :x", ax, b -> { })));
    }

    @Test
    void keyConditionsThatDoNotFitTheKeySchemaAreRefused() {
        String t = table(ScalarAttributeType.N);
        Map<String, AttributeValue> ax = Map.of(":a", AttributeValue.fromS("A"), ":x", AttributeValue.fromN("1"));
        assertEquals("Query condition missed key schema element: pk",
                message(() -> query(t, "sk = :x", Map.of(":x", AttributeValue.fromN("1")), b -> { })));
        assertEquals("Query condition missed key schema element: sk",
                message(() -> query(t, "pk = :a AND colour = :x", ax, b -> { })));
        assertEquals("Query key condition not supported",
                message(() -> query(t, "pk > :a", A, b -> { })));
        assertEquals("One or more parameter values were invalid: Condition parameter type does not match schema type",
                message(() -> query(t, "pk = :a AND sk = :s", Map.of(":a", AttributeValue.fromS("A"), ":s", AttributeValue.fromS("1")), b -> { })));
        assertEquals("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.",
                message(() -> DDB.query(b -> b.tableName(t))));
        assertEquals("Invalid KeyConditionExpression: An expression attribute value used in expression is not defined; attribute value: :a",
                message(() -> DDB.query(b -> b.tableName(t).keyConditionExpression("pk = :a"))));
    }

    @Test
    void aFilterMayNotNameAKeyAttribute() {
        // Query.FilterExpression.html: "A filter expression cannot contain partition key or sort key attributes."
        String t = table(ScalarAttributeType.N);
        assertEquals("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
                message(() -> DDB.query(b -> b.tableName(t).keyConditionExpression("pk = :a").filterExpression("sk > :x")
                        .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("A"), ":x", AttributeValue.fromN("1"))))));
    }

    @Test
    void selectMustAgreeWithTheProjection() {
        String t = table(ScalarAttributeType.N);
        assertEquals("1 validation error detected: Cannot specify the ProjectionExpression when choosing to get only the Count",
                message(() -> query(t, "pk = :a", A, b -> b.select(Select.COUNT).projectionExpression("x"))));
        assertEquals("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
                message(() -> query(t, "pk = :a", A, b -> b.select(Select.ALL_PROJECTED_ATTRIBUTES))));
        assertEquals("Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES",
                message(() -> query(t, "pk = :a", A, b -> b.select(Select.SPECIFIC_ATTRIBUTES))));
    }

    /**
     * The placeholder maps are not expression parameters: beside a legacy parameter and no
     * expression, an ExpressionAttributeNames map is refused for having no expression, not as a
     * mix of legacy and expression parameters (as for conditional writes).
     */
    @Test
    void placeholdersBesideALegacyParameterAreRefusedForWantingAnExpression() {
        String t = table(ScalarAttributeType.N);
        assertEquals("ExpressionAttributeNames can only be specified when using expressions",
                message(() -> DDB.getItem(b -> b.tableName(t).key(Map.of("pk", AttributeValue.fromS("A"), "sk", AttributeValue.fromN("1")))
                        .attributesToGet("x").expressionAttributeNames(Map.of("#x", "x")))));
        assertEquals("ExpressionAttributeNames can only be specified when using expressions",
                message(() -> DDB.scan(b -> b.tableName(t).attributesToGet("x").expressionAttributeNames(Map.of("#x", "x")))));
    }

    @Test
    void shapeViolationsAreListedAndMissingTablesNotFound() {
        String t = table(ScalarAttributeType.N);
        assertEquals("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1",
                message(() -> query(t, "pk = :a", A, b -> b.limit(0))));
        assertThrows(ResourceNotFoundException.class, () -> query("Nope-" + t, "pk = :a", A, b -> { }));
        assertEquals("The table does not have the specified index: nope",
                message(() -> query(t, "pk = :a", A, b -> b.indexName("nope"))));
        // LegacyConditionalParameters.html: legacy and expression parameters do not mix.
        assertEquals("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}",
                message(() -> DDB.query(b -> b.tableName(t).keyConditions(Map.of("pk", Condition.builder()
                                .comparisonOperator(ComparisonOperator.EQ).attributeValueList(AttributeValue.fromS("A")).build()))
                        .attributesToGet("x").projectionExpression("y"))));
    }
}
