package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.CreateTable;
import io.dynaspec.engine.api.DeleteTable;
import io.dynaspec.engine.api.DescribeTable;
import io.dynaspec.engine.api.ListTables;
import io.dynaspec.engine.api.UpdateTable;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.Errors;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request shapes and responses of CreateTable, DescribeTable, UpdateTable, ListTables and DeleteTable. */
final class ControlPlaneCodec {
    private final CreateTable createTable;
    private final DescribeTable describeTable;
    private final ListTables listTables;
    private final DeleteTable deleteTable;
    private final UpdateTable updateTable;

    ControlPlaneCodec(Cluster cluster) {
        this.createTable = new CreateTable(cluster);
        this.describeTable = new DescribeTable(cluster);
        this.listTables = new ListTables(cluster);
        this.deleteTable = new DeleteTable(cluster);
        this.updateTable = new UpdateTable(cluster);
    }

    /** API_CreateTable.html, "Request Parameters". */
    void createTable(Members in, JsonGenerator out) throws IOException {
        String name = tableName(in);
        List<Map.Entry<String, String>> defs = attributeDefinitions(in, true);
        List<CreateTable.KeyElement> key = keySchema(in, "KeySchema", true);
        String billing = in.string("BillingMode").oneOf(Shapes.BILLING_MODES).get();
        Long[] throughput = throughput(in, false);
        List<CreateTable.IndexRequest> lsis = indexes(in, "LocalSecondaryIndexes", false);
        List<CreateTable.IndexRequest> gsis = indexes(in, "GlobalSecondaryIndexes", true);
        Map<String, String> tags = new LinkedHashMap<>();
        List<Object> tagsJson = in.list("Tags");
        if (tagsJson != null) {
            for (int i = 0; i < tagsJson.size(); i++) {
                Members t = in.element("Tags", tagsJson, i);
                String k = t.string("Key").required().length(1, 128).get();
                String v = t.string("Value").required().length(0, 256).get();
                if (k != null && v != null) {
                    tags.put(k, v);
                }
            }
        }
        Object[] stream = streamSpecification(in);
        Boolean protection = in.bool("DeletionProtectionEnabled").get();
        String tableClass = in.string("TableClass").oneOf(Shapes.TABLE_CLASSES).get();
        in.finish();
        Table t = createTable.execute(new CreateTable.Request(name, defs, key, billing, throughput[0], throughput[1], lsis, gsis, tags,
                (Boolean) stream[0], (String) stream[1], protection, tableClass));
        // API_CreateTable.html: "Upon receiving a CreateTable request, DynamoDB immediately returns a
        // response with a TableStatus of CREATING. After the table is created, DynamoDB sets the
        // TableStatus to ACTIVE." The engine's table is ready at once: DescribeTable reports it ACTIVE.
        TableDescriptionJson.write(out, "TableDescription", t, "CREATING");
    }

    /**
     * The table operations' TableName. CreateTable, DescribeTable, DeleteTable and UpdateTable
     * word a missing or ill-sized name on its own, before any other rule; a name of the right
     * length with another character is listed with the request's other problems (dynalite's suite
     * records of live DynamoDB, the validations of those four operations).
     */
    private static String tableName(Members in) {
        Object raw = in.raw("TableName");
        if (raw == null) {
            throw Errors.validation("The parameter 'TableName' is required but was not present in the request");
        }
        if (raw instanceof String s && (s.length() < 3 || s.length() > 255)) {
            throw Errors.validation("TableName must be at least 3 characters long and at most 255 characters long");
        }
        return Shapes.tableName(in);
    }

    /** StreamSpecification (API_StreamSpecification.html): {StreamEnabled, StreamViewType}, both null without one. */
    private static Object[] streamSpecification(Members in) {
        Members stream = in.structure("StreamSpecification");
        if (stream == null) {
            return new Object[] {null, null};
        }
        return new Object[] {stream.bool("StreamEnabled").required().get(),
                stream.string("StreamViewType").oneOf(Shapes.STREAM_VIEW_TYPES).get()};
    }

    private static List<Map.Entry<String, String>> attributeDefinitions(Members in, boolean required) {
        List<Object> defsJson = in.list("AttributeDefinitions");
        if (defsJson == null && required) {
            in.violations().add(in.pathOf("AttributeDefinitions"), null, "Member must not be null");
        }
        List<Map.Entry<String, String>> defs = new ArrayList<>();
        if (defsJson != null) {
            for (int i = 0; i < defsJson.size(); i++) {
                Members d = in.element("AttributeDefinitions", defsJson, i);
                String an = d.string("AttributeName").required().length(1, 255).get();
                String at = d.string("AttributeType").required().oneOf(Shapes.SCALAR_TYPES).get();
                defs.add(new AbstractMap.SimpleEntry<>(an, at));
            }
        }
        return defs;
    }

    /**
     * API_UpdateTable.html, "Request Parameters"; GlobalSecondaryIndexUpdates' elements as
     * API_GlobalSecondaryIndexUpdate.html, API_CreateGlobalSecondaryIndexAction.html,
     * API_UpdateGlobalSecondaryIndexAction.html and API_DeleteGlobalSecondaryIndexAction.html
     * describe them.
     */
    void updateTable(Members in, JsonGenerator out) throws IOException {
        String name = tableName(in);
        List<Map.Entry<String, String>> defs = attributeDefinitions(in, false);
        String billing = in.string("BillingMode").oneOf(Shapes.BILLING_MODES).get();
        Long[] throughput = throughput(in, false);
        List<UpdateTable.IndexUpdate> updates = null;
        List<Object> json = in.list("GlobalSecondaryIndexUpdates");
        if (json != null && json.isEmpty()) {
            json = null;
        }
        if (json != null) {
            updates = new ArrayList<>();
            for (int i = 0; i < json.size(); i++) {
                updates.add(indexUpdate(in.element("GlobalSecondaryIndexUpdates", json, i)));
            }
        }
        Object[] stream = streamSpecification(in);
        boolean other = in.structure("SSESpecification") != null;
        Boolean protection = in.bool("DeletionProtectionEnabled").get();
        String tableClass = in.string("TableClass").oneOf(Shapes.TABLE_CLASSES).get();
        in.finish();
        UpdateTable.Result r = updateTable.execute(new UpdateTable.Request(name, defs, billing, throughput[0], throughput[1],
                updates, (Boolean) stream[0], (String) stream[1], other, protection, tableClass));
        TableDescriptionJson.write(out, "TableDescription", r.table(), r.before(), r.changesBefore(), "UPDATING", r.created(),
                r.indexStatuses());
    }

    private static UpdateTable.IndexUpdate indexUpdate(Members u) {
        Members update = u.structure("Update");
        Members create = u.structure("Create");
        Members delete = u.structure("Delete");
        if (update != null) {
            String ixName = indexName(update);
            Long[] throughput = throughput(update, true);
            return new UpdateTable.IndexUpdate(UpdateTable.Action.UPDATE,
                    new CreateTable.IndexRequest(ixName, List.of(), null, List.of(), throughput[0], throughput[1]));
        }
        if (create != null) {
            CreateTable.IndexRequest ix = index(create, true);
            return new UpdateTable.IndexUpdate(UpdateTable.Action.CREATE, ix);
        }
        if (delete != null) {
            return new UpdateTable.IndexUpdate(UpdateTable.Action.DELETE,
                    new CreateTable.IndexRequest(indexName(delete), List.of(), null, List.of(), null, null));
        }
        return new UpdateTable.IndexUpdate(null, null);
    }

    private static String indexName(Members ix) {
        return ix.string("IndexName").required().length(3, 255).pattern(Shapes.TABLE_NAME).get();
    }

    /**
     * ProvisionedThroughput of a table or an index: {read, write}, both null when absent or
     * incomplete. WriteCapacityUnits is checked first: DynamoDB lists its violation before
     * ReadCapacityUnits' (dynalite's test/createTable.js and test/updateTable.js record it).
     */
    private static Long[] throughput(Members parent, boolean required) {
        Members pt = parent.structure("ProvisionedThroughput");
        if (pt == null) {
            if (required) {
                parent.violations().add(parent.pathOf("ProvisionedThroughput"), null, "Member must not be null");
            }
            return new Long[] {null, null};
        }
        Long wcu = pt.longInteger("WriteCapacityUnits").required().atLeast(1).get();
        Long rcu = pt.longInteger("ReadCapacityUnits").required().atLeast(1).get();
        return rcu == null || wcu == null ? new Long[] {null, null} : new Long[] {rcu, wcu};
    }

    private static List<CreateTable.KeyElement> keySchema(Members in, String member, boolean required) {
        List<Object> json = in.list(member);
        if (json == null) {
            if (required) {
                in.violations().add(in.pathOf(member), null, "Member must not be null");
            }
            return List.of();
        }
        in.count(member, json, 1, 2);
        List<CreateTable.KeyElement> key = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            Members k = in.element(member, json, i);
            String an = k.string("AttributeName").required().length(1, 255).get();
            String kt = k.string("KeyType").required().oneOf(Shapes.KEY_TYPES).get();
            key.add(new CreateTable.KeyElement(an, kt));
        }
        return key;
    }

    /** The indexes of CreateTable's {@code member}, or null when the member is absent. */
    private static List<CreateTable.IndexRequest> indexes(Members in, String member, boolean global) {
        List<Object> json = in.list(member);
        if (json == null) {
            return null;
        }
        List<CreateTable.IndexRequest> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(index(in.element(member, json, i), global));
        }
        return out;
    }

    /** One index as CreateTable's LocalSecondaryIndexes and GlobalSecondaryIndexes, and UpdateTable's Create, describe it. */
    private static CreateTable.IndexRequest index(Members ix, boolean global) {
        String name = ix.string("IndexName").required().length(3, 255).pattern(Shapes.TABLE_NAME).get();
        List<CreateTable.KeyElement> key = keySchema(ix, "KeySchema", true);
        Members proj = ix.structure("Projection");
        String type = null;
        List<String> nonKey = new ArrayList<>();
        if (proj == null) {
            ix.violations().add(ix.pathOf("Projection"), null, "Member must not be null");
        } else {
            type = proj.string("ProjectionType").oneOf(Shapes.PROJECTION_TYPES).get();
            List<Object> nk = proj.list("NonKeyAttributes");
            if (nk != null) {
                for (Object o : nk) {
                    nonKey.add(Members.stringElement("NonKeyAttributes", o));
                }
                // API_Projection.html, "NonKeyAttributes": 1 to 20 names, each 1 to 255 characters.
                proj.count("NonKeyAttributes", nk, 1, 20);
                for (String n : nonKey) {
                    if (n.isEmpty() || n.length() > 255) {
                        proj.violations().add(proj.pathOf("NonKeyAttributes"), nonKey,
                                "Member must satisfy constraint: [Member must have length less than or equal to 255, "
                                        + "Member must have length greater than or equal to 1]");
                        break;
                    }
                }
            }
        }
        Long[] throughput = global ? throughput(ix, false) : new Long[] {null, null};
        return new CreateTable.IndexRequest(name, key, type, nonKey, throughput[0], throughput[1]);
    }

    /** API_DescribeTable.html. */
    void describeTable(Members in, JsonGenerator out) throws IOException {
        String name = tableName(in);
        in.finish();
        TableDescriptionJson.write(out, "Table", describeTable.execute(name), "ACTIVE");
    }

    /** API_DeleteTable.html. */
    void deleteTable(Members in, JsonGenerator out) throws IOException {
        String name = tableName(in);
        in.finish();
        TableDescriptionJson.write(out, "TableDescription", deleteTable.execute(name), "DELETING");
    }

    /** API_ListTables.html: ExclusiveStartTableName 3..255, Limit 1..100. */
    void listTables(Members in, JsonGenerator out) throws IOException {
        String start = in.string("ExclusiveStartTableName").length(3, 255).pattern(Shapes.TABLE_NAME).get();
        Long limit = in.integer("Limit").atLeast(1).atMost(ListTables.MAX_LIMIT).get();
        in.finish();
        ListTables.Result r = listTables.execute(new ListTables.Request(start, limit == null ? null : limit.intValue()));
        out.writeArrayFieldStart("TableNames");
        for (String n : r.tableNames()) {
            out.writeString(n);
        }
        out.writeEndArray();
        if (r.lastEvaluatedTableName() != null) {
            out.writeStringField("LastEvaluatedTableName", r.lastEvaluatedTableName());
        }
    }
}
