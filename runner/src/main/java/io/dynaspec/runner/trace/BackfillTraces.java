package io.dynaspec.runner.trace;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.ForwardingTraceRecorder;
import io.dynaspec.engine.cluster.GlobalIndex;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.trace.BackfillTraceRecorder;
import io.dynaspec.engine.trace.BackfillTraceRecorder.Entry;
import io.dynaspec.engine.trace.BackfillTraceRecorder.State;
import io.dynaspec.engine.trace.BackfillTraceRecorder.Step;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import io.dynaspec.runner.tlc.ModelCheckRequest;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.TlcLauncher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Seeded schedules of writes, zone failures and holds on a table to which UpdateTable's path
 * adds a global secondary index, recorded step by step by {@link BackfillTraceRecorder} while the
 * backfill runs, and followed by TLC with the actions of {@code spec/IndexBackfill.tla}
 * ({@code spec/trace/TraceIndexBackfill.tla}).
 *
 * <p>A schedule runs on one thread; the backfill runs on the cluster's background executor, a
 * queue the schedule runs when it says. Writes interleave with the backfill at the steps it
 * takes: after each partition's read and after each item it copies, the schedule may write (and
 * fail or recover a zone) before the backfill goes on, as writes arriving while it copies would.
 */
public final class BackfillTraces {
    static final String SPEC = "TraceIndexBackfill";
    /** The config under the engine's rule, and the one for a broken rule (IndexWithOwedCopiesIsCommittedPrefix left out). */
    public static final String CONFIG = "TraceIndexBackfill";
    public static final String BROKEN_CONFIG = "TraceIndexBackfillBroken";
    static final String DATA = "BfTraceData";
    private static final KeySchema KEYS = new KeySchema("id", AttributeType.S, null, null);
    private static final TableMetadata.IndexDefinition BY_CITY = new TableMetadata.IndexDefinition("ByCity",
            new KeySchema("city", AttributeType.S, null, null), "KEYS_ONLY", List.of(), 0, 0);
    private static final String[] CITIES = {"Oslo", "Rome", "Bergen"};
    private static final int KEY_COUNT = 5;

    /**
     * One schedule's recording.
     *
     * @param name   the run's name
     * @param steps  the recorded steps
     * @param writes how many writes the table's groups appended
     * @param hash   the partition of each key
     */
    public record Run(String name, List<Step> steps, int writes, Map<String, String> hash) {
        /** How many steps of the run are the action's. */
        public long count(String action) {
            return steps.stream().filter(s -> s.action().equals(action)).count();
        }

        /** How many writes were acknowledged while the index was CREATING. */
        public long acknowledgedWhileCreating() {
            long n = 0;
            for (int j = 1; j < steps.size(); j++) {
                if (steps.get(j).action().equals("Acknowledge") && steps.get(j - 1).state().status().equals("CREATING")) {
                    n++;
                }
            }
            return n;
        }
    }

    private BackfillTraces() {
    }

    /** Plays the seed's schedule of {@code steps} steps, recording the table's and the index's steps. */
    public static Run record(long seed, int steps) {
        Random random = new Random(seed);
        ArrayDeque<Runnable> background = new ArrayDeque<>();
        Cluster cluster = new Cluster(AckRule.QUORUM, seed);
        cluster.setBackground(background::add);
        Table table = cluster.createTable(new TableMetadata("People", KEYS, Map.of("id", AttributeType.S, "city", AttributeType.S),
                "PAY_PER_REQUEST", 0, 0, List.of(), List.of(), Instant.EPOCH, 2));
        BackfillTraceRecorder recorder = new BackfillTraceRecorder(table, "city");
        Schedule schedule = new Schedule(random, cluster, table);
        cluster.setTrace(new ForwardingTraceRecorder(recorder) {
            @Override
            public void onBackfillRead(GlobalIndex index, PartitionGroup group, long committed, List<Item> items) {
                super.onBackfillRead(index, group, committed, items);
                schedule.whileBackfilling();
            }

            @Override
            public void onIndexApply(GlobalIndex index, PrimaryKey key, LogEntry entry, boolean inIndex) {
                super.onIndexApply(index, key, entry, inIndex);
                if (entry == null) {
                    schedule.whileBackfilling();
                }
            }
        });
        int createAt = 3 + random.nextInt(steps / 3);
        for (int step = 0; step < steps; step++) {
            GlobalIndex index = table.globalIndex("ByCity");
            if (step == createAt) {
                table.createGlobalIndex(BY_CITY, random.nextInt(3) == 0);
                continue;
            }
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3, 4 -> schedule.write();
                case 5 -> schedule.failOrRecover();
                case 6 -> {
                    if (index != null && index.isHeld()) {
                        index.release();
                    } else if (index != null) {
                        index.hold();
                    }
                }
                default -> {
                    if (!background.isEmpty()) {
                        background.poll().run();
                    }
                }
            }
        }
        schedule.recover();
        GlobalIndex index = table.globalIndex("ByCity");
        index.release();
        while (!background.isEmpty()) {
            background.poll().run();
        }
        if (!index.isActive()) {
            throw new IllegalStateException("seed " + seed + ": the backfill did not finish");
        }
        Map<String, String> hash = new TreeMap<>();
        for (int k = 0; k < KEY_COUNT; k++) {
            hash.put("k" + k, recorder.partitionName(table.partitionFor(key("k" + k))));
        }
        return new Run("seed-" + seed, recorder.steps(), recorder.writes(), Map.copyOf(hash));
    }

    /** The schedule's writes and faults, taken at its own steps and at the backfill's. */
    private static final class Schedule {
        private final Random random;
        private final Cluster cluster;
        private final Table table;
        private AvailabilityZone failed;
        private boolean inside;

        Schedule(Random random, Cluster cluster, Table table) {
            this.random = random;
            this.cluster = cluster;
            this.table = table;
        }

        /** Between two steps of the backfill: none, one or two writes, and now and then a zone's failure or recovery. */
        void whileBackfilling() {
            if (inside) {
                return;
            }
            inside = true;
            try {
                int writes = random.nextInt(3);
                for (int w = 0; w < writes; w++) {
                    write();
                }
                if (random.nextInt(6) == 0) {
                    failOrRecover();
                }
            } finally {
                inside = false;
            }
        }

        void write() {
            String id = "k" + random.nextInt(KEY_COUNT);
            if (random.nextInt(4) == 0) {
                table.write(key(id), Precondition.NONE, Mutation.DELETE);
                return;
            }
            Map<String, AttributeValue> attrs = new HashMap<>();
            attrs.put("id", new AttributeValue.S(id));
            attrs.put("city", new AttributeValue.S(CITIES[random.nextInt(CITIES.length)]));
            table.write(key(id), Precondition.NONE, Mutation.put(Item.of(attrs)));
        }

        void failOrRecover() {
            if (failed == null) {
                failed = AvailabilityZone.values()[random.nextInt(3)];
                cluster.faults().failAz(failed);
            } else {
                recover();
            }
        }

        void recover() {
            if (failed != null) {
                cluster.faults().recoverAz(failed);
                failed = null;
            }
        }
    }

    private static PrimaryKey key(String id) {
        return new PrimaryKey(new AttributeValue.S(id), null);
    }

    /**
     * A corrupted copy of the run, as a backfill that lets propagation run on a partition once it
     * has read it would record (the model's CreatingPropagation = "AfterRead", idx-backfill-broken):
     * the first write acknowledged on a partition after its read, on an item whose copy the
     * backfill still owes, is propagated at once, and the copy then lands on it with the older
     * version it read. The run ends with that copy. Empty when the run has no such write.
     */
    public static Optional<Run> propagatedBeforeCopy(Run run) {
        List<Step> steps = run.steps();
        for (int r = 0; r < steps.size(); r++) {
            Step read = steps.get(r);
            if (!read.action().equals("BackfillRead")) {
                continue;
            }
            String p = read.partition();
            for (int a = r + 1; a < steps.size() && !steps.get(a).action().equals("Activate"); a++) {
                Step ack = steps.get(a);
                if (!ack.action().equals("Acknowledge") || !ack.partition().equals(p)) {
                    continue;
                }
                if (ack.length() != read.length() + 1) {
                    break;
                }
                Step write = writeOf(steps, ack.write());
                String k = write.key();
                if (ack.state().owed().stream().noneMatch(e -> e.key().equals(k))) {
                    break;
                }
                Entry entry = write.action().equals("PutItem") ? new Entry(k, write.value(), ack.write()) : null;
                int fedTo = ack.length();
                List<Step> out = new ArrayList<>(steps.subList(0, a + 1));
                out.add(new Step("Propagate", p, k, "", ack.write(), fedTo, propagated(ack.state(), p, k, entry, ack.write(), fedTo)));
                for (int j = a + 1; j < steps.size(); j++) {
                    Step s = steps.get(j);
                    if (s.action().equals("BackfillCopy") && s.key().equals(k)) {
                        State st = s.state();
                        out.add(new Step(s.action(), s.partition(), s.key(), s.value(), s.write(), s.length(),
                                withFed(withPropagated(st, k, ack.write()), p, fedTo)));
                        return Optional.of(new Run(run.name() + "-propagated-before-copy", List.copyOf(out), run.writes(), run.hash()));
                    }
                    out.add(new Step(s.action(), s.partition(), s.key(), s.value(), s.write(), s.length(),
                            propagated(s.state(), p, k, entry, ack.write(), fedTo)));
                }
                throw new IllegalStateException("an owed copy that never comes");
            }
        }
        return Optional.empty();
    }

    private static Step writeOf(List<Step> steps, int id) {
        return steps.stream().filter(s -> (s.action().equals("PutItem") || s.action().equals("DeleteItem")) && s.write() == id)
                .findFirst().orElseThrow();
    }

    /** The state with write {@code id} on {@code k} propagated: its entry in the index, {@code p} fed to {@code fedTo}. */
    private static State propagated(State s, String p, String k, Entry entry, int id, int fedTo) {
        Map<String, Entry> gsi = new TreeMap<>(s.gsi());
        if (entry == null) {
            gsi.remove(k);
        } else {
            gsi.put(k, entry);
        }
        Map<String, Integer> version = new TreeMap<>(s.gsiVersion());
        version.put(k, id);
        State with = new State(s.log(), s.acknowledged(), Map.copyOf(gsi), Map.copyOf(version), s.fed(), s.status(), s.read(),
                s.owed(), s.propagated());
        return withFed(withPropagated(with, k, id), p, fedTo);
    }

    private static State withPropagated(State s, String k, int id) {
        Map<String, Integer> propagated = new TreeMap<>(s.propagated());
        propagated.put(k, id);
        return new State(s.log(), s.acknowledged(), s.gsi(), s.gsiVersion(), s.fed(), s.status(), s.read(), s.owed(),
                Map.copyOf(propagated));
    }

    private static State withFed(State s, String p, int fedTo) {
        Map<String, Integer> fed = new TreeMap<>(s.fed());
        fed.put(p, Math.max(fed.get(p), fedTo));
        return new State(s.log(), s.acknowledged(), s.gsi(), s.gsiVersion(), Map.copyOf(fed), s.status(), s.read(), s.owed(),
                s.propagated());
    }

    /**
     * Runs TLC on the runs under the model's {@code rule} (its CreatingPropagation) with
     * {@code spec/trace/<config>.cfg}; the result names the first property a state or step
     * breaks, or is a deadlock where the model cannot take a recorded step.
     */
    public static ModelCheckResult check(Path specDir, Path workDir, List<Run> runs, String rule, String config, Duration timeout)
            throws IOException, InterruptedException {
        Path model = workDir.toAbsolutePath().resolve("model");
        TlcLauncher.freshModelFolder(model, List.of(specDir.resolve("WritePath.tla"), specDir.resolve("Indexes.tla"),
                specDir.resolve("IndexBackfill.tla"), specDir.resolve("trace").resolve(SPEC + ".tla"),
                specDir.resolve("trace").resolve(config + ".cfg")));
        Files.writeString(model.resolve(DATA + ".tla"), module(runs, rule), StandardCharsets.UTF_8);
        return new TlcLauncher().run(new ModelCheckRequest(model, SPEC, config, 2,
                workDir.toAbsolutePath().resolve("tlc"), timeout), p -> { });
    }

    /** How many states the runs reach: one per step, and each run's initial state. */
    public static int stateCount(List<Run> runs) {
        return runs.stream().mapToInt(r -> r.steps().size() + 1).sum();
    }

    /** The data module: the runs and the constants they share. */
    static String module(List<Run> runs, String rule) {
        Map<String, String> hash = runs.get(0).hash();
        Set<String> parts = new TreeSet<>(hash.values());
        for (Run r : runs) {
            if (!r.hash().equals(hash)) {
                throw new IllegalArgumentException("runs of tables partitioned differently");
            }
            for (Step s : r.steps()) {
                parts.addAll(s.state().fed().keySet());
            }
        }
        int writes = Math.max(1, runs.stream().mapToInt(Run::writes).max().orElse(0));
        StringBuilder out = new StringBuilder();
        out.append("---- MODULE ").append(DATA).append(" ----\n");
        out.append("\\* Written by dynaspec from the engine's recorded steps; spec/trace/TraceIndexBackfill.tla reads it.\n");
        out.append("EXTENDS Naturals, Sequences, TLC\n\n");
        out.append("BfKeys == ").append(set(hash.keySet())).append("\n");
        out.append("BfValues == ").append(set(List.of(CITIES))).append("\n");
        out.append("BfParts == ").append(set(parts)).append("\n");
        out.append("BfHash == (").append(hash.entrySet().stream().map(e -> text(e.getKey()) + " :> " + text(e.getValue()))
                .collect(Collectors.joining(" @@ "))).append(")\n");
        out.append("BfWrites == ").append(writes).append("\n");
        out.append("BfRule == ").append(text(rule)).append("\n\n");
        out.append("Runs == <<\n");
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            out.append("[name |-> ").append(text(run.name())).append(",\n steps |-> <<");
            for (int j = 0; j < run.steps().size(); j++) {
                out.append(j == 0 ? "\n  " : ",\n  ").append(step(run.steps().get(j), hash.keySet(), parts));
            }
            out.append(">>]").append(r + 1 < runs.size() ? ",\n" : "\n");
        }
        out.append(">>\n====\n");
        return out.toString();
    }

    private static String step(Step s, Set<String> keys, Set<String> parts) {
        State st = s.state();
        List<String> gsi = new ArrayList<>();
        List<String> version = new ArrayList<>();
        List<String> propagated = new ArrayList<>();
        for (String k : keys) {
            Entry e = st.gsi().get(k);
            gsi.add(modelKey(k) + " :> " + (e == null ? "<<>>" : "<<[val |-> " + text(e.value()) + ", version |-> " + e.version() + "]>>"));
            version.add(modelKey(k) + " :> " + st.gsiVersion().getOrDefault(k, 0));
            propagated.add(modelKey(k) + " :> " + st.propagated().getOrDefault(k, 0));
        }
        String fed = parts.stream().map(p -> text(p) + " :> " + st.fed().getOrDefault(p, 0)).collect(Collectors.joining(" @@ "));
        String owed = st.owed().stream().sorted((a, b) -> a.key().compareTo(b.key()))
                .map(e -> "[key |-> " + modelKey(e.key()) + ", val |-> " + text(e.value()) + ", version |-> " + e.version() + "]")
                .collect(Collectors.joining(", ", "{", "}"));
        return "[action |-> " + text(s.action()) + ", p |-> " + text(s.partition()) + ", key |-> " + text(s.key())
                + ", value |-> " + text(s.value()) + ", write |-> " + s.write() + ", length |-> " + s.length()
                + ", state |-> [gsi |-> (" + String.join(" @@ ", gsi) + "), gsiVersion |-> (" + String.join(" @@ ", version)
                + "), fed |-> (" + fed + "), status |-> " + text(st.status()) + ", read |-> " + set(st.read())
                + ", owed |-> " + owed + ", propagated |-> (" + String.join(" @@ ", propagated) + ")]]";
    }

    private static String modelKey(String k) {
        return "<<" + text(k) + ", 0>>";
    }

    private static String set(Collection<String> values) {
        return values.stream().sorted().map(BackfillTraces::text).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String text(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
