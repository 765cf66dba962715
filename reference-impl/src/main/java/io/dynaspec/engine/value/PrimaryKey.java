package io.dynaspec.engine.value;

/**
 * The primary key of one item: its partition key value and, for a composite key, its sort key
 * value. Values are scalars (S, N or B), so equality is DynamoDB's key equality: numbers compare
 * numerically because {@link DynamoNumber} is normalised.
 *
 * @param partition the partition key value
 * @param sort      the sort key value, or null for a simple key
 */
public record PrimaryKey(AttributeValue partition, AttributeValue sort) {

    /** The partition key's canonical bytes: what the partitioner hashes. */
    public byte[] partitionBytes() {
        return KeyOrder.canonicalBytes(partition);
    }
}
