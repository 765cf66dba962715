package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.KeySchema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CreateTable (API_CreateTable.html): the table is ACTIVE at once. Besides DynamoDB's members, one
 * dynaspec option: the tag {@value #PARTITIONS_TAG} sets how many partitions the table's partition
 * map has (1 to {@value #MAX_PARTITIONS}; {@link Cluster#DEFAULT_PARTITIONS} otherwise). A tag is
 * used so that every SDK and the AWS CLI can pass it unchanged; the table keeps it with its other
 * tags, so ListTagsOfResource shows it.
 */
public final class CreateTable {
    /** Tag key of the partition-count option. */
    public static final String PARTITIONS_TAG = "dynaspec:partitions";
    /**
     * Tag key of the item-collection size limit option, in bytes: a table with local secondary
     * indexes may lower DynamoDB's 10 GB so that a test reaches it.
     */
    public static final String ITEM_COLLECTION_LIMIT_TAG = "dynaspec:item-collection-limit";
    /**
     * Tag key of the stream shard rollover option: a stream shard closes after this many records
     * and a child shard takes over, so that a test can read across shard lineage.
     */
    public static final String STREAM_SHARD_RECORDS_TAG = "dynaspec:stream-shard-records";
    /** The most records a stream shard may be given by the rollover option. */
    public static final long MAX_STREAM_SHARD_RECORDS = 1_000_000_000L;
    public static final int MAX_PARTITIONS = 256;
    /** LSI.html: at most 5 local secondary indexes per table. */
    private static final int MAX_LOCAL_INDEXES = 5;
    /** GSI.html / ServiceQuotas.html: at most 20 global secondary indexes per table (default quota). */
    private static final int MAX_GLOBAL_INDEXES = 20;

    /** One element of KeySchema: an attribute and its role. */
    public record KeyElement(String attributeName, String keyType) {
    }

    /**
     * A secondary index as requested.
     *
     * @param name             IndexName
     * @param keySchema        KeySchema
     * @param projectionType   Projection.ProjectionType (ALL when absent)
     * @param nonKeyAttributes Projection.NonKeyAttributes
     * @param readCapacityUnits  ProvisionedThroughput.ReadCapacityUnits (global only), or null
     * @param writeCapacityUnits ProvisionedThroughput.WriteCapacityUnits (global only), or null
     */
    public record IndexRequest(String name, List<KeyElement> keySchema, String projectionType, List<String> nonKeyAttributes,
                               Long readCapacityUnits, Long writeCapacityUnits) {
    }

    /**
     * @param tableName            TableName
     * @param attributeDefinitions AttributeDefinitions, name → S, N or B, in request order
     * @param keySchema            KeySchema
     * @param billingMode          BillingMode, or null (PROVISIONED)
     * @param readCapacityUnits    ProvisionedThroughput.ReadCapacityUnits, or null
     * @param writeCapacityUnits   ProvisionedThroughput.WriteCapacityUnits, or null
     * @param localIndexes         LocalSecondaryIndexes, or null when absent
     * @param globalIndexes        GlobalSecondaryIndexes, or null when absent
     * @param tags                 Tags, key → value
     * @param streamEnabled        StreamSpecification.StreamEnabled, or null when there is no StreamSpecification
     * @param streamViewType       StreamSpecification.StreamViewType, or null
     * @param deletionProtectionEnabled DeletionProtectionEnabled, or null (off)
     * @param tableClass           TableClass, or null
     */
    public record Request(String tableName, List<Map.Entry<String, String>> attributeDefinitions, List<KeyElement> keySchema,
                          String billingMode, Long readCapacityUnits, Long writeCapacityUnits,
                          List<IndexRequest> localIndexes, List<IndexRequest> globalIndexes, Map<String, String> tags,
                          Boolean streamEnabled, String streamViewType, Boolean deletionProtectionEnabled, String tableClass) {

        /** A request without a StreamSpecification. */
        public Request(String tableName, List<Map.Entry<String, String>> attributeDefinitions, List<KeyElement> keySchema,
                       String billingMode, Long readCapacityUnits, Long writeCapacityUnits,
                       List<IndexRequest> localIndexes, List<IndexRequest> globalIndexes, Map<String, String> tags) {
            this(tableName, attributeDefinitions, keySchema, billingMode, readCapacityUnits, writeCapacityUnits,
                    localIndexes, globalIndexes, tags, null, null, null, null);
        }
    }

    private final Cluster cluster;

    public CreateTable(Cluster cluster) {
        this.cluster = cluster;
    }

    public Table execute(Request r) {
        // DynamoDB's order (dynalite's suite records of live DynamoDB, createTable validations):
        // throughput against the billing mode before the key schema; a key schema with more
        // elements than there are attribute definitions before its elements' own rules.
        if (r.readCapacityUnits() != null) {
            checkBounds(r.readCapacityUnits(), r.writeCapacityUnits());
        }
        boolean onDemand = "PAY_PER_REQUEST".equals(r.billingMode());
        boolean hasThroughput = r.readCapacityUnits() != null || r.writeCapacityUnits() != null;
        if (onDemand && hasThroughput) {
            throw Errors.invalidParameter("Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        }
        if (!onDemand && !hasThroughput) {
            throw r.billingMode() == null ? Errors.validation("No provisioned throughput specified for the table")
                    : Errors.invalidParameter("ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }
        Map<String, AttributeType> defs = attributeDefinitions(r.attributeDefinitions());
        if (defs.size() < r.keySchema().size()) {
            throw Errors.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        KeySchema key = keySchema(r.keySchema(), defs, null);
        Set<String> used = new HashSet<>(keyNames(key));
        List<IndexRequest> localIndexes = r.localIndexes() == null ? List.of() : r.localIndexes();
        List<IndexRequest> globalIndexes = r.globalIndexes() == null ? List.of() : r.globalIndexes();
        if (r.localIndexes() != null && r.localIndexes().isEmpty()) {
            throw Errors.invalidParameter("List of LocalSecondaryIndexes is empty");
        }
        if (r.globalIndexes() != null && r.globalIndexes().isEmpty()) {
            throw Errors.invalidParameter("List of GlobalSecondaryIndexes is empty");
        }

        Set<String> indexNames = new HashSet<>();
        List<TableMetadata.IndexDefinition> lsis = new ArrayList<>();
        if (!localIndexes.isEmpty() && !key.hasSortKey()) {
            throw Errors.invalidParameter("Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
        }
        if (localIndexes.size() > MAX_LOCAL_INDEXES) {
            throw Errors.invalidParameter("Number of LocalSecondaryIndexes exceeds per-table limit of " + MAX_LOCAL_INDEXES);
        }
        for (IndexRequest ix : localIndexes) {
            KeySchema ik = keySchema(ix.keySchema(), defs, ix.name());
            if (!ik.hasSortKey()) {
                throw Errors.invalidParameter("Index KeySchema does not have a range key for index: " + ix.name());
            }
            if (!ik.partitionName().equals(key.partitionName())) {
                throw Errors.invalidParameter("Index KeySchema does not have the same leading hash key as table KeySchema for index: "
                        + ix.name() + ". index hash key: " + ik.partitionName() + ", table hash key: " + key.partitionName());
            }
            lsis.add(index(ix, ik, indexNames, 0, 0));
            used.addAll(keyNames(ik));
        }
        List<TableMetadata.IndexDefinition> gsis = new ArrayList<>();
        if (globalIndexes.size() > MAX_GLOBAL_INDEXES) {
            throw Errors.invalidParameter("Number of GlobalSecondaryIndexes exceeds per-table limit of " + MAX_GLOBAL_INDEXES);
        }
        for (IndexRequest ix : globalIndexes) {
            KeySchema ik = keySchema(ix.keySchema(), defs, ix.name());
            boolean ixThroughput = ix.readCapacityUnits() != null || ix.writeCapacityUnits() != null;
            if (onDemand && ixThroughput) {
                throw Errors.invalidParameter("ProvisionedThroughput should not be specified for index: " + ix.name()
                        + " when BillingMode is PAY_PER_REQUEST");
            }
            if (!onDemand && !ixThroughput) {
                throw Errors.invalidParameter("ProvisionedThroughput must be specified for index: " + ix.name());
            }
            gsis.add(index(ix, ik, indexNames, orZero(ix.readCapacityUnits()), orZero(ix.writeCapacityUnits())));
            used.addAll(keyNames(ik));
        }
        if (!used.equals(defs.keySet())) {
            throw Errors.invalidParameter("Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
        }

        TableMetadata meta = new TableMetadata(r.tableName(), key, defs, onDemand ? "PAY_PER_REQUEST" : "PROVISIONED",
                orZero(r.readCapacityUnits()), orZero(r.writeCapacityUnits()), List.copyOf(lsis), List.copyOf(gsis),
                Instant.ofEpochMilli(cluster.clock().millis()), partitions(r.tags()));
        Tags.checkCount(r.tags().size());
        boolean stream = Boolean.TRUE.equals(r.streamEnabled());
        if (stream && r.streamViewType() == null) {
            throw Errors.streamViewTypeRequired();
        }
        long collectionLimit = itemCollectionLimit(r.tags());
        long shardRecords = streamShardRecords(r.tags());
        Table table = cluster.createTable(meta, r.tags(), t -> {
            if (collectionLimit != PartitionGroup.ITEM_COLLECTION_LIMIT) {
                t.setItemCollectionLimit(collectionLimit);
            }
            t.setStreamShardRecords(shardRecords);
            if (Boolean.TRUE.equals(r.deletionProtectionEnabled())) {
                // WorkingWithTables.Basics.html, "Using deletion protection": off unless asked for.
                t.setDeletionProtection(true);
            }
            if (r.tableClass() != null) {
                t.setTableClass(r.tableClass());
            }
            if (stream) {
                // Streams.html: a stream enabled at CreateTable records every change from the table's first write.
                t.enableStream(StreamViewType.valueOf(r.streamViewType()));
            }
        });
        return table;
    }

    /** ServiceQuotas.html: the provisioned throughput a table or index may have, at most. */
    static final long MAX_CAPACITY_UNITS = 1_000_000_000_000L;

    /** Throughput beyond the bounds, in DynamoDB's words (dynalite's test/createTable.js records them). */
    static void checkBounds(long rcu, long wcu) {
        if (rcu > MAX_CAPACITY_UNITS) {
            throw Errors.validation("Given value " + rcu + " for ReadCapacityUnits is out of bounds");
        }
        if (wcu > MAX_CAPACITY_UNITS) {
            throw Errors.validation("Given value " + wcu + " for WriteCapacityUnits is out of bounds");
        }
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    static Map<String, AttributeType> attributeDefinitions(List<Map.Entry<String, String>> list) {
        Map<String, AttributeType> defs = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : list) {
            if (defs.put(e.getKey(), AttributeType.fromDescriptor(e.getValue())) != null) {
                throw Errors.invalidParameter("Cannot have two attributes with the same name");
            }
        }
        return defs;
    }

    static KeySchema keySchema(List<KeyElement> elements, Map<String, AttributeType> defs, String indexName) {
        KeyElement hash = elements.get(0);
        KeyElement range = elements.size() > 1 ? elements.get(1) : null;
        // One name for both elements is reported before their key types (dynalite's suite records
        // of live DynamoDB: [HASH a, HASH a] is refused for the name).
        if (range != null && hash.attributeName().equals(range.attributeName())) {
            throw Errors.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        if (!"HASH".equals(hash.keyType())) {
            throw Errors.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (range != null && !"RANGE".equals(range.keyType())) {
            throw Errors.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
        Set<String> missing = new LinkedHashSet<>();
        for (KeyElement k : elements) {
            if (!defs.containsKey(k.attributeName())) {
                missing.add(k.attributeName());
            }
        }
        if (!missing.isEmpty()) {
            throw Errors.invalidParameter("Some index key attributes are not defined in AttributeDefinitions. Keys: "
                    + missing + ", AttributeDefinitions: " + defs.keySet());
        }
        return new KeySchema(hash.attributeName(), defs.get(hash.attributeName()),
                range == null ? null : range.attributeName(), range == null ? null : defs.get(range.attributeName()));
    }

    static TableMetadata.IndexDefinition index(IndexRequest ix, KeySchema key, Set<String> names, long rcu, long wcu) {
        if (!names.add(ix.name())) {
            throw Errors.invalidParameter("Duplicate index name: " + ix.name());
        }
        // A Projection without a ProjectionType is refused (dynalite's suite records of live DynamoDB).
        if (ix.projectionType() == null) {
            throw Errors.invalidParameter("Unknown ProjectionType: null");
        }
        String projection = ix.projectionType();
        List<String> nonKey = ix.nonKeyAttributes() == null ? List.of() : List.copyOf(ix.nonKeyAttributes());
        if (!"INCLUDE".equals(projection) && !nonKey.isEmpty()) {
            throw Errors.invalidParameter("ProjectionType is " + projection + ", but NonKeyAttributes is specified");
        }
        return new TableMetadata.IndexDefinition(ix.name(), key, projection, nonKey, rcu, wcu);
    }

    static List<String> keyNames(KeySchema k) {
        return k.hasSortKey() ? List.of(k.partitionName(), k.sortName()) : List.of(k.partitionName());
    }

    private static long itemCollectionLimit(Map<String, String> tags) {
        String v = tags.get(ITEM_COLLECTION_LIMIT_TAG);
        if (v == null) {
            return PartitionGroup.ITEM_COLLECTION_LIMIT;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n >= 1 && n <= PartitionGroup.ITEM_COLLECTION_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Errors.invalidParameter("Tag " + ITEM_COLLECTION_LIMIT_TAG + " must be a whole number of bytes from 1 to "
                + PartitionGroup.ITEM_COLLECTION_LIMIT + ", got: " + v);
    }

    private static long streamShardRecords(Map<String, String> tags) {
        String v = tags.get(STREAM_SHARD_RECORDS_TAG);
        if (v == null) {
            return 0;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n >= 1 && n <= MAX_STREAM_SHARD_RECORDS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Errors.invalidParameter("Tag " + STREAM_SHARD_RECORDS_TAG + " must be a whole number of records from 1 to "
                + MAX_STREAM_SHARD_RECORDS + ", got: " + v);
    }

    private static int partitions(Map<String, String> tags) {
        String v = tags.get(PARTITIONS_TAG);
        if (v == null) {
            return Cluster.DEFAULT_PARTITIONS;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1 && n <= MAX_PARTITIONS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Errors.invalidParameter("Tag " + PARTITIONS_TAG + " must be a whole number from 1 to " + MAX_PARTITIONS + ", got: " + v);
    }
}
