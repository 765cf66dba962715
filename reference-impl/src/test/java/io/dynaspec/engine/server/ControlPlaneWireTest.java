package io.dynaspec.engine.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The control plane through the AWS SDK: API_CreateTable.html, API_DescribeTable.html,
 * API_ListTables.html, API_DeleteTable.html.
 */
class ControlPlaneWireTest {
    private final DynamoDbClient ddb = WireFixture.CLIENT;

    static CreateTableRequest.Builder simpleTable(String name) {
        return CreateTableRequest.builder().tableName(name)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("LoginAlias").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("LoginAlias").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST);
    }

    @Test
    void createdTableAnswersCreatingThenIsActiveAndDescribedAsDeclared() {
        String name = WireFixture.uniqueTable("Employee");
        TableDescription created = ddb.createTable(simpleTable(name).build()).tableDescription();
        // API_CreateTable.html: "DynamoDB immediately returns a response with a TableStatus of CREATING".
        assertEquals(TableStatus.CREATING, created.tableStatus());
        TableDescription d = ddb.describeTable(b -> b.tableName(name)).table();
        assertEquals(name, d.tableName());
        assertEquals(TableStatus.ACTIVE, d.tableStatus());
        assertEquals("LoginAlias", d.keySchema().get(0).attributeName());
        assertEquals(KeyType.HASH, d.keySchema().get(0).keyType());
        assertEquals(BillingMode.PAY_PER_REQUEST, d.billingModeSummary().billingMode());
        assertTrue(d.tableArn().endsWith(":table/" + name));
    }

    /**
     * The Developer Guide's Music table (Artist, SongTitle) with the local index AlbumTitleIndex,
     * keys only (LSI.html).
     */
    static CreateTableRequest.Builder musicTable(String name) {
        return CreateTableRequest.builder().tableName(name)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("Artist").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("SongTitle").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("AlbumTitle").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("Artist").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("SongTitle").keyType(KeyType.RANGE).build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("AlbumTitleIndex")
                        .keySchema(KeySchemaElement.builder().attributeName("Artist").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("AlbumTitle").keyType(KeyType.RANGE).build())
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build());
    }

    @Test
    void provisionedTableWithCompositeKeyAndLocalIndex() {
        String name = WireFixture.uniqueTable("Music");
        ddb.createTable(musicTable(name).provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)).build());
        TableDescription d = ddb.describeTable(b -> b.tableName(name)).table();
        assertEquals(5L, d.provisionedThroughput().readCapacityUnits());
        assertEquals(1, d.localSecondaryIndexes().size());
        assertEquals("AlbumTitleIndex", d.localSecondaryIndexes().get(0).indexName());
        assertEquals(ProjectionType.KEYS_ONLY, d.localSecondaryIndexes().get(0).projection().projectionType());
    }

    /** A global index is created with its table: CREATING in CreateTable's answer, ACTIVE once described. */
    @Test
    void globalIndexAnswersCreatingWithItsTable() {
        String name = WireFixture.uniqueTable("Scores");
        TableDescription created = ddb.createTable(simpleTable(name)
                .globalSecondaryIndexes(software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex.builder()
                        .indexName("ByAlias").keySchema(KeySchemaElement.builder().attributeName("LoginAlias").keyType(KeyType.HASH).build())
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build())
                .build()).tableDescription();
        assertEquals(TableStatus.CREATING, created.tableStatus());
        assertEquals(software.amazon.awssdk.services.dynamodb.model.IndexStatus.CREATING, created.globalSecondaryIndexes().get(0).indexStatus());
        TableDescription d = ddb.describeTable(b -> b.tableName(name)).table();
        assertEquals(software.amazon.awssdk.services.dynamodb.model.IndexStatus.ACTIVE, d.globalSecondaryIndexes().get(0).indexStatus());
    }

    @Test
    void creatingAnExistingTableIsResourceInUse() {
        String name = WireFixture.uniqueTable("Twice");
        ddb.createTable(simpleTable(name).build());
        ResourceInUseException e = assertThrows(ResourceInUseException.class, () -> ddb.createTable(simpleTable(name).build()));
        assertEquals("Table already exists: " + name, e.awsErrorDetails().errorMessage());
    }

    @Test
    void describingOrDeletingAMissingTableIsResourceNotFound() {
        ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, () -> ddb.describeTable(b -> b.tableName("NoSuchTable")));
        assertEquals("Requested resource not found: Table: NoSuchTable not found", e.awsErrorDetails().errorMessage());
        assertThrows(ResourceNotFoundException.class, () -> ddb.deleteTable(b -> b.tableName("NoSuchTable")));
    }

    @Test
    void deletedTableIsGone() {
        String name = WireFixture.uniqueTable("Gone");
        ddb.createTable(simpleTable(name).build());
        ddb.deleteTable(b -> b.tableName(name));
        assertThrows(ResourceNotFoundException.class, () -> ddb.describeTable(b -> b.tableName(name)));
    }

    @Test
    void listTablesPagesInAscendingOrder() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String n = WireFixture.uniqueTable("zzPage" + i);
            ddb.createTable(simpleTable(n).build());
            mine.add(n);
        }
        List<String> seen = new ArrayList<>();
        String start = null;
        do {
            String s = start;
            ListTablesResponse page = ddb.listTables(b -> b.limit(2).exclusiveStartTableName(s));
            assertTrue(page.tableNames().size() <= 2);
            seen.addAll(page.tableNames());
            start = page.lastEvaluatedTableName();
        } while (start != null);
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen, "ascending order");
        assertTrue(seen.containsAll(mine));
    }

    @Test
    void missingMembersAreListedAsDynamoDbListsThem() {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.createTable(b -> b.tableName("abc;")));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        String m = e.awsErrorDetails().errorMessage();
        assertTrue(m.startsWith("3 validation errors detected: "), m);
        assertTrue(m.contains("Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"), m);
        assertTrue(m.contains("Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null"), m);
        assertTrue(m.contains("Value null at 'keySchema' failed to satisfy constraint: Member must not be null"), m);
    }

    /** The table operations word a name of the wrong length on its own, before any other rule (dynalite's suite records of live DynamoDB). */
    @Test
    void aTableNameOfTheWrongLengthIsRefusedBeforeAnythingElse() {
        for (String name : List.of("ab", "a".repeat(256))) {
            String expected = "TableName must be at least 3 characters long and at most 255 characters long";
            assertEquals(expected, message(() -> ddb.createTable(b -> b.tableName(name))));
            assertEquals(expected, message(() -> ddb.describeTable(b -> b.tableName(name))));
            assertEquals(expected, message(() -> ddb.deleteTable(b -> b.tableName(name))));
            assertEquals(expected, message(() -> ddb.updateTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST))));
        }
        assertEquals("1 validation error detected: Value 'abc;' at 'tableName' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+", message(() -> ddb.describeTable(b -> b.tableName("abc;"))));
    }

    /** The key schema's and the local indexes' rules, in DynamoDB's order (dynalite's suite records of live DynamoDB). */
    @Test
    void keySchemaAndLocalIndexRulesAreJudgedInDynamoDbsOrder() {
        AttributeDefinition a = AttributeDefinition.builder().attributeName("a").attributeType(ScalarAttributeType.S).build();
        AttributeDefinition b2 = AttributeDefinition.builder().attributeName("b").attributeType(ScalarAttributeType.S).build();
        KeySchemaElement hashA = KeySchemaElement.builder().attributeName("a").keyType(KeyType.HASH).build();
        KeySchemaElement rangeB = KeySchemaElement.builder().attributeName("b").keyType(KeyType.RANGE).build();
        String t = WireFixture.uniqueTable("T");
        assertEquals("Invalid KeySchema: Some index key attribute have no definition", message(() -> ddb.createTable(b -> b.tableName(t)
                .attributeDefinitions(a).keySchema(hashA, hashA).billingMode(BillingMode.PAY_PER_REQUEST))));
        assertEquals("Both the Hash Key and the Range Key element in the KeySchema have the same name", message(() -> ddb.createTable(b -> b
                .tableName(t).attributeDefinitions(a, b2).keySchema(hashA, hashA).billingMode(BillingMode.PAY_PER_REQUEST))));
        assertEquals("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified "
                + "when BillingMode is PAY_PER_REQUEST", message(() -> ddb.createTable(b -> b.tableName(t).attributeDefinitions(a)
                .keySchema(hashA, hashA).billingMode(BillingMode.PAY_PER_REQUEST)
                .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L)))));
        assertEquals("One or more parameter values were invalid: List of LocalSecondaryIndexes is empty", message(() -> ddb.createTable(b -> b
                .tableName(t).attributeDefinitions(a, b2).keySchema(hashA).localSecondaryIndexes(List.of())
                .billingMode(BillingMode.PAY_PER_REQUEST))));
        assertEquals("One or more parameter values were invalid: Index KeySchema does not have a range key for index: abc",
                message(() -> ddb.createTable(b -> b.tableName(t).attributeDefinitions(a, b2).keySchema(hashA, rangeB)
                        .localSecondaryIndexes(l -> l.indexName("abc").keySchema(KeySchemaElement.builder().attributeName("b")
                                .keyType(KeyType.HASH).build()).projection(p -> p.projectionType(ProjectionType.ALL)))
                        .billingMode(BillingMode.PAY_PER_REQUEST))));
        assertEquals("One or more parameter values were invalid: Unknown ProjectionType: null", message(() -> ddb.createTable(b -> b
                .tableName(t).attributeDefinitions(a, b2).keySchema(hashA, rangeB)
                .localSecondaryIndexes(l -> l.indexName("abc").keySchema(hashA, rangeB).projection(p -> p.nonKeyAttributes("a")))
                .billingMode(BillingMode.PAY_PER_REQUEST))));
        assertFalse(ddb.listTables().tableNames().contains(t), "no table is created");
    }

    private static String message(Runnable call) {
        DynamoDbException e = assertThrows(DynamoDbException.class, call::run);
        assertEquals("ValidationException", e.awsErrorDetails().errorCode(), e.getMessage());
        return e.awsErrorDetails().errorMessage();
    }

    @Test
    void provisionedBillingNeedsThroughputAndOnDemandRefusesIt() {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.createTable(simpleTable(WireFixture.uniqueTable("T"))
                .billingMode(BillingMode.PROVISIONED).build()));
        assertEquals("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED",
                e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> ddb.createTable(simpleTable(WireFixture.uniqueTable("T"))
                .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L)).build()));
        assertEquals("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST",
                e.awsErrorDetails().errorMessage());
    }

    @Test
    void keyAttributesMustBeDefined() {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.createTable(b -> b.tableName(WireFixture.uniqueTable("T"))
                .attributeDefinitions(AttributeDefinition.builder().attributeName("a").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("b").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)));
        assertEquals("One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. "
                + "Keys: [b], AttributeDefinitions: [a]", e.awsErrorDetails().errorMessage());
    }

    @Test
    void noSuchTableWhenWriting() {
        ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, () -> ddb.getItem(b -> b.tableName("Missing")
                .key(java.util.Map.of("k", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("v")))));
        assertEquals("Requested resource not found", e.awsErrorDetails().errorMessage());
    }
}
