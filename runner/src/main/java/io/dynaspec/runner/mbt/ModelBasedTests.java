package io.dynaspec.runner.mbt;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.runner.replay.CounterexampleReplay;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import io.dynaspec.runner.tlc.TlcProgress;
import io.dynaspec.runner.tlc.TraceStep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Model-based tests: TLC writes the complete state graph of {@code spec/mbt/EngineWritePath.tla}
 * (the engine's schedule of the model's actions) for the config {@code spec/mbt/mbt.cfg}; the
 * graph's transitions are covered by behaviours ({@link StateGraph#transitionCover()}); each
 * behaviour is replayed on a fresh engine cluster ({@link CounterexampleReplay} with states
 * compared), which must take every step as the model does and reach the model's state after
 * every engine operation.
 */
public final class ModelBasedTests {

    /** The spec and its default config, in {@code spec/mbt/}. */
    static final String MODULE = "EngineWritePath";
    public static final String DEFAULT_CONFIG = "mbt";

    /** How the engine is set up for the replays. */
    public enum Variant {
        /** A table with a composite primary key (the model's keys); a FailAZ fails the whole zone. */
        COMPOSITE_KEYS_ZONE_FAULTS("composite keys, zone faults"),
        /**
         * A table with a simple primary key, each model key a partition key of its own; a FailAZ
         * fails the partition's replica only (one partition: the same fault, another code path).
         */
        SIMPLE_KEYS_REPLICA_FAULTS("simple keys, replica faults"),
        /**
         * Composite keys and zone faults, with the log compacted after every entry acknowledged
         * and applied by every live replica: a replica that was down catches up from a copy.
         */
        COMPACTED_LOG("composite keys, zone faults, log compacted at once");

        private final String label;

        Variant(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** A replay of the behaviour with states compared, set up as the variant says. */
        public CounterexampleReplay replay(List<TraceStep> behaviour, AckRule rule) {
            CounterexampleReplay r = new CounterexampleReplay(behaviour, rule, true);
            switch (this) {
                case SIMPLE_KEYS_REPLICA_FAULTS:
                    return r.withSimpleKeys().withReplicaFaults();
                case COMPACTED_LOG:
                    return r.withCompactionChunk(1);
                default:
                    return r;
            }
        }
    }

    /** A behaviour the engine did not follow, with the replay's rows. */
    public record Failure(int behaviour, CounterexampleReplay.Result result) {
    }

    /**
     * @param variant    how the engine was set up
     * @param tlc        TLC's run (the model's invariants and StepsAreCutSteps checked on the way)
     * @param states     distinct states of the graph
     * @param transitions distinct transitions
     * @param behaviours behaviours generated (all of the cover, or the first {@code limit})
     * @param replayed   behaviours replayed
     * @param steps      model steps replayed
     * @param failures   the behaviours the engine did not follow, at most {@code keep}
     * @param failed     how many behaviours the engine did not follow
     * @param replayTime time spent replaying
     */
    public record Report(Variant variant, ModelCheckResult tlc, int states, long transitions, int behaviours, int replayed, long steps,
                         List<Failure> failures, int failed, Duration replayTime) {
        public boolean passed() {
            return tlc.outcome() == Outcome.SUCCESS && failed == 0 && replayed > 0;
        }
    }

    private final Path specDir;
    private final Path workDir;
    private final int workers;
    private final Duration timeout;
    private final String config;
    private List<List<TraceStep>> cover = List.of();

    /**
     * @param specDir the spec folder ({@code spec/}), holding {@code WritePath.tla},
     *                {@code WritePathCut.tla} and {@code mbt/}
     * @param workDir this run's folder; emptied first
     */
    public ModelBasedTests(Path specDir, Path workDir, int workers, Duration timeout) {
        this(specDir, workDir, workers, timeout, DEFAULT_CONFIG);
    }

    /** @param config a config of {@code spec/mbt/}, by name ({@code mbt} for {@code mbt.cfg}) */
    public ModelBasedTests(Path specDir, Path workDir, int workers, Duration timeout, String config) {
        this.config = config;
        this.specDir = specDir;
        this.workDir = workDir;
        this.workers = workers;
        this.timeout = timeout;
    }

    /** Runs TLC and writes the state graph; returns TLC's result (the graph is {@link #graphFile()}). */
    public ModelCheckResult dumpGraph(Consumer<TlcProgress> progress) throws IOException, InterruptedException {
        return StateGraph.dump(specDir, workDir, MODULE, config, List.of(specDir.resolve("WritePath.tla"), specDir.resolve("WritePathCut.tla")),
                workers, timeout, graphFile(), progress);
    }

    /** The behaviours of the last run's transition cover, in order (empty before a run). */
    public List<List<TraceStep>> behaviours() {
        return cover;
    }

    /** Where TLC writes the graph. */
    public Path graphFile() {
        return workDir.toAbsolutePath().resolve("state-graph.dot");
    }

    /**
     * Dumps the graph once, covers its transitions, and replays the behaviours on the engine once
     * per variant; one report per variant, in order.
     *
     * @param rule     the engine's acknowledgement rule (the model's is Quorum: under
     *                 {@code UNSAFE_LEADER_ONLY} the engine must diverge)
     * @param limit    replay at most this many behaviours (all when {@code <= 0})
     * @param keep     keep at most this many failures per variant
     * @param progress told after each behaviour: replayed so far, of how many
     */
    public List<Report> run(List<Variant> variants, AckRule rule, int limit, int keep, Consumer<TlcProgress> tlcProgress,
                            ProgressListener progress) throws IOException, InterruptedException {
        ModelCheckResult tlc = dumpGraph(tlcProgress);
        List<Report> reports = new ArrayList<>();
        if (tlc.outcome() != Outcome.SUCCESS || !Files.isRegularFile(graphFile())) {
            for (Variant v : variants) {
                reports.add(new Report(v, tlc, 0, 0, 0, 0, 0, List.of(), 0, Duration.ZERO));
            }
            return reports;
        }
        StateGraph graph = StateGraph.read(graphFile());
        List<List<TraceStep>> behaviours = graph.transitionCover();
        cover = behaviours;
        for (Variant v : variants) {
            reports.add(replay(v, tlc, graph, behaviours, rule, limit, keep, progress));
        }
        return reports;
    }

    private Report replay(Variant variant, ModelCheckResult tlc, StateGraph graph, List<List<TraceStep>> behaviours,
                          AckRule rule, int limit, int keep, ProgressListener progress) throws InterruptedException {
        List<List<TraceStep>> chosen = limit > 0 && limit < behaviours.size() ? behaviours.subList(0, limit) : behaviours;
        long start = System.nanoTime();
        List<Failure> failures = new ArrayList<>();
        int failed = 0;
        AtomicInteger done = new AtomicInteger();
        long steps = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
        try {
            List<Future<CounterexampleReplay.Result>> results = new ArrayList<>();
            for (List<TraceStep> b : chosen) {
                steps += b.size() - 1;
                results.add(pool.submit(() -> {
                    try {
                        return variant.replay(b, rule).run();
                    } finally {
                        progress.replayed(done.incrementAndGet(), chosen.size());
                    }
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                CounterexampleReplay.Result r;
                try {
                    r = results.get(i).get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("behaviour " + (i + 1) + " could not be replayed: "
                            + e.getCause().getMessage(), e.getCause());
                }
                if (!r.asPredicted()) {
                    failed++;
                    if (failures.size() < keep) {
                        failures.add(new Failure(i + 1, r));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(variant, tlc, graph.states(), graph.transitions(), behaviours.size(), chosen.size(), steps,
                failures, failed, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Progress of the replays. */
    @FunctionalInterface
    public interface ProgressListener {
        void replayed(int done, int of);
    }
}
