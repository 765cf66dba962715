package io.dynaspec.engine.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An item: attribute names to values, immutable. Its size by DynamoDB's rules is computed once,
 * because every write needs it twice (the 400 KB limit and consumed capacity).
 */
public final class Item {
    /** The largest item DynamoDB stores: 400 KB (ServiceQuotas.html, "Item size"). */
    public static final int MAX_SIZE = 400 * 1024;

    private final Map<String, AttributeValue> attributes;
    private int size = -1;

    private Item(Map<String, AttributeValue> attributes) {
        this.attributes = attributes;
    }

    /** An item holding a copy of the given attributes, in their order. */
    public static Item of(Map<String, AttributeValue> attributes) {
        return new Item(Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
    }

    public AttributeValue get(String name) {
        return attributes.get(name);
    }

    public boolean has(String name) {
        return attributes.containsKey(name);
    }

    public Map<String, AttributeValue> attributes() {
        return attributes;
    }

    public Set<String> names() {
        return attributes.keySet();
    }

    /**
     * Item size in bytes (CapacityUnitCalculations.html): for each attribute, the UTF-8 length of
     * its name plus the size of its value.
     */
    public int size() {
        int s = size;
        if (s < 0) {
            s = 0;
            for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
                s += AttributeValue.utf8Length(e.getKey()) + e.getValue().size();
            }
            size = s;
        }
        return s;
    }

    /** A copy of this item keeping only the given attribute names. */
    public Item project(Set<String> names) {
        Map<String, AttributeValue> kept = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
            if (names.contains(e.getKey())) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        return new Item(Collections.unmodifiableMap(kept));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Item i && attributes.equals(i.attributes);
    }

    @Override
    public int hashCode() {
        return attributes.hashCode();
    }

    @Override
    public String toString() {
        return attributes.toString();
    }
}
