package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;

import java.util.Iterator;
import java.util.NavigableMap;

/**
 * What a read of many items (Query, Scan) sees of one partition: its item collections, each in
 * sort-key order, and its partition keys in scan order. Obtained from
 * {@link PartitionGroup#readItems}: a live replica for an eventually consistent read, the
 * committed state for a strongly consistent one.
 */
public interface PartitionView {

    /** The items of one partition key in sort-key order; empty when it has none. */
    NavigableMap<AttributeValue, Item> collection(AttributeValue partitionKey);

    /**
     * Partition keys in scan order from a place on: every key holding items there, and possibly
     * keys whose collection turns out empty, which a reader skips.
     *
     * @param from      where to start, or null for the first key
     * @param inclusive whether a key equal to {@code from} is included
     */
    Iterator<HashedPartitionKey> partitionKeysFrom(HashedPartitionKey from, boolean inclusive);

    /**
     * One local secondary index's entries under a partition key (LSI.html): index sort key →
     * table sort key → the entry, as the index projects the item; empty when it has none.
     */
    NavigableMap<AttributeValue, NavigableMap<AttributeValue, Item>> localIndex(String index, AttributeValue partitionKey);
}
