package io.dynaspec.engine.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.util.List;
import java.util.Map;

import static io.dynaspec.engine.server.DocTables.n;
import static io.dynaspec.engine.server.DocTables.s;
import static io.dynaspec.engine.server.DocTables.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conditional PutItem, DeleteItem and UpdateItem through the AWS SDK: condition expressions
 * (Expressions.ConditionExpressions.html), the failure DynamoDB answers with (API_PutItem.html,
 * "Errors"), ReturnValuesOnConditionCheckFailure, the legacy Expected and ConditionalOperator
 * parameters (LegacyConditionalParameters.Expected.html), placeholders
 * (Expressions.ExpressionAttributeNames.html, Expressions.ExpressionAttributeValues.html) and
 * reserved words (ReservedWords.html). Expected values come from those pages, never from the
 * engine.
 */
class ConditionalWriteWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;
    private static final String FAILED = "The conditional request failed";

    /** Expressions.ConditionExpressions.html: the item every example of the page starts from. */
    private static final Map<String, AttributeValue> PRODUCT_456 = Map.of(
            "Id", n("456"), "ProductCategory", s("Sporting Goods"), "Price", n("650"));
    private static final Map<String, AttributeValue> KEY_456 = Map.of("Id", n("456"));

    /** The seed's Employee item, exactly as its put-item example writes it. */
    private static final Map<String, AttributeValue> IRENE = Map.of(
            "LoginAlias", s("irenes"),
            "FirstName", s("Irene"),
            "LastName", s("Smith"),
            "ManagerLoginAlias", s("mateoj"),
            "Skills", AttributeValue.fromSs(List.of("python", "aws")));

    private static String catalogWithProduct456() {
        String table = DocTables.productCatalog();
        DDB.putItem(b -> b.tableName(table).item(PRODUCT_456));
        return table;
    }

    private static void assertValidation(String message, DynamoDbException e) {
        assertEquals(400, e.statusCode());
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertEquals(message, e.awsErrorDetails().errorMessage());
    }

    @Test
    void theSeedsCreateOnlyPutSucceedsOnceThenFailsWordForWord() {
        // The seed: put-item --item irenes --condition-expression 'attribute_not_exists(LoginAlias)';
        // "If item with PK=irenes exists we get: An error occurred (ConditionalCheckFailedException)
        // when calling the PutItem operation: The conditional request failed".
        String employee = DocTables.employee();
        DDB.putItem(b -> b.tableName(employee).item(IRENE).conditionExpression("attribute_not_exists(LoginAlias)"));
        assertEquals(IRENE, stored(employee, Map.of("LoginAlias", s("irenes"))));

        ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b
                .tableName(employee).item(IRENE).conditionExpression("attribute_not_exists(LoginAlias)")));
        assertEquals(400, e.statusCode());
        // The AWS CLI prints a service error as "An error occurred (<code>) when calling the <operation> operation: <message>".
        assertEquals("An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed",
                "An error occurred (" + e.awsErrorDetails().errorCode() + ") when calling the PutItem operation: "
                        + e.awsErrorDetails().errorMessage());
    }

    @Test
    void aPutThatMustNotOverwriteFailsOnceTheKeyHoldsAnItem() {
        // Expressions.ConditionExpressions.html, "Preventing Overwrites of an Existing Item":
        // put-item --condition-expression "attribute_not_exists(Id)"; "If the condition expression
        // evaluates to false, DynamoDB returns the following error message: The conditional request failed".
        String table = DocTables.productCatalog();
        DDB.putItem(b -> b.tableName(table).item(PRODUCT_456).conditionExpression("attribute_not_exists(Id)"));
        Map<String, AttributeValue> cheaper = Map.of("Id", n("456"), "ProductCategory", s("Sporting Goods"), "Price", n("1"));
        ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b
                .tableName(table).item(cheaper).conditionExpression("attribute_not_exists(Id)")));
        assertEquals("ConditionalCheckFailedException", e.awsErrorDetails().errorCode());
        assertEquals(FAILED, e.awsErrorDetails().errorMessage());
        assertEquals(PRODUCT_456, stored(table, KEY_456), "the failed put replaced nothing");
    }

    @Test
    void aDeleteCanRequireAnAttributeToBeAbsentOrPresent() {
        // Expressions.ConditionExpressions.html, "Checking for Attributes in an Item": delete only
        // if there is no Price; delete only if ProductReviews.OneStar exists.
        String table = catalogWithProduct456();
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.deleteItem(b -> b.tableName(table).key(KEY_456)
                .conditionExpression("attribute_not_exists(Price)")));
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.deleteItem(b -> b.tableName(table).key(KEY_456)
                .conditionExpression("attribute_exists(ProductReviews.OneStar)")));
        assertEquals(PRODUCT_456, stored(table, KEY_456));

        Map<String, AttributeValue> reviewed = Map.of("Id", n("456"), "ProductReviews",
                AttributeValue.fromM(Map.of("OneStar", AttributeValue.fromL(List.of(s("Broke on day one"))))));
        DDB.putItem(b -> b.tableName(table).item(reviewed));
        DDB.deleteItem(b -> b.tableName(table).key(KEY_456).conditionExpression("attribute_exists(ProductReviews.OneStar)"));
        assertEquals(Map.of(), stored(table, KEY_456));
    }

    @Test
    void theDocsConditionalDeleteFailsOnPriceThenSucceedsWithAPriceInRange() {
        // Expressions.ConditionExpressions.html, "Conditional Deletes": with Price 650 "the
        // ProductCategory comparison evaluates to true, but the Price comparison evaluates to
        // false", so the delete fails; BETWEEN includes its bounds (Expressions.OperatorsAndFunctions.html).
        String table = catalogWithProduct456();
        Map<String, AttributeValue> values = Map.of(
                ":cat1", s("Sporting Goods"), ":cat2", s("Gardening Supplies"), ":lo", n("500"), ":hi", n("600"));
        String condition = "(ProductCategory IN (:cat1, :cat2)) and (Price between :lo and :hi)";
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.deleteItem(b -> b.tableName(table).key(KEY_456)
                .conditionExpression(condition).expressionAttributeValues(values)));
        assertEquals(PRODUCT_456, stored(table, KEY_456));

        DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("456"), "ProductCategory", s("Sporting Goods"), "Price", n("600"))));
        DDB.deleteItem(b -> b.tableName(table).key(KEY_456).conditionExpression(condition).expressionAttributeValues(values));
        assertEquals(Map.of(), stored(table, KEY_456));
    }

    @Test
    void theDocsConditionalUpdateLowersThePriceTwiceThenFails() {
        // Expressions.ConditionExpressions.html, "Conditional Updates": "If the starting Price is
        // 650, then the UpdateItem operation reduces the Price to 575. If you run the UpdateItem
        // operation again, the Price is reduced to 500. If you run it a third time, the condition
        // expression evaluates to false, and the update fails."
        String table = catalogWithProduct456();
        Runnable discount = () -> DDB.updateItem(b -> b.tableName(table).key(KEY_456)
                .updateExpression("SET Price = Price - :discount")
                .conditionExpression("Price > :limit")
                .expressionAttributeValues(Map.of(":discount", n("75"), ":limit", n("500"))));
        discount.run();
        assertEquals(n("575"), stored(table, KEY_456).get("Price"));
        discount.run();
        assertEquals(n("500"), stored(table, KEY_456).get("Price"));
        ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class, discount::run);
        assertEquals(FAILED, e.awsErrorDetails().errorMessage());
        assertEquals(n("500"), stored(table, KEY_456).get("Price"));
    }

    @Test
    void allOldOnConditionCheckFailureReturnsTheItemTheConditionWasJudgedOn() {
        // API_PutItem.html, API_UpdateItem.html, API_DeleteItem.html: ReturnValuesOnConditionCheckFailure
        // "returns the item attributes for a ... operation that failed a condition check";
        // ConditionalCheckFailedException's Item is the "Item which caused the ConditionalCheckFailedException".
        String table = catalogWithProduct456();
        ConditionalCheckFailedException put = assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b
                .tableName(table).item(Map.of("Id", n("456"))).conditionExpression("attribute_not_exists(Id)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals(PRODUCT_456, put.item());

        ConditionalCheckFailedException update = assertThrows(ConditionalCheckFailedException.class, () -> DDB.updateItem(b -> b
                .tableName(table).key(KEY_456).updateExpression("SET Price = :p").conditionExpression("Price < :p")
                .expressionAttributeValues(Map.of(":p", n("10")))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals(PRODUCT_456, update.item());

        ConditionalCheckFailedException delete = assertThrows(ConditionalCheckFailedException.class, () -> DDB.deleteItem(b -> b
                .tableName(table).key(KEY_456).conditionExpression("attribute_not_exists(Price)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals(PRODUCT_456, delete.item());
        assertEquals(FAILED, delete.awsErrorDetails().errorMessage());
    }

    @Test
    void withoutAllOldTheFailureCarriesNoItem() {
        // API_PutItem.html: the item comes back only when ReturnValuesOnConditionCheckFailure is
        // ALL_OLD; NONE, like leaving the parameter out, returns nothing.
        String table = catalogWithProduct456();
        ConditionalCheckFailedException absent = assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b
                .tableName(table).item(PRODUCT_456).conditionExpression("attribute_not_exists(Id)")));
        assertFalse(absent.hasItem());
        ConditionalCheckFailedException none = assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b
                .tableName(table).item(PRODUCT_456).conditionExpression("attribute_not_exists(Id)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE)));
        assertFalse(none.hasItem());
    }

    @Test
    void allOldReturnsNothingWhenTheKeyHeldNoItem() {
        // The failure returns the item the condition was judged on; a key without an item has none.
        String table = DocTables.productCatalog();
        ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class, () -> DDB.deleteItem(b -> b
                .tableName(table).key(KEY_456).conditionExpression("attribute_exists(Id)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertFalse(e.hasItem());
    }

    @Test
    void expectedWithExistsFalseIsACreateOnlyPut() {
        // LegacyConditionalParameters.Expected.html: "If Exists is false, DynamoDB assumes that the
        // attribute value does not exist in the table. If in fact the value does not exist, then
        // the assumption is valid and the condition evaluates to true."
        String table = DocTables.productCatalog();
        Map<String, ExpectedAttributeValue> absent = Map.of("Id", ExpectedAttributeValue.builder().exists(false).build());
        DDB.putItem(b -> b.tableName(table).item(PRODUCT_456).expected(absent));
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b.tableName(table)
                .item(Map.of("Id", n("456"))).expected(absent)));
        assertEquals(PRODUCT_456, stored(table, KEY_456));
    }

    @Test
    void expectedWithAValueAloneRequiresTheAttributeToEqualIt() {
        // LegacyConditionalParameters.Expected.html: "Value - A value for DynamoDB to compare with
        // an attribute"; "the default value for Exists is true".
        String table = catalogWithProduct456();
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.deleteItem(b -> b.tableName(table).key(KEY_456)
                .expected(Map.of("Price", ExpectedAttributeValue.builder().value(n("600")).build()))));
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.deleteItem(b -> b.tableName(table).key(KEY_456)
                .expected(Map.of("Discount", ExpectedAttributeValue.builder().value(n("650")).build()))),
                "a missing attribute equals no value");
        DDB.deleteItem(b -> b.tableName(table).key(KEY_456)
                .expected(Map.of("Price", ExpectedAttributeValue.builder().value(n("650")).exists(true).build())));
        assertEquals(Map.of(), stored(table, KEY_456));
    }

    @Test
    void expectedComparisonOperatorsJudgeTheirAttributeValueList() {
        // LegacyConditionalParameters.Expected.html: LE, BETWEEN (inclusive bounds), BEGINS_WITH,
        // NOT_NULL ("The attribute exists") and NULL ("The attribute does not exist").
        String table = catalogWithProduct456();
        assertPutHolds(table, "Price", cmp(ComparisonOperator.LE, n("650")), true);
        assertPutHolds(table, "Price", cmp(ComparisonOperator.LT, n("650")), false);
        assertPutHolds(table, "Price", cmp(ComparisonOperator.BETWEEN, n("600"), n("650")), true);
        assertPutHolds(table, "Price", cmp(ComparisonOperator.BETWEEN, n("651"), n("700")), false);
        assertPutHolds(table, "ProductCategory", cmp(ComparisonOperator.BEGINS_WITH, s("Sport")), true);
        assertPutHolds(table, "ProductCategory", cmp(ComparisonOperator.BEGINS_WITH, s("Garden")), false);
        assertPutHolds(table, "ProductCategory", cmp(ComparisonOperator.NOT_NULL), true);
        assertPutHolds(table, "ProductCategory", cmp(ComparisonOperator.NULL), false);
        assertPutHolds(table, "Discount", cmp(ComparisonOperator.NULL), true);
        // "{"S":"6"} does not equal {"N":"6"}": a value of another type never matches.
        assertPutHolds(table, "Price", cmp(ComparisonOperator.EQ, s("650")), false);
    }

    private static ExpectedAttributeValue cmp(ComparisonOperator op, AttributeValue... values) {
        ExpectedAttributeValue.Builder b = ExpectedAttributeValue.builder().comparisonOperator(op);
        if (values.length > 0) {
            b.attributeValueList(values);
        }
        return b.build();
    }

    /** Puts PRODUCT_456 over itself under the one-entry Expected, and checks the put's fate. */
    private static void assertPutHolds(String table, String attribute, ExpectedAttributeValue expected, boolean holds) {
        Runnable put = () -> DDB.putItem(b -> b.tableName(table).item(PRODUCT_456).expected(Map.of(attribute, expected)));
        if (holds) {
            put.run();
        } else {
            assertThrows(ConditionalCheckFailedException.class, put::run, attribute + " " + expected);
        }
    }

    @Test
    void conditionalOperatorOrNeedsOneConditionAndTheDefaultAndNeedsAll() {
        // LegacyConditionalParameters.Expected.html: "by default all of the conditions must evaluate
        // to true ... You can use the ConditionalOperator parameter to OR the conditions instead".
        String table = catalogWithProduct456();
        Map<String, ExpectedAttributeValue> oneOfTwo = Map.of(
                "Price", ExpectedAttributeValue.builder().value(n("650")).build(),
                "ProductCategory", ExpectedAttributeValue.builder().value(s("Gardening Supplies")).build());
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b.tableName(table).item(PRODUCT_456)
                .expected(oneOfTwo)));
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b.tableName(table).item(PRODUCT_456)
                .expected(oneOfTwo).conditionalOperator(ConditionalOperator.AND)));
        DDB.putItem(b -> b.tableName(table).item(PRODUCT_456).expected(oneOfTwo).conditionalOperator(ConditionalOperator.OR));
    }

    @Test
    void expectedEntriesWhoseParametersDoNotFitAreRefused() {
        // LegacyConditionalParameters.Expected.html: ValidationException when "Exists is true but
        // there is no Value", when "Exists is false but you also provide a Value", and when Value
        // or Exists is used together with AttributeValueList and ComparisonOperator.
        String table = catalogWithProduct456();
        for (ExpectedAttributeValue bad : List.of(
                ExpectedAttributeValue.builder().exists(true).build(),
                ExpectedAttributeValue.builder().exists(false).value(n("650")).build(),
                ExpectedAttributeValue.builder().exists(true).value(n("650")).comparisonOperator(ComparisonOperator.EQ)
                        .attributeValueList(n("650")).build())) {
            DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.deleteItem(b -> b.tableName(table)
                    .key(KEY_456).expected(Map.of("Price", bad))));
            assertEquals("ValidationException", e.awsErrorDetails().errorCode(), bad.toString());
        }
        assertEquals(PRODUCT_456, stored(table, KEY_456));
    }

    @Test
    void legacyAndExpressionParametersCannotBeMixed() {
        // LegacyConditionalParameters.html: "DynamoDB does not allow mixing legacy conditional
        // parameters and expression parameters in a single call".
        String table = DocTables.productCatalog();
        Map<String, ExpectedAttributeValue> absent = Map.of("Id", ExpectedAttributeValue.builder().exists(false).build());
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(table)
                .item(PRODUCT_456).expected(absent).conditionExpression("attribute_not_exists(Id)")));
        assertValidation("Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}", e);

        e = assertThrows(DynamoDbException.class, () -> DDB.deleteItem(b -> b.tableName(table).key(KEY_456)
                .conditionalOperator(ConditionalOperator.OR).conditionExpression("attribute_exists(Id)")));
        assertValidation("Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: {ConditionalOperator} Expression parameters: {ConditionExpression}", e);

        // The placeholder maps are not expression parameters: beside an expression the message
        // names the expression alone, and without one the maps have nothing to serve.
        e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(table).item(PRODUCT_456)
                .expected(absent).conditionExpression("attribute_not_exists(#i)")
                .expressionAttributeNames(Map.of("#i", "Id")).expressionAttributeValues(Map.of(":p", n("1")))));
        assertValidation("Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}", e);
        e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(table)
                .item(PRODUCT_456).expected(absent).expressionAttributeNames(Map.of("#i", "Id"))));
        assertValidation("ExpressionAttributeNames can only be specified when using expressions", e);
        assertEquals(Map.of(), stored(table, KEY_456), "a refused request writes nothing");
    }

    @Test
    void everyPlaceholderSuppliedMustBeUsed() {
        // Expressions.ExpressionAttributeValues.html and ...ExpressionAttributeNames.html: DynamoDB
        // refuses a request whose placeholders are not all used by its expressions.
        String table = DocTables.productCatalog();
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(table).item(PRODUCT_456)
                .conditionExpression("attribute_not_exists(Id)").expressionAttributeValues(Map.of(":unused", n("1")))));
        assertValidation("Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}", e);
        e = assertThrows(DynamoDbException.class, () -> DDB.putItem(b -> b.tableName(table).item(PRODUCT_456)
                .conditionExpression("attribute_not_exists(#i)").expressionAttributeNames(Map.of("#i", "Id", "#p", "Price"))));
        assertValidation("Value provided in ExpressionAttributeNames unused in expressions: keys: {#p}", e);
        assertEquals(Map.of(), stored(table, KEY_456));
    }

    @Test
    void aPlaceholderTheRequestDoesNotDefineIsRefused() {
        // Expressions.ExpressionAttributeValues.html: a value placeholder stands for a value the
        // request supplies; so does a name placeholder for a name.
        String table = catalogWithProduct456();
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.deleteItem(b -> b.tableName(table).key(KEY_456)
                .conditionExpression("Price > :limit").expressionAttributeValues(Map.of(":lim", n("1")))));
        assertValidation("Invalid ConditionExpression: An expression attribute value used in expression is not defined; "
                + "attribute value: :limit", e);
        e = assertThrows(DynamoDbException.class, () -> DDB.deleteItem(b -> b.tableName(table).key(KEY_456)
                .conditionExpression("attribute_exists(#p)").expressionAttributeNames(Map.of("#q", "Price"))));
        assertValidation("Invalid ConditionExpression: An expression attribute name used in the document path is not defined; "
                + "attribute name: #p", e);
        assertEquals(PRODUCT_456, stored(table, KEY_456));
    }

    @Test
    void aReservedWordMustGoThroughAnExpressionAttributeName() {
        // Expressions.ExpressionAttributeNames.html, "Reserved Words": COMMENT is reserved
        // (ReservedWords.html), so "Comment" cannot stand in an expression; "#c" can.
        String table = DocTables.productCatalog();
        Map<String, AttributeValue> commented = Map.of("Id", n("123"), "Comment", s("Sturdy"));
        DDB.putItem(b -> b.tableName(table).item(commented));
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> DDB.deleteItem(b -> b.tableName(table)
                .key(Map.of("Id", n("123"))).conditionExpression("attribute_exists(Comment)")));
        assertValidation("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Comment", e);
        assertEquals(commented, stored(table, Map.of("Id", n("123"))));

        DDB.deleteItem(b -> b.tableName(table).key(Map.of("Id", n("123")))
                .conditionExpression("attribute_exists(#c)").expressionAttributeNames(Map.of("#c", "Comment")));
        assertEquals(Map.of(), stored(table, Map.of("Id", n("123"))));
    }

    @Test
    void aNamePlaceholderNamesOneAttributeEvenWithADotInIt() {
        // Expressions.ExpressionAttributeNames.html, "Attribute Names Containing Dots": a dot in an
        // expression separates path elements, while "#sw" for "Safety.Warning" names the top-level
        // attribute with the dot in its name.
        String table = DocTables.productCatalog();
        Map<String, AttributeValue> item = Map.of("Id", n("123"), "Safety.Warning", s("Always wear a helmet"));
        DDB.putItem(b -> b.tableName(table).item(item));
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b.tableName(table).item(item)
                .conditionExpression("attribute_exists(Safety.Warning)")));
        DDB.putItem(b -> b.tableName(table).item(item)
                .conditionExpression("attribute_exists(#sw)").expressionAttributeNames(Map.of("#sw", "Safety.Warning")));
    }

    @Test
    void aFailedConditionalWriteChangesNothing() {
        // The seed: "Write operation is atomic ... all attribute writes in the operation will either
        // succeed or fail"; Expressions.ConditionExpressions.html: otherwise "the operation fails".
        String table = catalogWithProduct456();
        Map<String, AttributeValue> values = Map.of(":p", n("1"), ":c", s("Toys"), ":limit", n("1000"));
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_456)
                .updateExpression("SET Price = :p, ProductCategory = :c, Discounted = :p REMOVE Brand")
                .conditionExpression("Price > :limit").expressionAttributeValues(values)));
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b.tableName(table)
                .item(Map.of("Id", n("456"), "Price", n("1"), "Colour", s("Red")))
                .conditionExpression("Price > :limit").expressionAttributeValues(Map.of(":limit", n("1000")))));
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.deleteItem(b -> b.tableName(table).key(KEY_456)
                .conditionExpression("Price > :limit").expressionAttributeValues(Map.of(":limit", n("1000")))));
        assertEquals(PRODUCT_456, stored(table, KEY_456));
    }

    @Test
    void aConditionalWriteToAKeyWithoutAnItemSeesNoAttributes() {
        // Expressions.OperatorsAndFunctions.html: attribute_exists is false and attribute_not_exists
        // true for an attribute the item lacks; a key without an item lacks every attribute.
        String table = DocTables.productCatalog();
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.putItem(b -> b.tableName(table).item(PRODUCT_456)
                .conditionExpression("attribute_exists(Id)")));
        assertThrows(ConditionalCheckFailedException.class, () -> DDB.updateItem(b -> b.tableName(table).key(KEY_456)
                .updateExpression("SET Price = :p").conditionExpression("Price >= :p")
                .expressionAttributeValues(Map.of(":p", n("1")))),
                "an ordering comparison with a missing attribute is false");
        assertEquals(Map.of(), stored(table, KEY_456), "a failed conditional update creates no item");
        DDB.deleteItem(b -> b.tableName(table).key(KEY_456).conditionExpression("attribute_not_exists(Price)"));
        assertTrue(stored(table, KEY_456).isEmpty());
    }
}
