package io.dynaspec.engine.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.GlobalIndex;
import io.dynaspec.engine.cluster.GroupStatus;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Partitioner;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.protocol.AttributeValueJson;
import io.dynaspec.engine.protocol.JsonTree;
import io.dynaspec.engine.value.PrimaryKey;

import java.io.IOException;
import java.util.Map;

/**
 * Fault injection and introspection for a running engine, outside DynamoDB's namespace:
 * <ul>
 *   <li>{@code POST /dynaspec/locate} with {@code {"TableName", "Key"}} — the key's hash,
 *       partition, leader and the replicas holding the item;</li>
 *   <li>{@code GET  /dynaspec/status} — per table and partition: hash range, leader, epoch, log
 *       length, and each replica's zone, liveness and log position;</li>
 *   <li>{@code POST /dynaspec/faults/fail-az/{a|b|c}}, {@code .../recover-az/{zone}} — fail or
 *       recover a zone;</li>
 *   <li>{@code POST /dynaspec/faults/hold/{zone}}, {@code .../release/{zone}} — hold replication
 *       deliveries to a zone, or release them;</li>
 *   <li>{@code POST /dynaspec/faults/hold-index/{table}/{index}}, {@code .../release-index/{table}/{index}}
 *       — hold a global secondary index's propagation (acknowledged writes wait and reads of the
 *       index miss them), or release it (everything waiting is applied).</li>
 * </ul>
 * Every call answers with the status document.
 */
public final class AdminApi {
    public static final String PREFIX = "/dynaspec/";
    private static final JsonFactory JSON = new JsonFactory();

    private final Cluster cluster;

    public AdminApi(Cluster cluster) {
        this.cluster = cluster;
    }

    /**
     * Answers one admin call.
     *
     * @param method the HTTP method
     * @param path   the path after {@value #PREFIX}
     */
    HttpResponse handle(String method, String path, byte[] body) throws IOException {
        int status = 200;
        String error = null;
        try {
            if (path.equals("locate") && method.equals("POST")) {
                return new HttpResponse(200, "application/json", locate(body));
            }
            if (path.equals("status") && method.equals("GET")) {
                // the status document alone
            } else if (path.startsWith("faults/") && method.equals("POST")) {
                apply(path.substring("faults/".length()));
            } else {
                status = 404;
                error = "no admin call " + method + " " + PREFIX + path
                        + "; use GET status, POST locate, POST faults/{fail-az|recover-az|hold|release}/{a|b|c}"
                        + " or POST faults/{hold-index|release-index}/{table}/{index}";
            }
        } catch (IllegalArgumentException e) {
            status = 400;
            error = e.getMessage();
        } catch (DynamoException e) {
            status = 400;
            error = e.type().typeName() + ": " + e.getMessage();
        }
        return new HttpResponse(status, "application/json", error == null ? statusJson() : errorJson(error));
    }

    private void apply(String call) {
        if (call.startsWith("hold-index/") || call.startsWith("release-index/")) {
            String[] parts = call.split("/", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("name a table and an index: faults/" + parts[0] + "/{table}/{index}");
            }
            Table table = cluster.table(parts[1]);
            GlobalIndex index = table == null ? null : table.globalIndex(parts[2]);
            if (index == null) {
                throw new IllegalArgumentException("no global secondary index " + parts[2] + " on table " + parts[1]);
            }
            if (parts[0].equals("hold-index")) {
                index.hold();
            } else {
                index.release();
            }
            return;
        }
        int slash = call.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("name a zone: faults/" + call + "/{a|b|c}");
        }
        AvailabilityZone zone = AvailabilityZone.parse(call.substring(slash + 1));
        switch (call.substring(0, slash)) {
            case "fail-az" -> cluster.faults().failAz(zone);
            case "recover-az" -> cluster.faults().recoverAz(zone);
            case "hold" -> cluster.scheduler().hold(zone);
            case "release" -> cluster.scheduler().release(zone);
            default -> throw new IllegalArgumentException("unknown fault '" + call.substring(0, slash)
                    + "': use fail-az, recover-az, hold, release, hold-index or release-index");
        }
    }

    /**
     * Where an item lives: {@code {"TableName": ..., "Key": {...}}} → the key's hash, its
     * partition and hash range, the leader, and for each replica whether it holds the item and
     * how far it has applied the log (the seed: "the table knows where all items with hash value
     * of "A" live").
     */
    private byte[] locate(byte[] body) throws IOException {
        Map<String, Object> request = JsonTree.parseObject(body == null ? new byte[0] : body);
        Object name = request.get("TableName");
        Object keyJson = request.get("Key");
        if (!(name instanceof String) || !(keyJson instanceof Map)) {
            throw new IllegalArgumentException("locate takes {\"TableName\": \"...\", \"Key\": {...}} in DynamoDB JSON");
        }
        Table table = cluster.table((String) name);
        if (table == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        @SuppressWarnings("unchecked")
        PrimaryKey key = table.keySchema().keyOfKeyParameter(AttributeValueJson.readAttributes((Map<String, Object>) keyJson));
        long hash = Partitioner.hash(key.partitionBytes());
        PartitionGroup group = table.partitionFor(key);
        GroupStatus st = group.status();
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("table", table.name());
            g.writeStringField("hash", String.format("%016x", hash));
            g.writeNumberField("partition", group.index());
            g.writeStringField("hashRangeStart", String.format("%016x", table.rangeStart(group.index())));
            g.writeStringField("leader", st.leader() == null ? null : st.leader().label());
            g.writeNumberField("epoch", st.epoch());
            g.writeArrayFieldStart("replicas");
            for (GroupStatus.ReplicaStatus r : st.replicas()) {
                g.writeStartObject();
                g.writeStringField("zone", r.zone().label());
                g.writeBooleanField("up", r.up());
                g.writeBooleanField("leader", r.leader());
                g.writeNumberField("applied", r.applied());
                g.writeBooleanField("holdsItem", group.replica(r.zone()).get(key) != null);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static byte[] errorJson(String message) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(128);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** The status document: see the class comment. */
    public byte[] statusJson() throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(1024);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("ackRule", cluster.ackRule().name());
            g.writeArrayFieldStart("failedZones");
            for (AvailabilityZone z : cluster.faults().failedZones()) {
                g.writeString(z.label());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("heldZones");
            for (AvailabilityZone z : cluster.scheduler().heldZones()) {
                g.writeString(z.label());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tables");
            for (Table t : cluster.tables()) {
                g.writeStartObject();
                g.writeStringField("name", t.name());
                g.writeArrayFieldStart("partitions");
                for (PartitionGroup p : t.partitions()) {
                    GroupStatus s = p.status();
                    g.writeStartObject();
                    g.writeNumberField("partition", s.partition());
                    g.writeStringField("hashRangeStart", String.format("%016x", t.rangeStart(s.partition())));
                    g.writeStringField("leader", s.leader() == null ? null : s.leader().label());
                    g.writeNumberField("epoch", s.epoch());
                    g.writeNumberField("logLength", s.logLength());
                    g.writeArrayFieldStart("replicas");
                    for (GroupStatus.ReplicaStatus r : s.replicas()) {
                        g.writeStartObject();
                        g.writeStringField("zone", r.zone().label());
                        g.writeBooleanField("up", r.up());
                        g.writeBooleanField("leader", r.leader());
                        g.writeNumberField("applied", r.applied());
                        g.writeNumberField("lastEpoch", r.lastEpoch());
                        g.writeNumberField("items", r.items());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("globalIndexes");
                for (GlobalIndex index : t.globalIndexes()) {
                    g.writeStartObject();
                    g.writeStringField("name", index.name());
                    g.writeBooleanField("held", index.isHeld());
                    g.writeNumberField("waiting", index.backlog());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }
}
