package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.PartitionView;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeyOrder;
import io.dynaspec.engine.value.KeySchema;

import java.util.Map;
import java.util.NavigableMap;

/**
 * Reading one partition key's entries of a secondary index into a page, in index order:
 * by index sort key, and among entries sharing one, by table sort key (the reverse of both when
 * ScanIndexForward is false), resuming after a start entry, and fetching each entry's item from
 * the table when the read needs attributes the index does not project.
 */
final class IndexEntries {
    private IndexEntries() {
    }

    /**
     * @param view         the partition, as the read sees it
     * @param partitionKey the partition key whose entries are read
     * @param entries      its entries, already narrowed to the key condition and in reading order
     * @param start        the entry the previous page ended at, or null
     * @param forward      reading order
     * @param fetch        whether each entry's item is fetched from the table (local indexes only)
     * @param tableKey     the table's key
     * @return whether the page filled up
     */
    static boolean read(PartitionView view, AttributeValue partitionKey,
                        NavigableMap<AttributeValue, NavigableMap<AttributeValue, Item>> entries,
                        IndexRead.Start start, boolean forward, boolean fetch, KeySchema tableKey, Page page) {
        if (start != null && start.partition().equals(partitionKey)) {
            entries = entries.tailMap(start.indexSort(), true);
        } else {
            start = null;
        }
        NavigableMap<AttributeValue, Item> items = fetch ? view.collection(partitionKey) : null;
        for (Map.Entry<AttributeValue, NavigableMap<AttributeValue, Item>> bySort : entries.entrySet()) {
            NavigableMap<AttributeValue, Item> sameSort = forward ? bySort.getValue() : bySort.getValue().descendingMap();
            if (start != null && KeyOrder.INSTANCE.compare(bySort.getKey(), start.indexSort()) == 0) {
                sameSort = sameSort.tailMap(start.entryKey(), false);
            }
            for (Item entry : sameSort.values()) {
                Item item = entry;
                if (fetch) {
                    // A live replica may show an entry a moment before its item: the entry stands in.
                    Item whole = items.get(entry.get(tableKey.sortName()));
                    item = whole == null ? entry : whole;
                    page.fetched(item);
                }
                page.read(entry, item);
                if (page.isFull()) {
                    return true;
                }
            }
        }
        return false;
    }
}
