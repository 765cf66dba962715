package io.dynaspec.runner.mbt;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.IndexFeed;
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
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model-based tests of global secondary index propagation: TLC writes the complete state graph of
 * {@code spec/mbt/EngineIndexes.tla} (the engine's schedule of {@code spec/Indexes.tla}'s steps)
 * for a config of {@code spec/mbt/} ({@code mbt-idx.cfg}); behaviours covering every transition
 * are derived ({@link StateGraph#transitionCover()}); all of them, or a seeded sample, are driven
 * on fresh engine clusters ({@link IndexReplay}), which must answer as the model does and reach
 * its state, the index's contents included, after every engine operation.
 */
public final class IndexModelTests {

    static final String MODULE = "EngineIndexes";
    public static final String DEFAULT_CONFIG = "mbt-idx";

    private final Path specDir;
    private final Path workDir;
    private final int workers;
    private final Duration timeout;
    private final String config;

    private ModelCheckResult tlc;
    private StateGraph graph;
    private List<List<TraceStep>> behaviours = List.of();

    /** @param config a config of {@code spec/mbt/}, by name ({@code mbt-idx} for {@code mbt-idx.cfg}) */
    public IndexModelTests(Path specDir, Path workDir, int workers, Duration timeout, String config) {
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

    /**
     * Has TLC write the graph (the model's invariants, StepsAreIndexSteps and IndexNeverGoesBack
     * checked on the way), reads it and covers its transitions.
     */
    public ModelCheckResult build(Consumer<TlcProgress> tlcProgress) throws IOException, InterruptedException {
        tlc = StateGraph.dump(specDir, workDir, MODULE, config,
                List.of(specDir.resolve("WritePath.tla"), specDir.resolve("Indexes.tla")), workers, timeout, graphFile(),
                tlcProgress);
        if (tlc.outcome() == Outcome.SUCCESS && Files.isRegularFile(graphFile())) {
            graph = StateGraph.read(graphFile());
            behaviours = graph.transitionCover();
        }
        return tlc;
    }

    /** The config's index key values (its Value set), which the replay queries the index for. */
    List<String> values() throws IOException {
        String cfg = Files.readString(specDir.resolve("mbt").resolve(config + ".cfg"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^\\s*Value\\s*=\\s*\\{([^}]*)}").matcher(cfg);
        if (!m.find()) {
            throw new IOException(config + ".cfg gives no Value");
        }
        List<String> values = new ArrayList<>();
        for (String v : m.group(1).split(",")) {
            values.add(v.trim());
        }
        return values;
    }

    /**
     * Drives the behaviours of the last {@link #build} on fresh engines.
     *
     * @param rule  the engine's acknowledgement rule
     * @param feed  what the engine's index propagator reads
     * @param limit drive at most this many behaviours (all when {@code <= 0}), drawn with {@code seed}
     * @param keep  keep at most this many failures
     */
    public TransactionModelTests.Report drive(AckRule rule, IndexFeed feed, int limit, long seed, int keep,
                                              ModelBasedTests.ProgressListener progress)
            throws IOException, InterruptedException {
        if (graph == null) {
            return new TransactionModelTests.Report(tlc, 0, 0, 0, 0, 0, 0, List.of(), 0, Duration.ZERO, new TreeMap<>());
        }
        List<String> values = values();
        return TransactionModelTests.driveAll(tlc, graph, behaviours, workers, limit, seed, keep,
                b -> new IndexReplay(b, rule, feed, values).run(), progress);
    }
}
