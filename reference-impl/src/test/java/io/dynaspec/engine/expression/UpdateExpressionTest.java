package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dynaspec.engine.expression.Values.bool;
import static io.dynaspec.engine.expression.Values.item;
import static io.dynaspec.engine.expression.Values.l;
import static io.dynaspec.engine.expression.Values.m;
import static io.dynaspec.engine.expression.Values.n;
import static io.dynaspec.engine.expression.Values.ns;
import static io.dynaspec.engine.expression.Values.placeholders;
import static io.dynaspec.engine.expression.Values.s;
import static io.dynaspec.engine.expression.Values.ss;
import static io.dynaspec.engine.expression.Values.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Update expressions, from the Developer Guide page Expressions.UpdateExpressions.html (its
 * ProductCatalog examples), the limits of ServiceQuotas.html, and the UpdateItem messages of
 * API_UpdateItem.html / API_TransactWriteItems.html ("ValidationException").
 */
class UpdateExpressionTest {
    private static final KeySchema KEY = new KeySchema("Id", AttributeType.N, null, null);
    private static final String INVALID = "Invalid UpdateExpression: ";
    /** The sample item of the page. */
    private static final Item PRODUCT = item(
            "Id", n("789"), "ProductCategory", s("Home Improvement"), "Price", n("52"),
            "InStock", bool(true), "Brand", s("Acme"));

    private static Item update(Item item, String expression, Object... placeholders) {
        return UpdateExpressionParser.parse(expression, placeholders(placeholders)).apply(item, KEY);
    }

    private static String error(String expression, Object... placeholders) {
        return validationMessage(() -> UpdateExpressionParser.parse(expression, placeholders(placeholders)));
    }

    private static String applyError(Item item, String expression, Object... placeholders) {
        return validationMessage(() -> update(item, expression, placeholders));
    }

    @Test
    void setModifiesAttributes() {
        Item after = update(PRODUCT, "SET ProductCategory = :c, Price = :p", ":c", s("Hardware"), ":p", n("60"));
        assertEquals(item("Id", n("789"), "ProductCategory", s("Hardware"), "Price", n("60"),
                "InStock", bool(true), "Brand", s("Acme")), after);
    }

    /** dynalite's suite records live DynamoDB appending c[4], c[6] and c[8] in that order, across SET and ADD. */
    @Test
    void setAndAddPastTheEndOfAListAppendInOrderByElementNumber() {
        Item before = item("Id", n("789"), "c", l(n("1"), n("3")));
        Item after = update(before, "SET c[4] = :m ADD c[8] :s, c[6] :n", ":m", n("-1"), ":s", ss("a"), ":n", n("2"));
        assertEquals(l(n("1"), n("3"), n("-1"), n("2"), ss("a")), after.get("c"));
    }

    @Test
    void setAddsListsAndMaps() {
        Item after = update(PRODUCT, "SET RelatedItems = :ri, ProductReviews = :pr",
                ":ri", l(s("Hammer")), ":pr", m("FiveStar", l(s("Best product ever!"))));
        assertEquals(l(s("Hammer")), after.get("RelatedItems"));
        assertEquals(m("FiveStar", l(s("Best product ever!"))), after.get("ProductReviews"));
    }

    @Test
    void setListElementReplacesOrAppends() {
        Item before = item("Id", n("789"), "RelatedItems", l(s("Hammer")));
        assertEquals(l(s("Hammer"), s("Nails")),
                update(before, "SET RelatedItems[1] = :ri", ":ri", s("Nails")).get("RelatedItems"));
        assertEquals(l(s("Nails")),
                update(before, "SET RelatedItems[0] = :ri", ":ri", s("Nails")).get("RelatedItems"));
        // "If you add multiple elements in a single SET operation, the elements are sorted in
        // order by element number."
        assertEquals(l(s("Hammer"), s("a"), s("b")),
                update(before, "SET RelatedItems[9] = :b, RelatedItems[5] = :a", ":a", s("a"), ":b", s("b"))
                        .get("RelatedItems"));
    }

    @Test
    void setNestedMapAttributes() {
        Item before = item("Id", n("789"), "ProductReviews", m("FiveStar", l(s("Best product ever!"))));
        Item after = update(before, "SET #pr.#5star[1] = :r5, #pr.#3star = :r3",
                "#pr", "ProductReviews", "#5star", "FiveStar", "#3star", "ThreeStar",
                ":r5", s("Very happy with my purchase"), ":r3", l(s("Just OK - not that great")));
        assertEquals(m("FiveStar", l(s("Best product ever!"), s("Very happy with my purchase")),
                "ThreeStar", l(s("Just OK - not that great"))), after.get("ProductReviews"));
    }

    @Test
    void arithmetic() {
        assertEquals(n("37"), update(PRODUCT, "SET Price = Price - :p", ":p", n("15")).get("Price"));
        assertEquals(n("52.5"), update(PRODUCT, "SET Price = :p + Price", ":p", n("0.5")).get("Price"));
    }

    @Test
    void listAppend() {
        Item before = item("Id", n("789"), "RelatedItems", l(s("Hammer"), s("Nails")));
        Item after = update(before, "SET #ri = list_append(#ri, :vals)", "#ri", "RelatedItems",
                ":vals", l(s("Screwdriver"), s("Hacksaw")));
        after = update(after, "SET #ri = list_append(:vals, #ri)", "#ri", "RelatedItems", ":vals", l(s("Chisel")));
        assertEquals(l(s("Chisel"), s("Hammer"), s("Nails"), s("Screwdriver"), s("Hacksaw")), after.get("RelatedItems"));
    }

    @Test
    void ifNotExistsKeepsAnExistingValue() {
        assertEquals(n("52"), update(PRODUCT, "SET Price = if_not_exists(Price, :p)", ":p", n("100")).get("Price"));
        assertEquals(n("100"), update(PRODUCT, "SET Cost = if_not_exists(Cost, :p)", ":p", n("100")).get("Cost"));
    }

    @Test
    void setValuesReadTheItemBeforeTheUpdate() {
        Item before = item("Id", n("1"), "a", n("1"), "b", n("2"));
        assertEquals(item("Id", n("1"), "a", n("2"), "b", n("1")), update(before, "SET a = b, b = a"));
    }

    @Test
    void removeAttributesAndListElements() {
        assertEquals(item("Id", n("789"), "ProductCategory", s("Home Improvement"), "Price", n("52")),
                update(PRODUCT, "REMOVE Brand, InStock, QuantityOnHand"));
        Item before = item("Id", n("789"), "RelatedItems",
                l(s("Chisel"), s("Hammer"), s("Nails"), s("Screwdriver"), s("Hacksaw")));
        assertEquals(l(s("Chisel"), s("Screwdriver"), s("Hacksaw")),
                update(before, "REMOVE RelatedItems[1], RelatedItems[2]").get("RelatedItems"));
        assertEquals(before, update(before, "REMOVE RelatedItems[10]"));
    }

    @Test
    void addNumbersAndSets() {
        Item once = update(PRODUCT, "ADD QuantityOnHand :q", ":q", n("5"));
        assertEquals(n("5"), once.get("QuantityOnHand"));
        assertEquals(n("10"), update(once, "ADD QuantityOnHand :q", ":q", n("5")).get("QuantityOnHand"));
        assertEquals(n("47"), update(PRODUCT, "ADD Price :q", ":q", n("-5")).get("Price"));
        Item colored = update(PRODUCT, "ADD Color :c", ":c", ss("Orange", "Purple"));
        assertEquals(ss("Orange", "Purple"), colored.get("Color"));
        assertEquals(ss("Orange", "Purple", "Yellow", "Green", "Blue"),
                update(colored, "ADD Color :c", ":c", ss("Yellow", "Green", "Blue")).get("Color"));
    }

    @Test
    void deleteFromSets() {
        Item before = item("Id", n("789"), "Color", ss("Orange", "Purple", "Yellow"), "Sizes", ns("1"));
        assertEquals(ss("Orange"), update(before, "DELETE Color :p", ":p", ss("Yellow", "Purple")).get("Color"));
        assertEquals(item("Id", n("789"), "Color", ss("Orange", "Purple", "Yellow")),
                update(before, "DELETE Sizes :s", ":s", ns("1")));
        assertEquals(before, update(before, "DELETE Nope :s", ":s", ns("1")));
    }

    @Test
    void clausesInAnyOrderEachOnce() {
        Item after = update(PRODUCT, "remove Brand add Stock :one set Price = :p", ":one", n("1"), ":p", n("1"));
        assertEquals(item("Id", n("789"), "ProductCategory", s("Home Improvement"), "Price", n("1"),
                "InStock", bool(true), "Stock", n("1")), after);
        assertEquals(INVALID + "The \"SET\" section can only be used once in an update expression;",
                error("SET a = :v SET b = :v", ":v", n("1")));
    }

    @Test
    void absentItemStartsEmpty() {
        assertEquals(item("a", n("1")), UpdateExpressionParser.parse("ADD a :v", placeholders(":v", n("1"))).apply(null, KEY));
    }

    @Test
    void keyAttributesCannotChange() {
        assertEquals("One or more parameter values were invalid: Cannot update attribute Id. This attribute is part of the key",
                applyError(PRODUCT, "SET Id = :v", ":v", n("1")));
        assertEquals("One or more parameter values were invalid: Cannot update attribute Id. This attribute is part of the key",
                applyError(PRODUCT, "REMOVE Id"));
    }

    @Test
    void pathsMustNotOverlapOrConflict() {
        assertEquals(INVALID + "Two document paths overlap with each other; must remove or rewrite one of these paths; "
                + "path one: [a], path two: [a, b]", error("SET a = :v REMOVE a.b", ":v", n("1")));
        assertEquals(INVALID + "Two document paths overlap with each other; must remove or rewrite one of these paths; "
                + "path one: [a], path two: [a]", error("SET a = :v, a = :v", ":v", n("1")));
        assertEquals(INVALID + "Two document paths conflict with each other; must remove or rewrite one of these paths; "
                + "path one: [a, b], path two: [a, [1]]", error("REMOVE a.b, a[1]"));
    }

    @Test
    void actionOperandTypes() {
        assertEquals(INVALID + "Incorrect operand type for operator or function; operator: ADD, operand type: STRING",
                error("ADD a :v", ":v", s("x")));
        assertEquals(INVALID + "Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER",
                error("DELETE a :v", ":v", n("1")));
        assertEquals(INVALID + "Incorrect operand type for operator or function; operator or function: +, operand type: S",
                error("SET a = b + :v", ":v", s("x")));
        assertEquals(INVALID + "Incorrect operand type for operator or function; operator or function: list_append, operand type: N",
                error("SET a = list_append(a, :v)", ":v", n("1")));
    }

    @Test
    void aNullValueIsAnOperandOfTypeNull() {
        // A request's {"NULL": true} is a value like any other, not a placeholder left undefined.
        assertEquals(INVALID + "Incorrect operand type for operator or function; operator or function: +, operand type: NULL",
                error("SET a = a + :e", ":e", Values.nul()));
        assertEquals(INVALID + "Incorrect operand type for operator or function; operator or function: list_append, operand type: NULL",
                error("SET a = list_append(:e, a)", ":e", Values.nul()));
    }

    @Test
    void functionsOfUpdates() {
        assertEquals(INVALID + "Invalid function name; function: foo", error("SET a = foo(b)"));
        assertEquals(INVALID + "The function is not allowed in an update expression; function: size", error("SET a = size(b)"));
        assertEquals(INVALID + "Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1",
                error("SET a = if_not_exists(b)"));
        assertEquals(INVALID + "Operator or function requires a document path; operator or function: if_not_exists",
                error("SET a = if_not_exists(:v, b)", ":v", n("1")));
    }

    @Test
    void syntaxErrors() {
        // Values must be placeholders: "SET MyStr = myNum + 1" fails at the literal.
        assertEquals(INVALID + "Syntax error; token: \"1\", near: \"+ 1\"", error("SET MyStr = myNum + 1"));
        assertEquals(INVALID + "Syntax error; token: \"Mystr2\", near: \"myNum Mystr2 myNum2\"",
                error("SET MyStr = myNum Mystr2 myNum2"));
        assertEquals(INVALID + "Syntax error; token: \"Num\", near: \"my Num\"", error("SET MyStr = my Num"));
        assertEquals(INVALID + "Syntax error; token: \"b\", near: \"a b\"", error("ADD a b"));
        assertEquals(INVALID + "The expression can not be empty;", error(""));
        assertEquals(INVALID + "Attribute name is a reserved keyword; reserved keyword: Comment",
                error("SET Comment = :v", ":v", s("x")));
    }

    @Test
    void applyTimeTypeErrors() {
        assertEquals("An operand in the update expression has an incorrect data type",
                applyError(PRODUCT, "SET Brand = Brand + Brand"));
        assertEquals("An operand in the update expression has an incorrect data type",
                applyError(PRODUCT, "ADD Brand :v", ":v", n("1")));
        assertEquals("An operand in the update expression has an incorrect data type",
                applyError(PRODUCT, "DELETE Brand :v", ":v", ss("Acme")));
        assertEquals("The provided expression refers to an attribute that does not exist in the item",
                applyError(PRODUCT, "SET Brand = no_attr"));
    }

    @Test
    void nestedSetNeedsItsParents() {
        Item before = item("Id", n("1"), "body", m("nested", m("data", s("test"))), "itemstr", s("somestring"));
        assertEquals(m("nested", m("data", s("new"))),
                update(before, "SET body.nested.#d = :v", "#d", "data", ":v", s("new")).get("body"));
        assertEquals("The document path provided in the update expression is invalid for update",
                applyError(before, "SET body.nested.absent.#d = :v", "#d", "data", ":v", s("x")));
        assertEquals("The document path provided in the update expression is invalid for update",
                applyError(before, "SET nonexistent.nested = :v", ":v", s("x")));
        assertEquals("The document path provided in the update expression is invalid for update",
                applyError(before, "SET itemstr[1] = :v", ":v", s("x")));
    }

    @Test
    void updatedAttributesForReturnValues() {
        // API_UpdateItem.html, ReturnValues: UPDATED_OLD / UPDATED_NEW return only the updated attributes.
        Item before = item("Id", n("1"), "a", n("1"), "b", m("c", n("2"), "d", n("3")), "e", s("x"));
        UpdateExpression u = UpdateExpressionParser.parse("SET a = a + :one, b.c = :one REMOVE e",
                placeholders(":one", n("1")));
        assertEquals(List.of(DocumentPath.of("a"), DocumentPath.of("b", "c"), DocumentPath.of("e")), u.updatedPaths());
        assertEquals(item("a", n("1"), "b", m("c", n("2")), "e", s("x")), u.updatedAttributes(before));
        Item after = u.apply(before, KEY);
        assertEquals(item("a", n("2"), "b", m("c", n("1"))), u.updatedAttributes(after));
    }

    @Test
    void numberLimitsApply() {
        // HowItWorks.NamingRulesDataTypes.html: at most 38 significant digits; a sum that needs
        // more is refused, and DynamoDB calls that an overflow.
        Item before = item("Id", n("1"), "a", n("1" + "0".repeat(37)));
        assertEquals("Number overflow. Attempting to store a number with magnitude larger than supported range",
                applyError(before, "SET a = a + :v", ":v", n("0.1")));
    }
}
