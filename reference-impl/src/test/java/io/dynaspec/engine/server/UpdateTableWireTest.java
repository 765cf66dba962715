package io.dynaspec.engine.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UpdateTable (API_UpdateTable.html, GSI.OnlineOps.html): a global secondary index created on a
 * table that has items is filled from them and then follows every write; a deleted one can no
 * longer be read; throughput and billing mode changes with DynamoDB's validation.
 */
class UpdateTableWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;

    /** GSI.html's GameScores, without indexes. */
    private static String table(BillingMode billing) {
        String name = WireFixture.uniqueTable("Upd");
        DDB.createTable(b -> {
            b.tableName(name)
                    .attributeDefinitions(
                            AttributeDefinition.builder().attributeName("UserId").attributeType(ScalarAttributeType.S).build(),
                            AttributeDefinition.builder().attributeName("GameTitle").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("UserId").keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName("GameTitle").keyType(KeyType.RANGE).build())
                    .billingMode(billing);
            if (billing == BillingMode.PROVISIONED) {
                b.provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L));
            }
        });
        return name;
    }

    private static void put(String table, String user, String game, String score) {
        Map<String, AttributeValue> item = new java.util.HashMap<>();
        item.put("UserId", AttributeValue.fromS(user));
        item.put("GameTitle", AttributeValue.fromS(game));
        if (score != null) {
            item.put("TopScore", AttributeValue.fromN(score));
        }
        DDB.putItem(b -> b.tableName(table).item(item));
    }

    private static UpdateTableResponse createIndex(String table) {
        return DDB.updateTable(b -> b.tableName(table)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("GameTitle").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("TopScore").attributeType(ScalarAttributeType.N).build())
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("GameTitleIndex")
                        .keySchema(KeySchemaElement.builder().attributeName("GameTitle").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("TopScore").keyType(KeyType.RANGE).build())
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))).build()));
    }

    private static QueryResponse query(String table) {
        return DDB.query(b -> b.tableName(table).indexName("GameTitleIndex").keyConditionExpression("GameTitle = :g")
                .expressionAttributeValues(Map.of(":g", AttributeValue.fromS("Galaxy Invaders"))));
    }

    private static List<String> users(QueryResponse r) {
        return r.items().stream().map(i -> i.get("UserId").s()).toList();
    }

    private static DynamoDbException error(Runnable call) {
        return assertThrows(DynamoDbException.class, call::run);
    }

    /**
     * DescribeTable, asked again until the table's first global index is ACTIVE, as a client waits
     * for a backfill (GSI.OnlineOps.html); the backfill of a few items takes milliseconds.
     */
    private static TableDescription awaitIndexActive(String t) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            TableDescription d = DDB.describeTable(b -> b.tableName(t)).table();
            if ("ACTIVE".equals(d.globalSecondaryIndexes().get(0).indexStatusAsString()) || System.nanoTime() > deadline) {
                return d;
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void aNewIndexIsFilledFromTheItemsThenFollowsEveryWrite() {
        String t = table(BillingMode.PAY_PER_REQUEST);
        put(t, "101", "Galaxy Invaders", "5842");
        put(t, "102", "Galaxy Invaders", "1000");
        put(t, "103", "Galaxy Invaders", null);

        TableDescription answer = createIndex(t).tableDescription();
        assertEquals("UPDATING", answer.tableStatusAsString());
        GlobalSecondaryIndexDescription creating = answer.globalSecondaryIndexes().get(0);
        assertEquals("CREATING", creating.indexStatusAsString());

        TableDescription described = awaitIndexActive(t);
        assertEquals("ACTIVE", described.tableStatusAsString());
        GlobalSecondaryIndexDescription active = described.globalSecondaryIndexes().get(0);
        assertEquals("ACTIVE", active.indexStatusAsString());
        assertFalse(active.backfilling(), "an index UpdateTable created is described with Backfilling, false once filled");
        assertEquals(Set.of("UserId", "GameTitle", "TopScore"),
                described.attributeDefinitions().stream().map(AttributeDefinition::attributeName).collect(Collectors.toSet()));

        assertEquals(List.of("102", "101"), users(query(t)), "backfilled, sparse (103 has no TopScore), in TopScore order");
        put(t, "104", "Galaxy Invaders", "3000");
        put(t, "102", "Galaxy Invaders", null);
        assertEquals(List.of("104", "101"), users(query(t)), "a later write is in the index, a removed index key is not");
    }

    @Test
    void aDeletedIndexCanNoLongerBeRead() {
        String t = table(BillingMode.PAY_PER_REQUEST);
        put(t, "101", "Galaxy Invaders", "5842");
        createIndex(t);
        TableDescription answer = DDB.updateTable(b -> b.tableName(t)
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("GameTitleIndex")).build()))
                .tableDescription();
        assertEquals("DELETING", answer.globalSecondaryIndexes().get(0).indexStatusAsString());
        assertTrue(DDB.describeTable(b -> b.tableName(t)).table().globalSecondaryIndexes().isEmpty());
        assertEquals("The table does not have the specified index: GameTitleIndex", error(() -> query(t)).awsErrorDetails().errorMessage());
        assertEquals("ResourceNotFoundException", error(() -> DDB.updateTable(b -> b.tableName(t)
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("GameTitleIndex")).build())))
                .awsErrorDetails().errorCode());
    }

    @Test
    void throughputChangesAreAnsweredUpdatingWithTheOldValuesThenDescribed() {
        String t = table(BillingMode.PROVISIONED);
        TableDescription answer = DDB.updateTable(b -> b.tableName(t).provisionedThroughput(p -> p.readCapacityUnits(15L).writeCapacityUnits(10L)))
                .tableDescription();
        assertEquals("UPDATING", answer.tableStatusAsString());
        assertEquals(5L, answer.provisionedThroughput().readCapacityUnits());
        TableDescription described = DDB.describeTable(b -> b.tableName(t)).table();
        assertEquals(15L, described.provisionedThroughput().readCapacityUnits());
        assertEquals(10L, described.provisionedThroughput().writeCapacityUnits());

        assertEquals("The provisioned throughput for the table will not change. The requested value equals the current value. "
                + "Current ReadCapacityUnits provisioned for the table: 15. Requested ReadCapacityUnits: 15. "
                + "Current WriteCapacityUnits provisioned for the table: 10. Requested WriteCapacityUnits: 10. "
                + "Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.",
                error(() -> DDB.updateTable(b -> b.tableName(t).provisionedThroughput(p -> p.readCapacityUnits(15L).writeCapacityUnits(10L))))
                        .awsErrorDetails().errorMessage());

        DDB.updateTable(b -> b.tableName(t).billingMode(BillingMode.PAY_PER_REQUEST));
        TableDescription onDemand = DDB.describeTable(b -> b.tableName(t)).table();
        assertEquals(BillingMode.PAY_PER_REQUEST, onDemand.billingModeSummary().billingMode());
        assertEquals(0L, onDemand.provisionedThroughput().readCapacityUnits());
    }

    @Test
    void aStreamIsEnabledAndDisabledOnceEach() {
        String t = table(BillingMode.PAY_PER_REQUEST);
        assertNull(DDB.describeTable(b -> b.tableName(t)).table().latestStreamArn());
        DDB.updateTable(b -> b.tableName(t).streamSpecification(s -> s.streamEnabled(true).streamViewType("NEW_AND_OLD_IMAGES")));
        TableDescription enabled = DDB.describeTable(b -> b.tableName(t)).table();
        assertTrue(enabled.streamSpecification().streamEnabled());
        assertEquals("NEW_AND_OLD_IMAGES", enabled.streamSpecification().streamViewTypeAsString());
        assertTrue(enabled.latestStreamArn().startsWith(enabled.tableArn() + "/stream/"), enabled.latestStreamArn());
        assertEquals("ResourceInUseException", error(() -> DDB.updateTable(b -> b.tableName(t)
                .streamSpecification(s -> s.streamEnabled(true).streamViewType("KEYS_ONLY")))).awsErrorDetails().errorCode());

        DDB.updateTable(b -> b.tableName(t).streamSpecification(s -> s.streamEnabled(false)));
        assertEquals("ResourceInUseException", error(() -> DDB.updateTable(b -> b.tableName(t)
                .streamSpecification(s -> s.streamEnabled(false)))).awsErrorDetails().errorCode());
        assertEquals("ValidationException", error(() -> DDB.updateTable(b -> b.tableName(t)
                .streamSpecification(s -> s.streamEnabled(true)))).awsErrorDetails().errorCode());
    }

    /** With a data directory, a restart finds the table as UpdateTable last left it, its new index rebuilt. */
    @Test
    void aRestartFindsTheTableAsUpdateTableLeftIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String t = "Durable";
        try (io.dynaspec.engine.ReferenceEngine engine = io.dynaspec.engine.ReferenceEngine.builder().dataDir(dir).start();
             DynamoDbClient ddb = client(engine)) {
            ddb.createTable(b -> b.tableName(t)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("UserId").attributeType(ScalarAttributeType.S).build(),
                            AttributeDefinition.builder().attributeName("GameTitle").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("UserId").keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName("GameTitle").keyType(KeyType.RANGE).build())
                    .billingMode(BillingMode.PROVISIONED).provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));
            ddb.putItem(b -> b.tableName(t).item(Map.of("UserId", AttributeValue.fromS("101"),
                    "GameTitle", AttributeValue.fromS("Galaxy Invaders"), "TopScore", AttributeValue.fromN("5842"))));
            ddb.updateTable(b -> b.tableName(t).provisionedThroughput(p -> p.readCapacityUnits(9L).writeCapacityUnits(7L)));
            ddb.updateTable(b -> b.tableName(t)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("GameTitle").attributeType(ScalarAttributeType.S).build(),
                            AttributeDefinition.builder().attributeName("TopScore").attributeType(ScalarAttributeType.N).build())
                    .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("GameTitleIndex")
                            .keySchema(KeySchemaElement.builder().attributeName("GameTitle").keyType(KeyType.HASH).build(),
                                    KeySchemaElement.builder().attributeName("TopScore").keyType(KeyType.RANGE).build())
                            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                            .provisionedThroughput(p -> p.readCapacityUnits(2L).writeCapacityUnits(2L))).build()));
        }
        try (io.dynaspec.engine.ReferenceEngine engine = io.dynaspec.engine.ReferenceEngine.builder().dataDir(dir).start();
             DynamoDbClient ddb = client(engine)) {
            TableDescription described = ddb.describeTable(b -> b.tableName(t)).table();
            assertEquals(9L, described.provisionedThroughput().readCapacityUnits());
            assertEquals(7L, described.provisionedThroughput().writeCapacityUnits());
            assertEquals("GameTitleIndex", described.globalSecondaryIndexes().get(0).indexName());
            QueryResponse r = ddb.query(b -> b.tableName(t).indexName("GameTitleIndex").keyConditionExpression("GameTitle = :g")
                    .expressionAttributeValues(Map.of(":g", AttributeValue.fromS("Galaxy Invaders"))));
            assertEquals(List.of("101"), users(r), "the index is rebuilt from the recovered items");
        }
    }

    private static DynamoDbClient client(io.dynaspec.engine.ReferenceEngine engine) {
        return DynamoDbClient.builder().endpointOverride(engine.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("any", "any")))
                .build();
    }

    @Test
    void requestsThatChangeNothingOrTooMuchAreRefused() {
        String t = table(BillingMode.PAY_PER_REQUEST);
        DynamoDbException nothing = error(() -> DDB.updateTable(b -> b.tableName(t)));
        assertEquals("ValidationException", nothing.awsErrorDetails().errorCode());
        assertTrue(nothing.awsErrorDetails().errorMessage().startsWith("At least one of ProvisionedThroughput, BillingMode"));

        DynamoDbException two = error(() -> DDB.updateTable(b -> b.tableName(t).globalSecondaryIndexUpdates(
                GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("abc")).build(),
                GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("abd")).build())));
        assertEquals("LimitExceededException", two.awsErrorDetails().errorCode());

        DynamoDbException same = error(() -> DDB.updateTable(b -> b.tableName(t).globalSecondaryIndexUpdates(
                GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("abc")).build(),
                GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("abc")).build())));
        assertEquals("One or more parameter values were invalid: Only one global secondary index update per index is allowed "
                + "simultaneously. Index: abc", same.awsErrorDetails().errorMessage());

        DynamoDbException missing = error(() -> DDB.updateTable(b -> b.tableName(t + "-missing").billingMode(BillingMode.PAY_PER_REQUEST)));
        assertEquals("ResourceNotFoundException", missing.awsErrorDetails().errorCode());

        DynamoDbException throughputOnDemand = error(() -> DDB.updateTable(b -> b.tableName(t)
                .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L))));
        assertEquals("ValidationException", throughputOnDemand.awsErrorDetails().errorCode());
        assertTrue(DDB.describeTable(b -> b.tableName(t)).table().globalSecondaryIndexes().isEmpty(), "nothing refused was half-applied");
    }
}
