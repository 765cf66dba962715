package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeyOrder;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A partition as of its last acknowledged write: the leader's items, with every write that still
 * waits for its quorum undone, as {@link PartitionGroup#readCommitted} does for one key. Valid
 * only while the group's lock is held, so that no write is applied under it. Collections without
 * pending writes are the leader's own; a collection with some is copied once and corrected.
 */
final class CommittedView implements PartitionView {
    private final Replica leader;
    /** Per partition key with pending writes: the committed item of each of its keys (null: none). */
    private final Map<AttributeValue, Map<PrimaryKey, Item>> committedOfPending = new HashMap<>();
    /** The pending partition keys in scan order: keys the leader may no longer hold. */
    private final NavigableSet<HashedPartitionKey> pendingKeys = new TreeSet<>();

    /** @param pending the log entries past the commit point, oldest first */
    CommittedView(Replica leader, List<LogEntry> pending) {
        this.leader = leader;
        for (LogEntry e : pending) {
            // The first pending entry of a key holds what the key held when it was last committed
            // (null when nothing: putIfAbsent would let a later entry replace that null).
            Map<PrimaryKey, Item> ofKey = committedOfPending.computeIfAbsent(e.key().partition(), pk -> new LinkedHashMap<>());
            if (!ofKey.containsKey(e.key())) {
                ofKey.put(e.key(), e.previous());
            }
        }
        for (AttributeValue pk : committedOfPending.keySet()) {
            pendingKeys.add(HashedPartitionKey.of(pk));
        }
    }

    @Override
    public NavigableMap<AttributeValue, Item> collection(AttributeValue partitionKey) {
        NavigableMap<AttributeValue, Item> live = leader.collection(partitionKey);
        Map<PrimaryKey, Item> corrections = committedOfPending.get(partitionKey);
        if (corrections == null) {
            return live;
        }
        NavigableMap<AttributeValue, Item> committed = new TreeMap<>(KeyOrder.INSTANCE);
        for (Map.Entry<AttributeValue, Item> e : live.entrySet()) {
            committed.put(leader.isComposite() ? e.getKey() : partitionKey, e.getValue());
        }
        for (Map.Entry<PrimaryKey, Item> c : corrections.entrySet()) {
            AttributeValue sortKey = leader.isComposite() ? c.getKey().sort() : partitionKey;
            if (c.getValue() == null) {
                committed.remove(sortKey);
            } else {
                committed.put(sortKey, c.getValue());
            }
        }
        return Collections.unmodifiableNavigableMap(committed);
    }

    /**
     * The leader's entries when no write under the partition key waits for its quorum; otherwise
     * the entries of the committed collection, built afresh.
     */
    @Override
    public NavigableMap<AttributeValue, NavigableMap<AttributeValue, Item>> localIndex(String index, AttributeValue partitionKey) {
        if (!committedOfPending.containsKey(partitionKey)) {
            return leader.localIndex(index, partitionKey);
        }
        LocalIndexes indexes = leader.localIndexes();
        for (TableMetadata.IndexDefinition d : indexes.definitions()) {
            if (d.name().equals(index)) {
                return LocalIndexes.build(indexes.tableKey(), d, collection(partitionKey));
            }
        }
        return LocalIndexes.NO_ENTRIES;
    }

    @Override
    public Iterator<HashedPartitionKey> partitionKeysFrom(HashedPartitionKey from, boolean inclusive) {
        Iterator<HashedPartitionKey> held = leader.partitionKeysFrom(from, inclusive);
        if (pendingKeys.isEmpty()) {
            return held;
        }
        NavigableSet<HashedPartitionKey> extra = from == null ? pendingKeys : pendingKeys.tailSet(from, inclusive);
        return new Union(held, extra.iterator());
    }

    /** Two ascending iterators as one, each key once. */
    private static final class Union implements Iterator<HashedPartitionKey> {
        private final Iterator<HashedPartitionKey> a;
        private final Iterator<HashedPartitionKey> b;
        private HashedPartitionKey nextA;
        private HashedPartitionKey nextB;

        Union(Iterator<HashedPartitionKey> a, Iterator<HashedPartitionKey> b) {
            this.a = a;
            this.b = b;
            nextA = a.hasNext() ? a.next() : null;
            nextB = b.hasNext() ? b.next() : null;
        }

        @Override
        public boolean hasNext() {
            return nextA != null || nextB != null;
        }

        @Override
        public HashedPartitionKey next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int c = nextA == null ? 1 : nextB == null ? -1 : nextA.compareTo(nextB);
            HashedPartitionKey out = c <= 0 ? nextA : nextB;
            if (c <= 0) {
                nextA = a.hasNext() ? a.next() : null;
            }
            if (c >= 0) {
                nextB = b.hasNext() ? b.next() : null;
            }
            return out;
        }
    }
}
