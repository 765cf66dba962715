package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeyOrder;
import io.dynaspec.engine.value.KeySchema;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static io.dynaspec.engine.expression.Values.b;
import static io.dynaspec.engine.expression.Values.n;
import static io.dynaspec.engine.expression.Values.placeholders;
import static io.dynaspec.engine.expression.Values.s;
import static io.dynaspec.engine.expression.Values.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Key conditions: the shape Query.KeyConditionExpressions.html allows ("=" on the partition key;
 * on the sort key one of = < <= > >= BETWEEN begins_with), the match to the key schema
 * (API_Query.html, "KeyConditionExpression"), and the run of sort keys each condition selects in
 * DynamoDB's key order (API_Query.html, "ScanIndexForward").
 */
class KeyConditionTest {
    private static final KeySchema SCHEMA = new KeySchema("pk", AttributeType.S, "sk", AttributeType.S);

    private static KeyCondition keyCondition(String expression, Object... placeholders) {
        return KeyCondition.of(ConditionParser.parse(expression, placeholders(placeholders), ExpressionKind.KEY_CONDITION));
    }

    private static String error(String expression, Object... placeholders) {
        return validationMessage(() -> keyCondition(expression, placeholders).against(SCHEMA));
    }

    @Test
    void operandsMayComeInEitherOrder() {
        KeyRange r = keyCondition(":s <= sk AND :p = pk", ":p", s("A"), ":s", s("m")).against(SCHEMA);
        assertEquals(s("A"), r.partitionKey());
        assertEquals(ComparisonOperator.GE, r.sort().operator(), ":s <= sk is sk >= :s");
    }

    @Test
    void shapesAKeyConditionCannotTake() {
        assertEquals("Invalid condition in KeyConditionExpression: No key attribute specified",
                error(":p = :q", ":p", s("A"), ":q", s("A")));
        assertEquals("Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand",
                error("pk = :p AND :x BETWEEN sk AND :y", ":p", s("A"), ":x", s("a"), ":y", s("b")));
        assertEquals("Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand",
                error("pk = :p AND begins_with(:x, sk)", ":p", s("A"), ":x", s("a")));
        assertEquals("KeyConditionExpressions cannot have conditions on nested attributes",
                error("pk = :p AND sk.piece = :x", ":p", s("A"), ":x", s("a")));
        assertEquals("Invalid operator used in KeyConditionExpression: contains",
                error("pk = :p AND contains(sk, :x)", ":p", s("A"), ":x", s("a")));
        assertEquals("Conditions can be of length 1 or 2 only",
                error("pk = :p AND sk = :x AND colour = :x", ":p", s("A"), ":x", s("a")));
        assertEquals("KeyConditionExpressions must only contain one condition per key",
                error("pk = :p AND pk = :p", ":p", s("A")));
    }

    @Test
    void aSimpleKeyTakesOneCondition() {
        KeySchema simple = new KeySchema("pk", AttributeType.S, null, null);
        assertEquals("Query key condition not supported", validationMessage(() ->
                keyCondition("pk = :p AND sk = :x", ":p", s("A"), ":x", s("a")).against(simple)));
        assertNull(keyCondition("pk = :p", ":p", s("A")).against(simple).sort());
    }

    @Test
    void legacyOperatorsNoKeyCanBeReadByAreRefused() {
        KeyCondition legacy = KeyCondition.fromLegacy(Map.of(
                "pk", new LegacyCondition(ComparisonOperator.EQ, List.of(s("A"))),
                "sk", new LegacyCondition(ComparisonOperator.CONTAINS, List.of(s("a")))));
        assertEquals("Attempted conditional constraint is not an indexable operation",
                validationMessage(() -> legacy.against(SCHEMA)));
    }

    /** The sort keys a condition selects from a collection of all the given keys, in reading order. */
    private static List<AttributeValue> selected(KeyRange range, boolean forward, AttributeValue start, AttributeValue... keys) {
        NavigableMap<AttributeValue, Item> collection = new TreeMap<>(KeyOrder.INSTANCE);
        for (AttributeValue k : keys) {
            collection.put(k, Item.of(Map.of("sk", k)));
        }
        return new ArrayList<>(range.slice(collection, start, forward).keySet());
    }

    @Test
    void beginsWithEndsAfterTheLastValueWithThePrefix() {
        KeyRange r = keyCondition("pk = :p AND begins_with(sk, :x)", ":p", s("A"), ":x", s("b")).against(SCHEMA);
        AttributeValue[] keys = {s("a"), s("b"), s("b\uFFFF"), s("b\uD834\uDD1E"), s("ba"), s("c")};
        assertEquals(List.of(s("b"), s("ba"), s("b\uFFFF"), s("b\uD834\uDD1E")), selected(r, true, null, keys));
        assertEquals(List.of(s("b\uD834\uDD1E"), s("b\uFFFF"), s("ba"), s("b")), selected(r, false, null, keys));
        assertEquals(List.of(s("ba"), s("b")), selected(r, false, s("b\uFFFF"), keys), "resumed after a start key");
    }

    @Test
    void theEndOfAPrefixSkipsMaximalUnits() {
        // UTF-8 order is code point order: after U+10FFFF nothing follows, so the unit before it is raised;
        // U+D7FF is followed by U+E000, surrogates being no code points of their own.
        assertEquals(s("b"), KeyRange.prefixEnd(s("a\uDBFF\uDFFF")));
        assertEquals(s("\uE000"), KeyRange.prefixEnd(s("\uD7FF")));
        assertNull(KeyRange.prefixEnd(s("\uDBFF\uDFFF")), "no string follows every extension of U+10FFFF");
        assertEquals(b(0x02), KeyRange.prefixEnd(b(0x01, 0xff)));
        assertNull(KeyRange.prefixEnd(b(0xff, 0xff)));
    }

    @Test
    void eachOperatorMatchesWhatItSelects() {
        AttributeValue[] keys = {n("1"), n("2"), n("3"), n("4")};
        KeySchema numeric = new KeySchema("pk", AttributeType.S, "sk", AttributeType.N);
        for (String op : List.of("=", "<", "<=", ">", ">=")) {
            KeyRange r = keyCondition("pk = :p AND sk " + op + " :x", ":p", s("A"), ":x", n("2")).against(numeric);
            List<AttributeValue> chosen = selected(r, true, null, keys);
            for (AttributeValue k : keys) {
                assertEquals(chosen.contains(k), r.matchesSort(k), op + " " + k);
            }
            assertFalse(chosen.isEmpty(), op);
        }
    }
}
