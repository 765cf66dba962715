package io.dynaspec.engine.server;

import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BatchGetItem through the AWS SDK (API_BatchGetItem.html): up to 100 keys across tables, no
 * duplicates, every requested table in Responses, UnprocessedKeys always present, capacity per
 * table with each item counted as a GetItem of its own.
 */
class BatchGetItemWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;

    private static String table(int partitions) {
        String name = WireFixture.uniqueTable("Products");
        DDB.createTable(b -> b.tableName(name)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .tags(Tag.builder().key("dynaspec:partitions").value(Integer.toString(partitions)).build()));
        return name;
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("id", AttributeValue.fromS(id));
    }

    private static void put(String table, String id, String padding) {
        DDB.putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS(id),
                "color", AttributeValue.fromS("red"), "pad", AttributeValue.fromS(padding))));
    }

    @Test
    void returnsTheItemsThatExistFromEveryTableAndAnEmptyUnprocessedKeys() {
        String a = table(4);
        String b = table(2);
        put(a, "a1", "x");
        put(a, "a2", "x");
        put(b, "b1", "x");
        BatchGetItemResponse r = DDB.batchGetItem(q -> q.requestItems(Map.of(
                a, KeysAndAttributes.builder().keys(key("a1"), key("missing"), key("a2")).consistentRead(true).build(),
                b, KeysAndAttributes.builder().keys(key("nothing")).build())));
        assertTrue(r.hasUnprocessedKeys(), "UnprocessedKeys is always returned");
        assertTrue(r.unprocessedKeys().isEmpty());
        Set<String> ids = new HashSet<>();
        r.responses().get(a).forEach(item -> ids.add(item.get("id").s()));
        assertEquals(Set.of("a1", "a2"), ids);
        assertTrue(r.responses().containsKey(b), "a table with no item found still appears");
        assertTrue(r.responses().get(b).isEmpty());
    }

    @Test
    void eachTableHasItsOwnProjection() {
        String a = table(1);
        put(a, "p", "x");
        BatchGetItemResponse r = DDB.batchGetItem(q -> q.requestItems(Map.of(
                a, KeysAndAttributes.builder().keys(key("p")).projectionExpression("#c")
                        .expressionAttributeNames(Map.of("#c", "color")).build())));
        assertEquals(List.of(Map.of("color", AttributeValue.fromS("red"))), r.responses().get(a));
        r = DDB.batchGetItem(q -> q.requestItems(Map.of(
                a, KeysAndAttributes.builder().keys(key("p")).attributesToGet("id", "nope").build())));
        assertEquals(List.of(key("p")), r.responses().get(a));
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.batchGetItem(q -> q.requestItems(Map.of(
                a, KeysAndAttributes.builder().keys(key("p")).attributesToGet("id", "id").build()))));
        assertEquals("One or more parameter values were invalid: Duplicate value in attribute name: id",
                e.awsErrorDetails().errorMessage());
    }

    @Test
    void capacityIsCountedPerTableEachItemAsItsOwnGetItem() {
        // read-write-operations.html: "DynamoDB processes each item in the batch as an individual
        // GetItem request, so DynamoDB first rounds up the size of each item to the next 4 KB
        // boundary, and then calculates the total size." A key without an item costs a GetItem's
        // minimum, half a unit eventually consistent.
        String a = table(2);
        String b = table(2);
        put(a, "big", "b".repeat(5000));
        put(a, "small", "s");
        Map<String, KeysAndAttributes> request = Map.of(
                a, KeysAndAttributes.builder().keys(key("big"), key("small"), key("missing")).build(),
                b, KeysAndAttributes.builder().keys(key("missing")).build());
        BatchGetItemResponse r = DDB.batchGetItem(q -> q.requestItems(request).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(Map.of(a, 2.0, b, 0.5), byTable(r.consumedCapacity()));
        Map<String, KeysAndAttributes> consistent = new HashMap<>();
        request.forEach((t, ka) -> consistent.put(t, ka.toBuilder().consistentRead(true).build()));
        r = DDB.batchGetItem(q -> q.requestItems(consistent).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        assertEquals(Map.of(a, 4.0, b, 1.0), byTable(r.consumedCapacity()));
        for (ConsumedCapacity c : r.consumedCapacity()) {
            assertEquals(c.capacityUnits(), c.table().capacityUnits(), "INDEXES adds the table's own share");
        }
        r = DDB.batchGetItem(q -> q.requestItems(request));
        assertFalse(r.hasConsumedCapacity() && !r.consumedCapacity().isEmpty(), "no capacity unless asked");
    }

    private static Map<String, Double> byTable(List<ConsumedCapacity> cs) {
        Map<String, Double> m = new HashMap<>();
        cs.forEach(c -> m.put(c.tableName(), c.capacityUnits()));
        return m;
    }

    @Test
    void aHundredKeysAreTheLimitInOneTableAndAcrossTables() {
        String a = table(4);
        String b = table(1);
        List<Map<String, AttributeValue>> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(key("k" + i));
        }
        BatchGetItemResponse r = DDB.batchGetItem(q -> q.requestItems(Map.of(a, KeysAndAttributes.builder().keys(hundred).build())));
        assertTrue(r.responses().get(a).isEmpty());
        List<Map<String, AttributeValue>> hundredOne = new ArrayList<>(hundred);
        hundredOne.add(key("k100"));
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.batchGetItem(q -> q.requestItems(
                Map.of(a, KeysAndAttributes.builder().keys(hundredOne).build()))));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertTrue(e.awsErrorDetails().errorMessage().startsWith("1 validation error detected: Value '"), e.getMessage());
        assertTrue(e.awsErrorDetails().errorMessage().endsWith("' at 'requestItems." + a
                + ".member.keys' failed to satisfy constraint: Member must have length less than or equal to 100"), e.getMessage());
        e = assertThrows(DynamoDbException.class, () -> DDB.batchGetItem(q -> q.requestItems(Map.of(
                a, KeysAndAttributes.builder().keys(hundred).build(),
                b, KeysAndAttributes.builder().keys(key("one more")).build()))));
        assertEquals("Too many items requested for the BatchGetItem call", e.awsErrorDetails().errorMessage());
    }

    @Test
    void duplicateKeysAndUnknownTablesAreRefused() {
        String a = table(1);
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.batchGetItem(q -> q.requestItems(Map.of(
                a, KeysAndAttributes.builder().keys(key("x"), key("y"), key("x")).build()))));
        assertEquals("Provided list of item keys contains duplicates", e.awsErrorDetails().errorMessage());
        assertThrows(ResourceNotFoundException.class, () -> DDB.batchGetItem(q -> q.requestItems(Map.of(
                a, KeysAndAttributes.builder().keys(key("x")).build(),
                "NoSuchTable" + a, KeysAndAttributes.builder().keys(key("x")).build()))));
        e = assertThrows(DynamoDbException.class, () -> DDB.batchGetItem(q -> q.requestItems(Map.of(
                a, KeysAndAttributes.builder().keys(Map.of("other", AttributeValue.fromS("x"))).build()))));
        assertEquals("The provided key element does not match the schema", e.awsErrorDetails().errorMessage());
        // A key named twice is refused before the table is looked up (dynalite's suite records of live DynamoDB).
        e = assertThrows(DynamoDbException.class, () -> DDB.batchGetItem(q -> q.requestItems(Map.of(
                "NoSuchTable" + a, KeysAndAttributes.builder().keys(key("x"), key("x")).build()))));
        assertEquals("Provided list of item keys contains duplicates", e.awsErrorDetails().errorMessage());
    }

    @Test
    void keysOfAPartitionThatCannotServeComeBackUnprocessedWithTheTablesParameters() {
        String t = table(2);
        Table table = WireFixture.ENGINE.cluster().table(t);
        PartitionGroup down = table.partitions().get(0);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        List<String> toDown = new ArrayList<>();
        List<String> toUp = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = "item" + i;
            put(t, id, "x");
            keys.add(key(id));
            PrimaryKey k = new PrimaryKey(new io.dynaspec.engine.value.AttributeValue.S(id), null);
            (table.partitionFor(k) == down ? toDown : toUp).add(id);
        }
        assertFalse(toDown.isEmpty());
        assertFalse(toUp.isEmpty());
        for (AvailabilityZone z : AvailabilityZone.values()) {
            WireFixture.ENGINE.cluster().faults().failReplica(down, z);
        }
        try {
            BatchGetItemResponse r = DDB.batchGetItem(q -> q.requestItems(Map.of(t, KeysAndAttributes.builder()
                    .keys(keys).projectionExpression("id").build())));
            KeysAndAttributes left = r.unprocessedKeys().get(t);
            Set<String> leftIds = new HashSet<>();
            left.keys().forEach(k -> leftIds.add(k.get("id").s()));
            assertEquals(new HashSet<>(toDown), leftIds);
            assertEquals("id", left.projectionExpression(), "the table's read parameters come back with its keys");
            Set<String> read = new HashSet<>();
            r.responses().get(t).forEach(item -> read.add(item.get("id").s()));
            assertEquals(new HashSet<>(toUp), read);
        } finally {
            for (AvailabilityZone z : AvailabilityZone.values()) {
                WireFixture.ENGINE.cluster().faults().recoverReplica(down, z);
            }
        }
    }

    @Test
    void aResponseStopsAtSixteenMegabytesAndTheRestIsUnprocessed() {
        // API_BatchGetItem.html: "A single operation can retrieve up to 16 MB of data [...]
        // BatchGetItem returns a partial result if the response size limit is exceeded".
        String t = table(4);
        String padding = "p".repeat(390_000);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            put(t, "big" + i, padding);
            keys.add(key("big" + i));
        }
        BatchGetItemResponse r = DDB.batchGetItem(q -> q.requestItems(Map.of(t, KeysAndAttributes.builder().keys(keys).build())));
        int returned = r.responses().get(t).size();
        int left = r.unprocessedKeys().get(t).keys().size();
        assertEquals(50, returned + left);
        assertTrue(returned > 0 && returned * 390_000L <= 16L * 1024 * 1024, returned + " items returned");
        assertTrue(left >= 50 - 16L * 1024 * 1024 / 390_000, left + " keys left");
        BatchGetItemResponse rest = DDB.batchGetItem(q -> q.requestItems(r.unprocessedKeys()));
        assertEquals(left, rest.responses().get(t).size(), "sent again, the rest is read");
        assertTrue(rest.unprocessedKeys().isEmpty());
    }
}
