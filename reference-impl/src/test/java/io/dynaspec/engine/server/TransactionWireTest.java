package io.dynaspec.engine.server;

import io.dynaspec.engine.cluster.ClientTokens;
import io.dynaspec.engine.cluster.TransactionCoordinator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.dynaspec.engine.server.DocTables.n;
import static io.dynaspec.engine.server.DocTables.s;
import static io.dynaspec.engine.server.DocTables.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TransactWriteItems and TransactGetItems through the AWS SDK, as API_TransactWriteItems.html,
 * API_TransactGetItems.html, API_CancellationReason.html and transaction-apis.html ("Amazon
 * DynamoDB Transactions: How it works") describe them: all or nothing, one cancellation reason per
 * action in request order (which the SDK parses into
 * {@link TransactionCanceledException#cancellationReasons()}), one action per item, capacity
 * counted twice, ClientRequestToken idempotency for 10 minutes, and conflicts with a transaction in
 * flight. Expected values come from those pages.
 */
class TransactionWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;
    private static final TransactionCoordinator COORDINATOR = WireFixture.ENGINE.cluster().transactions();

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("Id", n(id));
    }

    private static String catalogWith(String... idAndPrice) {
        String table = DocTables.productCatalog();
        for (int i = 0; i < idAndPrice.length; i += 2) {
            String id = idAndPrice[i];
            String price = idAndPrice[i + 1];
            DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n(id), "Price", n(price))));
        }
        return table;
    }

    private static TransactWriteItem debit(String table, String id, String amount) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(id))
                .updateExpression("SET Price = Price - :a").conditionExpression("Price >= :a")
                .expressionAttributeValues(Map.of(":a", n(amount))).build()).build();
    }

    private static TransactWriteItem credit(String table, String id, String amount) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(id))
                .updateExpression("SET Price = Price + :a").expressionAttributeValues(Map.of(":a", n(amount))).build()).build();
    }

    @Test
    void aTransferAppliesEveryActionTogether() {
        String table = catalogWith("1", "100", "2", "0", "3", "7");
        DDB.transactWriteItems(b -> b.transactItems(
                debit(table, "1", "30"),
                credit(table, "2", "30"),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(Map.of("Id", n("4"), "Price", n("5")))
                        .conditionExpression("attribute_not_exists(Id)").build()).build(),
                TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key("3")).build()).build()));
        assertEquals(n("70"), stored(table, key("1")).get("Price"));
        assertEquals(n("30"), stored(table, key("2")).get("Price"));
        assertEquals(n("5"), stored(table, key("4")).get("Price"));
        assertTrue(stored(table, key("3")).isEmpty());
    }

    @Test
    void aFailedConditionCancelsEveryActionWithOneReasonPerActionInOrder() {
        // API_TransactWriteItems.html: "TransactionCanceledException: The entire transaction request
        // was canceled"; API_CancellationReason.html: "None", "ConditionalCheckFailed", in the order
        // of the actions.
        String table = catalogWith("1", "10", "2", "0");
        TransactionCanceledException e = assertThrows(TransactionCanceledException.class, () -> DDB.transactWriteItems(b -> b
                .transactItems(credit(table, "2", "30"), debit(table, "1", "30"))));
        assertEquals(400, e.statusCode());
        List<CancellationReason> reasons = e.cancellationReasons();
        assertEquals(List.of("None", "ConditionalCheckFailed"), reasons.stream().map(CancellationReason::code).toList());
        assertTrue(e.awsErrorDetails().errorMessage().endsWith("[None, ConditionalCheckFailed]"), e.awsErrorDetails().errorMessage());
        assertFalse(reasons.get(1).hasItem(), "the old item is returned only when asked");
        assertEquals(n("10"), stored(table, key("1")).get("Price"));
        assertEquals(n("0"), stored(table, key("2")).get("Price"), "the credit was not applied either");
    }

    @Test
    void returnValuesOnConditionCheckFailurePutsTheItemInThatActionsReason() {
        String table = catalogWith("1", "10");
        TransactionCanceledException e = assertThrows(TransactionCanceledException.class, () -> DDB.transactWriteItems(b -> b
                .transactItems(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table).key(key("1"))
                        .conditionExpression("Price > :p").expressionAttributeValues(Map.of(":p", n("50")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build())));
        assertEquals(Map.of("Id", n("1"), "Price", n("10")), e.cancellationReasons().get(0).item());
    }

    @Test
    void twoActionsOnOneItemAreRefused() {
        String table = catalogWith("1", "10");
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.transactWriteItems(b -> b
                .transactItems(credit(table, "1", "1"), TransactWriteItem.builder().conditionCheck(ConditionCheck.builder()
                        .tableName(table).key(key("1")).conditionExpression("attribute_exists(Id)").build()).build())));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertEquals("Transaction request cannot include multiple operations on one item", e.awsErrorDetails().errorMessage());
        assertEquals(n("10"), stored(table, key("1")).get("Price"));
    }

    /**
     * An Update action is checked as UpdateItem checks it: a path into a global index's key
     * attribute is refused (HowItWorks.CoreComponents.html: key attributes are scalars), the whole
     * request with it, and nothing is written.
     */
    @Test
    void anUpdateActionThatReachesIntoAnIndexKeyIsRefusedAsUpdateItemRefusesIt() {
        String table = WireFixture.uniqueTable("Threads");
        DDB.createTable(b -> b.tableName(table).billingMode(software.amazon.awssdk.services.dynamodb.model.BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        software.amazon.awssdk.services.dynamodb.model.AttributeDefinition.builder().attributeName("Id")
                                .attributeType(software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N).build(),
                        software.amazon.awssdk.services.dynamodb.model.AttributeDefinition.builder().attributeName("Cat")
                                .attributeType(software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S).build())
                .keySchema(software.amazon.awssdk.services.dynamodb.model.KeySchemaElement.builder().attributeName("Id")
                        .keyType(software.amazon.awssdk.services.dynamodb.model.KeyType.HASH).build())
                .globalSecondaryIndexes(software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex.builder().indexName("ByCat")
                        .keySchema(software.amazon.awssdk.services.dynamodb.model.KeySchemaElement.builder().attributeName("Cat")
                                .keyType(software.amazon.awssdk.services.dynamodb.model.KeyType.HASH).build())
                        .projection(p -> p.projectionType(software.amazon.awssdk.services.dynamodb.model.ProjectionType.KEYS_ONLY)).build()));
        TransactWriteItem intoKey = TransactWriteItem.builder().update(Update.builder().tableName(table).key(key("1"))
                .updateExpression("SET Cat.x = :v").expressionAttributeValues(Map.of(":v", s("v"))).build()).build();
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.transactWriteItems(b -> b
                .transactItems(TransactWriteItem.builder().put(Put.builder().tableName(table).item(key("2")).build()).build(), intoKey)));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertEquals("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: Cat",
                e.awsErrorDetails().errorMessage());
        assertTrue(stored(table, key("2")).isEmpty(), "the other action was not applied either");
        assertTrue(stored(table, key("1")).isEmpty());
    }

    @Test
    void atMostOneHundredActions() {
        String table = catalogWith();
        List<TransactWriteItem> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(Map.of("Id", n(Integer.toString(i)))).build()).build());
        }
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.transactWriteItems(b -> b.transactItems(items)));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        DDB.transactWriteItems(b -> b.transactItems(items.subList(0, 100)));
        assertEquals(n("99"), stored(table, key("99")).get("Id"));
    }

    @Test
    void capacityIsCountedTwiceForEveryItem() {
        // transaction-apis.html: DynamoDB performs two underlying writes of every item, one to
        // prepare and one to commit; two items under 1 KB consume 4 write units.
        String table = catalogWith("1", "100", "2", "0");
        TransactWriteItemsResponse w = DDB.transactWriteItems(b -> b.transactItems(debit(table, "1", "1"), credit(table, "2", "1"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(1, w.consumedCapacity().size());
        assertEquals(4.0, w.consumedCapacity().get(0).writeCapacityUnits());
        // Two reads of every item: two items under 4 KB consume 4 read units.
        TransactGetItemsResponse r = DDB.transactGetItems(b -> b.transactItems(get(table, "1"), get(table, "2"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(4.0, r.consumedCapacity().get(0).readCapacityUnits());
    }

    private static TransactGetItem get(String table, String id) {
        return TransactGetItem.builder().get(Get.builder().tableName(table).key(key(id)).build()).build();
    }

    @Test
    void transactGetItemsAnswersInRequestOrderWithAnEmptyResponseForAMissingItem() {
        String table = catalogWith("1", "10", "2", "20");
        List<ItemResponse> responses = DDB.transactGetItems(b -> b.transactItems(get(table, "2"), get(table, "9"), get(table, "1"))).responses();
        assertEquals(3, responses.size());
        assertEquals(n("20"), responses.get(0).item().get("Price"));
        assertTrue(responses.get(1).item().isEmpty());
        assertEquals(n("10"), responses.get(2).item().get("Price"));
    }

    @Test
    void aRepeatedClientRequestTokenChangesNothingWithinTenMinutes() {
        String table = catalogWith("1", "100", "2", "0");
        TransactWriteItemsRequest transfer = TransactWriteItemsRequest.builder()
                .transactItems(debit(table, "1", "10"), credit(table, "2", "10")).clientRequestToken("transfer-1").build();
        DDB.transactWriteItems(transfer);
        // API_TransactWriteItems.html: "multiple identical calls have the same effect as one single
        // call"; a repeat reports the read capacity of reading the items.
        TransactWriteItemsResponse again = DDB.transactWriteItems(transfer.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        assertEquals(n("90"), stored(table, key("1")).get("Price"));
        assertEquals(n("10"), stored(table, key("2")).get("Price"));
        assertEquals(2.0, again.consumedCapacity().get(0).readCapacityUnits());
        assertNull(again.consumedCapacity().get(0).writeCapacityUnits());
        // "the same client token but a change in other parameters ... IdempotentParameterMismatch"
        assertThrows(IdempotentParameterMismatchException.class, () -> DDB.transactWriteItems(transfer.toBuilder()
                .transactItems(debit(table, "1", "20"), credit(table, "2", "20")).build()));
        // "After 10 minutes, any request with the same client token is treated as a new request."
        WireFixture.ENGINE.cluster().clock().advance(ClientTokens.WINDOW_MILLIS);
        DDB.transactWriteItems(transfer);
        assertEquals(n("80"), stored(table, key("1")).get("Price"));
        assertEquals(n("20"), stored(table, key("2")).get("Price"));
    }

    @Test
    void aTransactionInFlightConflictsWithWritesReadsAndItsOwnToken() throws Exception {
        String table = catalogWith("1", "100", "2", "0");
        TransactWriteItemsRequest transfer = TransactWriteItemsRequest.builder()
                .transactItems(debit(table, "1", "10"), credit(table, "2", "10")).clientRequestToken("in-flight").build();
        COORDINATOR.holdBetweenPhases();
        CompletableFuture<TransactWriteItemsResponse> running;
        try {
            running = CompletableFuture.supplyAsync(() -> DDB.transactWriteItems(transfer));
            assertTrue(COORDINATOR.awaitHeld(1, 10_000), "the transaction prepared");
            // transaction-apis.html, "Transaction conflict handling": a PutItem on an item in a
            // transaction fails with TransactionConflictException; a TransactGetItems on it is cancelled.
            assertThrows(TransactionConflictException.class, () -> DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("1")))));
            TransactionCanceledException read = assertThrows(TransactionCanceledException.class,
                    () -> DDB.transactGetItems(b -> b.transactItems(get(table, "1"))));
            assertEquals("TransactionConflict", read.cancellationReasons().get(0).code());
            TransactionCanceledException other = assertThrows(TransactionCanceledException.class,
                    () -> DDB.transactWriteItems(b -> b.transactItems(credit(table, "2", "1"))));
            assertEquals("TransactionConflict", other.cancellationReasons().get(0).code());
            // API_TransactWriteItems.html: the same token while the first call runs.
            assertThrows(TransactionInProgressException.class, () -> DDB.transactWriteItems(transfer));
            // A plain read is served from the committed state.
            assertEquals(n("100"), stored(table, key("1")).get("Price"));
        } finally {
            COORDINATOR.releaseBetweenPhases();
        }
        running.get();
        assertEquals(n("90"), stored(table, key("1")).get("Price"));
        assertEquals(n("10"), stored(table, key("2")).get("Price"));
        DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("1"))));
    }
}
