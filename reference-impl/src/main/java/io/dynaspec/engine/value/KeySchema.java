package io.dynaspec.engine.value;

import io.dynaspec.engine.error.Errors;

import java.util.Map;

/**
 * A table's primary key: a partition (HASH) attribute and, for a composite key, a sort (RANGE)
 * attribute, each of type S, N or B (HowItWorks.CoreComponents.html, "Primary key").
 *
 * @param partitionName the partition key attribute
 * @param partitionType its declared type
 * @param sortName      the sort key attribute, or null for a simple key
 * @param sortType      its declared type, or null
 */
public record KeySchema(String partitionName, AttributeType partitionType, String sortName, AttributeType sortType) {
    /** Partition key values are at most 2048 bytes (ServiceQuotas.html, "Partition key length"). */
    public static final int MAX_PARTITION_KEY_BYTES = 2048;
    /** Sort key values are at most 1024 bytes (ServiceQuotas.html, "Sort key length"). */
    public static final int MAX_SORT_KEY_BYTES = 1024;

    public boolean hasSortKey() {
        return sortName != null;
    }

    public boolean isKeyAttribute(String name) {
        return name.equals(partitionName) || name.equals(sortName);
    }

    /**
     * The primary key of an item being written, with the messages PutItem gives for a missing,
     * mistyped, empty or oversized key attribute (API_PutItem.html, "Item").
     */
    public PrimaryKey keyOfItem(Item item) {
        AttributeValue p = requireKeyAttribute(item.attributes(), partitionName, partitionType);
        AttributeValue s = hasSortKey() ? requireKeyAttribute(item.attributes(), sortName, sortType) : null;
        PrimaryKey key = new PrimaryKey(p, s);
        checkSizes(key);
        return key;
    }

    /** Whether {@code key} names exactly the schema's key attributes, of whatever type. */
    public boolean namesExactlyTheKey(Map<String, AttributeValue> key) {
        return key.size() == (hasSortKey() ? 2 : 1) && key.containsKey(partitionName)
                && (!hasSortKey() || key.containsKey(sortName));
    }

    /** Whether each key attribute {@code key} holds has the type the schema declares for it. */
    public boolean keyTypesMatch(Map<String, AttributeValue> key) {
        AttributeValue p = key.get(partitionName);
        AttributeValue s = hasSortKey() ? key.get(sortName) : null;
        return (p == null || p.type() == partitionType) && (s == null || s.type() == sortType);
    }

    /**
     * BatchWriteItem's rule for the key of an item it puts: each key attribute present with its
     * declared type, else "The provided key element does not match the schema" (the message
     * BatchWriteItem gives where PutItem names the missing or mistyped attribute).
     */
    public void requireKeyTypesOfBatchItem(Item item) {
        Map<String, AttributeValue> attrs = item.attributes();
        if (!attrs.containsKey(partitionName) || (hasSortKey() && !attrs.containsKey(sortName)) || !keyTypesMatch(attrs)) {
            throw Errors.validation("The provided key element does not match the schema");
        }
    }

    private static AttributeValue requireKeyAttribute(Map<String, AttributeValue> attrs, String name, AttributeType type) {
        AttributeValue v = attrs.get(name);
        if (v == null) {
            throw Errors.invalidParameter("Missing the key " + name + " in the item");
        }
        if (v.type() != type) {
            throw Errors.invalidParameter("Type mismatch for key " + name + " expected: " + type + " actual: " + v.type());
        }
        checkNotEmpty(name, v);
        return v;
    }

    /**
     * The key named by a {@code Key} parameter (GetItem, DeleteItem, UpdateItem): exactly the key
     * attributes of the schema, each of its declared type.
     */
    public PrimaryKey keyOfKeyParameter(Map<String, AttributeValue> key) {
        int expected = hasSortKey() ? 2 : 1;
        AttributeValue p = key.get(partitionName);
        AttributeValue s = hasSortKey() ? key.get(sortName) : null;
        if (key.size() != expected || p == null || p.type() != partitionType
                || (hasSortKey() && (s == null || s.type() != sortType))) {
            throw Errors.validation("The provided key element does not match the schema");
        }
        checkNotEmptyKeyParameter(partitionName, p);
        if (s != null) {
            checkNotEmptyKeyParameter(sortName, s);
        }
        PrimaryKey k = new PrimaryKey(p, s);
        checkSizes(k);
        return k;
    }

    /**
     * A partition key value given outside a Key parameter (a Query's key condition): key values
     * are never empty (HowItWorks.NamingRulesDataTypes.html, "String" and "Binary").
     */
    public void checkPartitionKeyValue(AttributeValue v) {
        checkNotEmpty(partitionName, v);
    }

    /**
     * An empty key value in a Key parameter: the same rule as in an item, in another wording, as
     * dynalite's suite records of live DynamoDB (getItem: "One or more parameter values were
     * invalid: The AttributeValue for a key attribute cannot contain an empty string value").
     */
    private static void checkNotEmptyKeyParameter(String name, AttributeValue v) {
        if (v instanceof AttributeValue.S str && str.value().isEmpty()) {
            throw Errors.invalidParameter("The AttributeValue for a key attribute cannot contain an empty string value. Key: " + name);
        }
        if (v instanceof AttributeValue.B bin && bin.value().length() == 0) {
            throw Errors.invalidParameter("The AttributeValue for a key attribute cannot contain an empty binary value. Key: " + name);
        }
    }

    private static void checkNotEmpty(String name, AttributeValue v) {
        if (v instanceof AttributeValue.S str && str.value().isEmpty()) {
            throw Errors.validation("One or more parameter values are not valid. The AttributeValue for a key attribute "
                    + "cannot contain an empty string value. Key: " + name);
        }
        if (v instanceof AttributeValue.B bin && bin.value().length() == 0) {
            throw Errors.validation("One or more parameter values are not valid. The AttributeValue for a key attribute "
                    + "cannot contain an empty binary value. Key: " + name);
        }
    }

    private static void checkSizes(PrimaryKey key) {
        if (key.partition().size() > MAX_PARTITION_KEY_BYTES) {
            throw Errors.invalidParameter("Size of hashkey has exceeded the maximum size limit of"
                    + MAX_PARTITION_KEY_BYTES + " bytes");
        }
        if (key.sort() != null && key.sort().size() > MAX_SORT_KEY_BYTES) {
            throw Errors.invalidParameter("Aggregated size of all range keys has exceeded the size limit of "
                    + MAX_SORT_KEY_BYTES + " bytes");
        }
    }

    /** The item's key attributes alone, as DynamoDB returns them in LastEvaluatedKey and batches. */
    public Map<String, AttributeValue> keyAttributes(PrimaryKey key) {
        return hasSortKey()
                ? Map.of(partitionName, key.partition(), sortName, key.sort())
                : Map.of(partitionName, key.partition());
    }
}
