package io.dynaspec.runner.trace;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.StreamFeed;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.trace.StreamStateRecorder;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import io.dynaspec.runner.tlc.ModelCheckResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The states of seeded schedules of writes, zone failures, failovers and shard rollovers on a
 * table with a stream, as {@link StreamStateRecorder} recorded them, checked by TLC against the
 * stream properties of {@code spec/Streams.tla} ({@code spec/trace/TraceStreams.tla}).
 *
 * <p>A schedule runs on one thread, but for the put a failover cuts: it waits for its quorum on a
 * thread of its own while every zone's deliveries are held, and the leader's zone fails. Its
 * steps are puts (some of the item as it already is), conditional puts whose condition fails,
 * updates that change nothing, deletes (some of no item), zone failures and recoveries (one zone
 * at a time), and rollovers of the stream's shards on demand; in the odd-seeded schedules the
 * table's option also closes each shard after a few records. Consecutive equal states are kept once.
 */
public final class StreamStates {
    static final String SPEC = "TraceStreams";
    static final String DATA = "StrTraceData";
    private static final KeySchema KEYS = new KeySchema("id", AttributeType.S, null, null);
    private static final String[] CITIES = {"Oslo", "Rome"};
    private static final int KEY_COUNT = 6;
    private static final int PARTITIONS = 2;

    /**
     * One schedule's recording.
     *
     * @param name      the run's name
     * @param sent      the writes the table's groups appended, id i at index i - 1
     * @param states    the recorded states, consecutive equal ones kept once
     * @param records   how many records the stream took
     * @param rollovers how many shards closed and handed over to a child
     * @param cut       how many writes a failover cut
     * @param refused   how many conditional writes were refused
     */
    public record Run(String name, List<StreamStateRecorder.Write> sent, List<StreamStateRecorder.State> states,
                      int records, int rollovers, int cut, int refused) {
    }

    private StreamStates() {
    }

    /** Plays the seed's schedule of {@code steps} steps under the stream feed {@code feed}, recording the table's states. */
    public static Run record(long seed, int steps, StreamFeed feed) throws InterruptedException {
        Random random = new Random(seed);
        Cluster cluster = new Cluster(AckRule.QUORUM, seed);
        cluster.setStreamFeed(feed);
        Table table = cluster.createTable(TableMetadata.of("People", KEYS, PARTITIONS));
        if (seed % 2 == 1) {
            table.setStreamShardRecords(2 + random.nextInt(3));
        }
        table.enableStream(StreamViewType.NEW_AND_OLD_IMAGES);
        StreamStateRecorder recorder = new StreamStateRecorder(table);
        cluster.setTrace(recorder);
        AvailabilityZone failed = null;
        int cut = 0;
        int refused = 0;
        for (int step = 0; step < steps; step++) {
            String id = "k" + random.nextInt(KEY_COUNT);
            PrimaryKey key = key(id);
            switch (random.nextInt(12)) {
                case 0, 1, 2, 3 -> table.write(key, Precondition.NONE, Mutation.put(person(id, random)));
                case 4 -> {
                    // An update that sets what the item already holds: it changes nothing.
                    table.write(key, Precondition.NONE, existing -> existing);
                }
                case 5 -> {
                    // attribute_not_exists(id): refused when the item exists, and then nothing is appended.
                    try {
                        table.write(key, existing -> existing == null, Mutation.put(person(id, random)));
                    } catch (DynamoException e) {
                        refused++;
                    }
                }
                case 6, 7 -> table.write(key, Precondition.NONE, Mutation.DELETE);
                case 8 -> {
                    if (failed == null) {
                        failed = AvailabilityZone.values()[random.nextInt(3)];
                        cluster.faults().failAz(failed);
                    } else {
                        cluster.faults().recoverAz(failed);
                        failed = null;
                    }
                }
                case 9, 10 -> table.stream().rollOver();
                default -> {
                    if (failed == null && cutPut(cluster, table, key, person(id, random))) {
                        cut++;
                    }
                }
            }
        }
        if (failed != null) {
            cluster.faults().recoverAz(failed);
        }
        return new Run("seed-" + seed + (feed == StreamFeed.COMMITTED ? "" : "-" + feed.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
                recorder.sent(), kept(recorder.states()), recorder.records(), recorder.rollovers(), cut, refused);
    }

    /**
     * A put the leader appends while every zone's deliveries are held; the leader's zone fails,
     * the election cuts the put, and it is never acknowledged. Returns whether it was cut.
     */
    private static boolean cutPut(Cluster cluster, Table table, PrimaryKey key, Item item) throws InterruptedException {
        PartitionGroup group = table.partitionFor(key);
        AvailabilityZone leader = group.leaderZone();
        for (AvailabilityZone z : AvailabilityZone.values()) {
            cluster.scheduler().hold(z);
        }
        long before = group.logLength();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                table.write(key, Precondition.NONE, Mutation.put(item));
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "stream-cut-writer");
        writer.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (group.logLength() == before && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        cluster.faults().failAz(leader);
        writer.join();
        for (AvailabilityZone z : AvailabilityZone.values()) {
            cluster.scheduler().release(z);
        }
        cluster.faults().recoverAz(leader);
        if (!(failure.get() == null || failure.get() instanceof DynamoException)) {
            throw new IllegalStateException("the cut put failed unexpectedly", failure.get());
        }
        return failure.get() != null;
    }

    private static List<StreamStateRecorder.State> kept(List<StreamStateRecorder.State> states) {
        List<StreamStateRecorder.State> kept = new ArrayList<>();
        for (StreamStateRecorder.State s : states) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).equals(s)) {
                kept.add(s);
            }
        }
        return List.copyOf(kept);
    }

    private static PrimaryKey key(String id) {
        return new PrimaryKey(new AttributeValue.S(id), null);
    }

    private static Item person(String id, Random random) {
        return Item.of(Map.of("id", new AttributeValue.S(id), "city", new AttributeValue.S(CITIES[random.nextInt(CITIES.length)])));
    }

    /**
     * A corrupted copy of the run: after the first state whose stream holds a record, a state in
     * which that record appears twice, as a shard that a rollover handed over with its last record
     * again would show. TLC must reject it with EachChangeAppearsOnce.
     */
    public static Run withRecordTwice(Run run) {
        List<StreamStateRecorder.State> states = new ArrayList<>(run.states());
        for (int j = 0; j < states.size(); j++) {
            StreamStateRecorder.State s = states.get(j);
            for (int g = 0; g < s.stream().size(); g++) {
                List<StreamStateRecorder.Change> shard = s.stream().get(g);
                if (!shard.isEmpty()) {
                    List<List<StreamStateRecorder.Change>> stream = new ArrayList<>(s.stream());
                    List<StreamStateRecorder.Change> twice = new ArrayList<>(shard);
                    twice.add(shard.get(shard.size() - 1));
                    stream.set(g, List.copyOf(twice));
                    states.add(j + 1, new StreamStateRecorder.State(s.acknowledged(), s.log(), s.published(), List.copyOf(stream)));
                    return new Run(run.name() + "-twice", run.sent(), states, run.records(), run.rollovers(), run.cut(), run.refused());
                }
            }
        }
        throw new IllegalArgumentException("the run's stream never holds a record");
    }

    /**
     * A corrupted copy of the run: after the first step that adds a record, the state before it
     * comes again, as a shard that lost its newest record (a rollover that dropped it) would show.
     * Each state is one the invariants allow; TLC must reject the step with ShardOnlyGrows.
     */
    public static Run losingARecord(Run run) {
        List<StreamStateRecorder.State> states = new ArrayList<>(run.states());
        for (int j = 1; j < states.size(); j++) {
            StreamStateRecorder.State before = states.get(j - 1);
            StreamStateRecorder.State after = states.get(j);
            if (!before.stream().equals(after.stream())) {
                states.add(j + 1, before);
                return new Run(run.name() + "-lost", run.sent(), states, run.records(), run.rollovers(), run.cut(), run.refused());
            }
        }
        throw new IllegalArgumentException("the run's stream never takes a record");
    }

    /** Runs TLC on the recorded states; the result names the first property a state or step breaks, if one does. */
    public static ModelCheckResult check(Path specDir, Path workDir, List<Run> runs, Duration timeout)
            throws IOException, InterruptedException {
        return RecordedStates.check(specDir, workDir, "Streams", SPEC, SPEC, DATA, module(runs), timeout);
    }

    /** How many states the runs hold: TLC's distinct states, one per state. */
    public static int stateCount(List<Run> runs) {
        return runs.stream().mapToInt(r -> r.states().size()).sum();
    }

    /** The data module: the runs and the constants they share. Items' contents are named v1, v2, ... */
    static String module(List<Run> runs) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> hash = new TreeMap<>();
        for (Run run : runs) {
            for (StreamStateRecorder.Write w : run.sent()) {
                hash.put(w.key(), w.group());
                if (w.item() != null) {
                    values.computeIfAbsent(w.item(), v -> "v" + (values.size() + 1));
                }
            }
            for (StreamStateRecorder.State s : run.states()) {
                for (List<StreamStateRecorder.Change> shard : s.stream()) {
                    for (StreamStateRecorder.Change c : shard) {
                        for (String image : new String[] {c.oldImage(), c.newImage()}) {
                            if (image != null) {
                                values.computeIfAbsent(image, v -> "v" + (values.size() + 1));
                            }
                        }
                    }
                }
            }
        }
        int writes = runs.stream().mapToInt(r -> r.sent().size()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        out.append("---- MODULE ").append(DATA).append(" ----\n");
        out.append("\\* Written by dynaspec from the engine's recorded states; spec/trace/TraceStreams.tla reads it.\n");
        out.append("EXTENDS Naturals, Sequences, TLC\n\n");
        out.append("StrKeys == ").append(hash.keySet().stream().map(StreamStates::text).collect(Collectors.joining(", ", "{", "}"))).append("\n");
        out.append("StrParts == ").append(parts().stream().map(StreamStates::text).collect(Collectors.joining(", ", "{", "}"))).append("\n");
        out.append("StrHash == ").append(hash.entrySet().stream().map(e -> text(e.getKey()) + " :> " + text(part(e.getValue())))
                .collect(Collectors.joining(" @@ ", "(", ")"))).append("\n");
        out.append("StrValues == ").append(values.values().stream().map(StreamStates::text).collect(Collectors.joining(", ", "{", "}"))).append("\n");
        out.append("StrWrites == ").append(writes).append("\n\n");
        out.append("Runs == <<\n");
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            out.append("[name |-> ").append(text(run.name())).append(",\n sent |-> <<");
            for (int w = 0; w < run.sent().size(); w++) {
                out.append(w == 0 ? "\n  " : ",\n  ").append(write(w + 1, run.sent().get(w), values));
            }
            out.append(">>,\n states |-> <<");
            for (int j = 0; j < run.states().size(); j++) {
                out.append(j == 0 ? "\n  " : ",\n  ").append(state(run.states().get(j), run.sent(), values));
            }
            out.append(">>]").append(r + 1 < runs.size() ? ",\n" : "\n");
        }
        out.append(">>\n====\n");
        return out.toString();
    }

    private static List<String> parts() {
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < PARTITIONS; g++) {
            parts.add(part(g));
        }
        return parts;
    }

    private static String part(int group) {
        return "p" + group;
    }

    private static String modelKey(String k) {
        return "<<" + text(k) + ", 0>>";
    }

    /** A write of WritePath's sent: a put of the item's content, or a delete. */
    private static String write(int id, StreamStateRecorder.Write w, Map<String, String> values) {
        String common = "[id |-> " + id + ", key |-> " + modelKey(w.key()) + ", condition |-> [kind |-> \"none\"], missed |-> {}, ";
        return w.item() == null
                ? common + "request |-> \"DeleteItem\", op |-> \"Delete\"]"
                : common + "request |-> \"PutItem\", op |-> \"Put\", value |-> " + text(values.get(w.item())) + "]";
    }

    private static String image(String item, Map<String, String> values) {
        return item == null ? "<<>>" : "<<[val |-> " + text(values.get(item)) + "]>>";
    }

    private static String state(StreamStateRecorder.State s, List<StreamStateRecorder.Write> sent, Map<String, String> values) {
        List<String> log = new ArrayList<>();
        List<String> published = new ArrayList<>();
        List<String> stream = new ArrayList<>();
        for (int g = 0; g < PARTITIONS; g++) {
            String p = text(part(g));
            log.add(p + " :> " + s.log().get(g).stream().map(String::valueOf).collect(Collectors.joining(", ", "<<", ">>")));
            published.add(p + " :> " + s.published().get(g));
            stream.add(p + " :> " + s.stream().get(g).stream()
                    .map(c -> "[write |-> " + c.write() + ", key |-> " + modelKey(c.key())
                            + ", seq |-> " + c.sequence() + ", event |-> " + text(c.event()) + ", old |-> " + image(c.oldImage(), values)
                            + ", new |-> " + image(c.newImage(), values) + "]")
                    .collect(Collectors.joining(", ", "<<", ">>")));
        }
        return "[acknowledged |-> " + s.acknowledged().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"))
                + ", log |-> (" + String.join(" @@ ", log) + "), published |-> (" + String.join(" @@ ", published)
                + "), stream |-> (" + String.join(" @@ ", stream) + ")]";
    }

    private static String text(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
