package io.dynaspec.runner.mbt;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynaspec.engine.api.ItemPage;
import io.dynaspec.engine.api.Query;
import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.GlobalIndex;
import io.dynaspec.engine.cluster.IndexFeed;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Replica;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import io.dynaspec.runner.tlc.TraceStep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One behaviour of {@code spec/mbt/EngineIndexes.tla} driven on a fresh engine cluster, in
 * process: the model's items are items of a one-partition table keyed (pk, sk) with a global
 * secondary index on their attribute {@code val} (projection ALL), each item carrying the id of
 * the write that put it as the attribute {@code version}. The behaviour is cut into engine
 * operations — a client's or the fault injector's step (PutItem, DeleteItem, FailAZ, RecoverAZ,
 * HoldIndex, ReleaseIndex) and the steps the engine takes inside it (Replicate, CatchUp,
 * Acknowledge, ElectLeader, the propagator's Propagate) — and each operation is one engine call.
 * After every operation its outcome (a write accepted or refused for its condition) and the
 * engine's state must be the model's: the leader and epoch; per replica up or down and its items;
 * the acknowledged writes; whether the index's propagation is held and how many acknowledged
 * writes wait for it; and the index's contents, as an eventually consistent Query on the index
 * shows them for each index key value, and as the index's leaders hold them.
 */
public final class IndexReplay {

    static final String TABLE = "Items";
    static final String INDEX = "ByVal";
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, "sk", AttributeType.N);
    private static final List<String> MODEL_ZONES = List.of("a", "b", "c");

    private final List<TraceStep> behaviour;
    private final AckRule rule;
    private final IndexFeed feed;

    private Cluster cluster;
    private Table table;
    private GlobalIndex index;
    /** The model's index key values, from its writes and its initial state. */
    private final TreeSet<String> values = new TreeSet<>();
    /** The writes the engine acknowledged, by model write id. */
    private final TreeSet<Integer> acknowledged = new TreeSet<>();

    /**
     * @param rule the engine's acknowledgement rule (the model's is Quorum)
     * @param feed what the index's propagator reads (the model's IndexFeed)
     */
    public IndexReplay(List<TraceStep> behaviour, AckRule rule, IndexFeed feed, List<String> values) {
        this.behaviour = behaviour;
        this.rule = rule;
        this.feed = feed;
        this.values.addAll(values);
    }

    /** Whether a step starts an engine operation (else the engine takes it inside the one under way). */
    static boolean startsOperation(TraceStep step) {
        return switch (step.actionName()) {
            case "PutItem", "DeleteItem", "FailAZ", "RecoverAZ", "HoldIndex", "ReleaseIndex" -> true;
            default -> false;
        };
    }

    public TransactionReplay.Result run() {
        List<TransactionReplay.Step> rows = new ArrayList<>();
        try {
            setUp();
            List<String> initial = differences(behaviour.get(0).state());
            if (!initial.isEmpty()) {
                rows.add(new TransactionReplay.Step(1, "Init", "Init", String.join("; ", initial), false));
                return new TransactionReplay.Result(false, rows);
            }
            int i = 1;
            while (i < behaviour.size()) {
                int start = i;
                int end = i + 1;
                while (end < behaviour.size() && !startsOperation(behaviour.get(end))) {
                    end++;
                }
                List<TraceStep> op = behaviour.subList(start, end);
                JsonNode after = behaviour.get(end - 1).state();
                String expected = expectedOutcome(op.get(0));
                String engine = drive(op.get(0));
                List<String> diff = new ArrayList<>();
                if (!engine.equals(expected)) {
                    diff.add("outcome " + engine + ", model: " + expected);
                }
                diff.addAll(differences(after));
                String action = op.get(0).actionName() + " " + op.get(0).action()
                        + (op.size() > 1 ? " (+" + (op.size() - 1) + " steps inside)" : "");
                rows.add(new TransactionReplay.Step(start + 1, op.get(0).actionName(), action,
                        diff.isEmpty() ? engine : engine + " | " + String.join("; ", diff), diff.isEmpty()));
                if (!diff.isEmpty()) {
                    return new TransactionReplay.Result(false, rows);
                }
                i = end;
            }
            return new TransactionReplay.Result(true, rows);
        } catch (RuntimeException e) {
            rows.add(new TransactionReplay.Step(rows.size() + 1, "(replay)", "(replay)", "engine threw " + e, false));
            return new TransactionReplay.Result(false, rows);
        }
    }

    private void setUp() {
        cluster = new Cluster(rule, 1);
        cluster.setIndexFeed(feed);
        Map<String, AttributeType> defs = new LinkedHashMap<>();
        defs.put("pk", AttributeType.S);
        defs.put("sk", AttributeType.N);
        defs.put("val", AttributeType.S);
        TableMetadata.IndexDefinition gsi = new TableMetadata.IndexDefinition(INDEX,
                new KeySchema("val", AttributeType.S, null, null), "ALL", List.of(), 0, 0);
        table = cluster.createTable(new TableMetadata(TABLE, KEY, defs, "PAY_PER_REQUEST", 0, 0,
                List.of(), List.of(gsi), Instant.EPOCH, 1));
        index = table.globalIndex(INDEX);
    }

    private PartitionGroup group() {
        return table.partitions().get(0);
    }

    private static PrimaryKey key(JsonNode modelKey) {
        return new PrimaryKey(new AttributeValue.S(modelKey.path(0).asText()),
                new AttributeValue.N(DynamoNumber.of(modelKey.path(1).asLong())));
    }

    private static Precondition condition(JsonNode cond) {
        return switch (cond.path("kind").asText()) {
            case "attribute_not_exists" -> existing -> existing == null;
            case "equals" -> {
                AttributeValue v = new AttributeValue.S(cond.path("value").asText());
                yield existing -> existing != null && v.equals(existing.get("val"));
            }
            default -> Precondition.NONE;
        };
    }

    /** What the model says the operation answers: a write's outcome, else "done". */
    private static String expectedOutcome(TraceStep first) {
        return switch (first.actionName()) {
            case "PutItem", "DeleteItem" -> first.action().path("writes").path(0).path("outcome").asText();
            default -> "done";
        };
    }

    /** Runs the operation's first step on the engine; returns what the engine answered. */
    private String drive(TraceStep first) {
        JsonNode a = first.action();
        switch (first.actionName()) {
            case "PutItem":
            case "DeleteItem": {
                int id = a.path("writes").path(0).path("write").asInt();
                PrimaryKey key = key(a.path("key"));
                try {
                    if (first.actionName().equals("PutItem")) {
                        Item item = Item.of(Map.of("pk", key.partition(), "sk", key.sort(),
                                "val", new AttributeValue.S(a.path("value").asText()),
                                "version", new AttributeValue.N(DynamoNumber.of(id))));
                        table.write(key, condition(a.path("condition")), existing -> item);
                    } else {
                        table.write(key, Precondition.NONE, existing -> null);
                    }
                    acknowledged.add(id);
                    return "Accepted";
                } catch (DynamoException e) {
                    return e.type() == ErrorType.CONDITIONAL_CHECK_FAILED ? "ConditionalCheckFailed" : e.type() + ": " + e.getMessage();
                }
            }
            case "FailAZ":
                cluster.faults().failAz(zone(a.path("az").asText()));
                return "done";
            case "RecoverAZ":
                cluster.faults().recoverAz(zone(a.path("az").asText()));
                return "done";
            case "HoldIndex":
                index.hold();
                return "done";
            case "ReleaseIndex":
                index.release();
                return "done";
            default:
                return "no engine operation for " + first.actionName();
        }
    }

    private static AvailabilityZone zone(String model) {
        int n = MODEL_ZONES.indexOf(model);
        if (n < 0) {
            throw new IllegalArgumentException("zone " + model + " is not one of " + MODEL_ZONES);
        }
        return AvailabilityZone.values()[n];
    }

    /** A base item as the model writes it: {@code sk=val@version}. */
    private static String describe(long sk, String val, long version) {
        return sk + "=" + val + "@" + version;
    }

    private static String describe(Item item) {
        return describe(number(item.get("sk")), ((AttributeValue.S) item.get("val")).value(), number(item.get("version")));
    }

    private static long number(AttributeValue v) {
        return ((AttributeValue.N) v).value().toBigDecimal().longValueExact();
    }

    /** Where the engine's state differs from the model's state {@code s}. */
    private List<String> differences(JsonNode s) {
        List<String> diff = new ArrayList<>();
        PartitionGroup g = group();
        String p = s.path("leader").fieldNames().next();
        String leader = s.path("leader").path(p).asText();
        if (g.leaderZone() != zone(leader)) {
            diff.add("leader " + g.leaderZone() + ", model: " + leader);
        }
        if (g.epoch() != s.path("epoch").path(p).asLong()) {
            diff.add("epoch " + g.epoch() + ", model: " + s.path("epoch").path(p).asLong());
        }
        TreeSet<String> up = new TreeSet<>();
        s.path("up").forEach(z -> up.add(z.asText()));
        for (String z : MODEL_ZONES) {
            Replica r = g.replica(zone(z));
            if (r.isUp() != up.contains(z)) {
                diff.add("replica " + z + (r.isUp() ? " up" : " down") + ", model: " + (up.contains(z) ? "up" : "down"));
            }
            JsonNode coll = s.path("items").path(p).path(z);
            List<String> model = new ArrayList<>();
            List<String> engine = new ArrayList<>();
            coll.fieldNames().forEachRemaining(pk -> {
                coll.path(pk).forEach(it -> model.add(pk + ":" + describe(it.path("sk").asLong(), it.path("val").asText(),
                        it.path("version").asLong())));
                r.collection(new AttributeValue.S(pk)).values().forEach(it -> engine.add(pk + ":" + describe(it)));
            });
            if (!engine.equals(model)) {
                diff.add("replica " + z + " items " + engine + ", model: " + model);
            }
        }
        TreeSet<Integer> acked = new TreeSet<>();
        s.path("acknowledged").forEach(w -> acked.add(w.asInt()));
        if (!acked.equals(acknowledged)) {
            diff.add("acknowledged " + acknowledged + ", model: " + acked);
        }
        boolean held = s.path("held").asBoolean();
        if (index.isHeld() != held) {
            diff.add("index held " + index.isHeld() + ", model: " + held);
        }
        // Acknowledged writes the propagator has not applied: the committed prefix past fed.
        JsonNode log = s.path("log").path(p).path(leader);
        int committed = 0;
        while (committed < log.size() && acked.contains(log.path(committed).asInt())) {
            committed++;
        }
        int waiting = committed - s.path("fed").path(p).asInt();
        if (index.backlog() != waiting) {
            diff.add("index backlog " + index.backlog() + ", model: " + waiting);
        }
        // The index's entries: per base item (pk, sk) the entry's index key and version.
        Map<String, String> model = new TreeMap<>();
        s.path("gsi").fieldNames().forEachRemaining(k -> {
            JsonNode e = s.path("gsi").path(k);
            if (e.size() > 0) {
                String[] parts = k.replace("<<", "").replace(">>", "").split(",\\s*");
                model.put(parts[0] + ":" + parts[1], e.path(0).path("val").asText() + "@" + e.path(0).path("version").asLong());
            }
        });
        Map<String, String> queried = new TreeMap<>();
        Query query = new Query(cluster);
        for (String v : values) {
            ItemPage page = query.execute(new Query.Request(TABLE, INDEX, "val = :v", null, null, null, null, null, null,
                    null, Map.of(":v", new AttributeValue.S(v)), null, true, null, false, null, ReturnConsumedCapacity.NONE));
            if (page.lastEvaluatedKey() != null && !page.lastEvaluatedKey().isEmpty()) {
                diff.add("a Query on the index for " + v + " did not fit one page");
            }
            for (Item it : page.items()) {
                queried.put(((AttributeValue.S) it.get("pk")).value() + ":" + number(it.get("sk")),
                        v + "@" + number(it.get("version")));
            }
        }
        if (!queried.equals(model)) {
            diff.add("index (Query) " + queried + ", model: " + model);
        }
        Map<String, String> stored = new TreeMap<>();
        for (PartitionGroup ig : index.partitions()) {
            Replica r = ig.replica(ig.leaderZone());
            r.partitionKeys().forEachRemaining(ik -> r.collection(ik).values().forEach(it ->
                    stored.put(((AttributeValue.S) it.get("pk")).value() + ":" + number(it.get("sk")),
                            ((AttributeValue.S) it.get("val")).value() + "@" + number(it.get("version")))));
        }
        if (!stored.equals(model)) {
            diff.add("index (its leaders) " + stored + ", model: " + model);
        }
        return diff;
    }
}
