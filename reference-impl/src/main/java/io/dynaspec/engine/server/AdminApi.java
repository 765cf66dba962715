package io.dynaspec.engine.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
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
 *   <li>{@code POST /dynaspec/clock/advance} with {@code {"Millis": n}} — moves the engine's clock
 *       forward (the transactions' idempotency window);</li>
 *   <li>{@code POST /dynaspec/transactions/hold}, {@code .../release} — hold transactions between
 *       their prepare and commit phases, or let them commit;
 *       {@code POST /dynaspec/transactions/await-held} with optional {@code {"Count": n,
 *       "TimeoutMillis": t}} — answers once n transactions are held (400 after the timeout).</li>
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
            } else if (path.equals("clock/advance") && method.equals("POST")) {
                cluster.clock().advance(number(body, "Millis", -1));
            } else if (path.startsWith("transactions/") && method.equals("POST")) {
                transactions(path.substring("transactions/".length()), body);
            } else {
                status = 404;
                error = "no admin call " + method + " " + PREFIX + path
                        + "; use GET status, POST locate, POST faults/{fail-az|recover-az|hold|release}/{a|b|c}, "
                        + "POST clock/advance or POST transactions/{hold|release|await-held}";
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
                    + "': use fail-az, recover-az, hold or release");
        }
    }

    private void transactions(String call, byte[] body) {
        switch (call) {
            case "hold" -> cluster.transactions().holdBetweenPhases();
            case "release" -> cluster.transactions().releaseBetweenPhases();
            case "await-held" -> {
                int count = (int) number(body, "Count", 1);
                long timeout = number(body, "TimeoutMillis", 10_000);
                try {
                    if (!cluster.transactions().awaitHeld(count, timeout)) {
                        throw new IllegalArgumentException("fewer than " + count + " transactions held after " + timeout + " ms");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalArgumentException("interrupted while awaiting held transactions");
                }
            }
            default -> throw new IllegalArgumentException("unknown transactions call '" + call + "': use hold, release or await-held");
        }
    }

    /** A whole-number member of a small JSON body; the fallback when absent (negative: required). */
    private static long number(byte[] body, String member, long fallback) {
        Map<String, Object> request = body == null || body.length == 0 ? Map.of() : JsonTree.parseObject(body);
        Object v = request.get(member);
        if (v == null) {
            if (fallback < 0) {
                throw new IllegalArgumentException("give {\"" + member + "\": n}");
            }
            return fallback;
        }
        if (!(v instanceof JsonTree.JsonNumber n)) {
            throw new IllegalArgumentException(member + " must be a number");
        }
        try {
            return Long.parseLong(n.text());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(member + " must be a whole number, not " + n.text());
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
            g.writeNumberField("clockMillis", cluster.clock().millis());
            g.writeObjectFieldStart("transactions");
            g.writeBooleanField("holding", cluster.transactions().holdingBetweenPhases());
            g.writeNumberField("heldBetweenPhases", cluster.transactions().heldBetweenPhases());
            g.writeNumberField("unfinished", cluster.transactions().unfinished());
            g.writeEndObject();
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
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }
}
