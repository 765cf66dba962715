package io.dynaspec.engine.value;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An item: attribute names to values, immutable, in the order they were given. Its size by
 * DynamoDB's rules is computed once, because every write needs it twice (the 400 KB limit and
 * consumed capacity).
 *
 * <p>Every replica holds every item of its partition, so an item is kept compact: two arrays,
 * names and values, rather than a map with an entry object per attribute. A lookup scans the
 * names; an item of many attributes also gets a hash index of them.
 */
public final class Item {
    /** The largest item DynamoDB stores: 400 KB (ServiceQuotas.html, "Item size"). */
    public static final int MAX_SIZE = 400 * 1024;
    /** Up to this many attributes a scan of the names finds one as fast as hashing would. */
    private static final int SCAN_LIMIT = 8;

    private final String[] names;
    private final AttributeValue[] values;
    /**
     * For items of more than {@link #SCAN_LIMIT} attributes: an open-addressing table of
     * positions + 1 (0 marks a free slot), by the name's hash; null for smaller items.
     */
    private final int[] index;
    private int size = -1;

    private Item(String[] names, AttributeValue[] values) {
        this.names = names;
        this.values = values;
        this.index = names.length > SCAN_LIMIT ? indexOf(names) : null;
    }

    /** An item holding a copy of the given attributes, in their order. */
    public static Item of(Map<String, AttributeValue> attributes) {
        int n = attributes.size();
        String[] names = new String[n];
        AttributeValue[] values = new AttributeValue[n];
        int i = 0;
        for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
            names[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return new Item(names, values);
    }

    public AttributeValue get(String name) {
        int i = position(name);
        return i < 0 ? null : values[i];
    }

    public boolean has(String name) {
        return position(name) >= 0;
    }

    /** The attributes as an unmodifiable map, in the item's order: a view, made on each call. */
    public Map<String, AttributeValue> attributes() {
        return new Attributes();
    }

    /** The attribute names, in the item's order: an unmodifiable view. */
    public Set<String> names() {
        return new Names();
    }

    /** ServiceQuotas.html, "Attribute names": at most 64 KB less one, counted in UTF-8 bytes. */
    public static final int MAX_NAME_BYTES = 65_535;

    /** True when an attribute name is longer than DynamoDB allows, wherever the name appears. */
    public static boolean nameTooLong(String name) {
        // A name of at most MAX/3 chars fits whatever its characters: skip counting.
        return name.length() > MAX_NAME_BYTES / 3 && AttributeValue.utf8Length(name) > MAX_NAME_BYTES;
    }

    /**
     * Item size in bytes (CapacityUnitCalculations.html): for each attribute, the UTF-8 length of
     * its name plus the size of its value.
     */
    public int size() {
        int s = size;
        if (s < 0) {
            s = 0;
            for (int i = 0; i < names.length; i++) {
                s += AttributeValue.utf8Length(names[i]) + values[i].size();
            }
            size = s;
        }
        return s;
    }

    /** A copy of this item keeping only the given attribute names. */
    public Item project(Set<String> kept) {
        int n = 0;
        for (String name : names) {
            if (kept.contains(name)) {
                n++;
            }
        }
        String[] keptNames = new String[n];
        AttributeValue[] keptValues = new AttributeValue[n];
        int j = 0;
        for (int i = 0; i < names.length; i++) {
            if (kept.contains(names[i])) {
                keptNames[j] = names[i];
                keptValues[j] = values[i];
                j++;
            }
        }
        return new Item(keptNames, keptValues);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Item i && attributes().equals(i.attributes());
    }

    @Override
    public int hashCode() {
        return attributes().hashCode();
    }

    @Override
    public String toString() {
        return attributes().toString();
    }

    /** The position of the attribute, or -1. */
    private int position(String name) {
        if (index == null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
        if (name == null) {
            return -1;
        }
        int mask = index.length - 1;
        for (int slot = spread(name.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int p = index[slot];
            if (p == 0) {
                return -1;
            }
            if (names[p - 1].equals(name)) {
                return p - 1;
            }
        }
    }

    /** A table at most half full, so that every probe ends at a free slot. */
    private static int[] indexOf(String[] names) {
        int[] table = new int[Integer.highestOneBit(names.length * 2 - 1) << 1];
        int mask = table.length - 1;
        for (int i = 0; i < names.length; i++) {
            int slot = spread(names[i].hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        return table;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The item as a map: reads go to the arrays; every change is refused. */
    private final class Attributes extends AbstractMap<String, AttributeValue> {
        @Override
        public int size() {
            return names.length;
        }

        @Override
        public boolean isEmpty() {
            return names.length == 0;
        }

        @Override
        public AttributeValue get(Object key) {
            return key instanceof String name ? Item.this.get(name) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && has(name);
        }

        @Override
        public Set<String> keySet() {
            return new Names();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super AttributeValue> action) {
            for (int i = 0; i < names.length; i++) {
                action.accept(names[i], values[i]);
            }
        }

        @Override
        public Set<Map.Entry<String, AttributeValue>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return names.length;
                }

                @Override
                public Iterator<Map.Entry<String, AttributeValue>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Map.Entry<String, AttributeValue> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                        }
                    };
                }
            };
        }
    }

    /** The names, in order; membership by the item's own lookup. */
    private final class Names extends AbstractSet<String> {
        @Override
        public int size() {
            return names.length;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String name && has(name);
        }

        @Override
        public Iterator<String> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < names.length;
                }

                @Override
                public String next() {
                    if (next >= names.length) {
                        throw new NoSuchElementException();
                    }
                    return names[next++];
                }
            };
        }
    }
}
