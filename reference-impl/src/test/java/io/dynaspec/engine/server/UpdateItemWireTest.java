package io.dynaspec.engine.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static io.dynaspec.engine.server.DocTables.n;
import static io.dynaspec.engine.server.DocTables.s;
import static io.dynaspec.engine.server.DocTables.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * UpdateItem through the AWS SDK (API_UpdateItem.html): the Developer Guide's update expression
 * examples replayed on the ProductCatalog item 789 (Expressions.UpdateExpressions.html), each
 * ReturnValues choice, creating the item when the key holds none, the key attributes that no
 * update may touch, and the 400 KB limit on the item an update leaves.
 */
class UpdateItemWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;

    /** Expressions.UpdateExpressions.html: the sample item every example there starts from. */
    private static final Map<String, AttributeValue> PRODUCT_789 = Map.of(
            "Id", n("789"),
            "ProductCategory", s("Home Improvement"),
            "Price", n("52"),
            "InStock", AttributeValue.fromBool(true),
            "Brand", s("Acme"));
    private static final Map<String, AttributeValue> KEY_789 = Map.of("Id", n("789"));

    private static String catalogWith(Map<String, AttributeValue> item) {
        String table = DocTables.productCatalog();
        DDB.putItem(b -> b.tableName(table).item(item));
        return table;
    }

    private static Map<String, AttributeValue> with(Map<String, AttributeValue> item, String name, AttributeValue value) {
        Map<String, AttributeValue> m = new HashMap<>(item);
        m.put(name, value);
        return m;
    }

    private static Map<String, AttributeValue> without(Map<String, AttributeValue> item, String... names) {
        Map<String, AttributeValue> m = new HashMap<>(item);
        for (String name : names) {
            m.remove(name);
        }
        return m;
    }

    private static AttributeValue list(String... elements) {
        return AttributeValue.fromL(Arrays.stream(elements).map(AttributeValue::fromS).toList());
    }

    /** An update of item 789 that returns the whole new item, as every example of the page does. */
    private static Map<String, AttributeValue> update789(String table, Consumer<UpdateItemRequest.Builder> request) {
        return DDB.updateItem(b -> {
            b.tableName(table).key(KEY_789).returnValues(ReturnValue.ALL_NEW);
            request.accept(b);
        }).attributes();
    }

    private static void assertValidation(String message, DynamoDbException e) {
        assertEquals(400, e.statusCode());
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertEquals(message, e.awsErrorDetails().errorMessage());
    }

    @Test
    void setReplacesAttributesAndAllNewReturnsTheItemAsTheUpdateLeftIt() {
        // "Modifying Attributes": SET ProductCategory = :c, Price = :p with Hardware and 60.
        String table = catalogWith(PRODUCT_789);
        Map<String, AttributeValue> after = update789(table, b -> b.updateExpression("SET ProductCategory = :c, Price = :p")
                .expressionAttributeValues(Map.of(":c", s("Hardware"), ":p", n("60"))));
        Map<String, AttributeValue> expected = with(with(PRODUCT_789, "ProductCategory", s("Hardware")), "Price", n("60"));
        assertEquals(expected, after);
        assertEquals(expected, stored(table, KEY_789));
    }

    @Test
    void setAddsAListAndAMapThenListElementsAndNestedMapAttributes() {
        // "Adding Lists and Maps", "Adding Elements To a List" ("If the element does not already
        // exist, SET will append the new element at the end of the list") and "Adding Nested Map
        // Attributes", one after the other as the page runs them.
        String table = catalogWith(PRODUCT_789);
        AttributeValue reviews = AttributeValue.fromM(Map.of("FiveStar", list("Best product ever!")));
        update789(table, b -> b.updateExpression("SET RelatedItems = :ri, ProductReviews = :pr")
                .expressionAttributeValues(Map.of(":ri", list("Hammer"), ":pr", reviews)));

        Map<String, AttributeValue> after = update789(table, b -> b.updateExpression("SET RelatedItems[1] = :ri")
                .expressionAttributeValues(Map.of(":ri", s("Nails"))));
        assertEquals(list("Hammer", "Nails"), after.get("RelatedItems"));

        after = update789(table, b -> b.updateExpression("SET #pr.#5star[1] = :r5, #pr.#3star = :r3")
                .expressionAttributeNames(Map.of("#pr", "ProductReviews", "#5star", "FiveStar", "#3star", "ThreeStar"))
                .expressionAttributeValues(Map.of(":r5", s("Very happy with my purchase"), ":r3", list("Just OK - not that great"))));
        assertEquals(AttributeValue.fromM(Map.of(
                "FiveStar", list("Best product ever!", "Very happy with my purchase"),
                "ThreeStar", list("Just OK - not that great"))), after.get("ProductReviews"));
    }

    @Test
    void setOnAListElementReplacesItAndAnIndexPastTheEndAppends() {
        // "When you use SET to update a list element, the contents of that element are replaced
        // ... If the element does not already exist, SET will append the new element at the end".
        String table = catalogWith(with(PRODUCT_789, "RelatedItems", list("Hammer", "Nails")));
        Map<String, AttributeValue> after = update789(table, b -> b.updateExpression("SET RelatedItems[0] = :a, RelatedItems[7] = :b")
                .expressionAttributeValues(Map.of(":a", s("Mallet"), ":b", s("Saw"))));
        assertEquals(list("Mallet", "Nails", "Saw"), after.get("RelatedItems"));
    }

    @Test
    void setAddsToAndSubtractsFromANumber() {
        // "Incrementing and Decrementing Numeric Attributes": SET Price = Price - :p with 15; "To
        // increase the Price, you would use the + operator".
        String table = catalogWith(PRODUCT_789);
        assertEquals(n("37"), update789(table, b -> b.updateExpression("SET Price = Price - :p")
                .expressionAttributeValues(Map.of(":p", n("15")))).get("Price"));
        assertEquals(n("39.5"), update789(table, b -> b.updateExpression("SET Price = Price + :p")
                .expressionAttributeValues(Map.of(":p", n("2.5")))).get("Price"));
    }

    @Test
    void listAppendAddsElementsAtEitherEnd() {
        // "Appending Elements To a List": the two examples leave "Chisel, Hammer, Nails,
        // Screwdriver, Hacksaw", in that order.
        String table = catalogWith(with(PRODUCT_789, "RelatedItems", list("Hammer", "Nails")));
        update789(table, b -> b.updateExpression("SET #ri = list_append(#ri, :vals)")
                .expressionAttributeNames(Map.of("#ri", "RelatedItems"))
                .expressionAttributeValues(Map.of(":vals", list("Screwdriver", "Hacksaw"))));
        Map<String, AttributeValue> after = update789(table, b -> b.updateExpression("SET #ri = list_append(:vals, #ri)")
                .expressionAttributeNames(Map.of("#ri", "RelatedItems"))
                .expressionAttributeValues(Map.of(":vals", list("Chisel"))));
        assertEquals(list("Chisel", "Hammer", "Nails", "Screwdriver", "Hacksaw"), after.get("RelatedItems"));
    }

    @Test
    void ifNotExistsKeepsAnAttributeThatIsThereAndSetsOneThatIsNot() {
        // "Preventing Overwrites of an Existing Attribute": "If Price already exists, nothing happens".
        String table = catalogWith(PRODUCT_789);
        assertEquals(PRODUCT_789, update789(table, b -> b.updateExpression("SET Price = if_not_exists(Price, :p)")
                .expressionAttributeValues(Map.of(":p", n("100")))));
        table = catalogWith(without(PRODUCT_789, "Price"));
        assertEquals(n("100"), update789(table, b -> b.updateExpression("SET Price = if_not_exists(Price, :p)")
                .expressionAttributeValues(Map.of(":p", n("100")))).get("Price"));
    }

    @Test
    void removeDeletesAttributesAndIgnoresThoseTheItemLacks() {
        // "REMOVE—Deleting Attributes From An Item": "If the attributes do not exist, nothing happens".
        String table = catalogWith(PRODUCT_789);
        assertEquals(without(PRODUCT_789, "Brand", "InStock"),
                update789(table, b -> b.updateExpression("REMOVE Brand, InStock, QuantityOnHand")));
    }

    @Test
    void removeOfListElementsShiftsTheRest() {
        // "Removing Elements From a List": REMOVE RelatedItems[1], RelatedItems[2] on the five
        // elements leaves "Chisel, Screwdriver, Hacksaw".
        String table = catalogWith(with(PRODUCT_789, "RelatedItems", list("Chisel", "Hammer", "Nails", "Screwdriver", "Hacksaw")));
        assertEquals(list("Chisel", "Screwdriver", "Hacksaw"),
                update789(table, b -> b.updateExpression("REMOVE RelatedItems[1], RelatedItems[2]")).get("RelatedItems"));
    }

    @Test
    void addStartsAMissingNumberFromZeroAndAddsToItAfterwards() {
        // "Adding a Number": ADD QuantityOnHand :q with 5 sets it to 5, and each re-run adds 5;
        // API_UpdateItem.html: "If Value is a negative number, then it is subtracted".
        String table = catalogWith(PRODUCT_789);
        Consumer<UpdateItemRequest.Builder> addFive = b -> b.updateExpression("ADD QuantityOnHand :q")
                .expressionAttributeValues(Map.of(":q", n("5")));
        assertEquals(n("5"), update789(table, addFive).get("QuantityOnHand"));
        assertEquals(n("10"), update789(table, addFive).get("QuantityOnHand"));
        assertEquals(n("7"), update789(table, b -> b.updateExpression("ADD QuantityOnHand :q")
                .expressionAttributeValues(Map.of(":q", n("-3")))).get("QuantityOnHand"));
    }

    @Test
    void addJoinsSetsAndDeleteTakesElementsAway() {
        // "Adding Elements To A Set" then "DELETE—Removing Elements From A Set".
        String table = catalogWith(PRODUCT_789);
        update789(table, b -> b.updateExpression("ADD Color :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromSs(List.of("Orange", "Purple")))));
        Map<String, AttributeValue> after = update789(table, b -> b.updateExpression("ADD Color :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromSs(List.of("Yellow", "Green", "Blue")))));
        assertEquals(Set.of("Orange", "Purple", "Yellow", "Green", "Blue"), Set.copyOf(after.get("Color").ss()));
        after = update789(table, b -> b.updateExpression("DELETE Color :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromSs(List.of("Yellow", "Purple")))));
        assertEquals(Set.of("Orange", "Green", "Blue"), Set.copyOf(after.get("Color").ss()));
    }

    @Test
    void deletingEverySetElementRemovesTheAttribute() {
        // HowItWorks.NamingRulesDataTypes.html: a set holds at least one element, so a DELETE that
        // takes all of them leaves no attribute behind.
        String table = catalogWith(with(PRODUCT_789, "Color", AttributeValue.fromSs(List.of("Red", "Blue"))));
        assertEquals(PRODUCT_789, update789(table, b -> b.updateExpression("DELETE Color :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromSs(List.of("Red", "Blue", "Green"))))));
    }

    @Test
    void addAndDeleteTakeOnlyNumbersAndSetsOfTheSameType() {
        // Expressions.UpdateExpressions.html: "The ADD action only supports number and set data
        // types"; "The DELETE action only supports Set data types"; API_UpdateItem.html: "Both
        // sets must have the same primitive data type".
        String table = catalogWith(with(PRODUCT_789, "Sizes", AttributeValue.fromNs(List.of("1", "2"))));
        String wrongType = "An operand in the update expression has an incorrect data type";
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("ADD Brand :x").expressionAttributeValues(Map.of(":x", AttributeValue.fromSs(List.of("x"))))));
        assertValidation(wrongType, e);
        e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("DELETE Price :x").expressionAttributeValues(Map.of(":x", AttributeValue.fromNs(List.of("52"))))));
        assertValidation(wrongType, e);
        e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("ADD Sizes :x").expressionAttributeValues(Map.of(":x", AttributeValue.fromSs(List.of("3"))))));
        assertValidation(wrongType, e);
        assertEquals(with(PRODUCT_789, "Sizes", AttributeValue.fromNs(List.of("1", "2"))), stored(table, KEY_789));
    }

    @Test
    void everyActionReadsTheItemAsItWasBeforeTheUpdate() {
        // Expressions.UpdateExpressions.html: "DynamoDB evaluates every action against the item's
        // attribute values as they were before the update", so two SETs can swap two attributes.
        String table = catalogWith(with(PRODUCT_789, "ListPrice", n("60")));
        Map<String, AttributeValue> after = update789(table, b -> b.updateExpression("SET Price = ListPrice, ListPrice = Price"));
        assertEquals(n("60"), after.get("Price"));
        assertEquals(n("52"), after.get("ListPrice"));
    }

    @Test
    void returnValuesChoosesWhichAttributesComeBack() {
        // API_UpdateItem.html, "ReturnValues": NONE returns nothing; ALL_OLD all attributes as
        // they appeared before; UPDATED_OLD "only the updated attributes, as they appeared before";
        // ALL_NEW all attributes after; UPDATED_NEW "only the updated attributes, as they appear after".
        String expression = "SET Price = :p, Color = :c REMOVE Brand";
        Map<String, AttributeValue> values = Map.of(":p", n("60"), ":c", s("Red"));
        Map<String, AttributeValue> updated = with(with(without(PRODUCT_789, "Brand"), "Price", n("60")), "Color", s("Red"));
        Map<ReturnValue, Map<String, AttributeValue>> expected = Map.of(
                ReturnValue.ALL_OLD, PRODUCT_789,
                // Color had no value before, Brand has none after.
                ReturnValue.UPDATED_OLD, Map.of("Price", n("52"), "Brand", s("Acme")),
                ReturnValue.ALL_NEW, updated,
                ReturnValue.UPDATED_NEW, Map.of("Price", n("60"), "Color", s("Red")));
        for (Map.Entry<ReturnValue, Map<String, AttributeValue>> e : expected.entrySet()) {
            String table = catalogWith(PRODUCT_789);
            UpdateItemResponse r = DDB.updateItem(b -> b.tableName(table).key(KEY_789).updateExpression(expression)
                    .expressionAttributeValues(values).returnValues(e.getKey()));
            assertEquals(e.getValue(), r.attributes(), e.getKey().toString());
            assertEquals(updated, stored(table, KEY_789));
        }
        String table = catalogWith(PRODUCT_789);
        UpdateItemResponse none = DDB.updateItem(b -> b.tableName(table).key(KEY_789).updateExpression(expression)
                .expressionAttributeValues(values).returnValues(ReturnValue.NONE));
        // "The Attributes map is only present if ReturnValues was specified as something other than NONE".
        assertFalse(none.hasAttributes());
    }

    @Test
    void theAtomicCounterExampleAddsOneAndReturnsAnEmptyResponse() {
        // API_UpdateItem.html, "Atomic Counter": set Replies = Replies + :num with ReturnValues NONE;
        // "no output appears in the response payload".
        String thread = DocTables.thread();
        Map<String, AttributeValue> key = Map.of("ForumName", s("Amazon DynamoDB"), "Subject", s("A question about updates"));
        DDB.putItem(b -> b.tableName(thread).item(with(key, "Replies", n("2"))));
        UpdateItemResponse r = DDB.updateItem(b -> b.tableName(thread).key(key).updateExpression("set Replies = Replies + :num")
                .expressionAttributeValues(Map.of(":num", n("1"))).returnValues(ReturnValue.NONE));
        assertFalse(r.hasAttributes());
        assertEquals(n("3"), stored(thread, key).get("Replies"));
    }

    @Test
    void theConditionalUpdateExampleReturnsTheWholeNewItemAndCannotRunTwice() {
        // API_UpdateItem.html, "Conditional Update": LastPostedBy becomes alice only while it is
        // fred; "All of the item's attributes, as they appear after the update, are returned".
        String thread = DocTables.thread();
        Map<String, AttributeValue> before = Map.of(
                "ForumName", s("Amazon DynamoDB"),
                "Subject", s("Maximum number of items?"),
                "LastPostedBy", s("fred@example.com"),
                "LastPostDateTime", s("20130320010350"),
                "Tags", AttributeValue.fromSs(List.of("Update", "Multiple Items", "HelpMe")),
                "Views", n("5"),
                "Message", s("I want to put 10 million data items to an Amazon DynamoDB table.  Is there an upper limit?"));
        DDB.putItem(b -> b.tableName(thread).item(before));
        Map<String, AttributeValue> key = Map.of("ForumName", s("Amazon DynamoDB"), "Subject", s("Maximum number of items?"));
        Consumer<UpdateItemRequest.Builder> request = b -> b.tableName(thread).key(key)
                .updateExpression("set LastPostedBy = :val1").conditionExpression("LastPostedBy = :val2")
                .expressionAttributeValues(Map.of(":val1", s("alice@example.com"), ":val2", s("fred@example.com")))
                .returnValues(ReturnValue.ALL_NEW);
        Map<String, AttributeValue> after = with(before, "LastPostedBy", s("alice@example.com"));
        assertEquals(after, DDB.updateItem(request).attributes());
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.updateItem(request));
        assertEquals(after, stored(thread, key));
    }

    @Test
    void anUpdateOfAKeyWithoutAnItemCreatesTheItem() {
        // API_UpdateItem.html: "Edits an existing item's attributes, or adds a new item to the table
        // if it does not already exist"; ALL_OLD then has nothing to return; ADD "uses 0 as the
        // initial value" for "an item that doesn't exist before the update".
        String table = DocTables.productCatalog();
        UpdateItemResponse r = DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("SET ProductCategory = :c").expressionAttributeValues(Map.of(":c", s("Hardware")))
                .returnValues(ReturnValue.ALL_OLD));
        assertFalse(r.hasAttributes());
        assertEquals(Map.of("Id", n("789"), "ProductCategory", s("Hardware")), stored(table, KEY_789));

        Map<String, AttributeValue> key = Map.of("Id", n("790"));
        assertEquals(Map.of("Id", n("790"), "itemcount", n("3")), DDB.updateItem(b -> b.tableName(table).key(key)
                .updateExpression("ADD itemcount :n").expressionAttributeValues(Map.of(":n", n("3")))
                .returnValues(ReturnValue.ALL_NEW)).attributes());
    }

    @Test
    void aConditionCanKeepAnUpdateFromCreatingTheItem() {
        // Expressions.ConditionExpressions.html, "Conditional Updates": the condition is judged
        // first; on a key without an item attribute_exists is false, so nothing is created.
        String table = DocTables.productCatalog();
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("SET Price = :p").conditionExpression("attribute_exists(Id)")
                .expressionAttributeValues(Map.of(":p", n("1")))));
        assertEquals(Map.of(), stored(table, KEY_789));
    }

    @Test
    void noUpdateMayTouchAKeyAttribute() {
        // API_AttributeValueUpdate.html: "You cannot use UpdateItem to update any primary key
        // attributes. Instead, you will need to delete the item, and then use PutItem".
        String table = catalogWith(PRODUCT_789);
        String message = "One or more parameter values were invalid: Cannot update attribute Id. This attribute is part of the key";
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("SET Id = :id").expressionAttributeValues(Map.of(":id", n("790")))));
        assertValidation(message, e);
        e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("REMOVE #k").expressionAttributeNames(Map.of("#k", "Id"))));
        assertValidation(message, e);
        e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("ADD Id :one").expressionAttributeValues(Map.of(":one", n("1")))));
        assertValidation(message, e);
        assertEquals(PRODUCT_789, stored(table, KEY_789));

        String thread = DocTables.thread();
        Map<String, AttributeValue> key = Map.of("ForumName", s("Amazon DynamoDB"), "Subject", s("Maximum number of items?"));
        e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(thread).key(key)
                .updateExpression("SET Subject = :s").expressionAttributeValues(Map.of(":s", s("Renamed")))));
        assertValidation("One or more parameter values were invalid: Cannot update attribute Subject. This attribute is part of the key", e);
        assertEquals(Map.of(), stored(thread, key), "the refused update created no item");
    }

    @Test
    void theFourHundredKilobyteLimitIsOnTheItemTheUpdateLeaves() {
        // ServiceQuotas.html: "The maximum item size in DynamoDB is 400 KB" (409,600 bytes), names
        // and values counted in UTF-8 (CapacityUnitCalculations.html). "LoginAlias" (10) + "big"
        // (3) + "d" (1) + n bytes: an n of 409,586 makes exactly 400 KB.
        String employee = DocTables.employee();
        Map<String, AttributeValue> key = Map.of("LoginAlias", s("big"));
        DDB.updateItem(b -> b.tableName(employee).key(key).updateExpression("SET d = :d")
                .expressionAttributeValues(Map.of(":d", s("x".repeat(409_586)))));
        assertEquals(409_586, stored(employee, key).get("d").s().length());

        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(employee).key(key)
                .updateExpression("SET d = :d").expressionAttributeValues(Map.of(":d", s("y".repeat(409_587))))));
        assertValidation("Item size to update has exceeded the maximum allowed size", e);

        // Two attributes each well under the limit, whose sum is over it.
        DDB.updateItem(b -> b.tableName(employee).key(key).updateExpression("SET d = :d")
                .expressionAttributeValues(Map.of(":d", s("z".repeat(300_000)))));
        e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(employee).key(key)
                .updateExpression("SET e = :e").expressionAttributeValues(Map.of(":e", s("w".repeat(150_000))))));
        assertValidation("Item size to update has exceeded the maximum allowed size", e);
        assertEquals(Map.of("LoginAlias", s("big"), "d", s("z".repeat(300_000))), stored(employee, key));
    }

    @Test
    void anUpdateWithOneActionThatCannotApplyAppliesNone() {
        // The seed: "all attribute writes in the operation will either succeed or fail"; an
        // arithmetic operand must exist (Expressions.UpdateExpressions.html, "Incrementing and
        // Decrementing Numeric Attributes" works on "an existing numeric attribute").
        String table = catalogWith(PRODUCT_789);
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("SET ProductCategory = :c, QuantityOnHand = QuantityOnHand + :one REMOVE Brand")
                .expressionAttributeValues(Map.of(":c", s("Hardware"), ":one", n("1")))));
        assertValidation("The provided expression refers to an attribute that does not exist in the item", e);
        assertEquals(PRODUCT_789, stored(table, KEY_789));
    }

    @Test
    void theUpdateAndConditionExpressionsShareOneSetOfPlaceholders() {
        // API_UpdateItem.html: ExpressionAttributeNames and ExpressionAttributeValues serve every
        // expression of the request; each one supplied must be used by one of them
        // (Expressions.ExpressionAttributeValues.html).
        String table = catalogWith(PRODUCT_789);
        DDB.updateItem(b -> b.tableName(table).key(KEY_789).updateExpression("SET #p = :new")
                .conditionExpression("#p = :old").expressionAttributeNames(Map.of("#p", "Price"))
                .expressionAttributeValues(Map.of(":new", n("60"), ":old", n("52"))));
        assertEquals(n("60"), stored(table, KEY_789).get("Price"));

        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("SET Price = :new").conditionExpression("Price = :old")
                .expressionAttributeValues(Map.of(":new", n("70"), ":old", n("60"), ":spare", n("0")))));
        assertValidation("Value provided in ExpressionAttributeValues unused in expressions: keys: {:spare}", e);
        e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("SET Price = :new").expressionAttributeValues(Map.of(":old", n("60")))));
        assertValidation("Invalid UpdateExpression: An expression attribute value used in expression is not defined; "
                + "attribute value: :new", e);
        assertEquals(n("60"), stored(table, KEY_789).get("Price"));
    }

    @Test
    void aReservedWordInAnUpdateExpressionMustGoThroughAName() {
        // ReservedWords.html lists NAME; Expressions.ExpressionAttributeNames.html, "Reserved Words".
        String table = catalogWith(PRODUCT_789);
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("SET Name = :n").expressionAttributeValues(Map.of(":n", s("Claw hammer")))));
        assertValidation("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: Name", e);
        assertEquals(s("Claw hammer"), update789(table, b -> b.updateExpression("SET #n = :n")
                .expressionAttributeNames(Map.of("#n", "Name")).expressionAttributeValues(Map.of(":n", s("Claw hammer")))).get("Name"));
    }

    @Test
    void anUpdateExpressionCannotComeWithTheLegacyExpected() {
        // LegacyConditionalParameters.html: "DynamoDB does not allow mixing legacy conditional
        // parameters and expression parameters in a single call".
        String table = catalogWith(PRODUCT_789);
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_789)
                .updateExpression("REMOVE Brand").expected(Map.of("Id", ExpectedAttributeValue.builder().exists(true)
                        .value(n("789")).build()))));
        assertValidation("Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: {Expected} Expression parameters: {UpdateExpression}", e);
        assertEquals(PRODUCT_789, stored(table, KEY_789));
    }
}
