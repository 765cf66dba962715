package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.dynaspec.engine.expression.Values.n;
import static io.dynaspec.engine.expression.Values.placeholders;
import static io.dynaspec.engine.expression.Values.s;
import static io.dynaspec.engine.expression.Values.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expression attribute names and values of a request (Expressions.ExpressionAttributeNames.html,
 * Expressions.ExpressionAttributeValues.html): shared by all its expressions, each one required
 * to be used, and the maps checked before any expression is read.
 */
class PlaceholdersTest {
    @Test
    void mapsThatArePresentMustNotBeEmpty() {
        assertEquals("ExpressionAttributeNames must not be empty",
                validationMessage(() -> Placeholders.of(Map.of(), null)));
        assertEquals("ExpressionAttributeValues must not be empty",
                validationMessage(() -> Placeholders.of(null, Map.of())));
    }

    @Test
    void keysMustBeWellFormed() {
        assertEquals("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"",
                validationMessage(() -> Placeholders.of(Map.of("a", "a"), null)));
        assertEquals("ExpressionAttributeValues contains invalid key: Syntax error; key: \"a\"",
                validationMessage(() -> Placeholders.of(null, Map.<String, AttributeValue>of("a", s("a")))));
        assertEquals("ExpressionAttributeNames contains invalid key: Syntax error; key: \"#a-b\"",
                validationMessage(() -> Placeholders.of(Map.of("#a-b", "a"), null)));
    }

    @Test
    void keysAreAtMost255BytesCountingTheirSigil() {
        String name = "#" + "n".repeat(254);
        String value = ":" + "v".repeat(254);
        Placeholders.of(Map.of(name, "a"), Map.<String, AttributeValue>of(value, s("a")));
        assertTrue(validationMessage(() -> Placeholders.of(Map.of(name + "n", "a"), null))
                .startsWith("ExpressionAttributeNames contains invalid key"));
        assertTrue(validationMessage(() -> Placeholders.of(null, Map.<String, AttributeValue>of(value + "v", s("a"))))
                .startsWith("ExpressionAttributeValues contains invalid key"));
    }

    @Test
    void everyPlaceholderMustBeUsedByTheRequestsExpressions() {
        Placeholders p = placeholders("#k", "Id", "#unused", "x", ":v", n("1"), ":w", n("2"));
        ConditionParser.parse("attribute_not_exists(#k)", p);
        UpdateExpressionParser.parse("SET a = :v, b = :w", p);
        assertEquals("Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}",
                validationMessage(p::checkAllUsed));

        Placeholders values = placeholders(":v", n("1"), ":b", n("2"), ":a", n("3"));
        ConditionParser.parse("x = :v", values);
        assertEquals("Value provided in ExpressionAttributeValues unused in expressions: keys: {:a, :b}",
                validationMessage(values::checkAllUsed));
    }

    @Test
    void allUsedPasses() {
        Placeholders p = placeholders("#n", "name", ":v", s("x"));
        ConditionParser.parse("#n = :v", p);
        p.checkAllUsed();
        Placeholders.none().checkAllUsed();
    }

    @Test
    void mapsOnlyWithExpressions() {
        Map<String, String> none = new java.util.LinkedHashMap<>();
        none.put("UpdateExpression", null);
        none.put("ConditionExpression", null);
        assertEquals("ExpressionAttributeNames can only be specified when using expressions",
                validationMessage(() -> Placeholders.checkOnlyWithExpressions(Map.of("#a", "a"), null, none)));
        assertEquals("ExpressionAttributeValues can only be specified when using expressions: "
                        + "UpdateExpression and ConditionExpression are null",
                validationMessage(() -> Placeholders.checkOnlyWithExpressions(null, Map.of(":a", n("1")), none)));
        Map<String, String> put = new java.util.LinkedHashMap<>();
        put.put("ConditionExpression", null);
        assertEquals("ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null",
                validationMessage(() -> Placeholders.checkOnlyWithExpressions(null, Map.of(":a", n("1")), put)));
        Map<String, String> projectionOnly = new java.util.LinkedHashMap<>();
        projectionOnly.put("ProjectionExpression", "#a");
        Placeholders.checkOnlyWithExpressions(Map.of("#a", "a"), null, projectionOnly);
        put.put("ConditionExpression", "a = :a");
        Placeholders.checkOnlyWithExpressions(Map.of("#a", "a"), Map.of(":a", n("1")), put);
    }

    @Test
    void reservedWordListIsComplete() {
        // ReservedWords.html lists 573 words; the check ignores case.
        assertEquals(573, ReservedWords.count());
        assertTrue(ReservedWords.isReserved("ABORT"));
        assertTrue(ReservedWords.isReserved("zone"));
        assertTrue(ReservedWords.isReserved("Size"));
        assertTrue(!ReservedWords.isReserved("Price"));
    }
}
