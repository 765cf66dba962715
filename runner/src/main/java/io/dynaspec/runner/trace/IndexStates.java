package io.dynaspec.runner.trace;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.GlobalIndex;
import io.dynaspec.engine.cluster.IndexFeed;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.trace.IndexStateRecorder;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import io.dynaspec.runner.tlc.ModelCheckResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The states of seeded schedules of writes, zone failures and held index propagation on a table
 * with a global secondary index, as {@link IndexStateRecorder} recorded them, checked by TLC
 * against IndexShowsOnlyAcknowledgedWrites and IndexNeverGoesBack of {@code spec/Indexes.tla}
 * ({@code spec/trace/TraceIndexes.tla}).
 *
 * <p>A schedule runs on one thread, its background work (a backfill) when the schedule says. In
 * half of the schedules the index exists from the table's creation; in the others UpdateTable's
 * path adds it to the table with items and its backfill runs at a later step, so that the
 * backfill's steps are checked too. Consecutive equal states are kept once.
 */
public final class IndexStates {
    static final String SPEC = "TraceIndexes";
    static final String DATA = "IdxTraceData";
    private static final KeySchema KEYS = new KeySchema("id", AttributeType.S, null, null);
    private static final TableMetadata.IndexDefinition BY_CITY = new TableMetadata.IndexDefinition("ByCity",
            new KeySchema("city", AttributeType.S, null, null), "KEYS_ONLY", List.of(), 0, 0);
    private static final String[] CITIES = {"Oslo", "Rome", null};
    private static final int KEY_COUNT = 5;

    /**
     * One schedule's recording.
     *
     * @param name   the run's name
     * @param states the recorded states, consecutive equal ones kept once
     * @param writes how many writes the table's groups appended
     * @param backfilled how many items a backfill applied to the index
     */
    public record Run(String name, List<IndexStateRecorder.State> states, int writes, int backfilled) {
    }

    private IndexStates() {
    }

    /** Plays the seed's schedule of {@code steps} steps, recording the table's states. */
    public static Run record(long seed, int steps) {
        Random random = new Random(seed);
        ArrayDeque<Runnable> background = new ArrayDeque<>();
        Cluster cluster = new Cluster(AckRule.QUORUM, seed);
        cluster.setBackground(background::add);
        boolean withTable = seed % 2 == 0;
        Table table = cluster.createTable(new TableMetadata("People", KEYS, Map.of("id", AttributeType.S, "city", AttributeType.S),
                "PAY_PER_REQUEST", 0, 0, List.of(), withTable ? List.of(BY_CITY) : List.of(), Instant.EPOCH, 2));
        IndexStateRecorder recorder = new IndexStateRecorder(table);
        cluster.setTrace(recorder);
        AvailabilityZone failed = null;
        for (int step = 0; step < steps; step++) {
            GlobalIndex index = table.globalIndex("ByCity");
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3, 4 -> write(table, random);
                case 5 -> {
                    if (failed == null) {
                        failed = AvailabilityZone.values()[random.nextInt(3)];
                        cluster.faults().failAz(failed);
                    } else {
                        cluster.faults().recoverAz(failed);
                        failed = null;
                    }
                }
                case 6, 7 -> {
                    if (index != null && index.isHeld()) {
                        index.release();
                    } else if (index != null) {
                        index.hold();
                    }
                }
                default -> {
                    if (index == null && step > steps / 4) {
                        table.createGlobalIndex(BY_CITY, false);
                    } else if (!background.isEmpty()) {
                        background.poll().run();
                    }
                }
            }
        }
        if (failed != null) {
            cluster.faults().recoverAz(failed);
        }
        GlobalIndex index = table.globalIndex("ByCity");
        if (index != null) {
            index.release();
        }
        while (!background.isEmpty()) {
            background.poll().run();
        }
        List<IndexStateRecorder.State> kept = new ArrayList<>();
        for (IndexStateRecorder.State s : recorder.states()) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).equals(s)) {
                kept.add(s);
            }
        }
        return new Run("seed-" + seed, List.copyOf(kept), recorder.sent().size(), recorder.backfilled());
    }

    /**
     * A put waits for its quorum (deliveries to zone B held, the partition's replica in zone C
     * failed) while propagation runs. Under {@link IndexFeed#COMMITTED} the index does not show
     * it until it is acknowledged. Under the broken rule, {@link IndexFeed#UNSAFE_LEADER_LOG}, the
     * index is fed each entry as the leader appends it and shows the put before it is
     * acknowledged: the state Indexes.tla's broken config (idx-broken) reaches.
     */
    public static Run recordPutAwaitingQuorum(IndexFeed feed) throws InterruptedException {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        cluster.setIndexFeed(feed);
        Table table = cluster.createTable(new TableMetadata("People", KEYS, Map.of("id", AttributeType.S, "city", AttributeType.S),
                "PAY_PER_REQUEST", 0, 0, List.of(), List.of(BY_CITY), Instant.EPOCH, 2));
        IndexStateRecorder recorder = new IndexStateRecorder(table);
        cluster.setTrace(recorder);
        table.write(key("k0"), Precondition.NONE, Mutation.put(person("k0", "Oslo")));
        table.propagate();
        PrimaryKey waiting = key("k1");
        PartitionGroup group = table.partitionFor(waiting);
        cluster.scheduler().hold(AvailabilityZone.B);
        cluster.faults().failReplica(group, AvailabilityZone.C);
        long before = group.logLength();
        Thread writer = new Thread(() -> table.write(waiting, Precondition.NONE, Mutation.put(person("k1", "Rome"))), "unsafe-feed-writer");
        writer.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (group.logLength() == before && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        table.propagate();
        cluster.scheduler().release(AvailabilityZone.B);
        writer.join();
        cluster.faults().recoverReplica(group, AvailabilityZone.C);
        List<IndexStateRecorder.State> kept = new ArrayList<>();
        for (IndexStateRecorder.State s : recorder.states()) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).equals(s)) {
                kept.add(s);
            }
        }
        return new Run("put-awaiting-quorum-" + feed.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                List.copyOf(kept), recorder.sent().size(), 0);
    }

    private static PrimaryKey key(String id) {
        return new PrimaryKey(new AttributeValue.S(id), null);
    }

    private static Item person(String id, String city) {
        return Item.of(Map.of("id", new AttributeValue.S(id), "city", new AttributeValue.S(city)));
    }

    private static void write(Table table, Random random) {
        String id = "k" + random.nextInt(KEY_COUNT);
        PrimaryKey key = new PrimaryKey(new AttributeValue.S(id), null);
        if (random.nextInt(4) == 0) {
            table.write(key, Precondition.NONE, Mutation.DELETE);
            return;
        }
        Map<String, AttributeValue> attrs = new HashMap<>();
        attrs.put("id", new AttributeValue.S(id));
        String city = CITIES[random.nextInt(CITIES.length)];
        if (city != null) {
            attrs.put("city", new AttributeValue.S(city));
        }
        table.write(key, Precondition.NONE, Mutation.put(Item.of(attrs)));
    }

    /**
     * A corrupted copy of the run: the first state whose index holds an entry is followed by one
     * in which the entry's write is not acknowledged, as an index fed before acknowledgement
     * would show. TLC must reject it with IndexShowsOnlyAcknowledgedWrites.
     */
    public static Run withUnacknowledgedEntry(Run run) {
        List<IndexStateRecorder.State> states = new ArrayList<>(run.states());
        for (int j = 0; j < states.size(); j++) {
            IndexStateRecorder.State s = states.get(j);
            for (Map.Entry<String, Boolean> e : s.inIndex().entrySet()) {
                if (e.getValue()) {
                    Set<Integer> ack = new TreeSet<>(s.acknowledged());
                    ack.remove(s.version().get(e.getKey()));
                    states.add(j + 1, new IndexStateRecorder.State(Set.copyOf(ack), s.inIndex(), s.version()));
                    return new Run(run.name() + "-unacknowledged", states, run.writes(), run.backfilled());
                }
            }
        }
        throw new IllegalArgumentException("the run's index never holds an entry");
    }

    /**
     * A corrupted copy of the run: after the first step that moves an item's index entry to a
     * newer version, the state before it comes again, as an index applying an item's writes out
     * of order would show. TLC must reject it with IndexNeverGoesBack.
     */
    public static Run goingBack(Run run) {
        List<IndexStateRecorder.State> states = new ArrayList<>(run.states());
        for (int j = 1; j < states.size(); j++) {
            IndexStateRecorder.State before = states.get(j - 1);
            IndexStateRecorder.State after = states.get(j);
            for (Map.Entry<String, Integer> e : after.version().entrySet()) {
                if (e.getValue() > before.version().getOrDefault(e.getKey(), 0)) {
                    states.add(j + 1, before);
                    return new Run(run.name() + "-back", states, run.writes(), run.backfilled());
                }
            }
        }
        throw new IllegalArgumentException("the run's index never applies a write");
    }

    /** Runs TLC on the recorded states; the result names the first property a state or step breaks, if one does. */
    public static ModelCheckResult check(Path specDir, Path workDir, List<Run> runs, Duration timeout)
            throws IOException, InterruptedException {
        return RecordedStates.check(specDir, workDir, "Indexes", SPEC, SPEC, DATA, module(runs), timeout);
    }

    /** How many states the runs hold: TLC's distinct states, one per state. */
    public static int stateCount(List<Run> runs) {
        return runs.stream().mapToInt(r -> r.states().size()).sum();
    }

    /** The data module: the runs and the constants they share. */
    static String module(List<Run> runs) {
        Set<String> keys = new TreeSet<>();
        for (int k = 0; k < KEY_COUNT; k++) {
            keys.add("k" + k);
        }
        int writes = runs.stream().mapToInt(Run::writes).max().orElse(0);
        StringBuilder out = new StringBuilder();
        out.append("---- MODULE ").append(DATA).append(" ----\n");
        out.append("\\* Written by dynaspec from the engine's recorded states; spec/trace/TraceIndexes.tla reads it.\n");
        out.append("EXTENDS Naturals, Sequences, TLC\n\n");
        out.append("IdxKeys == ").append(keys.stream().map(IndexStates::text).collect(Collectors.joining(", ", "{", "}"))).append("\n");
        out.append("IdxWrites == ").append(writes).append("\n\n");
        out.append("Runs == <<\n");
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            out.append("[name |-> ").append(text(run.name())).append(",\n states |-> <<");
            for (int j = 0; j < run.states().size(); j++) {
                out.append(j == 0 ? "\n  " : ",\n  ").append(state(run.states().get(j), keys));
            }
            out.append(">>]").append(r + 1 < runs.size() ? ",\n" : "\n");
        }
        out.append(">>\n====\n");
        return out.toString();
    }

    private static String state(IndexStateRecorder.State s, Set<String> keys) {
        List<String> gsi = new ArrayList<>();
        List<String> version = new ArrayList<>();
        for (String k : keys) {
            int v = s.version().getOrDefault(k, 0);
            String key = "<<" + text(k) + ", 0>>";
            gsi.add(key + " :> " + (Boolean.TRUE.equals(s.inIndex().get(k)) ? "<<[val |-> \"v\", version |-> " + v + "]>>" : "<<>>"));
            version.add(key + " :> " + v);
        }
        return "[acknowledged |-> " + s.acknowledged().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"))
                + ", gsi |-> (" + String.join(" @@ ", gsi) + "), gsiVersion |-> (" + String.join(" @@ ", version) + ")]";
    }

    private static String text(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
