package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.StreamArn;
import io.dynaspec.engine.api.TableArn;
import io.dynaspec.engine.cluster.GlobalIndex;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Replica;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TableStream;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/** Writes a TableDescription (API_TableDescription.html) for CreateTable, DescribeTable and DeleteTable. */
final class TableDescriptionJson {
    /** The account and region the engine reports in ARNs: it has no accounts. */
    static final String ARN_PREFIX = TableArn.PREFIX;

    private TableDescriptionJson() {
    }

    static void write(JsonGenerator g, String field, Table table, String status) throws IOException {
        write(g, field, table, table.metadata(), table.throughputHistory(), status, null, Map.of());
    }

    /**
     * A description of {@code m}, the table's metadata at some moment: UpdateTable describes the
     * table as it was, with the index it creates ({@code created}, CREATING) and the status of each
     * index it updates or deletes.
     */
    static void write(JsonGenerator g, String field, Table table, TableMetadata m, Table.ThroughputHistory changes, String status,
                      TableMetadata.IndexDefinition created, Map<String, String> indexStatuses) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeArrayFieldStart("AttributeDefinitions");
        for (Map.Entry<String, AttributeType> e : m.attributeDefinitions().entrySet()) {
            g.writeStartObject();
            g.writeStringField("AttributeName", e.getKey());
            g.writeStringField("AttributeType", e.getValue().descriptor());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("TableName", m.name());
        writeKeySchema(g, m.keySchema());
        g.writeStringField("TableStatus", status);
        g.writeNumberField("CreationDateTime", m.created().toEpochMilli() / 1000.0);
        writeThroughput(g, m.readCapacityUnits(), m.writeCapacityUnits(), changes.table(), table.decreasesToday(changes.table()));
        long[] counts = sizeAndCount(table);
        g.writeNumberField("TableSizeBytes", counts[0]);
        g.writeNumberField("ItemCount", counts[1]);
        g.writeStringField("TableArn", ARN_PREFIX + m.name());
        g.writeStringField("TableId", UUID.nameUUIDFromBytes((m.name() + m.created()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        if ("PAY_PER_REQUEST".equals(m.billingMode())) {
            g.writeObjectFieldStart("BillingModeSummary");
            g.writeStringField("BillingMode", "PAY_PER_REQUEST");
            g.writeNumberField("LastUpdateToPayPerRequestDateTime", m.created().toEpochMilli() / 1000.0);
            g.writeEndObject();
        }
        if (!m.localIndexes().isEmpty()) {
            g.writeArrayFieldStart("LocalSecondaryIndexes");
            for (TableMetadata.IndexDefinition ix : m.localIndexes()) {
                writeIndex(g, m, ix, null, null, null, 0);
            }
            g.writeEndArray();
        }
        if (!m.globalIndexes().isEmpty() || created != null) {
            g.writeArrayFieldStart("GlobalSecondaryIndexes");
            for (TableMetadata.IndexDefinition ix : m.globalIndexes()) {
                GlobalIndex index = table.globalIndex(ix.name());
                boolean building = index != null && !index.isActive();
                String ixStatus = indexStatuses.getOrDefault(ix.name(),
                        "CREATING".equals(status) || building ? "CREATING" : "ACTIVE");
                // GSI.OnlineOps.html: CREATING with Backfilling false while resources are allocated,
                // true while the table's items are read into it, false again once ACTIVE.
                Boolean backfilling = table.wasBackfilled(ix.name()) ? (Boolean) (building && index.isBackfilling()) : null;
                Table.ThroughputChanges ixChanges = changes.index(ix.name());
                writeIndex(g, m, ix, ixStatus, backfilling, ixChanges, table.decreasesToday(ixChanges));
            }
            if (created != null) {
                writeIndex(g, m, created, "CREATING", Boolean.FALSE, Table.ThroughputChanges.NONE, 0);
            }
            g.writeEndArray();
        }
        TableStream stream = table.stream();
        if (stream != null) {
            // API_TableDescription.html: StreamSpecification, LatestStreamArn, LatestStreamLabel.
            g.writeObjectFieldStart("StreamSpecification");
            g.writeBooleanField("StreamEnabled", true);
            g.writeStringField("StreamViewType", stream.viewType().name());
            g.writeEndObject();
            g.writeStringField("LatestStreamArn", StreamArn.of(m.name(), stream));
            g.writeStringField("LatestStreamLabel", stream.label());
        }
        Table.TableClass tableClass = table.tableClass();
        if (tableClass != null) {
            // API_TableClassSummary.html: the class, and when it was last set.
            g.writeObjectFieldStart("TableClassSummary");
            g.writeStringField("TableClass", tableClass.name());
            g.writeNumberField("LastUpdateDateTime", tableClass.changedMillis() / 1000.0);
            g.writeEndObject();
        }
        g.writeBooleanField("DeletionProtectionEnabled", table.deletionProtectionEnabled());
        g.writeEndObject();
    }

    /**
     * One index; {@code indexStatus} null for a local index, which has none
     * (API_LocalSecondaryIndexDescription.html). A global index created with its table is
     * CREATING while the table is (API_GlobalSecondaryIndexDescription.html, IndexStatus);
     * {@code backfilling} is null for an index created with its table, which DescribeTable shows
     * without Backfilling; {@code changes} are a global index's throughput changes.
     */
    private static void writeIndex(JsonGenerator g, TableMetadata m, TableMetadata.IndexDefinition ix, String indexStatus,
                                   Boolean backfilling, Table.ThroughputChanges changes, int decreasesToday) throws IOException {
        g.writeStartObject();
        g.writeStringField("IndexName", ix.name());
        writeKeySchema(g, ix.keySchema());
        g.writeObjectFieldStart("Projection");
        g.writeStringField("ProjectionType", ix.projectionType());
        if (!ix.nonKeyAttributes().isEmpty()) {
            g.writeArrayFieldStart("NonKeyAttributes");
            for (String a : ix.nonKeyAttributes()) {
                g.writeString(a);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        if (indexStatus != null) {
            g.writeStringField("IndexStatus", indexStatus);
            if (backfilling != null) {
                g.writeBooleanField("Backfilling", backfilling);
            }
            writeThroughput(g, ix.readCapacityUnits(), ix.writeCapacityUnits(), changes, decreasesToday);
        }
        g.writeNumberField("IndexSizeBytes", 0);
        g.writeNumberField("ItemCount", 0);
        g.writeStringField("IndexArn", ARN_PREFIX + m.name() + "/index/" + ix.name());
        g.writeEndObject();
    }

    private static void writeKeySchema(JsonGenerator g, KeySchema k) throws IOException {
        g.writeArrayFieldStart("KeySchema");
        writeKeyElement(g, k.partitionName(), "HASH");
        if (k.hasSortKey()) {
            writeKeyElement(g, k.sortName(), "RANGE");
        }
        g.writeEndArray();
    }

    private static void writeKeyElement(JsonGenerator g, String name, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("AttributeName", name);
        g.writeStringField("KeyType", type);
        g.writeEndObject();
    }

    /** API_ProvisionedThroughputDescription.html; the change times only once there was a change. */
    private static void writeThroughput(JsonGenerator g, long rcu, long wcu, Table.ThroughputChanges changes, int decreasesToday)
            throws IOException {
        g.writeObjectFieldStart("ProvisionedThroughput");
        if (changes.lastIncreaseMillis() > 0) {
            g.writeNumberField("LastIncreaseDateTime", changes.lastIncreaseMillis() / 1000.0);
        }
        if (changes.lastDecreaseMillis() > 0) {
            g.writeNumberField("LastDecreaseDateTime", changes.lastDecreaseMillis() / 1000.0);
        }
        g.writeNumberField("NumberOfDecreasesToday", decreasesToday);
        g.writeNumberField("ReadCapacityUnits", rcu);
        g.writeNumberField("WriteCapacityUnits", wcu);
        g.writeEndObject();
    }

    /** Bytes and items held by the table's leaders (DynamoDB refreshes these periodically; the engine counts live). */
    private static long[] sizeAndCount(Table table) {
        long bytes = 0;
        long count = 0;
        for (PartitionGroup g : table.partitions()) {
            Replica r;
            try {
                r = g.readReplica(true);
            } catch (RuntimeException noLeader) {
                continue;
            }
            for (java.util.Iterator<AttributeValue> it = r.partitionKeys(); it.hasNext(); ) {
                for (Item item : r.collection(it.next()).values()) {
                    bytes += item.size();
                    count++;
                }
            }
        }
        return new long[] {bytes, count};
    }
}
