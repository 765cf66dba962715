package io.dynaspec.engine.server;

import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BatchWriteItem through the AWS SDK (API_BatchWriteItem.html): up to 25 writes, no duplicates,
 * each write independent, UnprocessedItems for what could not be applied.
 */
class BatchWriteItemWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;

    private static String table(int partitions) {
        String name = WireFixture.uniqueTable("Students");
        DDB.createTable(b -> b.tableName(name)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("email").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("email").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .tags(Tag.builder().key("dynaspec:partitions").value(Integer.toString(partitions)).build()));
        return name;
    }

    private static WriteRequest put(String email) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                "email", AttributeValue.fromS(email), "name", AttributeValue.fromS("Tomer"))).build()).build();
    }

    private static boolean exists(String table, String email) {
        return DDB.getItem(b -> b.tableName(table).key(Map.of("email", AttributeValue.fromS(email))).consistentRead(true)).hasItem();
    }

    @Test
    void twentyFiveWritesAreAppliedAndUnprocessedItemsIsEmpty() {
        String t = table(4);
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            writes.add(put("student" + i + "@example.com"));
        }
        BatchWriteItemResponse r = DDB.batchWriteItem(b -> b.requestItems(Map.of(t, writes))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertTrue(r.hasUnprocessedItems(), "UnprocessedItems is always returned");
        assertTrue(r.unprocessedItems().isEmpty());
        assertEquals(25.0, r.consumedCapacity().get(0).capacityUnits());
        for (int i = 0; i < 25; i++) {
            assertTrue(exists(t, "student" + i + "@example.com"));
        }
    }

    @Test
    void putsAndDeletesMix() {
        String t = table(2);
        DDB.putItem(b -> b.tableName(t).item(Map.of("email", AttributeValue.fromS("old@example.com"))));
        DDB.batchWriteItem(b -> b.requestItems(Map.of(t, List.of(put("new@example.com"),
                WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(Map.of("email", AttributeValue.fromS("old@example.com"))).build()).build()))));
        assertTrue(exists(t, "new@example.com"));
        assertFalse(exists(t, "old@example.com"));
    }

    @Test
    void moreThanTwentyFiveWritesAreRefusedWhole() {
        String a = table(1);
        String b2 = table(1);
        List<WriteRequest> twenty = new ArrayList<>();
        List<WriteRequest> six = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(put("a" + i));
        }
        for (int i = 0; i < 6; i++) {
            six.add(put("b" + i));
        }
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.batchWriteItem(b -> b.requestItems(Map.of(a, twenty, b2, six))));
        assertEquals("Too many items requested for the BatchWriteItem call", e.awsErrorDetails().errorMessage());
        assertFalse(exists(a, "a0"), "nothing was written");
        List<WriteRequest> many = new ArrayList<>(twenty);
        many.addAll(six);
        e = assertThrows(DynamoDbException.class, () -> DDB.batchWriteItem(b -> b.requestItems(Map.of(a, many))));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertTrue(e.awsErrorDetails().errorMessage().contains("Member must have length less than or equal to 25"));
    }

    @Test
    void duplicateKeysRejectTheWholeBatchEvenWhenSpeltDifferently() {
        String t = WireFixture.uniqueTable("Numbers");
        DDB.createTable(b -> b.tableName(t)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("n").attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName("n").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.batchWriteItem(b -> b.requestItems(Map.of(t, List.of(
                WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of("n", AttributeValue.fromN("7"))).build()).build(),
                WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of("n", AttributeValue.fromN("1000"))).build()).build(),
                WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(Map.of("n", AttributeValue.fromN("1e3"))).build()).build())))));
        assertEquals("Provided list of item keys contains duplicates", e.awsErrorDetails().errorMessage());
        assertFalse(DDB.getItem(b -> b.tableName(t).key(Map.of("n", AttributeValue.fromN("7")))).hasItem(), "nothing was written");
    }

    @Test
    void writesToAPartitionWithoutQuorumComeBackUnprocessedWhileTheOthersSucceed() {
        // The seed: "failure of any of the PutItem requests will not impact other PutItem requests".
        String t = table(2);
        Table table = WireFixture.ENGINE.cluster().table(t);
        PartitionGroup down = table.partitions().get(0);
        List<WriteRequest> writes = new ArrayList<>();
        List<String> toDown = new ArrayList<>();
        List<String> toUp = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = "s" + i + "@example.com";
            writes.add(put(email));
            PrimaryKey k = new PrimaryKey(new io.dynaspec.engine.value.AttributeValue.S(email), null);
            (table.partitionFor(k) == down ? toDown : toUp).add(email);
        }
        assertFalse(toDown.isEmpty());
        assertFalse(toUp.isEmpty());
        WireFixture.ENGINE.cluster().faults().failReplica(down, AvailabilityZone.B);
        WireFixture.ENGINE.cluster().faults().failReplica(down, AvailabilityZone.C);
        try {
            BatchWriteItemResponse r = DDB.batchWriteItem(b -> b.requestItems(Map.of(t, writes)));
            List<WriteRequest> unprocessed = r.unprocessedItems().get(t);
            assertEquals(toDown.size(), unprocessed.size());
            for (WriteRequest w : unprocessed) {
                assertTrue(toDown.contains(w.putRequest().item().get("email").s()));
            }
            for (String email : toUp) {
                assertTrue(exists(t, email), email + " was written");
            }
        } finally {
            WireFixture.ENGINE.cluster().faults().recoverReplica(down, AvailabilityZone.B);
            WireFixture.ENGINE.cluster().faults().recoverReplica(down, AvailabilityZone.C);
        }
        for (String email : toDown) {
            assertFalse(exists(t, email), email + " was not written");
        }
    }
}
