package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeyOrder;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One replica's local secondary indexes (LSI.html): per index and partition key, the index
 * entries ordered by the index sort key, then by the table sort key, so that items sharing an
 * index sort key keep a fixed order a query can resume in. The replica updates them when it
 * applies a log entry, from the entry's item before and after: an index entry is written by the
 * same log entry as its base item, so replication, acknowledgement, failover, roll-back and
 * catch-up carry it with the item.
 *
 * <p>An entry is the item as the index projects it; an item without the index sort key has no
 * entry (the index is sparse).
 */
final class LocalIndexes {
    /** No index entries: what an absent partition key reads as. */
    static final NavigableMap<AttributeValue, NavigableMap<AttributeValue, Item>> NO_ENTRIES =
            Collections.unmodifiableNavigableMap(new TreeMap<>(KeyOrder.INSTANCE));

    private final KeySchema tableKey;
    private final List<TableMetadata.IndexDefinition> definitions;
    /** Index name → partition key → index sort key → table sort key → entry. */
    private final Map<String, ConcurrentHashMap<AttributeValue, ConcurrentSkipListMap<AttributeValue, ConcurrentSkipListMap<AttributeValue, Item>>>> entries =
            new LinkedHashMap<>();

    LocalIndexes(KeySchema tableKey, List<TableMetadata.IndexDefinition> definitions) {
        this.tableKey = tableKey;
        this.definitions = List.copyOf(definitions);
        for (TableMetadata.IndexDefinition d : definitions) {
            entries.put(d.name(), new ConcurrentHashMap<>());
        }
    }

    boolean isEmpty() {
        return definitions.isEmpty();
    }

    KeySchema tableKey() {
        return tableKey;
    }

    List<TableMetadata.IndexDefinition> definitions() {
        return definitions;
    }

    /** The item under {@code key} changes from {@code before} to {@code after} (either may be null). */
    void update(PrimaryKey key, Item before, Item after) {
        for (TableMetadata.IndexDefinition d : definitions) {
            var ofIndex = entries.get(d.name());
            Item oldEntry = d.entryOf(tableKey, before);
            Item newEntry = d.entryOf(tableKey, after);
            if (oldEntry != null) {
                AttributeValue sort = sortOf(d, oldEntry);
                ofIndex.computeIfPresent(key.partition(), (pk, bySort) -> {
                    bySort.computeIfPresent(sort, (s, byTableSort) -> {
                        byTableSort.remove(key.sort());
                        return byTableSort.isEmpty() ? null : byTableSort;
                    });
                    return bySort.isEmpty() ? null : bySort;
                });
            }
            if (newEntry != null) {
                AttributeValue sort = sortOf(d, newEntry);
                ofIndex.computeIfAbsent(key.partition(), pk -> new ConcurrentSkipListMap<>(KeyOrder.INSTANCE))
                        .computeIfAbsent(sort, s -> new ConcurrentSkipListMap<>(KeyOrder.INSTANCE))
                        .put(key.sort(), newEntry);
            }
        }
    }

    /**
     * An entry's index sort key; for an index keyed by a partition key alone (a global secondary
     * index may be), one value that all its entries share.
     */
    static AttributeValue sortOf(TableMetadata.IndexDefinition d, Item entry) {
        return d.keySchema().hasSortKey() ? entry.get(d.keySchema().sortName()) : NO_SORT_KEY;
    }

    /** The index sort key of every entry of an index without one. */
    static final AttributeValue NO_SORT_KEY = new AttributeValue.S("");

    /** One index's entries under a partition key: index sort key → table sort key → entry. A live view. */
    NavigableMap<AttributeValue, NavigableMap<AttributeValue, Item>> collection(String index, AttributeValue partitionKey) {
        var ofIndex = entries.get(index);
        var bySort = ofIndex == null ? null : ofIndex.get(partitionKey);
        if (bySort == null) {
            return NO_ENTRIES;
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        NavigableMap<AttributeValue, NavigableMap<AttributeValue, Item>> view = (NavigableMap) Collections.unmodifiableNavigableMap(bySort);
        return view;
    }

    /** Takes over another replica's entries: catch-up from a copy of the leader's items. */
    void copyFrom(LocalIndexes source) {
        for (var e : entries.entrySet()) {
            e.getValue().clear();
            source.entries.get(e.getKey()).forEach((pk, bySort) -> {
                var copy = new ConcurrentSkipListMap<AttributeValue, ConcurrentSkipListMap<AttributeValue, Item>>(KeyOrder.INSTANCE);
                bySort.forEach((s, byTableSort) -> copy.put(s, new ConcurrentSkipListMap<>(byTableSort)));
                e.getValue().put(pk, copy);
            });
        }
    }

    /**
     * One index's entries built from an item collection: what the committed state holds while
     * some of the collection's writes still wait for their quorum.
     */
    static NavigableMap<AttributeValue, NavigableMap<AttributeValue, Item>> build(
            KeySchema tableKey, TableMetadata.IndexDefinition index, Map<AttributeValue, Item> collection) {
        NavigableMap<AttributeValue, NavigableMap<AttributeValue, Item>> bySort = new TreeMap<>(KeyOrder.INSTANCE);
        for (Map.Entry<AttributeValue, Item> e : collection.entrySet()) {
            Item entry = index.entryOf(tableKey, e.getValue());
            if (entry != null) {
                bySort.computeIfAbsent(sortOf(index, entry), s -> new TreeMap<>(KeyOrder.INSTANCE)).put(e.getKey(), entry);
            }
        }
        return Collections.unmodifiableNavigableMap(bySort);
    }
}
