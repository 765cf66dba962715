package io.dynaspec.engine.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.GlobalIndex;
import io.dynaspec.engine.cluster.GroupStatus;
import io.dynaspec.engine.cluster.HashedPartitionKey;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.PartitionView;
import io.dynaspec.engine.cluster.Partitioner;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TransactionCoordinator;
import io.dynaspec.engine.cluster.WriteFeed;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.protocol.AttributeValueJson;
import io.dynaspec.engine.protocol.JsonTree;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
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
 *   <li>{@code POST /dynaspec/faults/crash-az/{zone}}, {@code .../restart-az/{zone}} — crash a zone's
 *       replicas (they keep only what they forced to disk; needs {@code --data-dir}), or restart
 *       them from their files;</li>
 *   <li>{@code GET  /dynaspec/items/{table}/{partition}} — one partition's items, grouped by
 *       partition key in scan order, each group in sort-key order;</li>
 *   <li>{@code GET  /dynaspec/writes} — the latest single-item writes and how each ended;</li>
 *   <li>{@code POST /dynaspec/clock/advance} with {@code {"Millis": n}} — moves the engine's clock
 *       forward (the transactions' idempotency window, Time to Live), then deletes the items that
 *       have expired by then;</li>
 *   <li>{@code POST /dynaspec/streams/roll/{table}} — closes each open shard of the table's stream
 *       that holds a record and opens its child shard (Streams.html: shards are "created and
 *       deleted automatically, as needed");</li>
 *   <li>{@code POST /dynaspec/ttl/sweep} — deletes the items that have expired by the engine's
 *       clock, each through its partition's leader like any write;</li>
 *   <li>{@code POST /dynaspec/transactions/hold}, {@code .../release} — hold transactions between
 *       their prepare and commit phases, or let them commit;
 *       {@code POST /dynaspec/transactions/await-held} with optional {@code {"Count": n,
 *       "TimeoutMillis": t}} — answers once n transactions are held (400 after the timeout);</li>
 *   <li>{@code POST /dynaspec/transactions/fail-coordinator/{after-prepare|after-decide}} — the next
 *       transaction to reach that point loses its coordinator (its client gets a retryable
 *       InternalServerError, its items stay prepared); {@code POST /dynaspec/transactions/recover-coordinator}
 *       — another coordinator finishes those transactions from the PREPARE entries and the ledger;</li>
 *   <li>{@code POST /dynaspec/faults/hold-index/{table}/{index}}, {@code .../release-index/{table}/{index}}
 *       — hold a global secondary index's propagation (acknowledged writes wait and reads of the
 *       index miss them), or release it (everything waiting is applied).</li>
 * </ul>
 * The fault calls answer with the status document. Nothing here is cached by a browser: every
 * answer is the engine's state at that moment.
 */
public final class AdminApi {
    public static final String PREFIX = "/dynaspec/";
    private static final JsonFactory JSON = new JsonFactory();
    /** Items a partition listing shows at most: the console draws them, it does not page them. */
    static final int MAX_LISTED_ITEMS = 500;
    /** Writes the feed answers with at most. */
    static final int MAX_LISTED_WRITES = 100;
    private static final String NO_STORE = "Cache-Control: no-store\r\n";

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
                return json(200, locate(body));
            }
            if (path.equals("writes") && method.equals("GET")) {
                return json(200, writesJson());
            }
            if (path.startsWith("items/") && method.equals("GET")) {
                return json(200, items(path.substring("items/".length())));
            }
            if (path.equals("status") && method.equals("GET")) {
                // the status document alone
            } else if (path.startsWith("faults/") && method.equals("POST")) {
                apply(path.substring("faults/".length()));
            } else if (path.equals("clock/advance") && method.equals("POST")) {
                cluster.advanceClock(number(body, "Millis", -1));
            } else if (path.startsWith("streams/roll/") && method.equals("POST")) {
                rollShards(path.substring("streams/roll/".length()));
            } else if (path.equals("ttl/sweep") && method.equals("POST")) {
                cluster.sweepExpiredItems();
            } else if (path.startsWith("transactions/") && method.equals("POST")) {
                transactions(path.substring("transactions/".length()), body);
            } else {
                status = 404;
                error = "no admin call " + method + " " + PREFIX + path
                        + "; use GET status, GET writes, GET items/{table}/{partition}, POST locate,"
                        + " POST faults/{fail-az|recover-az|hold|release|crash-az|restart-az}/{a|b|c},"
                        + " POST faults/{hold-index|release-index}/{table}/{index},"
                        + " POST clock/advance, POST streams/roll/{table}, POST ttl/sweep"
                        + " or POST transactions/{hold|release|await-held}";
            }
        } catch (IllegalArgumentException e) {
            status = 400;
            error = e.getMessage();
        } catch (DynamoException e) {
            status = 400;
            error = e.type().typeName() + ": " + e.getMessage();
        }
        return json(status, error == null ? statusJson() : errorJson(error));
    }

    private static HttpResponse json(int status, byte[] body) {
        return new HttpResponse(status, "application/json", body, NO_STORE);
    }

    /**
     * One partition's items as a strongly consistent Query or Scan would see them there: grouped
     * by partition key in scan order, each group in sort-key order (the seed: "dynamo sorts items
     * on partition by sort key value"). With no leader to judge what is acknowledged, a live
     * replica's items, and the answer says so.
     */
    private byte[] items(String tableAndPartition) throws IOException {
        int slash = tableAndPartition.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("items takes items/{table}/{partition}");
        }
        String name = tableAndPartition.substring(0, slash);
        Table table = cluster.table(name);
        if (table == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        int index;
        try {
            index = Integer.parseInt(tableAndPartition.substring(slash + 1));
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= table.partitions().size()) {
            throw new IllegalArgumentException("table " + name + " has partitions 0 to " + (table.partitions().size() - 1));
        }
        PartitionGroup group = table.partitions().get(index);
        ByteArrayBuilder out = new ByteArrayBuilder(4096);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("table", name);
            g.writeNumberField("partition", index);
            writeKeySchema(g, table.keySchema());
            boolean committed = true;
            Listing listing;
            try {
                listing = group.readItems(true, AdminApi::list);
            } catch (DynamoException noLeader) {
                committed = false;
                listing = group.readItems(false, AdminApi::list);
            }
            g.writeStringField("view", committed ? "committed" : "replica");
            g.writeBooleanField("truncated", listing.truncated);
            g.writeArrayFieldStart("collections");
            for (Map.Entry<HashedPartitionKey, List<Item>> c : listing.collections.entrySet()) {
                g.writeStartObject();
                g.writeFieldName("partitionKey");
                AttributeValueJson.write(g, c.getKey().value());
                g.writeStringField("hash", String.format("%016x", c.getKey().hash()));
                g.writeArrayFieldStart("items");
                for (Item item : c.getValue()) {
                    AttributeValueJson.writeAttributes(g, item.attributes());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** The items of one partition, copied out while the group's state holds still. */
    private static final class Listing {
        final Map<HashedPartitionKey, List<Item>> collections = new LinkedHashMap<>();
        boolean truncated;
    }

    private static Listing list(PartitionView view) {
        Listing listing = new Listing();
        int n = 0;
        for (Iterator<HashedPartitionKey> keys = view.partitionKeysFrom(null, true); keys.hasNext(); ) {
            HashedPartitionKey pk = keys.next();
            Collection<Item> items = view.collection(pk.value()).values();
            if (items.isEmpty()) {
                continue;
            }
            List<Item> kept = new ArrayList<>();
            for (Item item : items) {
                if (n == MAX_LISTED_ITEMS) {
                    listing.truncated = true;
                    break;
                }
                kept.add(item);
                n++;
            }
            listing.collections.put(pk, kept);
            if (listing.truncated) {
                break;
            }
        }
        return listing;
    }

    /** The latest writes, newest first: table, partition, key, and how each ended. */
    private byte[] writesJson() throws IOException {
        WriteFeed feed = cluster.writeFeed();
        ByteArrayBuilder out = new ByteArrayBuilder(4096);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("recorded", feed.recorded());
            g.writeArrayFieldStart("writes");
            for (WriteFeed.Write w : feed.latest(MAX_LISTED_WRITES)) {
                g.writeStartObject();
                g.writeNumberField("number", w.number());
                g.writeStringField("table", w.table());
                g.writeNumberField("partition", w.partition());
                g.writeFieldName("key");
                g.writeStartObject();
                g.writeFieldName("partition");
                AttributeValueJson.write(g, w.key().partition());
                if (w.key().sort() != null) {
                    g.writeFieldName("sort");
                    AttributeValueJson.write(g, w.key().sort());
                }
                g.writeEndObject();
                g.writeStringField("outcome", w.outcome().name());
                if (w.reason() != null) {
                    g.writeStringField("reason", w.reason());
                }
                if (w.outcome() == WriteFeed.Outcome.ACKNOWLEDGED) {
                    g.writeNumberField("epoch", w.epoch());
                    g.writeNumberField("sequence", w.sequence());
                    g.writeBooleanField("deleted", w.deleted());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** The key schema as CreateTable takes it: attribute, key type and declared type. */
    private static void writeKeySchema(JsonGenerator g, KeySchema k) throws IOException {
        g.writeArrayFieldStart("keySchema");
        g.writeStartObject();
        g.writeStringField("AttributeName", k.partitionName());
        g.writeStringField("KeyType", "HASH");
        g.writeStringField("AttributeType", k.partitionType().descriptor());
        g.writeEndObject();
        if (k.hasSortKey()) {
            g.writeStartObject();
            g.writeStringField("AttributeName", k.sortName());
            g.writeStringField("KeyType", "RANGE");
            g.writeStringField("AttributeType", k.sortType().descriptor());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Rolls the table's stream shards over: each open one holding a record closes, a child takes over. */
    private void rollShards(String tableName) {
        Table table = cluster.table(tableName);
        if (table == null || table.stream() == null) {
            throw new IllegalArgumentException("no table " + tableName + " with a stream enabled");
        }
        table.stream().rollOver();
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
            case "crash-az" -> cluster.faults().crashAz(zone);
            case "restart-az" -> cluster.faults().restartAz(zone);
            default -> throw new IllegalArgumentException("unknown fault '" + call.substring(0, slash)
                    + "': use fail-az, recover-az, hold, release, crash-az, restart-az, hold-index or release-index");
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
            case "fail-coordinator/after-prepare" -> cluster.faults().failCoordinator(TransactionCoordinator.FailurePoint.AFTER_PREPARE);
            case "fail-coordinator/after-decide" -> cluster.faults().failCoordinator(TransactionCoordinator.FailurePoint.AFTER_DECIDE);
            case "recover-coordinator" -> cluster.faults().recoverCoordinator();
            default -> throw new IllegalArgumentException("unknown transactions call '" + call + "': use hold, release, await-held, "
                    + "fail-coordinator/{after-prepare|after-decide} or recover-coordinator");
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
            g.writeArrayFieldStart("crashedZones");
            for (AvailabilityZone z : cluster.faults().crashedZones()) {
                g.writeString(z.label());
            }
            g.writeEndArray();
            g.writeBooleanField("onDisk", cluster.data() != null);
            g.writeNumberField("clockMillis", cluster.clock().millis());
            g.writeObjectFieldStart("transactions");
            g.writeBooleanField("holding", cluster.transactions().holdingBetweenPhases());
            g.writeNumberField("heldBetweenPhases", cluster.transactions().heldBetweenPhases());
            g.writeNumberField("unfinished", cluster.transactions().unfinished());
            TransactionCoordinator.FailurePoint armed = cluster.transactions().armedFailure();
            if (armed == null) {
                g.writeNullField("coordinatorFailureArmed");
            } else {
                g.writeStringField("coordinatorFailureArmed", armed.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
            g.writeArrayFieldStart("failedCoordinators");
            for (long t : cluster.transactions().failedCoordinators()) {
                g.writeNumber(t);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("tables");
            for (Table t : cluster.tables()) {
                g.writeStartObject();
                g.writeStringField("name", t.name());
                writeKeySchema(g, t.keySchema());
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
