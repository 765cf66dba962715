package io.dynaspec.runner.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.StreamFeed;
import io.dynaspec.engine.cluster.StreamRecord;
import io.dynaspec.engine.cluster.StreamShard;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.cluster.storage.CrashingVolume;
import io.dynaspec.engine.cluster.storage.GroupCommit;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.dynaspec.runner.replay.ModelNames.fieldNames;

/**
 * Drives the reference engine's cluster, in process, through the schedule of a counterexample
 * TLC found: the reverse of trace validation. Every zone's deliveries are held from the start, so
 * that an entry reaches a follower only where the model's behaviour replicates it; writes run on
 * their own threads because under the quorum rule a write waits for replication that only a later
 * step of the schedule performs.
 *
 * <p>A counterexample of {@code MCDurability} (its states carry {@code durable}) runs on tables
 * kept on an in-memory volume whose logs are forced only at the model's Force steps, with the
 * engine's acknowledgement counting the copies {@link AckCounts} says; CrashAZ crashes the zone's
 * replicas, and RecoverAZ of a crashed zone restarts them from their files. A counterexample of
 * {@code MCStreams} (its states carry {@code stream}) runs on a table with a stream, which takes
 * records when {@link StreamFeed} says; each Publish step checks what the shard shows. In both,
 * elections are held, so that the engine elects a leader at the model's ElectLeader step rather
 * than at once when the leader's zone fails.
 *
 * <p>The model's AZs, partitions and keys take the engine's names as {@link ModelNames} says.
 * With states compared (the model-based tests), {@link StateComparison} judges the engine's state
 * against the model's after each step.
 */
public final class CounterexampleReplay {

    /** How long a write may take to reach the leader, or its client to be answered. */
    static final long STEP_TIMEOUT_SECONDS = 10;
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
     * @param rules        the engine's rules that the schedule's model varies, as text
     * @param modelUnacknowledgedRecords the writes whose records the model's stream shows unacknowledged
     *                                   (a Streams schedule; empty otherwise)
     * @param engineUnacknowledgedRecords the writes whose records the engine's stream shows while
     *                                    the engine never told their clients they succeeded
     */
    public record Result(AckRule rule, List<Step> steps, List<AcknowledgedWrite> acknowledged, List<Integer> modelLost,
                         String verdict, boolean asPredicted, String rules, List<Integer> modelUnacknowledgedRecords,
                         List<Integer> engineUnacknowledgedRecords) {
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

    private final List<TraceStep> schedule;
    private final boolean compareStates;
    private boolean simpleKeys;
    private boolean replicaFaults;
    private final AckRule rule;
    private AckCounts ackCounts = AckCounts.DURABLE_COPIES;
    private StreamFeed streamFeed = StreamFeed.COMMITTED;
    /** The schedule is Durability.tla's: forces, crashes and restarts. */
    private boolean durability;
    /** The schedule is Streams.tla's: a stream, and its Publish steps. */
    private boolean streams;
    private Cluster cluster;
    private int compactionChunk = Cluster.DEFAULT_COMPACTION_CHUNK;
    private ModelNames names;
    /** Set up with the cluster when the replay compares states. */
    private StateComparison comparison;
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

    /** Counts the copies that {@code counts} says towards the quorum (a Durability schedule). */
    public CounterexampleReplay withAckCounts(AckCounts counts) {
        this.ackCounts = Objects.requireNonNull(counts);
        return this;
    }

    /** Gives the stream its records when {@code feed} says (a Streams schedule). */
    public CounterexampleReplay withStreamFeed(StreamFeed feed) {
        this.streamFeed = Objects.requireNonNull(feed);
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
                if (cluster.faults().crashedZones().contains(z)) {
                    try {
                        cluster.faults().restartAz(z);
                    } catch (RuntimeException e) {
                        // A crashed leader no one replaced stays down; its waiting clients are daemons.
                    }
                }
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
                List<String> differences = comparison.differences(step.state());
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
        durability = init.has("durable");
        streams = init.has("stream");
        cluster = new Cluster(rule, 1, compactionChunk);
        if (durability) {
            cluster.setAckCounts(ackCounts);
            try {
                cluster.openData(new DataDirectory(new CrashingVolume(), GroupCommit.manual(failure -> { }),
                        DataDirectory.DEFAULT_SNAPSHOT_BYTES, failure -> { }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (streams) {
            cluster.setStreamFeed(streamFeed);
        }
        if (durability || streams) {
            cluster.scheduler().holdElections();
        }
        table = cluster.createTable(TableMetadata.of("Replay", simpleKeys ? SIMPLE_KEY_SCHEMA : KEY_SCHEMA,
                ModelNames.partitionCount(init)));
        if (streams) {
            table.enableStream(StreamViewType.NEW_AND_OLD_IMAGES);
        }
        names = new ModelNames(init, table, simpleKeys);
        if (compareStates) {
            comparison = new StateComparison(cluster, table, names, writes.values(), replicaFaults, clients);
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
                PartitionGroup g = names.group(a);
                AvailabilityZone z = names.zone(a.path("az").asText());
                if (recovering(a, before)) {
                    long applied = g.replica(z).appliedSequence();
                    return new Step(step.index(), shown, "zone " + z.label() + " applied " + applied
                            + " as it recovered", applied >= a.path("index").asLong());
                }
                boolean delivered = cluster.scheduler().deliverOne(g, z);
                long applied = g.replica(z).appliedSequence();
                boolean ok = delivered && applied == a.path("index").asLong();
                if (!delivered && !compareStates && (durability || streams) && applied >= a.path("index").asLong()) {
                    // A zone that recovers (or restarts) catches up with a live leader at once, as
                    // part of its recovery: the entry the model ships now is already there.
                    return new Step(step.index(), shown, "zone " + z.label() + " had applied " + applied
                            + " as it recovered", true);
                }
                return new Step(step.index(), shown, (delivered ? "delivered" : "nothing to deliver")
                        + "; zone " + z.label() + " applied " + applied, ok);
            }
            case "CatchUp": {
                PartitionGroup g = names.group(a);
                AvailabilityZone z = names.zone(a.path("az").asText());
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
                AvailabilityZone z = names.zone(a.path("az").asText());
                if (replicaFaults) {
                    table.partitions().forEach(g -> cluster.faults().failReplica(g, z));
                } else {
                    cluster.faults().failAz(z);
                }
                return new Step(step.index(), shown, "zone " + z.label() + " down; " + leaders(), true);
            }
            case "CrashAZ": {
                AvailabilityZone z = names.zone(a.path("az").asText());
                cluster.faults().crashAz(z);
                return new Step(step.index(), shown, "zone " + z.label() + " crashed: its replicas keep what they forced; "
                        + leaders(), true);
            }
            case "Force": {
                PartitionGroup g = names.group(a);
                AvailabilityZone z = names.zone(a.path("az").asText());
                long forced = g.force(z);
                return new Step(step.index(), shown, "zone " + z.label() + " forced its log through " + forced,
                        forced == a.path("length").asLong());
            }
            case "Publish":
                return publish(step.index(), shown, a, before);
            case "RecoverAZ": {
                AvailabilityZone z = names.zone(a.path("az").asText());
                if (cluster.faults().crashedZones().contains(z)) {
                    try {
                        List<String> notes = cluster.faults().restartAz(z);
                        return new Step(step.index(), shown, "zone " + z.label() + " restarted from its files"
                                + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")") + "; " + leaders(), true);
                    } catch (IllegalArgumentException e) {
                        return new Step(step.index(), shown, "restart refused: " + e.getMessage(), false);
                    }
                }
                if (replicaFaults) {
                    table.partitions().forEach(g -> cluster.faults().recoverReplica(g, z));
                } else {
                    cluster.faults().recoverAz(z);
                }
                return new Step(step.index(), shown, "zone " + z.label() + " up; " + leaders(), true);
            }
            case "ElectLeader": {
                PartitionGroup g = names.group(a);
                AvailabilityZone expected = names.zone(a.path("az").asText());
                boolean held = cluster.scheduler().electionsHeld();
                if (held) {
                    g.elect();
                }
                AvailabilityZone actual = g.leaderOfEpoch();
                boolean sameEpoch = g.epoch() == a.path("epoch").asLong();
                boolean same = actual == expected && sameEpoch;
                // Where the model's rule lets more than one replica win, the engine's own choice
                // among them is as good as the one TLC's behaviour happened to take.
                boolean allowed = held && sameEpoch && !same && electable(a.path("p").asText(), modelZone(actual), before);
                return new Step(step.index(), shown, "leader " + actual.label() + " in epoch " + g.epoch()
                        + (held ? " (elected at this step)" : " (elected when the old leader's zone failed)")
                        + (same ? "" : allowed ? "; the model elects " + expected.label() + ", and its rule allows "
                        + actual.label() + " as well" : "; the model elects " + expected.label()), same || allowed);
            }
            case "CutToLeader": {
                PartitionGroup g = names.group(a);
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
            PrimaryKey key = names.engineKey(modelKey, sort);
            // The model's items carry the id of the write that put them: so do the engine's.
            Item item = delete ? null : Item.of(Map.of("pk", key.partition(), "sk", new AttributeValue.S(sort),
                    "val", new AttributeValue.S(request.path("value").asText()),
                    "version", new AttributeValue.N(DynamoNumber.of(id))));
            Precondition condition = condition(a.path("condition"));
            EngineWrite w = new EngineWrite(id, key, item);
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
        for (String az : fieldNames(logs)) {
            JsonNode log = logs.path(az);
            // Counting forced copies, a holder counts once its log is durable through i.
            boolean counts = !durability || ackCounts == AckCounts.UNSAFE_IN_MEMORY_COPIES
                    || before.path("durable").path(p).path(az).asInt() >= i;
            if (before.path("replicaEpoch").path(p).path(az).asLong() == epoch && log.size() >= i
                    && log.path(i - 1).asInt() == leaderId && counts) {
                holders++;
            }
        }
        PartitionGroup.WriteState predicted = holders >= rule.required()
                ? PartitionGroup.WriteState.ACKNOWLEDGED : PartitionGroup.WriteState.PENDING;
        String engine = "write " + w.id + " " + state.name().toLowerCase() + " (" + holders + " of 3 replicas hold it"
                + (!durability ? "" : ackCounts == AckCounts.DURABLE_COPIES ? " forced" : " in memory") + ")";
        if (state == PartitionGroup.WriteState.ACKNOWLEDGED) {
            // The model's Acknowledge answers the client: the engine's client must have its answer
            // before the next step, which may cut the entry it waits on.
            engine += "; client " + clientOutcome(w, true);
        }
        return new Step(index, shown, engine, state == predicted);
    }

    /**
     * A Publish step: whether the engine's shard shows the record of the write the model's
     * publisher reads. The engine's feed predicts it: a write that changed its item shows at once
     * under UNSAFE_LEADER_APPEND, and under COMMITTED only once acknowledged (in the model's
     * state before the step; the engine commits no later than the model acknowledges).
     */
    private Step publish(int index, String shown, JsonNode a, JsonNode before) {
        int id = a.path("write").asInt();
        EngineWrite w = writes.get(id);
        if (w == null || w.entry() == null) {
            return new Step(index, shown, "the engine has no such write", false);
        }
        JsonNode images = before.path("images").path(id - 1);
        boolean changed = !images.path(0).equals(images.path(1));
        boolean acknowledged = contains(before.path("acknowledged"), id);
        boolean predicted = changed && (streamFeed == StreamFeed.UNSAFE_LEADER_APPEND || acknowledged);
        StreamRecord r = recordOf(w);
        String engine = (r == null ? "the stream shows no record of write " + id
                : "the stream shows " + r.event() + " of write " + id + " at " + r.sequence())
                + "; write " + id + " " + w.group.writeState(w.entry()).name().toLowerCase();
        return new Step(index, shown, engine, (r != null) == predicted);
    }

    /** The record of the write in its partition's shard, or null. */
    private StreamRecord recordOf(EngineWrite w) {
        for (StreamShard shard : table.stream().shards()) {
            if (shard.group() != w.group) {
                continue;
            }
            for (StreamRecord r : shard.recordsFrom(0, Integer.MAX_VALUE)) {
                if (r.sequence() == w.entry().sequence() && r.key().equals(w.key) && Objects.equals(r.newImage(), w.item)) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The model's name of an engine zone. */
    private String modelZone(AvailabilityZone zone) {
        for (Map.Entry<String, AvailabilityZone> e : names.zones().entrySet()) {
            if (e.getValue() == zone) {
                return e.getKey();
            }
        }
        return zone.label();
    }

    /**
     * Whether the model's ElectLeader allows {@code az} to win in partition p on the state: it is
     * up, a majority is, and its log is at least as up to date as every live replica's (a later
     * replicaEpoch, or the same and a log at least as long).
     */
    private static boolean electable(String p, String az, JsonNode before) {
        JsonNode up = before.path("up");
        if (!contains(up, az) || up.size() * 2 <= before.path("replicaEpoch").path(p).size()) {
            return false;
        }
        long epoch = before.path("replicaEpoch").path(p).path(az).asLong();
        int length = before.path("log").path(p).path(az).size();
        for (JsonNode other : up) {
            long e = before.path("replicaEpoch").path(p).path(other.asText()).asLong();
            int n = before.path("log").path(p).path(other.asText()).size();
            if (e > epoch || (e == epoch && n > length)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(JsonNode array, int id) {
        for (JsonNode n : array) {
            if (n.asInt() == id) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode n : array) {
            if (n.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The writes whose records the model's stream holds though the model never acknowledged them. */
    private static List<Integer> modelUnacknowledgedRecords(JsonNode last) {
        List<Integer> out = new ArrayList<>();
        for (String p : fieldNames(last.path("stream"))) {
            for (JsonNode r : last.path("stream").path(p)) {
                int id = r.path("write").asInt();
                if (!contains(last.path("acknowledged"), id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** The writes whose records the engine's stream holds though the engine never acknowledged them. */
    private List<Integer> engineUnacknowledgedRecords() {
        List<Integer> out = new ArrayList<>();
        if (table.stream() == null) {
            return out;
        }
        for (EngineWrite w : writes.values()) {
            if (w.entry() != null && recordOf(w) != null
                    && w.group.writeState(w.entry()) != PartitionGroup.WriteState.ACKNOWLEDGED) {
                out.add(w.id);
            }
        }
        return out;
    }

    /** The engine's rules the schedule's model varies, as the verdict names them. */
    private String rules() {
        List<String> out = new ArrayList<>();
        if (rule == AckRule.UNSAFE_LEADER_ONLY || !(durability || streams)) {
            out.add(rule.name());
        }
        if (durability) {
            out.add(ackCounts.name());
        }
        if (streams) {
            out.add(streamFeed.name());
        }
        return String.join(" with ", out);
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
                readBack = found == null ? "absent" : "val " + ModelNames.text(found.get("val"));
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
        // Counting copies in memory acknowledges what the model's InMemory rule does, and crashes
        // take what was not forced: the engine must lose what the model lost.
        boolean unsafeAck = rule == AckRule.UNSAFE_LEADER_ONLY || durability && ackCounts == AckCounts.UNSAFE_IN_MEMORY_COPIES;
        List<Integer> predictedLost = unsafeAck ? modelLost : List.of();
        // Publishing at the leader's append shows what the model's LeaderAppend publisher does.
        List<Integer> modelUnacknowledged = modelUnacknowledgedRecords(last);
        List<Integer> engineUnacknowledged = engineUnacknowledgedRecords();
        List<Integer> predictedUnacknowledged = streams && streamFeed == StreamFeed.UNSAFE_LEADER_APPEND
                ? modelUnacknowledged : List.of();
        boolean lossAsPredicted = engineLost.equals(predictedLost);
        boolean recordsAsPredicted = engineUnacknowledged.equals(predictedUnacknowledged);
        String rules = rules();
        List<String> parts = new ArrayList<>();
        if (!streams || !engineLost.isEmpty() || !lossAsPredicted) {
            String loss = engineLost.isEmpty() ? "every write the engine acknowledged is still in the engine"
                    : "the engine lost acknowledged write" + (engineLost.size() > 1 ? "s " : " ") + engineLost;
            parts.add(loss + (lossAsPredicted ? ", as " + rules + " predicts" : ", but " + rules + " predicts "
                    + (predictedLost.isEmpty() ? "no loss" : "the loss of " + predictedLost)));
        }
        if (streams) {
            String shown = engineUnacknowledged.isEmpty() ? "the engine's stream shows no record of a write it did not acknowledge"
                    : "the engine's stream shows the record of write" + (engineUnacknowledged.size() > 1 ? "s " : " ")
                    + engineUnacknowledged + ", which it never acknowledged";
            parts.add(shown + (recordsAsPredicted ? ", as " + rules + " predicts" : ", but " + rules + " predicts "
                    + (predictedUnacknowledged.isEmpty() ? "none" : "the records of " + predictedUnacknowledged)));
        }
        String verdict = String.join("; ", parts);
        return new Result(rule, rows, acknowledged, modelLost, verdict, stepsAsPredicted && lossAsPredicted && recordsAsPredicted,
                rules, modelUnacknowledged, engineUnacknowledged);
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
            for (String p : fieldNames(last.path("leader"))) {
                String az = last.path("leader").path(p).asText();
                if (contains(last.path("crashed"), az)) {
                    // Durability.tla: a crashed leader serves nothing, and never leads again.
                    continue;
                }
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
                return existing -> existing != null && value.equals(ModelNames.text(existing.get("val")));
            }
            default:
                return Precondition.NONE;
        }
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
            AvailabilityZone z = names.zones().get(a.path("az").asText());
            args.add(z != null ? z.label() : a.path("az").asText());
        }
        if (a.has("write") && !a.path("write").isArray()) {
            args.add("write " + a.path("write").asInt());
        }
        if (!args.isEmpty()) {
            s.append('(').append(String.join(", ", args)).append(')');
        }
        return s.toString();
    }

}
