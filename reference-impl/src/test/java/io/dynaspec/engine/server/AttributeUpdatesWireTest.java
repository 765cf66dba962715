package io.dynaspec.engine.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The legacy AttributeUpdates of UpdateItem through the AWS SDK (API_AttributeValueUpdate.html,
 * LegacyConditionalParameters.AttributeUpdates.html): PUT, ADD and DELETE, their type rules and
 * the refusal to mix them with UpdateExpression.
 */
class AttributeUpdatesWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;
    private static final String TABLE = WireFixture.uniqueTable("Legacy");

    static {
        DDB.createTable(b -> b.tableName(TABLE)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("id", AttributeValue.fromS(id));
    }

    private static AttributeValueUpdate update(AttributeAction action, AttributeValue value) {
        return AttributeValueUpdate.builder().action(action).value(value).build();
    }

    private static UpdateItemResponse send(String id, Map<String, AttributeValueUpdate> updates) {
        return DDB.updateItem(b -> b.tableName(TABLE).key(key(id)).attributeUpdates(updates).returnValues(ReturnValue.UPDATED_NEW));
    }

    private static Map<String, AttributeValue> item(String id) {
        return DDB.getItem(b -> b.tableName(TABLE).key(key(id)).consistentRead(true)).item();
    }

    @Test
    void addOnAMissingItemCreatesItAndDeleteOfNothingDoesNothing() {
        // API_AttributeValueUpdate.html: "If no item with the specified Key is found: [...] DELETE -
        // Nothing happens; there is no attribute to delete. ADD - DynamoDB creates a new item with the
        // supplied primary key and number (or set) for the attribute value."
        Map<String, AttributeValueUpdate> updates = new LinkedHashMap<>();
        updates.put("b", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build());
        updates.put("c", update(AttributeAction.DELETE, AttributeValue.fromSs(List.of("a", "b"))));
        updates.put("d", update(AttributeAction.ADD, AttributeValue.fromN("5")));
        updates.put("e", update(AttributeAction.ADD, AttributeValue.fromSs(List.of("a", "b"))));
        updates.put("f", update(AttributeAction.ADD, AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("1")))));
        UpdateItemResponse r = send("fresh", updates);
        Map<String, AttributeValue> expectedNew = Map.of("d", AttributeValue.fromN("5"),
                "e", AttributeValue.fromSs(List.of("a", "b")),
                "f", AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("1"))));
        assertEquals(expectedNew, r.attributes());
        Map<String, AttributeValue> stored = new LinkedHashMap<>(expectedNew);
        stored.put("id", AttributeValue.fromS("fresh"));
        assertEquals(stored, item("fresh"));
    }

    @Test
    void putIsTheDefaultAndAddAddsNumbersJoinsSetsAndAppendsLists() {
        send("grow", Map.of("n", AttributeValueUpdate.builder().value(AttributeValue.fromN("1")).build(),
                "s", AttributeValueUpdate.builder().value(AttributeValue.fromSs(List.of("a", "b"))).build(),
                "l", AttributeValueUpdate.builder().value(AttributeValue.fromL(List.of(AttributeValue.fromS("a")))).build()));
        UpdateItemResponse r = send("grow", Map.of("n", update(AttributeAction.ADD, AttributeValue.fromN("3")),
                "s", update(AttributeAction.ADD, AttributeValue.fromSs(List.of("b", "c"))),
                "l", update(AttributeAction.ADD, AttributeValue.fromL(List.of(AttributeValue.fromS("b"))))));
        assertEquals(AttributeValue.fromN("4"), r.attributes().get("n"));
        assertEquals(List.of("a", "b", "c"), r.attributes().get("s").ss().stream().sorted().toList());
        assertEquals(AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromS("b"))), r.attributes().get("l"));
    }

    @Test
    void deleteRemovesAnAttributeOrSetElementsAndAnEmptiedSetDisappears() {
        send("shrink", Map.of("ns", AttributeValueUpdate.builder().value(AttributeValue.fromNs(List.of("1", "2", "3"))).build(),
                "c", AttributeValueUpdate.builder().value(AttributeValue.fromS("a")).build(),
                "x", AttributeValueUpdate.builder().value(AttributeValue.fromS("gone")).build()));
        send("shrink", Map.of("ns", update(AttributeAction.DELETE, AttributeValue.fromNs(List.of("1", "4"))),
                "x", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build()));
        assertEquals(List.of("2", "3"), item("shrink").get("ns").ns().stream().sorted().toList());
        assertEquals(null, item("shrink").get("x"));
        send("shrink", Map.of("ns", update(AttributeAction.DELETE, AttributeValue.fromNs(List.of("2", "3")))));
        assertEquals(Map.of("id", AttributeValue.fromS("shrink"), "c", AttributeValue.fromS("a")), item("shrink"));
    }

    private static String refused(String id, Map<String, AttributeValueUpdate> updates) {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> send(id, updates));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        return e.awsErrorDetails().errorMessage();
    }

    @Test
    void eachActionTakesOnlyItsTypes() {
        assertEquals("One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified",
                refused("t", Map.of("a", AttributeValueUpdate.builder().action(AttributeAction.PUT).build())));
        assertEquals("One or more parameter values were invalid: DELETE action with value is not supported for the type S",
                refused("t", Map.of("a", update(AttributeAction.DELETE, AttributeValue.fromS("1")))));
        assertEquals("One or more parameter values were invalid: DELETE action with value is not supported for the type N",
                refused("t", Map.of("a", update(AttributeAction.DELETE, AttributeValue.fromN("1")))));
        assertEquals("One or more parameter values were invalid: ADD action is not supported for the type BOOL",
                refused("t", Map.of("a", update(AttributeAction.ADD, AttributeValue.fromBool(true)))));
        assertEquals("One or more parameter values were invalid: ADD action is not supported for the type M",
                refused("t", Map.of("a", update(AttributeAction.ADD, AttributeValue.fromM(Map.of())))));
    }

    @Test
    void aTypeMismatchWithTheStoredAttributeIsRefusedAndChangesNothing() {
        send("typed", Map.of("b", AttributeValueUpdate.builder().value(AttributeValue.fromSs(List.of("1"))).build(),
                "c", AttributeValueUpdate.builder().value(AttributeValue.fromN("1")).build(),
                "d", AttributeValueUpdate.builder().value(AttributeValue.fromNs(List.of("1"))).build()));
        Map<String, AttributeValue> before = item("typed");
        for (Map<String, AttributeValueUpdate> u : List.of(
                Map.of("b", update(AttributeAction.DELETE, AttributeValue.fromNs(List.of("1")))),
                Map.of("c", update(AttributeAction.DELETE, AttributeValue.fromNs(List.of("1")))),
                Map.of("b", update(AttributeAction.ADD, AttributeValue.fromNs(List.of("1")))),
                Map.of("d", update(AttributeAction.ADD, AttributeValue.fromN("1"))))) {
            assertEquals("Type mismatch for attribute to update", refused("typed", u));
        }
        assertEquals(before, item("typed"));
    }

    @Test
    void keyAttributesCannotBeUpdatedAndTheTwoStylesCannotMix() {
        assertEquals("One or more parameter values were invalid: Cannot update attribute id. This attribute is part of the key",
                refused("k", Map.of("id", AttributeValueUpdate.builder().value(AttributeValue.fromS("other")).build())));
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(TABLE).key(key("k"))
                .attributeUpdates(Map.of("a", AttributeValueUpdate.builder().value(AttributeValue.fromS("x")).build()))
                .updateExpression("SET b = :b").expressionAttributeValues(Map.of(":b", AttributeValue.fromS("y")))));
        assertEquals("Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}", e.awsErrorDetails().errorMessage());
    }
}
