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
    private final ConcurrentSkipListMap<HashedPartitionKey, Integer> keys = new ConcurrentSkipListMap<>();

    /** The replica marked by {@code bit} now holds (or no longer holds) a collection under the key. */
    void mark(HashedPartitionKey key, int bit, boolean holds) {
        keys.compute(key, (k, bits) -> {
            int b = bits == null ? 0 : bits;
            b = holds ? b | bit : b & ~bit;
            return b == 0 ? null : b;
        });
    }

    /** Clears the replica's bit everywhere: it is about to take over another replica's items. */
    void clear(int bit) {
        for (HashedPartitionKey k : keys.keySet()) {
            mark(k, bit, false);
        }
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
