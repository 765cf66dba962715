package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a table is, as CreateTable declared it and DescribeTable reports it
 * (API_CreateTable.html, API_TableDescription.html).
 *
 * @param name                 the table name
 * @param keySchema            the primary key
 * @param attributeDefinitions every key attribute of the table and its indexes, with its type
 * @param billingMode          PROVISIONED or PAY_PER_REQUEST
 * @param readCapacityUnits    provisioned reads per second (0 on demand)
 * @param writeCapacityUnits   provisioned writes per second (0 on demand)
 * @param localIndexes         local secondary indexes, as declared
 * @param globalIndexes        global secondary indexes, as declared
 * @param created              creation time
 * @param partitionCount       how many partitions the table's partition map has
 */
public record TableMetadata(
        String name,
        KeySchema keySchema,
        Map<String, AttributeType> attributeDefinitions,
        String billingMode,
        long readCapacityUnits,
        long writeCapacityUnits,
        List<IndexDefinition> localIndexes,
        List<IndexDefinition> globalIndexes,
        Instant created,
        int partitionCount) {

    /**
     * A secondary index as declared.
     *
     * @param name             index name
     * @param keySchema        its key
     * @param projectionType   ALL, KEYS_ONLY or INCLUDE
     * @param nonKeyAttributes attributes projected with INCLUDE
     * @param readCapacityUnits  provisioned reads (global indexes only)
     * @param writeCapacityUnits provisioned writes (global indexes only)
     */
    public record IndexDefinition(String name, KeySchema keySchema, String projectionType, List<String> nonKeyAttributes,
                                  long readCapacityUnits, long writeCapacityUnits) {

        /**
         * The index's copy of an item, or null when the item lacks an index key attribute: an
         * index is sparse (LSI.html, GSI.html). It holds the table key, the index key and what
         * the projection names (API_Projection.html).
         */
        public Item entryOf(KeySchema tableKey, Item item) {
            if (item == null) {
                return null;
            }
            if (!item.has(keySchema.partitionName()) || (keySchema.hasSortKey() && !item.has(keySchema.sortName()))) {
                return null;
            }
            if ("ALL".equals(projectionType)) {
                return item;
            }
            return item.project(projectedNames(tableKey));
        }

        /** Whether every index entry holds the attribute (always, for an ALL projection). */
        public boolean projects(KeySchema tableKey, String attribute) {
            return "ALL".equals(projectionType) || projectedNames(tableKey).contains(attribute);
        }

        private Set<String> projectedNames(KeySchema tableKey) {
            Set<String> names = new LinkedHashSet<>();
            names.add(tableKey.partitionName());
            if (tableKey.hasSortKey()) {
                names.add(tableKey.sortName());
            }
            names.add(keySchema.partitionName());
            if (keySchema.hasSortKey()) {
                names.add(keySchema.sortName());
            }
            if ("INCLUDE".equals(projectionType)) {
                names.addAll(nonKeyAttributes);
            }
            return names;
        }
    }

    /** An on-demand table without indexes, created now: for tests and tools that need only a key. */
    public static TableMetadata of(String name, KeySchema keySchema, int partitionCount) {
        Map<String, AttributeType> defs = new java.util.LinkedHashMap<>();
        defs.put(keySchema.partitionName(), keySchema.partitionType());
        if (keySchema.hasSortKey()) {
            defs.put(keySchema.sortName(), keySchema.sortType());
        }
        return new TableMetadata(name, keySchema, defs, "PAY_PER_REQUEST", 0, 0, List.of(), List.of(), Instant.now(), partitionCount);
    }

    public boolean hasLocalIndexes() {
        return !localIndexes.isEmpty();
    }
}
