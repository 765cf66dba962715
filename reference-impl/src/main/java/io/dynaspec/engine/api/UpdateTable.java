package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.GlobalIndex;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.KeySchema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * UpdateTable (API_UpdateTable.html): the billing mode, the provisioned throughput of the table
 * and of its global secondary indexes, and the online creation and deletion of a global secondary
 * index (GSI.OnlineOps.html). DynamoDB answers at once with the table UPDATING, the throughput it
 * had, a new index CREATING and a deleted one DELETING; the engine makes every other change within
 * the call, so DescribeTable then reports the table ACTIVE with the new settings. A new index is
 * filled from the base items the table holds (its backfill) off the request thread: DescribeTable
 * shows it CREATING, with Backfilling true while it fills, and a Query or Scan of it is refused
 * until it is ACTIVE; after the backfill it is fed every write acknowledged since its creation.
 */
public final class UpdateTable {
    /** GSI.html / ServiceQuotas.html: at most 20 global secondary indexes per table (default quota). */
    private static final int MAX_GLOBAL_INDEXES = 20;

    /** LimitExceededException's message for a second online index change (dynalite's test/updateTable.js). */
    private static final String ONE_ONLINE_INDEX =
            "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table";

    /** What one element of GlobalSecondaryIndexUpdates asks. */
    public enum Action { CREATE, UPDATE, DELETE }

    /**
     * One element of GlobalSecondaryIndexUpdates, or {@code action} null when it names none of
     * Create, Update and Delete.
     *
     * @param action what is asked
     * @param index  for CREATE, the whole index; for UPDATE, its name and throughput; for DELETE, its name
     */
    public record IndexUpdate(Action action, CreateTable.IndexRequest index) {
        String name() {
            return index == null ? null : index.name();
        }
    }

    /**
     * @param tableName            TableName
     * @param attributeDefinitions AttributeDefinitions, name → S, N or B (the new index's key attributes)
     * @param billingMode          BillingMode, or null when unchanged
     * @param readCapacityUnits    ProvisionedThroughput.ReadCapacityUnits, or null without ProvisionedThroughput
     * @param writeCapacityUnits   ProvisionedThroughput.WriteCapacityUnits, or null without ProvisionedThroughput
     * @param indexUpdates         GlobalSecondaryIndexUpdates, or null when absent
     * @param streamEnabled        StreamSpecification.StreamEnabled, or null without a StreamSpecification
     * @param streamViewType       StreamSpecification.StreamViewType, or null
     * @param otherSettings        whether the request changes a setting the engine keeps no state
     *                             for (SSESpecification), which still counts as a change
     * @param deletionProtectionEnabled DeletionProtectionEnabled, or null when unchanged
     * @param tableClass           TableClass, or null when unchanged
     */
    public record Request(String tableName, List<Map.Entry<String, String>> attributeDefinitions, String billingMode,
                          Long readCapacityUnits, Long writeCapacityUnits, List<IndexUpdate> indexUpdates,
                          Boolean streamEnabled, String streamViewType, boolean otherSettings,
                          Boolean deletionProtectionEnabled, String tableClass) {
    }

    /**
     * What UpdateTable answers: the table as it was, with the status of each index the request
     * touched.
     *
     * @param table         the table
     * @param before        its metadata before the update: the response's throughput and indexes
     * @param created       the index the request created, described CREATING, or null
     * @param indexStatuses IndexStatus of the indexes the request touched (UPDATING, DELETING)
     * @param changesBefore when the throughput was last raised and lowered, before the update
     */
    public record Result(Table table, TableMetadata before, TableMetadata.IndexDefinition created,
                         Map<String, String> indexStatuses, Table.ThroughputHistory changesBefore) {
    }

    private final Cluster cluster;

    public UpdateTable(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        List<IndexUpdate> updates = r.indexUpdates() == null ? List.of() : r.indexUpdates();
        boolean hasThroughput = r.readCapacityUnits() != null;
        if (!hasThroughput && r.billingMode() == null && updates.isEmpty() && r.streamEnabled() == null && !r.otherSettings()
                && r.deletionProtectionEnabled() == null && r.tableClass() == null) {
            // The message as DynamoDB returns it, in the later of the two wordings dynalite records
            // (test/updateTable.js; its 4.0.0 release names ReplicaUpdates too).
            throw Errors.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                    + "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        if (hasThroughput) {
            CreateTable.checkBounds(r.readCapacityUnits(), r.writeCapacityUnits());
        }
        Set<String> named = new HashSet<>();
        for (IndexUpdate u : updates) {
            if (u.action() == null) {
                throw Errors.invalidParameter("One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, "
                        + "GlobalSecondaryIndexUpdate.Delete must not be null");
            }
            if (!named.add(u.name())) {
                throw Errors.invalidParameter("Only one global secondary index update per index is allowed simultaneously. Index: "
                        + u.name());
            }
        }
        for (IndexUpdate u : updates) {
            if (u.action() == Action.UPDATE && u.index().readCapacityUnits() != null
                    && (u.index().readCapacityUnits() > CreateTable.MAX_CAPACITY_UNITS || u.index().writeCapacityUnits() > CreateTable.MAX_CAPACITY_UNITS)) {
                // As DynamoDB answers an index throughput beyond the bounds (dynalite's test/updateTable.js).
                throw Errors.validation("This operation cannot be performed with given input values. "
                        + "Please contact DynamoDB service team for more info: Action Blocked: IndexUpdate");
            }
        }

        if (Boolean.TRUE.equals(r.streamEnabled()) && r.streamViewType() == null) {
            throw Errors.streamViewTypeRequired();
        }
        Table table = cluster.table(r.tableName());
        if (table == null) {
            throw Errors.tableNotFound(r.tableName());
        }
        synchronized (table) {
            if (cluster.table(r.tableName()) != table) {
                // DeleteTable removed it meanwhile.
                throw Errors.tableNotFound(r.tableName());
            }
            return apply(table, r, updates);
        }
    }

    private Result apply(Table table, Request r, List<IndexUpdate> updates) {
        TableMetadata before = table.metadata();
        Table.ThroughputHistory changesBefore = table.throughputHistory();
        long onlineChanges = updates.stream().filter(u -> u.action() != Action.UPDATE).count();
        if (onlineChanges > 1) {
            // API_UpdateTable.html: "You can create or delete only one global secondary index per
            // UpdateTable operation"; the error as DynamoDB returns it (dynalite's test/updateTable.js).
            throw Errors.limitExceeded(ONE_ONLINE_INDEX);
        }
        if (onlineChanges == 1) {
            // The limit holds per table, not per call, as users of DynamoDB record it: no index is
            // created or deleted while another is still CREATING, except that the one CREATING may
            // be deleted (API_GlobalSecondaryIndexDescription.html: "You can delete an index that is
            // being created during the Backfilling phase").
            for (GlobalIndex g : table.globalIndexes()) {
                if (!g.isActive() && updates.stream().noneMatch(u -> u.action() == Action.DELETE && g.name().equals(u.name()))) {
                    throw Errors.limitExceeded(ONE_ONLINE_INDEX);
                }
            }
        }

        String billing = r.billingMode() == null ? before.billingMode() : r.billingMode();
        boolean onDemand = "PAY_PER_REQUEST".equals(billing);
        boolean switching = !billing.equals(before.billingMode());
        long rcu = before.readCapacityUnits();
        long wcu = before.writeCapacityUnits();
        if (onDemand) {
            if (r.readCapacityUnits() != null) {
                throw Errors.invalidParameter("Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
            rcu = 0;
            wcu = 0;
        } else if (r.readCapacityUnits() != null) {
            if (!switching && r.readCapacityUnits() == rcu && r.writeCapacityUnits() == wcu && updates.isEmpty()) {
                // The message as DynamoDB returns it (dynalite's test/updateTable.js).
                throw Errors.validation("The provisioned throughput for the table will not change. The requested value equals the current value. "
                        + "Current ReadCapacityUnits provisioned for the table: " + rcu + ". Requested ReadCapacityUnits: " + rcu + ". "
                        + "Current WriteCapacityUnits provisioned for the table: " + wcu + ". Requested WriteCapacityUnits: " + wcu + ". "
                        + "Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
            }
            rcu = r.readCapacityUnits();
            wcu = r.writeCapacityUnits();
        } else if (switching) {
            throw Errors.invalidParameter("ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }

        Map<String, AttributeType> defs = new LinkedHashMap<>(before.attributeDefinitions());
        Map<String, AttributeType> requested = CreateTable.attributeDefinitions(r.attributeDefinitions());
        for (Map.Entry<String, AttributeType> d : requested.entrySet()) {
            AttributeType had = defs.get(d.getKey());
            if (had != null && had != d.getValue()) {
                throw Errors.invalidParameter("Cannot change the type of attribute " + d.getKey() + " from " + had.descriptor()
                        + " to " + d.getValue().descriptor());
            }
        }

        Map<String, String> statuses = new LinkedHashMap<>();
        List<TableMetadata.IndexDefinition> indexChanges = new ArrayList<>();
        List<TableMetadata.IndexDefinition> globals = new ArrayList<>(before.globalIndexes());
        TableMetadata.IndexDefinition created = null;
        String deleted = null;
        for (IndexUpdate u : updates) {
            CreateTable.IndexRequest ix = u.index();
            int at = position(globals, ix.name());
            switch (u.action()) {
                case UPDATE -> {
                    if (at < 0) {
                        throw Errors.indexNotFound(ix.name());
                    }
                    if (onDemand) {
                        throw Errors.invalidParameter("ProvisionedThroughput should not be specified for index: " + ix.name()
                                + " when BillingMode is PAY_PER_REQUEST");
                    }
                    CreateTable.checkBounds(ix.readCapacityUnits(), ix.writeCapacityUnits());
                    TableMetadata.IndexDefinition old = globals.get(at);
                    globals.set(at, withThroughput(old, ix.readCapacityUnits(), ix.writeCapacityUnits()));
                    indexChanges.add(old);
                    statuses.put(ix.name(), "UPDATING");
                }
                case DELETE -> {
                    if (at < 0) {
                        throw Errors.indexNotFound(ix.name());
                    }
                    globals.remove(at);
                    deleted = ix.name();
                    statuses.put(ix.name(), "DELETING");
                }
                case CREATE -> {
                    if (at >= 0 || before.localIndexes().stream().anyMatch(l -> l.name().equals(ix.name()))) {
                        throw Errors.invalidParameter("Index with name " + ix.name() + " already exists");
                    }
                    if (globals.size() >= MAX_GLOBAL_INDEXES) {
                        throw Errors.limitExceeded("Subscriber limit exceeded: the table has the maximum number of global secondary indexes ("
                                + MAX_GLOBAL_INDEXES + ")");
                    }
                    Map<String, AttributeType> withNew = new LinkedHashMap<>(defs);
                    withNew.putAll(requested);
                    KeySchema key = CreateTable.keySchema(ix.keySchema(), withNew, ix.name());
                    boolean throughput = ix.readCapacityUnits() != null;
                    if (onDemand && throughput) {
                        throw Errors.invalidParameter("ProvisionedThroughput should not be specified for index: " + ix.name()
                                + " when BillingMode is PAY_PER_REQUEST");
                    }
                    if (!onDemand && !throughput) {
                        throw Errors.invalidParameter("ProvisionedThroughput must be specified for index: " + ix.name());
                    }
                    if (throughput) {
                        CreateTable.checkBounds(ix.readCapacityUnits(), ix.writeCapacityUnits());
                    }
                    created = CreateTable.index(ix, key, new HashSet<>(), throughput ? ix.readCapacityUnits() : 0,
                            throughput ? ix.writeCapacityUnits() : 0);
                    globals.add(created);
                    for (String n : CreateTable.keyNames(key)) {
                        defs.put(n, withNew.get(n));
                    }
                }
                default -> throw new IllegalStateException(u.action().name());
            }
        }
        if (switching && !onDemand) {
            for (TableMetadata.IndexDefinition g : globals) {
                if (g.readCapacityUnits() == 0) {
                    throw Errors.invalidParameter("ProvisionedThroughput must be specified for index: " + g.name());
                }
            }
        }
        if (onDemand) {
            globals.replaceAll(g -> withThroughput(g, 0, 0));
        }
        if (deleted != null) {
            defs.keySet().retainAll(usedNames(before.keySchema(), before.localIndexes(), globals));
        }
        for (String n : requested.keySet()) {
            if (!defs.containsKey(n)) {
                throw Errors.invalidParameter("Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
            }
        }

        if (r.streamEnabled() != null && r.streamEnabled() == (table.stream() != null)) {
            throw Errors.streamInUse(table.name(), r.streamEnabled());
        }

        TableMetadata after = new TableMetadata(before.name(), before.keySchema(), defs, billing, rcu, wcu,
                before.localIndexes(), List.copyOf(globals), before.created(), before.partitionCount());
        if (deleted != null) {
            table.deleteGlobalIndex(deleted);
        }
        if (created != null) {
            table.createGlobalIndex(created, false);
        }
        table.setMetadata(after);
        if (!switching && !onDemand) {
            // API_ProvisionedThroughputDescription.html: LastIncreaseDateTime, LastDecreaseDateTime, NumberOfDecreasesToday.
            table.throughputChanged(null, before.readCapacityUnits(), before.writeCapacityUnits(), rcu, wcu);
            for (TableMetadata.IndexDefinition old : indexChanges) {
                TableMetadata.IndexDefinition now = globals.get(position(globals, old.name()));
                table.throughputChanged(old.name(), old.readCapacityUnits(), old.writeCapacityUnits(),
                        now.readCapacityUnits(), now.writeCapacityUnits());
            }
        }
        if (Boolean.TRUE.equals(r.streamEnabled())) {
            table.enableStream(StreamViewType.valueOf(r.streamViewType()));
        } else if (Boolean.FALSE.equals(r.streamEnabled())) {
            table.closeStream();
        }
        if (r.deletionProtectionEnabled() != null) {
            // WorkingWithTables.Basics.html, "Using deletion protection": UpdateTable turns it on or off.
            table.setDeletionProtection(r.deletionProtectionEnabled());
        }
        if (r.tableClass() != null) {
            // HowItWorks.TableClasses.html: UpdateTable changes a table's class.
            table.setTableClass(r.tableClass());
        }
        return new Result(table, before, created, statuses, changesBefore);
    }

    private static int position(List<TableMetadata.IndexDefinition> indexes, String name) {
        for (int i = 0; i < indexes.size(); i++) {
            if (indexes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static TableMetadata.IndexDefinition withThroughput(TableMetadata.IndexDefinition d, long rcu, long wcu) {
        return new TableMetadata.IndexDefinition(d.name(), d.keySchema(), d.projectionType(), d.nonKeyAttributes(), rcu, wcu);
    }

    private static Set<String> usedNames(KeySchema table, List<TableMetadata.IndexDefinition> locals,
                                         List<TableMetadata.IndexDefinition> globals) {
        Set<String> used = new LinkedHashSet<>(CreateTable.keyNames(table));
        for (TableMetadata.IndexDefinition d : locals) {
            used.addAll(CreateTable.keyNames(d.keySchema()));
        }
        for (TableMetadata.IndexDefinition d : globals) {
            used.addAll(CreateTable.keyNames(d.keySchema()));
        }
        return used;
    }
}
