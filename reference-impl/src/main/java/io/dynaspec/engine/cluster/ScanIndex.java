package io.dynaspec.engine.cluster;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The partition keys of one partition group in scan order, shared by its three replicas: each
 * key is held once, with one bit per replica that holds an item collection under it. Sharing it
 * rather than keeping one per replica saves two skip-list entries per key (BENCHMARKS.md,
 * memory). Changed only when a collection appears or disappears at a replica.
 */
final class ScanIndex {
    private volatile ConcurrentSkipListMap<HashedPartitionKey, Integer> keys = new ConcurrentSkipListMap<>();
    /**
     * While a group loads its replicas from their files, with nobody reading: the marks, by key,
     * in no order; put in order once, at the end ({@link #endLoading}), rather than key by key.
     */
    private java.util.HashMap<HashedPartitionKey, Integer> loading;

    /** The replica marked by {@code bit} now holds (or no longer holds) a collection under the key. */
    void mark(HashedPartitionKey key, int bit, boolean holds) {
        java.util.function.BiFunction<HashedPartitionKey, Integer, Integer> change = (k, bits) -> {
            int b = bits == null ? 0 : bits;
            b = holds ? b | bit : b & ~bit;
            return b == 0 ? null : b;
        };
        if (loading != null) {
            loading.compute(key, change);
        } else {
            keys.compute(key, change);
        }
    }

    /** Clears the replica's bit everywhere: it is about to take over another replica's items. */
    void clear(int bit) {
        for (HashedPartitionKey k : loading != null ? new java.util.ArrayList<>(loading.keySet()) : keys.keySet()) {
            mark(k, bit, false);
        }
    }

    /** Starts a load from files: marks are gathered unordered until {@link #endLoading}. */
    void beginLoading() {
        loading = new java.util.HashMap<>(keys);
    }

    /** Puts the gathered marks in scan order in one pass. */
    void endLoading() {
        HashedPartitionKey[] sorted = loading.keySet().toArray(new HashedPartitionKey[0]);
        java.util.Arrays.sort(sorted);
        java.util.TreeMap<HashedPartitionKey, Integer> ordered = new java.util.TreeMap<>();
        for (HashedPartitionKey k : sorted) {
            ordered.put(k, loading.get(k));
        }
        keys = new ConcurrentSkipListMap<>(ordered);
        loading = null;
    }

    /** The keys the replica holds, from {@code from} on (null: from the start), in scan order. */
    Iterator<HashedPartitionKey> from(HashedPartitionKey from, boolean inclusive, int bit) {
        ConcurrentNavigableMap<HashedPartitionKey, Integer> tail = from == null ? keys : keys.tailMap(from, inclusive);
        Iterator<Map.Entry<HashedPartitionKey, Integer>> all = tail.entrySet().iterator();
        return new Iterator<>() {
            private HashedPartitionKey next = advance();

            private HashedPartitionKey advance() {
                while (all.hasNext()) {
                    Map.Entry<HashedPartitionKey, Integer> e = all.next();
                    if ((e.getValue() & bit) != 0) {
                        return e.getKey();
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public HashedPartitionKey next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                HashedPartitionKey k = next;
                next = advance();
                return k;
            }
        };
    }
}
