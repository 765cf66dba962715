package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.KeyOrder;

/**
 * A partition key with its hash: the place of an item collection in a Scan. A table's partitions
 * are ranges of the hash in order, so ordering collections by hash, then by key value where hashes
 * collide, walks the whole table partition by partition; a parallel scan's segments are ranges of
 * the same hash (Scan.html, "Parallel scan").
 *
 * @param hash  the unsigned 64-bit hash of the key ({@link Partitioner#hash})
 * @param value the partition key value, or null for the place before every key of that hash
 */
public record HashedPartitionKey(long hash, AttributeValue value) implements Comparable<HashedPartitionKey> {

    public static HashedPartitionKey of(AttributeValue partitionKey) {
        return new HashedPartitionKey(Partitioner.hash(KeyOrder.canonicalBytes(partitionKey)), partitionKey);
    }

    /** The place before every partition key whose hash is {@code hash} or more. */
    public static HashedPartitionKey before(long hash) {
        return new HashedPartitionKey(hash, null);
    }

    @Override
    public int compareTo(HashedPartitionKey o) {
        int c = Long.compareUnsigned(hash, o.hash);
        if (c != 0) {
            return c;
        }
        if (value == null || o.value == null) {
            return value == null ? (o.value == null ? 0 : -1) : 1;
        }
        return KeyOrder.INSTANCE.compare(value, o.value);
    }
}
