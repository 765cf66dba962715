package io.dynaspec.engine.cluster;

/**
 * The hash DynamoDB applies to a partition key to find its partition (HowItWorks.Partitions.html:
 * "DynamoDB uses the partition key's value as input to an internal hash function. The output from
 * the hash function determines the partition in which the item will be stored"). Taken over the
 * key's canonical bytes, so numerically equal numbers hash alike. A 64-bit FNV-1a pass finished
 * with a murmur-style avalanche: fast for short keys and spread evenly over the hash space.
 */
public final class Partitioner {
    private Partitioner() {
    }

    /** The unsigned 64-bit hash of a partition key's canonical bytes. */
    public static long hash(byte[] canonicalKeyBytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : canonicalKeyBytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
