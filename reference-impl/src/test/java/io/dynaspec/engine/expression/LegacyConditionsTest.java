package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.Item;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dynaspec.engine.expression.Values.item;
import static io.dynaspec.engine.expression.Values.n;
import static io.dynaspec.engine.expression.Values.nul;
import static io.dynaspec.engine.expression.Values.s;
import static io.dynaspec.engine.expression.Values.ss;
import static io.dynaspec.engine.expression.Values.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legacy Expected parameter (LegacyConditionalParameters.Expected.html and
 * API_ExpectedAttributeValue.html), translated to the condition tree, and the rule against
 * mixing it with expression parameters (LegacyConditionalParameters.html).
 */
class LegacyConditionsTest {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final Item SONG = item("Artist", s("No One You Know"), "Price", n("1.98"),
            "Tags", ss("pop", "live"), "Rating", nul());

    private static Condition expected(ConditionalOperator op, Object... namesAndEntries) {
        Map<String, ExpectedCondition> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndEntries.length; i += 2) {
            map.put((String) namesAndEntries[i], (ExpectedCondition) namesAndEntries[i + 1]);
        }
        return Condition.fromExpected(map, op).orElseThrow();
    }

    private static boolean holds(String attribute, ExpectedCondition entry) {
        return expected(null, attribute, entry).evaluate(SONG);
    }

    private static String error(ExpectedCondition entry) {
        return validationMessage(() -> expected(null, "a", entry));
    }

    @Test
    void valueAndExists() {
        assertTrue(holds("Price", ExpectedCondition.equalTo(n("1.980"))));
        assertFalse(holds("Price", ExpectedCondition.equalTo(s("1.98"))));
        assertTrue(holds("Nope", ExpectedCondition.absent()));
        assertFalse(holds("Price", ExpectedCondition.absent()));
        assertTrue(holds("Price", new ExpectedCondition(n("1.98"), true, null, null)));
    }

    @Test
    void comparisonOperators() {
        assertTrue(holds("Price", ExpectedCondition.compare(ComparisonOperator.LE, n("2.00"))));
        assertFalse(holds("Price", ExpectedCondition.compare(ComparisonOperator.GT, n("2.00"))));
        assertTrue(holds("Price", ExpectedCondition.compare(ComparisonOperator.NE, n("2"))));
        // NOT_NULL and NULL test existence, not the NULL type.
        assertTrue(holds("Rating", ExpectedCondition.compare(ComparisonOperator.NOT_NULL)));
        assertFalse(holds("Rating", ExpectedCondition.compare(ComparisonOperator.NULL)));
        assertTrue(holds("Nope", ExpectedCondition.compare(ComparisonOperator.NULL)));
        assertTrue(holds("Tags", ExpectedCondition.compare(ComparisonOperator.CONTAINS, s("pop"))));
        assertTrue(holds("Tags", ExpectedCondition.compare(ComparisonOperator.NOT_CONTAINS, s("rock"))));
        assertTrue(holds("Artist", ExpectedCondition.compare(ComparisonOperator.BEGINS_WITH, s("No One"))));
        assertTrue(holds("Price", ExpectedCondition.compare(ComparisonOperator.IN, n("1"), n("1.98"))));
        assertTrue(holds("Price", ExpectedCondition.compare(ComparisonOperator.BETWEEN, n("1"), n("2"))));
        // {"S":"6"} does not equal {"N":"6"}.
        assertFalse(holds("Price", ExpectedCondition.compare(ComparisonOperator.EQ, s("1.98"))));
        assertTrue(holds("Price", new ExpectedCondition(n("1.98"), null, ComparisonOperator.EQ, null)));
    }

    @Test
    void entriesJoinWithTheConditionalOperator() {
        ExpectedCondition yes = ExpectedCondition.equalTo(n("1.98"));
        ExpectedCondition no = ExpectedCondition.absent();
        assertFalse(expected(null, "Price", yes, "Artist", no).evaluate(SONG));
        assertFalse(expected(ConditionalOperator.AND, "Price", yes, "Artist", no).evaluate(SONG));
        assertTrue(expected(ConditionalOperator.OR, "Price", yes, "Artist", no).evaluate(SONG));
        assertTrue(Condition.fromExpected(Map.of(), null).isEmpty());
    }

    @Test
    void sameTreeAsTheExpression() {
        // LegacyConditionalParameters.Expected.html, "Use ConditionExpression instead".
        Condition legacy = expected(null, "Price", ExpectedCondition.compare(ComparisonOperator.LE, n("2.00")));
        Condition expression = ConditionParser.parse("Price <= :p2", Values.placeholders(":p2", n("2.00")));
        assertEquals(expression, legacy);
    }

    @Test
    void badCombinations() {
        assertEquals(INVALID + "Value must be provided when Exists is null for Attribute: a",
                error(new ExpectedCondition(null, null, null, null)));
        assertEquals(INVALID + "Value must be provided when Exists is true for Attribute: a",
                error(new ExpectedCondition(null, true, null, null)));
        assertEquals(INVALID + "Value cannot be used when Exists is false for Attribute: a",
                error(new ExpectedCondition(s("a"), false, null, null)));
        assertEquals(INVALID + "Value or AttributeValueList must be used with ComparisonOperator: LT for Attribute: a",
                error(new ExpectedCondition(null, null, ComparisonOperator.LT, null)));
        assertEquals(INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: a",
                error(new ExpectedCondition(null, true, ComparisonOperator.LT, null)));
        assertEquals(INVALID + "Value and AttributeValueList cannot be used together for Attribute: a",
                error(new ExpectedCondition(s("a"), null, ComparisonOperator.LT, List.of(s("a")))));
        assertEquals(INVALID + "AttributeValueList can only be used with a ComparisonOperator for Attribute: a",
                error(new ExpectedCondition(null, null, null, List.of(s("a")))));
        assertEquals(INVALID + "AttributeValueList can only be used with a ComparisonOperator for Attribute: a",
                error(new ExpectedCondition(null, true, null, List.of(s("a")))));
    }

    @Test
    void argumentCountsAndTypes() {
        assertEquals(INVALID + "Invalid number of argument(s) for the EQ ComparisonOperator",
                error(new ExpectedCondition(null, null, ComparisonOperator.EQ, List.of())));
        assertEquals(INVALID + "Invalid number of argument(s) for the NULL ComparisonOperator",
                error(ExpectedCondition.compare(ComparisonOperator.NULL, s("a"))));
        assertEquals(INVALID + "Invalid number of argument(s) for the NULL ComparisonOperator",
                error(new ExpectedCondition(s("a"), null, ComparisonOperator.NULL, null)));
        assertEquals(INVALID + "Invalid number of argument(s) for the IN ComparisonOperator",
                error(new ExpectedCondition(null, null, ComparisonOperator.IN, List.of())));
        assertEquals(INVALID + "Invalid number of argument(s) for the BETWEEN ComparisonOperator",
                error(ExpectedCondition.compare(ComparisonOperator.BETWEEN, n("1"), n("10"), n("12"))));
        assertEquals(INVALID + "ComparisonOperator LE is not valid for SS AttributeValue type",
                error(ExpectedCondition.compare(ComparisonOperator.LE, ss("a"))));
        assertEquals(INVALID + "ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type",
                error(ExpectedCondition.compare(ComparisonOperator.BEGINS_WITH, n("1"))));
        assertEquals("The BETWEEN condition was provided a range where the lower bound is greater than the upper bound",
                error(ExpectedCondition.compare(ComparisonOperator.BETWEEN, n("2"), n("1"))));
        assertEquals(INVALID + "AttributeValues inside AttributeValueList must be of same type",
                error(ExpectedCondition.compare(ComparisonOperator.IN, n("2"), s("1"))));
    }

    @Test
    void legacyAndExpressionParametersDoNotMix() {
        assertEquals("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}",
                validationMessage(() -> LegacyConditions.checkNotMixed(List.of("Expected"), List.of("ConditionExpression"))));
        LegacyConditions.checkNotMixed(List.of("Expected"), List.of());
        LegacyConditions.checkNotMixed(List.<String>of(), List.of("ConditionExpression"));
    }

    @Test
    void comparisonOperatorNames() {
        assertEquals(ComparisonOperator.NOT_CONTAINS, ComparisonOperator.fromName("NOT_CONTAINS"));
        assertEquals(null, ComparisonOperator.fromName("LIKE"));
    }
}
