package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.KeySchema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
    }

    public boolean hasLocalIndexes() {
        return !localIndexes.isEmpty();
    }
}
