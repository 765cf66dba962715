package io.dynaspec.engine.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PutItem, GetItem and DeleteItem through the AWS SDK (API_PutItem.html, API_GetItem.html,
 * API_DeleteItem.html), with the seed's own Employee example.
 */
class ItemWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;
    private static String employee;
    private static String music;

    @BeforeAll
    static void tables() {
        employee = WireFixture.uniqueTable("Employee");
        DDB.createTable(ControlPlaneWireTest.simpleTable(employee).build());
        music = WireFixture.uniqueTable("Music");
        DDB.createTable(ControlPlaneWireTest.musicTable(music)
                .billingMode(software.amazon.awssdk.services.dynamodb.model.BillingMode.PAY_PER_REQUEST).build());
    }

    private static Map<String, AttributeValue> irene() {
        return Map.of(
                "LoginAlias", AttributeValue.fromS("irenes"),
                "FirstName", AttributeValue.fromS("Irene"),
                "LastName", AttributeValue.fromS("Smith"),
                "ManagerLoginAlias", AttributeValue.fromS("mateoj"),
                "Skills", AttributeValue.fromSs(List.of("python", "aws")));
    }

    private static Map<String, AttributeValue> key(String alias) {
        return Map.of("LoginAlias", AttributeValue.fromS(alias));
    }

    @Test
    void putThenGetReturnsTheItem() {
        DDB.putItem(b -> b.tableName(employee).item(irene()));
        GetItemResponse got = DDB.getItem(b -> b.tableName(employee).key(key("irenes")).consistentRead(true));
        assertEquals(irene().keySet(), got.item().keySet());
        assertEquals("Irene", got.item().get("FirstName").s());
        assertEquals(List.of("python", "aws"), got.item().get("Skills").ss());
    }

    @Test
    void putOverwritesTheWholeItemByDefault() {
        // The seed: "By default, PutItem will update the item if it already exists."
        DDB.putItem(b -> b.tableName(employee).item(Map.of("LoginAlias", AttributeValue.fromS("over"), "a", AttributeValue.fromS("1"))));
        PutItemResponse r = DDB.putItem(b -> b.tableName(employee).returnValues(ReturnValue.ALL_OLD)
                .item(Map.of("LoginAlias", AttributeValue.fromS("over"), "b", AttributeValue.fromS("2"))));
        assertEquals("1", r.attributes().get("a").s(), "ALL_OLD returns the replaced item");
        Map<String, AttributeValue> now = DDB.getItem(b -> b.tableName(employee).key(key("over"))).item();
        assertEquals(Map.of("LoginAlias", AttributeValue.fromS("over"), "b", AttributeValue.fromS("2")), now);
    }

    @Test
    void returnValuesOtherThanNoneOrAllOldAreRefusedOnPut() {
        for (ReturnValue rv : List.of(ReturnValue.ALL_NEW, ReturnValue.UPDATED_OLD, ReturnValue.UPDATED_NEW)) {
            DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(employee)
                    .item(irene()).returnValues(rv)));
            assertEquals("Return values set to invalid value", e.awsErrorDetails().errorMessage());
        }
    }

    @Test
    void projectionWithAttributesToGet() {
        DDB.putItem(b -> b.tableName(employee).item(irene()));
        Map<String, AttributeValue> got = DDB.getItem(b -> b.tableName(employee).key(key("irenes"))
                .attributesToGet("FirstName", "Nope")).item();
        assertEquals(Map.of("FirstName", AttributeValue.fromS("Irene")), got);
    }

    @Test
    void getOfAMissingItemReturnsNoItem() {
        GetItemResponse r = DDB.getItem(b -> b.tableName(employee).key(key("nobody")));
        assertFalse(r.hasItem());
    }

    @Test
    void deleteRemovesAndReturnsTheOldItem() {
        DDB.putItem(b -> b.tableName(employee).item(Map.of("LoginAlias", AttributeValue.fromS("del"), "x", AttributeValue.fromN("1"))));
        DeleteItemResponse r = DDB.deleteItem(b -> b.tableName(employee).key(key("del")).returnValues(ReturnValue.ALL_OLD));
        assertEquals("1", r.attributes().get("x").n());
        assertFalse(DDB.getItem(b -> b.tableName(employee).key(key("del"))).hasItem());
    }

    @Test
    void writeCapacityIsOneUnitPerStartedKilobyte() {
        // provisioned-capacity-mode.html: one WCU per write of up to 1 KB; larger items round up.
        Map<String, AttributeValue> big = new HashMap<>(key("cap"));
        big.put("d", AttributeValue.fromS("x".repeat(1500)));
        ConsumedCapacity c = DDB.putItem(b -> b.tableName(employee).item(big)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        assertEquals(employee, c.tableName());
        assertEquals(2.0, c.capacityUnits());
        // Replacing it with a tiny item still costs by the larger, old item.
        c = DDB.putItem(b -> b.tableName(employee).item(key("cap")).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        assertEquals(2.0, c.capacityUnits());
        // Deleting a missing item costs one unit.
        c = DDB.deleteItem(b -> b.tableName(employee).key(key("never")).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        assertEquals(1.0, c.capacityUnits());
    }

    @Test
    void readCapacityHalvesForEventuallyConsistentReads() {
        DDB.putItem(b -> b.tableName(employee).item(irene()));
        assertEquals(1.0, DDB.getItem(b -> b.tableName(employee).key(key("irenes")).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits());
        assertEquals(0.5, DDB.getItem(b -> b.tableName(employee).key(key("irenes"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits());
    }

    @Test
    void indexesModeReportsTheTableAndEachIndex() {
        // LSI.html: writing an item that defines the index key puts one entry into the index.
        ConsumedCapacity c = DDB.putItem(b -> b.tableName(music).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .item(Map.of("Artist", AttributeValue.fromS("No One You Know"), "SongTitle", AttributeValue.fromS("Call Me Today"),
                        "AlbumTitle", AttributeValue.fromS("Somewhat Famous")))).consumedCapacity();
        assertEquals(2.0, c.capacityUnits());
        assertEquals(1.0, c.table().capacityUnits());
        assertEquals(1.0, c.localSecondaryIndexes().get("AlbumTitleIndex").capacityUnits());
        // An item without the index key attribute is not in the index: no index write.
        c = DDB.putItem(b -> b.tableName(music).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .item(Map.of("Artist", AttributeValue.fromS("No One You Know"), "SongTitle", AttributeValue.fromS("Untitled")))).consumedCapacity();
        assertEquals(1.0, c.capacityUnits());
    }

    @Test
    void itemCollectionMetricsOnlyForTablesWithLocalIndexes() {
        // API_PutItem.html: "If the table does not have any local secondary indexes, this information is not returned".
        PutItemResponse plain = DDB.putItem(b -> b.tableName(employee).item(irene())
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
        assertNull(plain.itemCollectionMetrics());
        PutItemResponse withLsi = DDB.putItem(b -> b.tableName(music).returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                .item(Map.of("Artist", AttributeValue.fromS("Acme Band"), "SongTitle", AttributeValue.fromS("Happy Day"))));
        assertEquals(Map.of("Artist", AttributeValue.fromS("Acme Band")), withLsi.itemCollectionMetrics().itemCollectionKey());
        List<Double> range = withLsi.itemCollectionMetrics().sizeEstimateRangeGB();
        assertEquals(2, range.size());
        assertTrue(range.get(0) <= range.get(1));
    }

    @Test
    void anItemOfExactly400KbIsStoredAndOneByteMoreIsRefused() {
        // ServiceQuotas.html: "The maximum item size in DynamoDB is 400 KB"; 400 KB = 409,600 bytes.
        // "LoginAlias" (10) + "big" (3) + "d" (1) + n bytes of value: 14 + n = 409,600.
        Map<String, AttributeValue> exact = Map.of("LoginAlias", AttributeValue.fromS("big"), "d", AttributeValue.fromS("x".repeat(409_600 - 14)));
        DDB.putItem(b -> b.tableName(employee).item(exact));
        assertEquals(exact, DDB.getItem(b -> b.tableName(employee).key(key("big")).consistentRead(true)).item());

        Map<String, AttributeValue> over = Map.of("LoginAlias", AttributeValue.fromS("big"), "d", AttributeValue.fromS("y".repeat(409_600 - 14 + 1)));
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(employee).item(over)));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertEquals("Item size has exceeded the maximum allowed size", e.awsErrorDetails().errorMessage());
        // All or nothing: the stored item is untouched.
        assertEquals(exact, DDB.getItem(b -> b.tableName(employee).key(key("big")).consistentRead(true)).item());
    }

    @Test
    void setsMayNotBeEmptyNorHoldDuplicates() {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(employee)
                .item(Map.of("LoginAlias", AttributeValue.fromS("s"), "ss", AttributeValue.builder().ss(List.of()).build()))));
        assertEquals("One or more parameter values were invalid: An string set  may not be empty", e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(employee)
                .item(Map.of("LoginAlias", AttributeValue.fromS("s"), "ss", AttributeValue.fromSs(List.of("a", "a"))))));
        assertEquals("One or more parameter values were invalid: Input collection [a, a] contains duplicates.", e.awsErrorDetails().errorMessage());
        // Number set members are numbers: 1 and 1.0 are one value twice.
        e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(employee)
                .item(Map.of("LoginAlias", AttributeValue.fromS("s"), "ns", AttributeValue.fromNs(List.of("1", "1.0"))))));
        assertEquals("Input collection contains duplicates", e.awsErrorDetails().errorMessage());
        // A binary set's refusals are worded apart from the others' (dynalite's suite records of live DynamoDB).
        e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(employee)
                .item(Map.of("LoginAlias", AttributeValue.fromS("s"), "bs", AttributeValue.builder().bs(List.of()).build()))));
        assertEquals("One or more parameter values were invalid: Binary sets should not be empty", e.awsErrorDetails().errorMessage());
        SdkBytes b64 = SdkBytes.fromUtf8String("b");
        e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(employee)
                .item(Map.of("LoginAlias", AttributeValue.fromS("s"), "bs", AttributeValue.fromBs(List.of(b64, b64))))));
        assertEquals("One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates.",
                e.awsErrorDetails().errorMessage());
        // A value of two types whose number is no number is refused for the number first.
        e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(employee)
                .item(Map.of("LoginAlias", AttributeValue.fromS("s"), "x", AttributeValue.builder().s("a").n("b").build()))));
        assertEquals("The parameter cannot be converted to a numeric value: b", e.awsErrorDetails().errorMessage());
        // An empty string is a valid set member and a valid non-key value.
        DDB.putItem(b -> b.tableName(employee).item(Map.of("LoginAlias", AttributeValue.fromS("s"),
                "ss", AttributeValue.fromSs(List.of("")), "e", AttributeValue.fromS(""), "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[0])))));
    }

    @Test
    void numericallyEqualNumberKeysAddressOneItem() {
        String t = WireFixture.uniqueTable("Numbers");
        DDB.createTable(b -> b.tableName(t)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("n").attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName("n").keyType(KeyType.HASH).build())
                .billingMode(software.amazon.awssdk.services.dynamodb.model.BillingMode.PAY_PER_REQUEST));
        DDB.putItem(b -> b.tableName(t).item(Map.of("n", AttributeValue.fromN("1e3"), "v", AttributeValue.fromS("first"))));
        DDB.putItem(b -> b.tableName(t).item(Map.of("n", AttributeValue.fromN("1000.0"), "v", AttributeValue.fromS("second"))));
        Map<String, AttributeValue> got = DDB.getItem(b -> b.tableName(t).key(Map.of("n", AttributeValue.fromN("1000")))).item();
        assertEquals("second", got.get("v").s());
        assertEquals("1000", got.get("n").n(), "numbers come back normalised");
    }

    /** Item size is judged before the table is looked up, and so before the item's key. */
    @Test
    void anOversizedItemIsRefusedForItsSizeFirst() {
        // 409,601 bytes: "Payload" (7) plus 409,594 bytes of value.
        Map<String, AttributeValue> big = Map.of("Payload", AttributeValue.fromS("x".repeat(409_594)));
        DynamoDbException noTable = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b
                .tableName(WireFixture.uniqueTable("Nowhere")).item(big)));
        assertEquals("Item size has exceeded the maximum allowed size", noTable.awsErrorDetails().errorMessage());
        DynamoDbException noKey = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b
                .tableName(employee).item(big)));
        assertEquals("Item size has exceeded the maximum allowed size", noKey.awsErrorDetails().errorMessage());
    }

    /** 32 levels counting the item: a value nests 31 maps or lists, not 32. */
    @Test
    void nestingDepthIs32CountingTheItem() {
        AttributeValue v = AttributeValue.fromS("leaf");
        for (int i = 0; i < 31; i++) {
            v = AttributeValue.fromM(Map.of("m", v));
        }
        AttributeValue deep31 = v;
        DDB.putItem(b -> b.tableName(employee).item(Map.of("LoginAlias", AttributeValue.fromS("deep"), "d", deep31)));
        AttributeValue deep32 = AttributeValue.fromL(List.of(deep31));
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(employee)
                .item(Map.of("LoginAlias", AttributeValue.fromS("deep"), "d", deep32))));
        assertEquals("Nesting Levels have exceeded supported limits", e.awsErrorDetails().errorMessage());
    }

    @Test
    void keyAttributesAreChecked() {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(employee)
                .item(Map.of("FirstName", AttributeValue.fromS("x")))));
        assertEquals("One or more parameter values were invalid: Missing the key LoginAlias in the item", e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> DDB.getItem(b -> b.tableName(employee).key(Map.of("Nope", AttributeValue.fromS("x")))));
        assertEquals("The provided key element does not match the schema", e.awsErrorDetails().errorMessage());
    }
}
