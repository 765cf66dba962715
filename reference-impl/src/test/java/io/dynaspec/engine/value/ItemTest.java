package io.dynaspec.engine.value;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An item behaves as the immutable, ordered map of its attributes, whether it has a few
 * attributes (found by scanning) or many (found through its hash index).
 */
class ItemTest {
    private static Map<String, AttributeValue> attributes(int n) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = n - 1; i >= 0; i--) {
            m.put("attribute" + i, new AttributeValue.S("value" + i));
        }
        return m;
    }

    @Test
    void anItemIsTheMapItWasMadeFromInItsOrder() {
        for (int n : new int[] {0, 1, 8, 9, 64, 1000}) {
            Map<String, AttributeValue> m = attributes(n);
            Item item = Item.of(m);
            assertEquals(m, item.attributes(), n + " attributes");
            assertEquals(new HashMap<>(m), item.attributes(), "equal to any map with the same entries");
            assertEquals(m.hashCode(), item.attributes().hashCode());
            assertEquals(new ArrayList<>(m.keySet()), new ArrayList<>(item.names()), "names keep their order");
            assertEquals(new ArrayList<>(m.entrySet()), new ArrayList<>(item.attributes().entrySet()));
            for (int i = 0; i < n; i++) {
                assertEquals(new AttributeValue.S("value" + i), item.get("attribute" + i));
                assertTrue(item.has("attribute" + i));
                assertTrue(item.names().contains("attribute" + i));
            }
            assertNull(item.get("attribute" + n));
            assertFalse(item.has("missing"));
            assertFalse(item.attributes().containsKey(null));
            assertEquals(Item.of(new HashMap<>(m)), item, "equality ignores order, as map equality does");
        }
    }

    @Test
    void anItemCannotBeChangedThroughItsViews() {
        Item item = Item.of(attributes(12));
        assertThrows(UnsupportedOperationException.class, () -> item.attributes().put("x", new AttributeValue.S("y")));
        assertThrows(UnsupportedOperationException.class, () -> item.attributes().remove("attribute1"));
        assertThrows(UnsupportedOperationException.class, () -> item.names().remove("attribute1"));
        assertThrows(UnsupportedOperationException.class, () -> item.attributes().entrySet().iterator().next()
                .setValue(new AttributeValue.S("y")));
        assertEquals(12, item.attributes().size());
    }

    @Test
    void projectionKeepsTheNamedAttributesInTheItemsOrder() {
        Item item = Item.of(attributes(20));
        Item kept = item.project(Set.of("attribute3", "attribute15", "nope"));
        assertEquals(List.of("attribute15", "attribute3"), new ArrayList<>(kept.names()));
        assertEquals(new AttributeValue.S("value3"), kept.get("attribute3"));
    }

    @Test
    void changingTheSourceMapDoesNotChangeTheItem() {
        Map<String, AttributeValue> m = attributes(3);
        Item item = Item.of(m);
        m.put("later", new AttributeValue.S("x"));
        assertFalse(item.has("later"));
        assertEquals(3, item.attributes().size());
    }
}
