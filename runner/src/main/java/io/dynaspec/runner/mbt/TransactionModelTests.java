package io.dynaspec.runner.mbt;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.CoordinatorRecovery;
import io.dynaspec.engine.cluster.PreparedItemWrites;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import io.dynaspec.runner.tlc.TlcProgress;
import io.dynaspec.runner.tlc.TraceStep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model-based tests of transactions: TLC writes the complete state graph of
 * {@code spec/mbt/EngineTransactions.tla} (the engine's schedule of {@code spec/Transactions.tla}'s
 * steps) for a config of {@code spec/mbt/} ({@code mbt-tx.cfg}); behaviours covering every
 * transition are derived ({@link StateGraph#transitionCover()}); all of them, or a seeded sample,
 * are driven on fresh engine clusters ({@link TransactionReplay}), which must answer as the model
 * does and reach its state after every engine operation.
 */
public final class TransactionModelTests {

    static final String MODULE = "EngineTransactions";
    public static final String DEFAULT_CONFIG = "mbt-tx";

    /** A behaviour the engine did not follow: its number in the cover, and the replay's rows. */
    public record Failure(int behaviour, TransactionReplay.Result result) {
    }

    /**
     * @param tlc         TLC's run (the model's invariants and StepsAreTransactionSteps checked on the way)
     * @param states      distinct states of the graph
     * @param transitions distinct transitions
     * @param behaviours  behaviours of the cover
     * @param replayed    behaviours driven on the engine
     * @param steps       model steps driven
     * @param operations  engine operations they made
     * @param failures    the first behaviours the engine did not follow
     * @param failed      how many behaviours the engine did not follow
     * @param replayTime  time spent on the engine
     * @param outcomes    how often each kind of operation had each outcome, over the behaviours followed
     */
    public record Report(ModelCheckResult tlc, int states, long transitions, int behaviours, int replayed, long steps,
                         long operations, List<Failure> failures, int failed, Duration replayTime,
                         SortedMap<String, Integer> outcomes) {
        public boolean passed() {
            return tlc.outcome() == Outcome.SUCCESS && failed == 0 && replayed > 0;
        }
    }

    private final Path specDir;
    private final Path workDir;
    private final int workers;
    private final Duration timeout;
    private final String config;

    /** @param config a config of {@code spec/mbt/}, by name ({@code mbt-tx} for {@code mbt-tx.cfg}) */
    public TransactionModelTests(Path specDir, Path workDir, int workers, Duration timeout, String config) {
        this.specDir = specDir;
        this.workDir = workDir;
        this.workers = workers;
        this.timeout = timeout;
        this.config = config;
    }

    /** Where TLC writes the graph. */
    public Path graphFile() {
        return workDir.toAbsolutePath().resolve("state-graph.dot");
    }

    /** Runs TLC and writes the state graph. */
    public ModelCheckResult dumpGraph(Consumer<TlcProgress> progress) throws IOException, InterruptedException {
        return StateGraph.dump(specDir, workDir, MODULE, config, List.of(specDir.resolve("WritePath.tla"), specDir.resolve("Transactions.tla")),
                workers, timeout, graphFile(), progress);
    }

    /** The config's MaxBalance, which the engine's credit action enforces as the model's item limit. */
    long maxBalance() throws IOException {
        String cfg = Files.readString(specDir.resolve("mbt").resolve(config + ".cfg"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^\\s*MaxBalance\\s*=\\s*(\\d+)").matcher(cfg);
        if (!m.find()) {
            throw new IOException(config + ".cfg gives no MaxBalance");
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * The behaviours to drive: all of the cover when {@code limit <= 0} or it has no more, else
     * {@code limit} of them drawn with the seed, kept in the cover's order.
     */
    static List<Integer> chosen(int behaviours, int limit, long seed) {
        List<Integer> all = new ArrayList<>(behaviours);
        for (int n = 0; n < behaviours; n++) {
            all.add(n);
        }
        if (limit <= 0 || limit >= behaviours) {
            return all;
        }
        Collections.shuffle(all, new Random(seed));
        List<Integer> some = new ArrayList<>(all.subList(0, limit));
        Collections.sort(some);
        return some;
    }

    /**
     * Has TLC write the graph, reads it and covers its transitions; {@link #drive} then drives
     * the behaviours on engines set up in any way, the graph made once.
     */
    public ModelCheckResult build(Consumer<TlcProgress> tlcProgress) throws IOException, InterruptedException {
        tlc = dumpGraph(tlcProgress);
        if (tlc.outcome() == Outcome.SUCCESS && Files.isRegularFile(graphFile())) {
            graph = StateGraph.read(graphFile());
            behaviours = graph.transitionCover();
        }
        return tlc;
    }

    private ModelCheckResult tlc;
    private StateGraph graph;
    private List<List<TraceStep>> behaviours = List.of();

    /**
     * Drives the behaviours of the last {@link #build} on fresh engines.
     *
     * @param rule               the engine's acknowledgement rule
     * @param preparedItemWrites what the engine does with a single-item write on a prepared item
     * @param limit              drive at most this many behaviours (all when {@code <= 0}), drawn with {@code seed}
     * @param keep               keep at most this many failures
     */
    public Report drive(AckRule rule, PreparedItemWrites preparedItemWrites, int limit, long seed, int keep,
                        ModelBasedTests.ProgressListener progress) throws IOException, InterruptedException {
        return drive(rule, preparedItemWrites, CoordinatorRecovery.FROM_LEDGER, limit, seed, keep, progress);
    }

    /**
     * As {@link #drive(AckRule, PreparedItemWrites, int, long, int, ModelBasedTests.ProgressListener)},
     * with how a coordinator that takes over a failed one's transaction finishes it.
     */
    public Report drive(AckRule rule, PreparedItemWrites preparedItemWrites, CoordinatorRecovery recovery, int limit,
                        long seed, int keep, ModelBasedTests.ProgressListener progress) throws IOException, InterruptedException {
        if (graph == null) {
            return new Report(tlc, 0, 0, 0, 0, 0, 0, List.of(), 0, Duration.ZERO, new TreeMap<>());
        }
        long maxBalance = maxBalance();
        return driveAll(tlc, graph, behaviours, workers, limit, seed, keep,
                b -> new TransactionReplay(b, rule, preparedItemWrites, recovery, maxBalance).run(), progress);
    }

    /**
     * Drives behaviours of a cover on fresh engines, {@code workers} at a time: all of them, or
     * {@code limit} drawn with the seed ({@link #chosen}); each replay must follow its behaviour.
     * Shared by the model-based tests that cut behaviours into engine operations.
     */
    static Report driveAll(ModelCheckResult tlc, StateGraph graph, List<List<TraceStep>> behaviours, int workers,
                           int limit, long seed, int keep,
                           Function<List<TraceStep>, TransactionReplay.Result> replay,
                           ModelBasedTests.ProgressListener progress) throws InterruptedException {
        List<Integer> chosen = chosen(behaviours.size(), limit, seed);
        long start = System.nanoTime();
        List<Failure> failures = new ArrayList<>();
        int failed = 0;
        long steps = 0;
        long operations = 0;
        SortedMap<String, Integer> outcomes = new TreeMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
        try {
            List<Future<TransactionReplay.Result>> results = new ArrayList<>();
            for (int n : chosen) {
                List<TraceStep> b = behaviours.get(n);
                steps += b.size() - 1;
                results.add(pool.submit(() -> {
                    try {
                        return replay.apply(b);
                    } finally {
                        progress.replayed(done.incrementAndGet(), chosen.size());
                    }
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                TransactionReplay.Result r;
                try {
                    r = results.get(i).get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("behaviour " + (chosen.get(i) + 1) + " could not be driven: "
                            + e.getCause().getMessage(), e.getCause());
                }
                operations += r.steps().size();
                if (r.asPredicted()) {
                    for (TransactionReplay.Step s : r.steps()) {
                        outcomes.merge(s.kind() + ": " + s.engine(), 1, Integer::sum);
                    }
                } else {
                    failed++;
                    if (failures.size() < keep) {
                        failures.add(new Failure(chosen.get(i) + 1, r));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(tlc, graph.states(), graph.transitions(), behaviours.size(), chosen.size(), steps, operations,
                failures, failed, Duration.ofNanos(System.nanoTime() - start), outcomes);
    }
}
