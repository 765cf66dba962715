package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeyOrder;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.Collections;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One copy of a partition, in one availability zone. Items are grouped by partition key into
 * item collections, each ordered by sort key as DynamoDB orders it (the seed: "dynamo sorts items
 * on partition by sort key value"). A replica changes only by applying log entries in order;
 * items are immutable and shared with the other replicas.
 *
 * <p>Readers run without locks: each entry is applied with one map operation, so a reader sees
 * an item either wholly before or wholly after a write.
 */
public final class Replica implements PartitionView {
    private final AvailabilityZone zone;
    private final boolean composite;
    /** Simple key: partition key → item. Composite: partition key → sort key → item. */
    private final ConcurrentHashMap<AttributeValue, Object> collections = new ConcurrentHashMap<>();
    /**
     * The partition keys of {@link #collections} in scan order, shared with the group's other
     * replicas, so that a Scan resumes from its last key in logarithmic time. Changed only when a
     * collection appears or disappears, after the map: a reader may meet a key whose collection
     * is already gone, and skips it.
     */
    private final ScanIndex scanOrder;
    /** This replica's bit in the shared scan index. */
    private final int scanBit;
    /**
     * The items a prepared transaction holds, with the transaction's timestamp: set by a PREPARE
     * entry, cleared by its COMMIT or CANCEL, so a new leader knows them from its log.
     */
    private final ConcurrentHashMap<PrimaryKey, Long> prepared = new ConcurrentHashMap<>();
    /** Sequence number of the last log entry applied. */
    private volatile long applied;
    private volatile boolean up = true;
    /** The table's local secondary indexes as this replica holds them, kept with its items. */
    private final LocalIndexes localIndexes;

    Replica(AvailabilityZone zone, boolean composite, ScanIndex scanOrder) {
        this(zone, composite, scanOrder, new LocalIndexes(null, java.util.List.of()));
    }

    Replica(AvailabilityZone zone, boolean composite, ScanIndex scanOrder, LocalIndexes localIndexes) {
        this.zone = zone;
        this.composite = composite;
        this.scanOrder = scanOrder;
        this.scanBit = 1 << zone.ordinal();
        this.localIndexes = localIndexes;
    }

    LocalIndexes localIndexes() {
        return localIndexes;
    }

    boolean isComposite() {
        return composite;
    }

    public AvailabilityZone zone() {
        return zone;
    }

    /** Whether the replica's zone is up: a failed zone's replica neither receives nor serves. */
    public boolean isUp() {
        return up;
    }

    void setUp(boolean up) {
        this.up = up;
    }

    /** The position of the last log entry this replica applied. */
    public long appliedSequence() {
        return applied;
    }

    public Item get(PrimaryKey key) {
        Object c = collections.get(key.partition());
        if (c == null) {
            return null;
        }
        if (!composite) {
            return (Item) c;
        }
        return sorted(c).get(key.sort());
    }

    /** Applies the next entry of the log; entries arrive strictly in sequence. */
    void apply(LogEntry entry) {
        if (entry.sequence() != applied + 1) {
            throw new IllegalStateException(zone + ": entry " + entry.sequence() + " applied after " + applied);
        }
        switch (entry.kind()) {
            case WRITE -> store(entry.key(), entry.item());
            case PREPARE -> prepared.put(entry.key(), entry.transaction());
            case COMMIT -> {
                store(entry.key(), entry.item());
                prepared.remove(entry.key());
            }
            case CANCEL -> prepared.remove(entry.key());
        }
        applied = entry.sequence();
    }

    /** The timestamp of the transaction that holds the item, or 0 when none does. */
    public long preparedTransaction(PrimaryKey key) {
        if (prepared.isEmpty()) {
            return 0;
        }
        Long t = prepared.get(key);
        return t == null ? 0 : t;
    }

    /** How many items prepared transactions hold on this replica. */
    public int preparedCount() {
        return prepared.size();
    }

    /**
     * Undoes the last entry applied: the item returns to what it was before. Used when a
     * failover cuts entries this replica had applied, so that its log again agrees with the
     * group's before it serves.
     */
    void rollBack(LogEntry entry) {
        if (entry.sequence() != applied) {
            throw new IllegalStateException(zone + ": entry " + entry.sequence() + " rolled back at " + applied);
        }
        switch (entry.kind()) {
            case WRITE -> store(entry.key(), entry.previous());
            case PREPARE -> prepared.remove(entry.key());
            case COMMIT -> {
                store(entry.key(), entry.previous());
                prepared.put(entry.key(), entry.transaction());
            }
            case CANCEL -> prepared.put(entry.key(), entry.transaction());
        }
        applied = entry.sequence() - 1;
    }

    /** Takes over another replica's items and log position: catch-up past a dropped log prefix. */
    void copyFrom(Replica source) {
        collections.clear();
        scanOrder.clear(scanBit);
        prepared.clear();
        prepared.putAll(source.prepared);
        for (java.util.Map.Entry<AttributeValue, Object> e : source.collections.entrySet()) {
            Object c = e.getValue();
            if (composite) {
                NavigableMap<AttributeValue, Item> copy = new ConcurrentSkipListMap<>(KeyOrder.INSTANCE);
                copy.putAll(sorted(c));
                collections.put(e.getKey(), copy);
            } else {
                collections.put(e.getKey(), c);
            }
            scanOrder.mark(HashedPartitionKey.of(e.getKey()), scanBit, true);
        }
        localIndexes.copyFrom(source.localIndexes);
        applied = source.applied;
    }

    /**
     * Takes the state a snapshot recorded: its items, the items prepared transactions hold, and
     * its position. For a replica built empty, before any entry.
     */
    void loadSnapshot(Iterable<Item> items, java.util.function.Function<Item, PrimaryKey> keyOf,
                      java.util.Map<PrimaryKey, Long> preparedItems, long sequence) {
        for (Item item : items) {
            store(keyOf.apply(item), item);
        }
        prepared.putAll(preparedItems);
        applied = sequence;
    }

    /** Every item held, in no particular order: what a snapshot records. */
    Iterator<Item> items() {
        if (!composite) {
            return collections.values().stream().map(c -> (Item) c).iterator();
        }
        return collections.values().stream().flatMap(c -> sorted(c).values().stream()).iterator();
    }

    /** The items prepared transactions hold, with each transaction's timestamp. */
    java.util.Map<PrimaryKey, Long> preparedItems() {
        return java.util.Map.copyOf(prepared);
    }

    /** Entries are applied one at a time, under the group's lock: stores never race each other. */
    private void store(PrimaryKey key, Item item) {
        if (!localIndexes.isEmpty()) {
            localIndexes.update(key, get(key), item);
        }
        boolean existed = collections.containsKey(key.partition());
        if (!composite) {
            if (item == null) {
                collections.remove(key.partition());
            } else {
                collections.put(key.partition(), item);
            }
        } else if (item == null) {
            collections.computeIfPresent(key.partition(), (pk, c) -> {
                NavigableMap<AttributeValue, Item> m = sorted(c);
                m.remove(key.sort());
                return m.isEmpty() ? null : m;
            });
        } else {
            collections.compute(key.partition(), (pk, c) -> {
                NavigableMap<AttributeValue, Item> m = c == null ? new ConcurrentSkipListMap<>(KeyOrder.INSTANCE) : sorted(c);
                m.put(key.sort(), item);
                return m;
            });
        }
        boolean exists = collections.containsKey(key.partition());
        if (exists != existed) {
            scanOrder.mark(HashedPartitionKey.of(key.partition()), scanBit, exists);
        }
    }

    /**
     * An absent item collection, ordered by key like any other, so that a range of sort keys can
     * be taken of it (the JDK's empty map orders by natural order, which attribute values lack).
     */
    private static final NavigableMap<AttributeValue, Item> NO_ITEMS =
            Collections.unmodifiableNavigableMap(new java.util.TreeMap<>(KeyOrder.INSTANCE));

    /**
     * The items of one item collection in sort-key order (a single item or none for a simple
     * key). The view is live: it reflects writes applied while it is read.
     */
    @Override
    public NavigableMap<AttributeValue, Item> collection(AttributeValue partitionKey) {
        Object c = collections.get(partitionKey);
        if (c == null) {
            return NO_ITEMS;
        }
        if (!composite) {
            NavigableMap<AttributeValue, Item> one = new java.util.TreeMap<>((a, b) -> 0);
            one.put(partitionKey, (Item) c);
            return one;
        }
        return Collections.unmodifiableNavigableMap(sorted(c));
    }

    @Override
    public NavigableMap<AttributeValue, NavigableMap<AttributeValue, Item>> localIndex(String index, AttributeValue partitionKey) {
        return localIndexes.collection(index, partitionKey);
    }

    /** The partition keys this replica holds, in no particular order. */
    public Iterator<AttributeValue> partitionKeys() {
        return collections.keySet().iterator();
    }

    @Override
    public Iterator<HashedPartitionKey> partitionKeysFrom(HashedPartitionKey from, boolean inclusive) {
        return scanOrder.from(from, inclusive, scanBit);
    }

    /** Number of items held. */
    public long itemCount() {
        if (!composite) {
            return collections.size();
        }
        long n = 0;
        for (Object c : collections.values()) {
            n += sorted(c).size();
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static NavigableMap<AttributeValue, Item> sorted(Object c) {
        return (NavigableMap<AttributeValue, Item>) c;
    }
}
