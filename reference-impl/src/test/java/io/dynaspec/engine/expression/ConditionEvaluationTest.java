package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.Item;
import org.junit.jupiter.api.Test;

import static io.dynaspec.engine.expression.Values.b;
import static io.dynaspec.engine.expression.Values.bool;
import static io.dynaspec.engine.expression.Values.bs;
import static io.dynaspec.engine.expression.Values.item;
import static io.dynaspec.engine.expression.Values.l;
import static io.dynaspec.engine.expression.Values.m;
import static io.dynaspec.engine.expression.Values.n;
import static io.dynaspec.engine.expression.Values.ns;
import static io.dynaspec.engine.expression.Values.nul;
import static io.dynaspec.engine.expression.Values.placeholders;
import static io.dynaspec.engine.expression.Values.s;
import static io.dynaspec.engine.expression.Values.ss;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a parsed condition judges an item, rule by rule from the Developer Guide pages
 * Expressions.OperatorsAndFunctions.html ("Making comparisons", "Functions", "Logical
 * evaluations", "Precedence in conditions") and Expressions.ConditionExpressions.html.
 */
class ConditionEvaluationTest {
    private static final Item PRODUCT = item(
            "Id", n("456"),
            "Price", n("650"),
            "ProductCategory", s("Sporting Goods"),
            "Color", ss("Red", "Black"),
            "Sizes", ns("1", "2"),
            "Chunks", bs(b(1, 2), b(3)),
            "RelatedItems", l(s("Hammer"), n("7"), m("k", s("v"))),
            "Pictures", m("FrontView", s("http://example.com/products/456_front.jpg"),
                    "SideView", s("http://example.com/products/456_left_side.jpg")),
            "Photo", b(0x80, 0x01, 0x02),
            "InStock", bool(true),
            "Discontinued", nul(),
            "Title", s("\u00e9t\u00e9"));

    private static boolean holds(String expression, Object... placeholders) {
        return ConditionParser.parse(expression, placeholders(placeholders)).evaluate(PRODUCT);
    }

    // Expressions.OperatorsAndFunctions.html, "Making comparisons"

    @Test
    void numbersCompareNumerically() {
        assertTrue(holds("Price = :p", ":p", n("650.0")));
        assertTrue(holds("Price > :p", ":p", n("99")));
        assertTrue(holds("Price <= :p", ":p", n("6.5e2")));
        assertFalse(holds("Price < :p", ":p", n("-1000")));
        assertTrue(holds("Price <> :p", ":p", n("651")));
    }

    @Test
    void stringsCompareByUtf8Bytes() {
        // LegacyConditionalParameters.Expected.html: "a" is greater than "A" and than "B".
        assertTrue(holds("ProductCategory < :c", ":c", s("Sporting goods")));
        assertTrue(holds("ProductCategory >= :c", ":c", s("B")));
        assertTrue(holds("Title > :c", ":c", s("z")));
    }

    @Test
    void binariesCompareAsUnsignedBytes() {
        assertTrue(holds("Photo > :b", ":b", b(0x7f)));
        assertTrue(holds("Photo < :b", ":b", b(0x80, 0x02)));
    }

    @Test
    void differentTypesAreNeitherEqualNorOrdered() {
        assertFalse(holds("Price = :p", ":p", s("650")));
        assertTrue(holds("Price <> :p", ":p", s("650")));
        assertFalse(holds("Price < :p", ":p", s("700")));
        assertFalse(holds("Price >= :p", ":p", s("1")));
    }

    @Test
    void missingAttributeEqualsNothing() {
        assertFalse(holds("Nope = :p", ":p", n("1")));
        assertFalse(holds("Nope < :p", ":p", n("1")));
        assertTrue(holds("Nope <> :p", ":p", n("1")));
    }

    @Test
    void documentsCompareByValue() {
        assertTrue(holds("Color = :c", ":c", ss("Black", "Red")));
        assertTrue(holds("RelatedItems[2] = :m", ":m", m("k", s("v"))));
        assertTrue(holds("Pictures.FrontView = :u", ":u", s("http://example.com/products/456_front.jpg")));
        assertTrue(holds("RelatedItems[0] = :h", ":h", s("Hammer")));
        assertFalse(holds("RelatedItems[9] = :h", ":h", s("Hammer")));
        assertTrue(holds("Price = Id OR Price > Id"));
    }

    @Test
    void betweenIsInclusive() {
        assertTrue(holds("Price BETWEEN :lo AND :hi", ":lo", n("650"), ":hi", n("650")));
        assertTrue(holds("Price BETWEEN :lo AND :hi", ":lo", n("1"), ":hi", n("1000")));
        assertFalse(holds("Price BETWEEN :lo AND :hi", ":lo", n("651"), ":hi", n("1000")));
        assertFalse(holds("ProductCategory BETWEEN :lo AND :hi", ":lo", n("1"), ":hi", n("1000")));
    }

    @Test
    void inMatchesAnyListedValue() {
        assertTrue(holds("ProductCategory IN (:a, :b)", ":a", s("Bicycle"), ":b", s("Sporting Goods")));
        assertFalse(holds("ProductCategory IN (:a)", ":a", s("Bicycle")));
        assertFalse(holds("Nope IN (:a)", ":a", s("Bicycle")));
    }

    // Expressions.OperatorsAndFunctions.html, "Functions"

    @Test
    void attributeExistence() {
        assertTrue(holds("attribute_exists(Pictures.SideView)"));
        assertFalse(holds("attribute_exists(Pictures.RearView)"));
        assertTrue(holds("attribute_not_exists(Manufacturer)"));
        assertTrue(holds("attribute_exists(Discontinued)"));
        assertFalse(holds("attribute_exists(Price.Cents)"));
    }

    @Test
    void attributeType() {
        assertTrue(holds("attribute_type(Color, :t)", ":t", s("SS")));
        assertTrue(holds("attribute_type(RelatedItems, :t)", ":t", s("L")));
        assertTrue(holds("attribute_type(Discontinued, :t)", ":t", s("NULL")));
        assertTrue(holds("attribute_type(InStock, :t)", ":t", s("BOOL")));
        assertFalse(holds("attribute_type(Price, :t)", ":t", s("S")));
        assertFalse(holds("attribute_type(Nope, :t)", ":t", s("S")));
    }

    @Test
    void beginsWithOnStringsAndBinaries() {
        assertTrue(holds("begins_with(Pictures.FrontView, :p)", ":p", s("http://")));
        assertFalse(holds("begins_with(Pictures.FrontView, :p)", ":p", s("https://")));
        assertTrue(holds("begins_with(Photo, :p)", ":p", b(0x80)));
        assertFalse(holds("begins_with(Price, :p)", ":p", s("6")));
        assertFalse(holds("begins_with(Photo, :p)", ":p", s("x")));
    }

    @Test
    void containsOnStringsSetsAndLists() {
        assertTrue(holds("contains(ProductCategory, :c)", ":c", s("ing G")));
        assertTrue(holds("contains(Color, :c)", ":c", s("Red")));
        assertFalse(holds("contains(Color, :c)", ":c", s("Green")));
        assertTrue(holds("contains(Sizes, :c)", ":c", n("2.0")));
        assertFalse(holds("contains(Sizes, :c)", ":c", s("2")));
        assertTrue(holds("contains(Chunks, :c)", ":c", b(3)));
        assertTrue(holds("contains(RelatedItems, :c)", ":c", s("Hammer")));
        assertTrue(holds("contains(Photo, :c)", ":c", b(0x01, 0x02)));
        assertFalse(holds("contains(Price, :c)", ":c", n("6")));
        assertFalse(holds("contains(Nope, :c)", ":c", s("x")));
    }

    @Test
    void sizeOfEachType() {
        assertTrue(holds("size(ProductCategory) = :n", ":n", n("14")));
        assertTrue(holds("size(Photo) = :n", ":n", n("3")));
        assertTrue(holds("size(Color) = :n", ":n", n("2")));
        assertTrue(holds("size(RelatedItems) = :n", ":n", n("3")));
        assertTrue(holds("size(Pictures) = :n", ":n", n("2")));
        assertFalse(holds("size(Price) >= :n", ":n", n("0")));
        assertFalse(holds("size(Nope) >= :n", ":n", n("0")));
    }

    @Test
    void sizeOfStringCountsUtf8Bytes() {
        // ServiceQuotas.html, "String": DynamoDB measures a string by its UTF-8 bytes.
        assertTrue(holds("size(Title) = :n", ":n", n("5")));
    }

    // Expressions.OperatorsAndFunctions.html, "Logical evaluations", "Parentheses", "Precedence"

    @Test
    void andBindsTighterThanOr() {
        // "a OR b AND c" is true when a and b are true and c is false; "(a OR b) AND c" is false.
        Object[] p = {":t", n("650"), ":f", n("0")};
        assertTrue(holds("Price = :t OR Price = :t AND Price = :f", p));
        assertFalse(holds("(Price = :t OR Price = :t) AND Price = :f", p));
    }

    @Test
    void notBindsTighterThanAnd() {
        Object[] p = {":t", n("650"), ":f", n("0")};
        assertTrue(holds("NOT Price = :f AND Price = :t", p));
        assertFalse(holds("NOT (Price = :t AND Price = :t)", p));
        assertTrue(holds("NOT NOT Price = :t", p));
    }

    @Test
    void keywordsIgnoreCase() {
        assertTrue(holds("Price between :lo and :hi or not Price in (:lo)", ":lo", n("1"), ":hi", n("1000")));
    }

    @Test
    void absentItemHasNoAttributes() {
        Condition c = ConditionParser.parse("attribute_not_exists(Id) AND NOT Price = :p", placeholders(":p", n("1")));
        assertTrue(c.evaluate(null));
        assertTrue(c.evaluate(Item.of(java.util.Map.of())));
    }

    @Test
    void namePlaceholdersReachAnyName() {
        // Expressions.ExpressionAttributeNames.html: names with dots, reserved words.
        Item item = item("Safety.Warning", s("Always wear a helmet"), "Percentile", n("95"), "Comment", s("x"));
        Condition c = ConditionParser.parse("#sw = :w AND #p > :n AND #c = :c",
                placeholders("#sw", "Safety.Warning", "#p", "Percentile", "#c", "Comment",
                        ":w", s("Always wear a helmet"), ":n", n("90"), ":c", s("x")));
        assertTrue(c.evaluate(item));
    }
}
