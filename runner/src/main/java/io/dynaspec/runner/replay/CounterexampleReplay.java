package io.dynaspec.runner.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.GroupStatus;
import io.dynaspec.engine.cluster.HashedPartitionKey;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.PartitionView;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import io.dynaspec.runner.tlc.Counterexample;
import io.dynaspec.runner.tlc.TraceStep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drives the reference engine's cluster, in process, through the schedule of a counterexample
 * TLC found: the reverse of trace validation. Every zone's deliveries are held from the start, so
 * that an entry reaches a follower only where the model's behaviour replicates it; writes run on
 * their own threads because under the quorum rule a write waits for replication that only a later
 * step of the schedule performs.
 *
 * <p>The model's AZs are renamed so that the first partition's initial leader is the engine's
 * zone A (the engine starts every group led from A; the model chooses any AZ, up to symmetry), and
 * the model's partitions map to the engine table's partitions in name order, with one engine key
 * per model partition key chosen so that it hashes to the mapped partition.
 */
public final class CounterexampleReplay {

    private static final long STEP_TIMEOUT_SECONDS = 10;
    /** The engine's retryable refusal of a condition decided by a write that waits for its quorum. */
    private static final String NOT_YET_REPLICATED = "not yet replicated";
    private static final KeySchema KEY_SCHEMA = new KeySchema("pk", AttributeType.S, "sk", AttributeType.S);
    /** A simple primary key: each model key (partition key, sort key) is a partition key of its own. */
    private static final KeySchema SIMPLE_KEY_SCHEMA = new KeySchema("pk", AttributeType.S, null, null);

    /** What the engine did at one step of the schedule. */
    public record Step(int index, String action, String engine, boolean asPredicted) {
    }

    /**
     * What became of one write the model acknowledged.
     *
     * @param id                 the model's write id
     * @param engineAcknowledged whether the engine told its client it succeeded
     * @param heldInLog          whether the engine's log still holds it at its position
     * @param client             what the engine told the write's client: succeeded, failed (and why), or
     *                           still waiting for its quorum
     * @param readBack           what a consistent read of its key returns, as text
     * @param lost               acknowledged by the engine and gone from its log, or its read disagrees
     */
    public record AcknowledgedWrite(int id, boolean engineAcknowledged, boolean heldInLog, String client, String readBack,
                                    boolean lost) {
    }

    /**
     * @param rule         the engine's acknowledgement rule
     * @param steps        one row per step of the counterexample
     * @param acknowledged the writes the model acknowledged, and what the engine made of them
     * @param modelLost    the ids of acknowledged writes the model's last leader lacks
     * @param verdict      one sentence on the outcome
     * @param asPredicted  whether every step and the final outcome are what the rule predicts
     */
    public record Result(AckRule rule, List<Step> steps, List<AcknowledgedWrite> acknowledged, List<Integer> modelLost,
                         String verdict, boolean asPredicted) {
        public List<Integer> engineLost() {
            return acknowledged.stream().filter(AcknowledgedWrite::lost).map(AcknowledgedWrite::id).toList();
        }
    }

    /** A schedule the engine cannot follow: an action or a starting state it has no counterpart for. */
    public static final class UnsupportedScheduleException extends RuntimeException {
        public UnsupportedScheduleException(String message) {
            super(message);
        }
    }

    /** One model write as the engine ran it. */
    private static final class EngineWrite {
        final int id;
        final String modelKey;
        final PrimaryKey key;
        final Item item;
        final CompletableFuture<LogEntry> appended = new CompletableFuture<>();
        CompletableFuture<Void> client;
        PartitionGroup group;

        EngineWrite(int id, String modelKey, PrimaryKey key, Item item) {
            this.id = id;
            this.modelKey = modelKey;
            this.key = key;
            this.item = item;
        }

        LogEntry entry() {
            return appended.getNow(null);
        }
    }

    private final List<TraceStep> schedule;
    private final boolean compareStates;
    private boolean simpleKeys;
    private boolean replicaFaults;
    private final Map<String, Integer> partitionOfKey = new HashMap<>();
    private final Map<String, PrimaryKey> simpleKeyOf = new HashMap<>();
    private final AckRule rule;
    private Cluster cluster;
    private int compactionChunk = Cluster.DEFAULT_COMPACTION_CHUNK;
    private final Map<String, AvailabilityZone> zones = new HashMap<>();
    private final Map<String, Integer> partitions = new HashMap<>();
    private final Map<String, PrimaryKey> keys = new HashMap<>();
    private final Map<Integer, EngineWrite> writes = new LinkedHashMap<>();
    private final ExecutorService clients = Executors.newCachedThreadPool(r -> {
        // A write refused by nobody and acknowledged by nobody waits forever: it must not keep the JVM up.
        Thread t = new Thread(r, "replay-client");
        t.setDaemon(true);
        return t;
    });
    private Table table;
    private volatile EngineWrite appending;

    public CounterexampleReplay(Counterexample counterexample, AckRule rule) {
        this(counterexample.steps(), rule, false);
    }

    /**
     * @param schedule      the model's behaviour, from its initial state
     * @param compareStates whether to compare the engine's state with the model's after every step
     *                      that ends an engine operation (the model-based tests: the schedule is a
     *                      behaviour of {@code spec/mbt/EngineWritePath.tla}, which takes at once the
     *                      steps the engine takes inside an operation), stopping at the first
     *                      difference
     */
    public CounterexampleReplay(List<TraceStep> schedule, AckRule rule, boolean compareStates) {
        this.schedule = List.copyOf(schedule);
        this.compareStates = compareStates;
        this.rule = Objects.requireNonNull(rule);
    }

    /**
     * Replays on a table with a simple primary key: the model's key (partition key, sort key)
     * becomes one partition key of its own, in the partition the model's key hashes to.
     */
    public CounterexampleReplay withSimpleKeys() {
        this.simpleKeys = true;
        return this;
    }

    /**
     * Fails and recovers one partition's replica at a time ({@code Faults.failReplica}) for the
     * model's FailAZ / RecoverAZ, each partition's in turn, instead of the whole zone.
     */
    public CounterexampleReplay withReplicaFaults() {
        this.replicaFaults = true;
        return this;
    }

    /**
     * Runs the engine with a log compaction chunk of {@code n} entries: with 1, every entry that
     * is acknowledged and applied by every live replica is dropped at once, so a replica that was
     * down catches up from a copy of the leader's items.
     */
    public CounterexampleReplay withCompactionChunk(int n) {
        this.compactionChunk = n;
        return this;
    }

    /** Replays the whole schedule and judges the outcome. */
    public Result run() {
        try {
            return replay();
        } finally {
            heal();
            clients.shutdownNow();
        }
    }

    /**
     * Recovers every zone and releases every hold, so that each client still waiting for its
     * quorum gets its answer and its thread ends (a waiting write is not interrupted).
     */
    private void heal() {
        if (cluster == null) {
            return;
        }
        try {
            for (AvailabilityZone z : AvailabilityZone.values()) {
                if (cluster.faults().isFailed(z)) {
                    cluster.faults().recoverAz(z);
                }
                if (table != null) {
                    for (PartitionGroup g : table.partitions()) {
                        if (!g.replica(z).isUp()) {
                            cluster.faults().recoverReplica(g, z);
                        }
                    }
                }
                cluster.scheduler().release(z);
            }
        } catch (RuntimeException e) {
            // The replay's outcome stands; a client left waiting is a daemon thread.
        }
    }

    private Result replay() {
        if (schedule.isEmpty() || !schedule.get(0).actionName().equals("Init")) {
            throw new UnsupportedScheduleException("the counterexample does not start with Init");
        }
        setUp(schedule.get(0).state());
        List<Step> rows = new ArrayList<>();
        JsonNode before = schedule.get(0).state();
        for (int i = 1; i < schedule.size(); i++) {
            TraceStep step = schedule.get(i);
            Step row = take(step, before);
            if (compareStates && row.asPredicted()
                    && (i + 1 == schedule.size() || drives(schedule.get(i + 1), step.state()))) {
                List<String> differences = differences(step.state());
                if (differences.isEmpty()) {
                    differences = probeDisabled(step.state());
                }
                if (differences.isEmpty()) {
                    differences = differences(step.state());
                }
                if (!differences.isEmpty()) {
                    row = new Step(row.index(), row.action(), row.engine() + "; the engine's state differs from the model's: "
                            + String.join("; ", differences), false);
                }
            }
            rows.add(row);
            before = step.state();
            if (compareStates && !row.asPredicted()) {
                break;
            }
        }
        return judge(rows, before);
    }

    /**
     * Whether the step starts an engine operation (a client's write, a delivery, a fault), rather
     * than being one the engine takes inside the operation under way: an election and its cut,
     * an acknowledgement, a recovered replica's catch-up, a discarded write's refusal.
     */
    private static boolean drives(TraceStep step, JsonNode before) {
        switch (step.actionName()) {
            case "ElectLeader":
            case "CutToLeader":
            case "Acknowledge":
            case "RefuseDiscardedWrite":
                return false;
            case "Replicate":
            case "CatchUp":
                return !recovering(step.action(), before);
            default:
                return true;
        }
    }

    /** Whether a Replicate or CatchUp is part of the recovery of its zone (EngineWritePath's {@code recovering}). */
    private static boolean recovering(JsonNode action, JsonNode before) {
        return before.path("recovering").asText("none").equals(action.path("az").asText());
    }

    private void setUp(JsonNode init) {
        cluster = new Cluster(rule, 1, compactionChunk);
        List<String> partitionNames = new ArrayList<>(new TreeSet<>(names(init.path("leader"))));
        List<String> azNames = new ArrayList<>(new TreeSet<>(names(init.path("log").path(partitionNames.get(0)))));
        String firstLeader = init.path("leader").path(partitionNames.get(0)).asText();
        for (String p : partitionNames) {
            if (!init.path("leader").path(p).asText().equals(firstLeader)) {
                throw new UnsupportedScheduleException("the model starts partitions with different leaders; "
                        + "the engine starts every group led from zone A");
            }
        }
        zones.put(firstLeader, AvailabilityZone.A);
        int next = 1;
        for (String az : azNames) {
            if (!az.equals(firstLeader)) {
                zones.put(az, AvailabilityZone.values()[next++]);
            }
        }
        for (int i = 0; i < partitionNames.size(); i++) {
            partitions.put(partitionNames.get(i), i);
        }
        table = cluster.createTable(TableMetadata.of("Replay", simpleKeys ? SIMPLE_KEY_SCHEMA : KEY_SCHEMA,
                partitionNames.size()));
        // Each partition's items name the partition keys that hash to it in the model.
        for (String p : partitionNames) {
            for (String pk : names(init.path("items").path(p).path(firstLeader))) {
                keys.put(pk, engineKeyIn(pk, partitions.get(p)));
                partitionOfKey.put(pk, partitions.get(p));
            }
        }
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup group, LogEntry entry) {
                EngineWrite w = appending;
                if (w != null) {
                    w.group = group;
                    w.appended.complete(entry);
                }
            }
        });
        for (AvailabilityZone z : AvailabilityZone.values()) {
            cluster.scheduler().hold(z);
        }
    }

    /** The first of pk, pk-1, pk-2, ... whose hash lands in the partition. */
    private PrimaryKey engineKeyIn(String pk, int partition) {
        for (int n = 0; ; n++) {
            String candidate = n == 0 ? pk : pk + "-" + n;
            PrimaryKey key = new PrimaryKey(new AttributeValue.S(candidate), new AttributeValue.S("0"));
            if (table.partitionFor(key).index() == partition) {
                return new PrimaryKey(key.partition(), null);
            }
        }
    }

    /** The engine's key for the model's key (partition key, sort key). */
    private PrimaryKey engineKey(String pk, String sk) {
        if (!simpleKeys) {
            return new PrimaryKey(keys.get(pk).partition(), new AttributeValue.S(sk));
        }
        return simpleKeyOf.computeIfAbsent(pk + "/" + sk, k -> engineKeyIn(pk + "#" + sk, partitionOfKey.get(pk)));
    }

    /** What the view holds of the model's partition key, as the model's items: in sort-key order. */
    private List<String> itemsIn(PartitionView view, String pk, JsonNode model) {
        if (!simpleKeys) {
            return describeAll(view.collection(keys.get(pk).partition()).values());
        }
        List<String> out = new ArrayList<>();
        for (String sk : sortKeys(model, pk)) {
            out.addAll(describeAll(view.collection(engineKey(pk, sk).partition()).values()));
        }
        return out;
    }

    private Step take(TraceStep step, JsonNode before) {
        JsonNode a = step.action();
        String name = step.actionName();
        String shown = describe(a);
        switch (name) {
            case "PutItem":
            case "DeleteItem":
            case "BatchWriteItem":
                return write(step.index(), shown, a, before);
            case "Replicate": {
                PartitionGroup g = group(a);
                AvailabilityZone z = zone(a.path("az").asText());
                if (recovering(a, before)) {
                    long applied = g.replica(z).appliedSequence();
                    return new Step(step.index(), shown, "zone " + z.label() + " applied " + applied
                            + " as it recovered", applied >= a.path("index").asLong());
                }
                boolean delivered = cluster.scheduler().deliverOne(g, z);
                long applied = g.replica(z).appliedSequence();
                boolean ok = delivered && applied == a.path("index").asLong();
                return new Step(step.index(), shown, (delivered ? "delivered" : "nothing to deliver")
                        + "; zone " + z.label() + " applied " + applied, ok);
            }
            case "CatchUp": {
                PartitionGroup g = group(a);
                AvailabilityZone z = zone(a.path("az").asText());
                if (recovering(a, before)) {
                    long applied = g.replica(z).appliedSequence();
                    return new Step(step.index(), shown, "zone " + z.label() + " applied " + applied
                            + " as it recovered", applied == a.path("length").asLong());
                }
                // A replica's first delivery in a new epoch takes the leader's whole log.
                boolean delivered = cluster.scheduler().deliverOne(g, z);
                long applied = g.replica(z).appliedSequence();
                return new Step(step.index(), shown, "zone " + z.label() + " applied " + applied
                        + (delivered ? "" : " (nothing delivered)"), applied == a.path("length").asLong());
            }
            case "Acknowledge":
                return acknowledge(step.index(), shown, a, before);
            case "FailAZ": {
                AvailabilityZone z = zone(a.path("az").asText());
                if (replicaFaults) {
                    table.partitions().forEach(g -> cluster.faults().failReplica(g, z));
                } else {
                    cluster.faults().failAz(z);
                }
                return new Step(step.index(), shown, "zone " + z.label() + " down; " + leaders(), true);
            }
            case "RecoverAZ": {
                AvailabilityZone z = zone(a.path("az").asText());
                if (replicaFaults) {
                    table.partitions().forEach(g -> cluster.faults().recoverReplica(g, z));
                } else {
                    cluster.faults().recoverAz(z);
                }
                return new Step(step.index(), shown, "zone " + z.label() + " up; " + leaders(), true);
            }
            case "ElectLeader": {
                PartitionGroup g = group(a);
                AvailabilityZone expected = zone(a.path("az").asText());
                AvailabilityZone actual = g.leaderOfEpoch();
                boolean same = actual == expected && g.epoch() == a.path("epoch").asLong();
                return new Step(step.index(), shown, "leader " + actual.label() + " in epoch " + g.epoch()
                        + " (elected when the old leader's zone failed)"
                        + (same ? "" : "; the model elects " + expected.label()), same);
            }
            case "CutToLeader": {
                PartitionGroup g = group(a);
                return new Step(step.index(), shown, "the election kept " + g.logLength() + " entries",
                        g.logLength() == a.path("length").asLong());
            }
            case "RefuseDiscardedWrite": {
                EngineWrite w = writes.get(a.path("write").asInt());
                String outcome = w == null ? "unknown write" : clientOutcome(w, true);
                return new Step(step.index(), shown, "client: " + outcome, outcome.startsWith("failed"));
            }
            default:
                throw new UnsupportedScheduleException("step " + step.index() + ": no engine counterpart for " + name);
        }
    }

    private Step write(int index, String shown, JsonNode a, JsonNode before) {
        List<String> parts = new ArrayList<>();
        boolean ok = true;
        int n = 0;
        for (JsonNode report : a.path("writes")) {
            JsonNode request = a.path("name").asText().equals("BatchWriteItem") ? a.path("puts").path(n) : a;
            n++;
            int id = report.path("write").asInt();
            String modelKey = request.path("key").path(0).asText();
            String sort = request.path("key").path(1).asText();
            boolean delete = a.path("name").asText().equals("DeleteItem");
            PrimaryKey key = engineKey(modelKey, sort);
            // The model's items carry the id of the write that put them: so do the engine's.
            Item item = delete ? null : Item.of(Map.of("pk", key.partition(), "sk", new AttributeValue.S(sort),
                    "val", new AttributeValue.S(request.path("value").asText()),
                    "version", new AttributeValue.N(DynamoNumber.of(id))));
            Precondition condition = condition(a.path("condition"));
            EngineWrite w = new EngineWrite(id, modelKey, key, item);
            writes.put(id, w);
            appending = w;
            w.client = CompletableFuture.runAsync(() -> table.write(key, condition,
                    delete ? Mutation.DELETE : Mutation.put(item)), clients);
            // Refused before its append: nothing will complete the append, so the refusal does.
            w.client.whenComplete((r, e) -> w.appended.complete(null));
            LogEntry entry = await(w.appended);
            appending = null;
            String expected = report.path("outcome").asText();
            String engine;
            if (entry != null) {
                engine = "appended at " + entry.sequence();
                ok &= expected.equals("Accepted");
            } else {
                engine = clientOutcome(w, true);
                // Where the model refuses with ConditionalCheckFailed on the leader's state, the
                // engine answers a retryable error instead when a write on the key still waits for
                // its quorum (that write may yet be cut): a refusal either way.
                ok &= !expected.equals("Accepted") && (expected.equals("ConditionalCheckFailed")
                        ? engine.contains("ConditionalCheckFailed") || engine.contains(NOT_YET_REPLICATED)
                        : engine.startsWith("failed"));
            }
            parts.add("write " + id + ": " + engine);
        }
        return new Step(index, shown, String.join("; ", parts), ok);
    }

    private Step acknowledge(int index, String shown, JsonNode a, JsonNode before) {
        EngineWrite w = writes.get(a.path("write").asInt());
        if (w == null || w.entry() == null) {
            return new Step(index, shown, "the engine has no such write", false);
        }
        PartitionGroup.WriteState state = w.group.writeState(w.entry());
        // What the engine's rule allows on the model's state before the step: how many replicas
        // of the current epoch hold the entry.
        String p = a.path("p").asText();
        int i = a.path("index").asInt();
        String leader = before.path("leader").path(p).asText();
        long epoch = before.path("epoch").path(p).asLong();
        JsonNode logs = before.path("log").path(p);
        int leaderId = logs.path(leader).path(i - 1).asInt();
        int holders = 0;
        for (String az : names(logs)) {
            JsonNode log = logs.path(az);
            if (before.path("replicaEpoch").path(p).path(az).asLong() == epoch && log.size() >= i
                    && log.path(i - 1).asInt() == leaderId) {
                holders++;
            }
        }
        PartitionGroup.WriteState predicted = holders >= rule.required()
                ? PartitionGroup.WriteState.ACKNOWLEDGED : PartitionGroup.WriteState.PENDING;
        String engine = "write " + w.id + " " + state.name().toLowerCase() + " (" + holders + " of 3 replicas hold it)";
        return new Step(index, shown, engine, state == predicted);
    }

    /**
     * Where the engine's state differs from the model's, per partition: leader and epoch, the AZs
     * up, each replica's log (as write ids), joined epoch and items (sort key, value, id of the
     * write that put it), and the acknowledged writes.
     */
    private List<String> differences(JsonNode model) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> p : partitions.entrySet()) {
            PartitionGroup g = table.partitions().get(p.getValue());
            String prefix = partitions.size() > 1 ? p.getKey() + ": " : "";
            AvailabilityZone leader = zone(model.path("leader").path(p.getKey()).asText());
            if (g.leaderOfEpoch() != leader || g.epoch() != model.path("epoch").path(p.getKey()).asLong()) {
                out.add(prefix + "leader " + g.leaderOfEpoch().label() + " epoch " + g.epoch() + ", model: leader "
                        + leader.label() + " epoch " + model.path("epoch").path(p.getKey()).asLong());
            }
            // The write at each position of the group's log, dropped part included: of the
            // writes the log holds at a position, the latest (an earlier one there was cut).
            Map<Long, Integer> idAt = new HashMap<>();
            for (EngineWrite w : writes.values()) {
                if (w.group == g && w.entry() != null && g.holdsInLog(w.entry())) {
                    idAt.merge(w.entry().sequence(), w.id, Math::max);
                }
            }
            java.util.Set<String> upZones = upZones(model);
            for (Map.Entry<String, AvailabilityZone> az : zones.entrySet()) {
                var replica = g.replica(az.getValue());
                String where = prefix + "zone " + az.getValue().label() + ": ";
                boolean up = upZones.contains(az.getKey());
                if (replica.isUp() != up) {
                    out.add(where + (replica.isUp() ? "up" : "down") + ", model: " + (up ? "up" : "down"));
                }
                List<Integer> engineLog = new ArrayList<>();
                for (long seq = 1; seq <= replica.appliedSequence(); seq++) {
                    engineLog.add(idAt.getOrDefault(seq, -1));
                }
                List<Integer> modelLog = new ArrayList<>();
                model.path("log").path(p.getKey()).path(az.getKey()).forEach(n -> modelLog.add(n.asInt()));
                if (!engineLog.equals(modelLog)) {
                    out.add(where + "log " + engineLog + ", model: " + modelLog);
                }
                long joined = model.path("replicaEpoch").path(p.getKey()).path(az.getKey()).asLong();
                if (g.joinedEpoch(az.getValue()) != joined) {
                    out.add(where + "joined epoch " + g.joinedEpoch(az.getValue()) + ", model: " + joined);
                }
                JsonNode modelItems = model.path("items").path(p.getKey()).path(az.getKey());
                for (String pk : names(modelItems)) {
                    List<String> engineItems = itemsIn(replica, pk, model);
                    List<String> expected = itemsOf(modelItems.path(pk));
                    if (!engineItems.equals(expected)) {
                        out.add(where + "items of " + pk + " " + engineItems + ", model: " + expected);
                    }
                }
            }
        }
        TreeSet<Integer> engineAcknowledged = new TreeSet<>();
        for (EngineWrite w : writes.values()) {
            if (w.entry() != null && w.group.writeState(w.entry()) == PartitionGroup.WriteState.ACKNOWLEDGED) {
                engineAcknowledged.add(w.id);
            }
        }
        TreeSet<Integer> modelAcknowledged = new TreeSet<>();
        model.path("acknowledged").forEach(n -> modelAcknowledged.add(n.asInt()));
        if (!engineAcknowledged.equals(modelAcknowledged)) {
            out.add("acknowledged " + engineAcknowledged + ", model: " + modelAcknowledged);
        }
        if (out.isEmpty()) {
            out.addAll(statusDifferences(model));
        }
        if (out.isEmpty()) {
            out.addAll(readDifferences(model));
        }
        return out;
    }

    /**
     * Where nothing is under way, what the model cannot do must change nothing on the engine: a
     * delivery to the leader, to a replica that is down or has the whole log, or while the
     * leader is down; a write while the leader is down or no majority of zones is up (the engine
     * refuses it as unavailable); failing a zone that is down, recovering one that is up. Returns
     * what the engine did instead; the caller compares the states again.
     */
    private List<String> probeDisabled(JsonNode model) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> up = upZones(model);
        for (Map.Entry<String, Integer> p : partitions.entrySet()) {
            PartitionGroup g = table.partitions().get(p.getValue());
            String leader = model.path("leader").path(p.getKey()).asText();
            JsonNode logs = model.path("log").path(p.getKey());
            for (Map.Entry<String, AvailabilityZone> az : zones.entrySet()) {
                boolean enabled = !az.getKey().equals(leader) && up.contains(leader) && up.contains(az.getKey())
                        && logs.path(az.getKey()).size() < logs.path(leader).size();
                if (!enabled && cluster.scheduler().deliverOne(g, az.getValue())) {
                    out.add("a delivery to zone " + az.getValue().label() + " changed its replica, where the model has "
                            + "no Replicate or CatchUp");
                }
            }
            if (!up.contains(leader) || 2 * up.size() <= zones.size()) {
                String pk = partitionOfKey.entrySet().stream().filter(k -> k.getValue().equals(p.getValue()))
                        .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
                if (pk != null) {
                    long length = g.logLength();
                    PrimaryKey key = engineKey(pk, "probe");
                    CompletableFuture<Void> probe = CompletableFuture.runAsync(
                            () -> table.write(key, Precondition.NONE, Mutation.DELETE), clients);
                    String outcome;
                    try {
                        probe.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                        outcome = "accepted";
                    } catch (ExecutionException e) {
                        outcome = e.getCause() instanceof DynamoException ? "refused" : "failed: " + e.getCause();
                    } catch (TimeoutException e) {
                        outcome = "appended and waiting for a quorum";
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        outcome = "interrupted";
                    }
                    if (!outcome.equals("refused") || g.logLength() != length) {
                        out.add("a write with " + (up.contains(leader) ? "no majority of zones up" : "the leader's zone down")
                                + " was " + outcome);
                    }
                }
            }
        }
        for (Map.Entry<String, AvailabilityZone> az : zones.entrySet()) {
            AvailabilityZone z = az.getValue();
            if (up.contains(az.getKey())) {
                if (replicaFaults) {
                    table.partitions().forEach(g -> cluster.faults().recoverReplica(g, z));
                } else {
                    cluster.faults().recoverAz(z);
                }
            } else if (replicaFaults) {
                table.partitions().forEach(g -> cluster.faults().failReplica(g, z));
            } else {
                cluster.faults().failAz(z);
                // One replica of a failed zone cannot recover while the zone is down.
                table.partitions().forEach(g -> cluster.faults().recoverReplica(g, z));
            }
        }
        return out;
    }

    /**
     * Where the group's status (what {@code ./dynaspec faults status} shows) differs from the
     * model's state: the live leader, the log's length, and per replica whether it is up and
     * leads, how many entries it applied and how many items it holds.
     */
    private List<String> statusDifferences(JsonNode model) {
        List<String> out = new ArrayList<>();
        Map<AvailabilityZone, String> modelAz = new HashMap<>();
        zones.forEach((az, z) -> modelAz.put(z, az));
        java.util.Set<String> up = upZones(model);
        java.util.Set<AvailabilityZone> down = java.util.EnumSet.noneOf(AvailabilityZone.class);
        zones.forEach((az, z) -> {
            if (!up.contains(az) && !replicaFaults) {
                down.add(z);
            }
        });
        if (!cluster.faults().failedZones().equals(down)) {
            out.add("failed zones " + cluster.faults().failedZones() + ", model: " + down);
        }
        if (!cluster.scheduler().heldZones().equals(java.util.EnumSet.allOf(AvailabilityZone.class))) {
            out.add("held zones " + cluster.scheduler().heldZones() + "; the replay holds every zone's deliveries");
        }
        for (Map.Entry<String, Integer> p : partitions.entrySet()) {
            GroupStatus status = table.partitions().get(p.getValue()).status();
            String leader = model.path("leader").path(p.getKey()).asText();
            AvailabilityZone expectedLeader = up.contains(leader) ? zones.get(leader) : null;
            long logLength = model.path("log").path(p.getKey()).path(leader).size();
            if (status.leader() != expectedLeader || status.logLength() != logLength) {
                out.add("status: leader " + status.leader() + ", log length " + status.logLength() + ", model: leader "
                        + expectedLeader + ", log length " + logLength);
            }
            for (GroupStatus.ReplicaStatus r : status.replicas()) {
                String az = modelAz.get(r.zone());
                long items = 0;
                for (JsonNode collection : model.path("items").path(p.getKey()).path(az)) {
                    items += collection.size();
                }
                long applied = model.path("log").path(p.getKey()).path(az).size();
                boolean leads = az.equals(leader) && up.contains(az);
                if (r.up() != up.contains(az) || r.leader() != leads || r.applied() != applied || r.items() != items) {
                    out.add("status of zone " + r.zone().label() + ": up " + r.up() + ", leads " + r.leader() + ", applied "
                            + r.applied() + ", items " + r.items() + "; model: up " + up.contains(az) + ", leads " + leads
                            + ", applied " + applied + ", items " + items);
                }
            }
        }
        return out;
    }

    /**
     * Where the engine's reads differ from what the model's state implies (the model has no
     * reads: this is what DynamoDB's read consistency says of it). A strongly consistent GetItem,
     * Query or Scan sees exactly the acknowledged writes — the leader's log as far as it is
     * acknowledged — and fails while the leader's zone is down; an eventually consistent one sees
     * what some live replica holds.
     */
    private List<String> readDifferences(JsonNode model) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> p : partitions.entrySet()) {
            PartitionGroup g = table.partitions().get(p.getValue());
            String leader = model.path("leader").path(p.getKey()).asText();
            java.util.Set<String> up = upZones(model);
            boolean leaderUp = up.contains(leader);
            List<JsonNode> live = new ArrayList<>();
            for (String az : up) {
                live.add(model.path("items").path(p.getKey()).path(az));
            }
            // Item collection metrics and DescribeTable read from the replica a consistent read uses: the leader.
            String consistentReplica = readText(() -> g.readReplica(true).zone().label());
            if (leaderUp ? !consistentReplica.equals(zones.get(leader).label()) : !consistentReplica.startsWith("error")) {
                out.add("a consistent read is served by " + consistentReplica + ", expected "
                        + (leaderUp ? "the leader, zone " + zones.get(leader).label() : "an error (the leader's zone is down)"));
            }
            Map<String, List<String>> committed = committedItems(model, p.getKey());
            List<String> allCommitted = new ArrayList<>();
            committed.values().forEach(allCommitted::addAll);
            for (Map.Entry<String, List<String>> pk : committed.entrySet()) {
                for (String sk : sortKeys(model, pk.getKey())) {
                    PrimaryKey key = engineKey(pk.getKey(), sk);
                    String expected = pk.getValue().stream().filter(i -> i.startsWith(sk + " ")).findFirst().orElse("absent");
                    String consistent = readText(() -> describe(table.read(key, true)));
                    if (leaderUp ? !consistent.equals(expected) : !consistent.startsWith("error")) {
                        out.add("consistent GetItem " + pk.getKey() + "/" + sk + ": " + consistent + ", expected "
                                + (leaderUp ? expected : "an error (the leader's zone is down)"));
                    }
                    String eventual = readText(() -> describe(table.read(key, false)));
                    // With every zone down, an eventually consistent read fails too.
                    boolean seen = live.isEmpty() && eventual.startsWith("error");
                    for (JsonNode replica : live) {
                        seen |= eventual.equals(itemsOf(replica.path(pk.getKey())).stream()
                                .filter(i -> i.startsWith(sk + " ")).findFirst().orElse("absent"));
                    }
                    if (!seen) {
                        out.add("eventually consistent GetItem " + pk.getKey() + "/" + sk + ": " + eventual
                                + ", which no live replica holds");
                    }
                }
                String query = readText(() -> String.join(", ",
                        g.<List<String>>readItems(true, view -> itemsIn(view, pk.getKey(), model))));
                String expectedQuery = String.join(", ", pk.getValue());
                if (leaderUp ? !query.equals(expectedQuery) : !query.startsWith("error")) {
                    out.add("consistent Query " + pk.getKey() + ": [" + query + "], expected "
                            + (leaderUp ? "[" + expectedQuery + "]" : "an error (the leader's zone is down)"));
                }
                String eventualQuery = readText(() -> String.join(", ",
                        g.<List<String>>readItems(false, view -> itemsIn(view, pk.getKey(), model))));
                boolean seen = live.isEmpty() && eventualQuery.startsWith("error");
                for (JsonNode replica : live) {
                    seen |= eventualQuery.equals(String.join(", ", itemsOf(replica.path(pk.getKey()))));
                }
                if (!seen) {
                    out.add("eventually consistent Query " + pk.getKey() + ": [" + eventualQuery + "], which no live replica holds");
                }
            }
            // With simple keys a Scan goes in hash order: compared as a set.
            String scan = readText(() -> String.join(", ", sortedIf(simpleKeys, g.readItems(true, CounterexampleReplay::scan))));
            List<String> expectedScan = sortedIf(simpleKeys, allCommitted);
            if (leaderUp ? !scan.equals(String.join(", ", expectedScan)) : !scan.startsWith("error")) {
                out.add("consistent Scan: [" + scan + "], expected " + (leaderUp ? expectedScan : "an error (the leader's zone is down)"));
            }
            String paged = readText(() -> String.join(", ", sortedIf(simpleKeys, pagedScan(g))));
            if (!paged.equals(scan)) {
                out.add("consistent Scan a partition key per page: [" + paged + "], in one page: [" + scan + "]");
            }
        }
        return out;
    }

    private static List<String> sortedIf(boolean sort, List<String> items) {
        if (!sort) {
            return items;
        }
        List<String> sorted = new ArrayList<>(items);
        java.util.Collections.sort(sorted);
        return sorted;
    }

    /**
     * A consistent Scan one partition key per page, each page a read of its own that starts after
     * the last key of the one before, as a paginated Scan does.
     */
    private static List<String> pagedScan(PartitionGroup g) {
        List<String> items = new ArrayList<>();
        HashedPartitionKey last = null;
        while (true) {
            HashedPartitionKey after = last;
            Map.Entry<HashedPartitionKey, List<String>> page = g.readItems(true, view -> {
                var keys = after == null ? view.partitionKeysFrom(null, true) : view.partitionKeysFrom(after, false);
                while (keys.hasNext()) {
                    HashedPartitionKey k = keys.next();
                    List<String> found = describeAll(view.collection(k.value()).values());
                    if (!found.isEmpty()) {
                        return Map.entry(k, found);
                    }
                }
                return null;
            });
            if (page == null) {
                return items;
            }
            items.addAll(page.getValue());
            last = page.getKey();
        }
    }

    /** Every item of the view, key after key in scan order. */
    private static List<String> scan(PartitionView view) {
        List<String> items = new ArrayList<>();
        for (var keys = view.partitionKeysFrom(null, true); keys.hasNext(); ) {
            items.addAll(describeAll(view.collection(keys.next().value()).values()));
        }
        return items;
    }

    /**
     * The items the acknowledged writes leave, per partition key in sort-key order: the leader's
     * log applied as far as it is acknowledged (acknowledgements go in log order).
     */
    private static Map<String, List<String>> committedItems(JsonNode model, String p) {
        String leader = model.path("leader").path(p).asText();
        TreeSet<Integer> acknowledged = new TreeSet<>();
        model.path("acknowledged").forEach(n -> acknowledged.add(n.asInt()));
        Map<String, java.util.TreeMap<String, String>> items = new java.util.TreeMap<>();
        for (String pk : names(model.path("items").path(p).path(leader))) {
            items.put(pk, new java.util.TreeMap<>());
        }
        for (JsonNode id : model.path("log").path(p).path(leader)) {
            if (!acknowledged.contains(id.asInt())) {
                break;
            }
            JsonNode w = model.path("sent").path(id.asInt() - 1);
            String pk = w.path("key").path(0).asText();
            String sk = w.path("key").path(1).asText();
            if (w.path("op").asText().equals("Put")) {
                items.get(pk).put(sk, sk + " " + w.path("value").asText() + " #" + id.asInt());
            } else {
                items.get(pk).remove(sk);
            }
        }
        Map<String, List<String>> out = new java.util.TreeMap<>();
        items.forEach((pk, m) -> out.put(pk, new ArrayList<>(m.values())));
        return out;
    }

    /** The sort keys the model's writes name for the partition key. */
    private static TreeSet<String> sortKeys(JsonNode model, String pk) {
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode w : model.path("sent")) {
            if (w.path("key").path(0).asText().equals(pk)) {
                out.add(w.path("key").path(1).asText());
            }
        }
        return out;
    }

    private static List<String> itemsOf(JsonNode modelItems) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : modelItems) {
            out.add(item.path("sk").asText() + " " + item.path("val").asText() + " #" + item.path("version").asText());
        }
        return out;
    }

    private static String describe(Item item) {
        return item == null ? "absent" : text(item.get("sk")) + " " + text(item.get("val")) + " #" + text(item.get("version"));
    }

    private static List<String> describeAll(java.util.Collection<Item> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(describe(i)));
        return out;
    }

    /** The read's result as text, or "error: ..." when the engine refuses it. */
    private static String readText(java.util.function.Supplier<String> read) {
        try {
            return read.get();
        } catch (DynamoException e) {
            return "error: " + e.getMessage();
        }
    }

    private Result judge(List<Step> rows, JsonNode last) {
        List<Integer> modelLost = modelLost(last);
        List<AcknowledgedWrite> acknowledged = new ArrayList<>();
        for (JsonNode idNode : last.path("acknowledged")) {
            EngineWrite w = writes.get(idNode.asInt());
            if (w == null) {
                continue;
            }
            LogEntry entry = w.entry();
            boolean held = entry != null && w.group.holdsInLog(entry);
            // A cut write's client is refused as the cut happens; a held one may wait for good.
            String client = clientOutcome(w, !held);
            boolean engineAcknowledged = client.equals("succeeded");
            String readBack;
            boolean readAgrees;
            try {
                Item found = table.read(w.key, true);
                readBack = found == null ? "absent" : "val " + text(found.get("val"));
                readAgrees = !held || !isLatestHeld(w) || Objects.equals(found, w.item);
            } catch (DynamoException e) {
                // Unavailable is not lost: whether the log holds it decides.
                readBack = "unreadable: " + e.getMessage();
                readAgrees = true;
            }
            boolean lost = engineAcknowledged && (!held || !readAgrees);
            acknowledged.add(new AcknowledgedWrite(w.id, engineAcknowledged, held, client, readBack, lost));
        }
        List<Integer> engineLost = acknowledged.stream().filter(AcknowledgedWrite::lost).map(AcknowledgedWrite::id).toList();
        boolean stepsAsPredicted = rows.stream().allMatch(Step::asPredicted);
        // Leader-only acknowledges what the model's leader-only rule does, so the engine must lose
        // what the model lost; under the quorum rule nothing acknowledged may be lost.
        List<Integer> predictedLost = rule == AckRule.UNSAFE_LEADER_ONLY ? modelLost : List.of();
        boolean outcomeAsPredicted = engineLost.equals(predictedLost);
        String verdict;
        if (engineLost.isEmpty()) {
            verdict = "every write the engine acknowledged is still in the engine";
        } else {
            verdict = "the engine lost acknowledged write" + (engineLost.size() > 1 ? "s " : " ") + engineLost;
        }
        verdict += outcomeAsPredicted ? ", as " + rule + " predicts" : ", but " + rule + " predicts "
                + (predictedLost.isEmpty() ? "no loss" : "the loss of " + predictedLost);
        return new Result(rule, rows, acknowledged, modelLost, verdict, stepsAsPredicted && outcomeAsPredicted);
    }

    /** Whether no later write on the same key is still in the engine's log: then a read must show this one. */
    private boolean isLatestHeld(EngineWrite w) {
        for (EngineWrite other : writes.values()) {
            if (other.id > w.id && other.key.equals(w.key) && other.entry() != null
                    && other.group.holdsInLog(other.entry())) {
                return false;
            }
        }
        return true;
    }

    /** The acknowledged writes the model's last leaders lack, as the model's invariant sees them. */
    private static List<Integer> modelLost(JsonNode last) {
        List<Integer> lost = new ArrayList<>();
        for (JsonNode id : last.path("acknowledged")) {
            JsonNode key = last.path("sent").path(id.asInt() - 1).path("key");
            for (String p : names(last.path("leader"))) {
                String az = last.path("leader").path(p).asText();
                boolean inPartition = last.path("items").path(p).path(az).has(key.path(0).asText());
                boolean held = false;
                for (JsonNode w : last.path("log").path(p).path(az)) {
                    held |= w.asInt() == id.asInt();
                }
                if (inPartition && !held) {
                    lost.add(id.asInt());
                }
            }
        }
        return lost;
    }

    /** What the write's client was told, waiting for it when {@code wait} (a refusal may follow a cut). */
    private static String clientOutcome(EngineWrite w, boolean wait) {
        try {
            if (wait) {
                w.client.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } else if (!w.client.isDone()) {
                return "waiting for its quorum";
            } else {
                w.client.join();
            }
            return "succeeded";
        } catch (TimeoutException e) {
            return "waiting for its quorum";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException | java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DynamoException) {
                DynamoException d = (DynamoException) cause;
                return d.type() == ErrorType.CONDITIONAL_CHECK_FAILED ? "failed: ConditionalCheckFailed"
                        : "failed: " + d.getMessage();
            }
            return "failed: " + cause;
        }
    }

    private static LogEntry await(CompletableFuture<LogEntry> appended) {
        try {
            return appended.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a write reached the leader", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a write neither reached the leader nor was refused", e);
        }
    }

    private static Precondition condition(JsonNode condition) {
        switch (condition.path("kind").asText("none")) {
            case "attribute_not_exists":
                return existing -> existing == null;
            case "equals": {
                String value = condition.path("value").asText();
                return existing -> existing != null && value.equals(text(existing.get("val")));
            }
            default:
                return Precondition.NONE;
        }
    }

    private static String text(AttributeValue v) {
        if (v instanceof AttributeValue.S) {
            return ((AttributeValue.S) v).value();
        }
        return v instanceof AttributeValue.N ? ((AttributeValue.N) v).value().toString() : String.valueOf(v);
    }

    private PartitionGroup group(JsonNode action) {
        Integer index = partitions.get(action.path("p").asText());
        if (index == null) {
            throw new UnsupportedScheduleException("no partition " + action.path("p").asText());
        }
        return table.partitions().get(index);
    }

    private AvailabilityZone zone(String az) {
        AvailabilityZone z = zones.get(az);
        if (z == null) {
            throw new UnsupportedScheduleException("no AZ " + az);
        }
        return z;
    }

    private String leaders() {
        List<String> out = new ArrayList<>();
        for (PartitionGroup g : table.partitions()) {
            AvailabilityZone l = g.leaderZone();
            out.add((table.partitions().size() > 1 ? "partition " + g.index() + " " : "")
                    + (l == null ? "no live leader" : "leader " + l.label()) + ", epoch " + g.epoch());
        }
        return String.join("; ", out);
    }

    /** The model's step with its arguments, AZs in the engine's names. */
    private String describe(JsonNode a) {
        StringBuilder s = new StringBuilder(a.path("name").asText());
        List<String> args = new ArrayList<>();
        if (a.has("key")) {
            args.add(a.path("key").path(0).asText() + "/" + a.path("key").path(1).asText());
        }
        if (a.has("value")) {
            args.add(a.path("value").asText());
        }
        if (a.has("puts")) {
            for (JsonNode put : a.path("puts")) {
                args.add(put.path("key").path(0).asText() + "/" + put.path("key").path(1).asText() + "=" + put.path("value").asText());
            }
        }
        if (a.has("az")) {
            args.add(zones.containsKey(a.path("az").asText()) ? zones.get(a.path("az").asText()).label() : a.path("az").asText());
        }
        if (a.has("write") && !a.path("write").isArray()) {
            args.add("write " + a.path("write").asInt());
        }
        if (!args.isEmpty()) {
            s.append('(').append(String.join(", ", args)).append(')');
        }
        return s.toString();
    }

    /** The model's AZs that are up. */
    private static java.util.Set<String> upZones(JsonNode model) {
        java.util.Set<String> up = new java.util.LinkedHashSet<>();
        model.path("up").forEach(u -> up.add(u.asText()));
        return up;
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
