package io.dynaspec.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After a restart a ClientRequestToken's request is known by the fingerprint of its parameters
 * alone. A retry may write its JSON members in any order (a JSON object's members have none), so
 * the fingerprint must not follow it: the same request before a restart is compared with equals,
 * which ignores the order of map entries and set elements.
 */
class ClientTokenFingerprintTest {

    /** The shape of a transaction's parameters: records, lists, items, maps and sets. */
    private record Action(String table, Item item, Map<String, AttributeValue> key, String condition) {
    }

    private record Parameters(List<Action> actions, boolean metrics) {
    }

    private static Map<String, AttributeValue> map(Object... pairs) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
        }
        return m;
    }

    private static AttributeValue.SS set(String... members) {
        return new AttributeValue.SS(new LinkedHashSet<>(List.of(members)));
    }

    private static Parameters request(boolean reordered, String lastMember) {
        AttributeValue s = new AttributeValue.S("v");
        AttributeValue tags = reordered ? set(lastMember, "a", "b") : set("a", "b", lastMember);
        AttributeValue nested = reordered
                ? new AttributeValue.M(map("y", AttributeValue.N.of("2"), "x", s))
                : new AttributeValue.M(map("x", s, "y", AttributeValue.N.of("2")));
        Item item = reordered
                ? Item.of(map("tags", tags, "pk", s, "doc", nested))
                : Item.of(map("pk", s, "doc", nested, "tags", tags));
        Map<String, AttributeValue> key = reordered ? map("sk", s, "pk", s) : map("pk", s, "sk", s);
        return new Parameters(List.of(new Action("T", item, key, "attribute_not_exists(pk)")), false);
    }

    @Test
    void membersInAnotherOrderAreTheSameRequest() {
        Parameters first = request(false, "c");
        Parameters retry = request(true, "c");
        assertEquals(first, retry, "equal before a restart");
        assertEquals(ClientTokens.fingerprint(first), ClientTokens.fingerprint(retry), "and after one");
    }

    @Test
    void anotherValueIsAnotherRequest() {
        assertNotEquals(ClientTokens.fingerprint(request(false, "c")), ClientTokens.fingerprint(request(true, "d")));
        Parameters first = request(false, "c");
        Parameters moreMetrics = new Parameters(first.actions(), true);
        assertNotEquals(ClientTokens.fingerprint(first), ClientTokens.fingerprint(moreMetrics));
    }

    @Test
    void theOrderOfActionsCounts() {
        Action a = new Action("T", Item.of(map("pk", new AttributeValue.S("1"))), Map.of(), null);
        Action b = new Action("T", Item.of(map("pk", new AttributeValue.S("2"))), Map.of(), null);
        assertNotEquals(ClientTokens.fingerprint(new Parameters(List.of(a, b), false)),
                ClientTokens.fingerprint(new Parameters(List.of(b, a), false)));
    }
}
