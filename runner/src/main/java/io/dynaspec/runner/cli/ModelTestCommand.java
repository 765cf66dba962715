package io.dynaspec.runner.cli;

import io.dynaspec.engine.cluster.CoordinatorRecovery;
import io.dynaspec.engine.cluster.IndexFeed;
import io.dynaspec.engine.cluster.PreparedItemWrites;
import io.dynaspec.runner.mbt.IndexModelTests;
import io.dynaspec.runner.mbt.ModelBasedTests;
import io.dynaspec.runner.mbt.TransactionModelTests;
import io.dynaspec.runner.mbt.TransactionReplay;
import io.dynaspec.runner.replay.CounterexampleReplay;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code dynaspec model-test}: the model-based tests (spec/mbt/README.md). TLC writes the complete
 * state graph of the engine's schedule of the model; behaviours covering every transition are
 * replayed on the engine, comparing states after every operation.
 */
@Command(name = "model-test",
        description = {
                "Has TLC write the complete state graph of spec/mbt/EngineWritePath.tla (the engine's schedule of "
                        + "the model's steps) for a config of spec/mbt/, derives behaviours that together take every "
                        + "transition, and replays each on a fresh reference engine cluster, in process.",
                "With --model transactions, the graph of spec/mbt/EngineTransactions.tla (mbt-tx.cfg unless told): "
                        + "each behaviour is cut into engine operations (TransactWriteItems, the release of a transaction "
                        + "held between its phases, UpdateItem, TransactGetItems, FailAZ, RecoverAZ), whose answers "
                        + "(cancellation reasons included) and states must be the model's.",
                "With --model indexes, the graph of spec/mbt/EngineIndexes.tla (mbt-idx.cfg unless told): each "
                        + "behaviour is cut into engine operations (PutItem, DeleteItem, FailAZ, RecoverAZ, holding and "
                        + "releasing a global secondary index's propagation); after each, the index's contents as an "
                        + "eventually consistent Query on it shows them, its backlog and the table's replicas must be the model's.",
                "After every engine operation the engine's state — leader, epoch, zones, each replica's log, "
                        + "joined epoch and items, acknowledged writes, status — and its reads must be the model's.",
                "Behaviours are replayed on as many threads as TLC has workers."},
        exitCodeList = {
                "0:the engine followed every behaviour",
                "1:the engine left the model in some behaviour",
                "2:the graph could not be made (TLC error) or read"})
public final class ModelTestCommand extends VerdictCommand {

    private static final Duration TIMEOUT = Duration.ofHours(2);

    /** Which model's graph is driven. */
    enum Model { WRITEPATH, TRANSACTIONS, INDEXES }

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "writepath",
            converter = ModelConverter.class,
            description = "writepath (spec/mbt/EngineWritePath.tla), transactions (spec/mbt/EngineTransactions.tla) or "
                    + "indexes (spec/mbt/EngineIndexes.tla). "
                    + "Default: ${DEFAULT-VALUE}.")
    private Model model;

    @Option(names = "--config", paramLabel = "NAME",
            description = "A config of spec/mbt/ (NAME.cfg). Default: " + ModelBasedTests.DEFAULT_CONFIG + ", or "
                    + TransactionModelTests.DEFAULT_CONFIG + " with --model transactions, "
                    + IndexModelTests.DEFAULT_CONFIG + " with --model indexes.")
    private String config;

    @Option(names = "--prepared-item-writes", paramLabel = "RULE", defaultValue = "REFUSED",
            description = "With --model transactions: what the engine does with a single-item write on a prepared item, "
                    + "REFUSED or UNSAFE_ACCEPTED (the broken variant, which the tests must catch). Default: ${DEFAULT-VALUE}.")
    private PreparedItemWrites preparedItemWrites;

    @Option(names = "--coordinator-recovery", paramLabel = "RULE", defaultValue = "FROM_LEDGER",
            description = "With --model transactions: how a coordinator that takes over a failed one's transaction finishes it, "
                    + "FROM_LEDGER or UNSAFE_CANCEL_ALL (cancels even a transaction decided to commit, which the tests must "
                    + "catch with --config mbt-tx-coord). Default: ${DEFAULT-VALUE}.")
    private CoordinatorRecovery coordinatorRecovery;

    @Option(names = "--index-feed", paramLabel = "FEED", defaultValue = "COMMITTED",
            description = "With --model indexes: what the global index's propagator reads, COMMITTED or UNSAFE_LEADER_LOG "
                    + "(the model's IndexFeed \"LeaderLog\"). Default: ${DEFAULT-VALUE}.")
    private IndexFeed indexFeed;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "13",
            description = "With --model transactions or indexes and --limit: the seed that draws the N behaviours. Default: ${DEFAULT-VALUE}.")
    private long seed;

    static final class ModelConverter implements picocli.CommandLine.ITypeConverter<Model> {
        @Override
        public Model convert(String value) {
            return Model.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    @Option(names = "--variant", paramLabel = "VARIANT", split = ",",
            description = "Engine set-ups to replay on: ${COMPLETION-CANDIDATES}. Default: all.")
    private List<ModelBasedTests.Variant> variants = new ArrayList<>();

    @Mixin
    private AckRuleOption ackRule;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Replay only N behaviours: the first N, or N drawn with --seed under --model transactions or indexes. Default: all.")
    private int limit;

    @Option(names = "--show", paramLabel = "N", defaultValue = "1",
            description = "Print the steps of the first N behaviours the engine did not follow. Default: ${DEFAULT-VALUE}.")
    private int show;

    @Mixin
    private TlcWorkersOption workers;

    @Mixin
    private SpecFolderOption specDir;

    @Override
    public Integer call() throws Exception {
        if (model == Model.TRANSACTIONS || model == Model.INDEXES) {
            return operations();
        }
        if (config == null) {
            config = ModelBasedTests.DEFAULT_CONFIG;
        }
        PrintWriter out = out();
        PrintWriter err = err();
        List<ModelBasedTests.Variant> chosen = variants.isEmpty() ? List.of(ModelBasedTests.Variant.values()) : variants;
        ModelBasedTests tests = new ModelBasedTests(specDir.folder(), outputFolder(), workers.count(), TIMEOUT, config);
        out.printf("TLC: the state graph of spec/mbt/%s.cfg ...%n", config);
        out.flush();
        List<ModelBasedTests.Report> reports = tests.run(chosen, ackRule.rule(), limit, Math.max(show, 0), p -> { }, (done, of) -> {
            // About every tenth of the way; each count is reached once.
            if (done == of || done % Math.max(1, of / 10) == 0) {
                err.printf("  replayed %,d of %,d behaviours%n", done, of);
                err.flush();
            }
        });
        ModelCheckResult tlc = reports.get(0).tlc();
        if (tlc.outcome() != Outcome.SUCCESS) {
            return notChecked("TLC found " + tlc.outcome().manifestName() + " (" + tlc.log() + "):", tlc.errors());
        }
        ModelBasedTests.Report first = reports.get(0);
        out.printf(Locale.ROOT, "State graph      %,d states, %,d transitions (TLC %.1f s, every invariant and "
                        + "StepsAreCutSteps hold): %s%n", first.states(), first.transitions(), tlc.time().toMillis() / 1000.0,
                tests.graphFile());
        out.printf(Locale.ROOT, "Behaviours       %,d, taking every transition%n", first.behaviours());
        boolean followed = true;
        for (ModelBasedTests.Report r : reports) {
            double seconds = Math.max(r.replayTime().toMillis(), 1) / 1000.0;
            out.printf(Locale.ROOT, "Replayed         %s: %,d behaviours (%,d steps) in %.1f s, %,.0f steps/s: %s%n",
                    r.variant().label(),
                    r.replayed(), r.steps(), seconds, r.steps() / seconds,
                    r.failed() == 0 ? "all followed" : r.failed() + " left the model");
            followed &= r.failed() == 0;
            for (ModelBasedTests.Failure f : r.failures()) {
                out.printf("%n  behaviour %d (%s):%n", f.behaviour(), r.variant().label());
                for (CounterexampleReplay.Step s : f.result().steps()) {
                    out.printf("  %s %3d  %s -> %s%n", s.asPredicted() ? " " : "X", s.index(), s.action(), s.engine());
                }
            }
        }
        out.flush();
        return followed ? AS_EXPECTED : NOT_AS_EXPECTED;
    }

    /** The models whose behaviours are cut into engine operations: transactions and indexes. */
    private Integer operations() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        boolean indexes = model == Model.INDEXES;
        String cfg = config != null ? config : indexes ? IndexModelTests.DEFAULT_CONFIG : TransactionModelTests.DEFAULT_CONFIG;
        out.printf("TLC: the state graph of spec/mbt/%s.cfg ...%n", cfg);
        out.flush();
        ModelBasedTests.ProgressListener progress = (done, of) -> {
            if (done == of || done % Math.max(1, of / 10) == 0) {
                err.printf("  drove %,d of %,d behaviours%n", done, of);
                err.flush();
            }
        };
        ModelCheckResult tlc;
        TransactionModelTests.Report r;
        Path graph;
        if (indexes) {
            IndexModelTests tests = new IndexModelTests(specDir.folder(), outputFolder(), workers.count(), TIMEOUT, cfg);
            tlc = tests.build(p -> { });
            if (tlc.outcome() != Outcome.SUCCESS) {
                return notChecked("TLC found " + tlc.outcome().manifestName() + " (" + tlc.log() + "):", tlc.errors());
            }
            r = tests.drive(ackRule.rule(), indexFeed, limit, seed, Math.max(show, 0), progress);
            graph = tests.graphFile();
        } else {
            TransactionModelTests tests = new TransactionModelTests(specDir.folder(), outputFolder(), workers.count(), TIMEOUT, cfg);
            tlc = tests.build(p -> { });
            if (tlc.outcome() != Outcome.SUCCESS) {
                return notChecked("TLC found " + tlc.outcome().manifestName() + " (" + tlc.log() + "):", tlc.errors());
            }
            r = tests.drive(ackRule.rule(), preparedItemWrites, coordinatorRecovery, limit, seed, Math.max(show, 0), progress);
            graph = tests.graphFile();
        }
        out.printf(Locale.ROOT, "State graph      %,d states, %,d transitions (TLC %.1f s, every invariant and "
                + "%s hold): %s%n", r.states(), r.transitions(), tlc.time().toMillis() / 1000.0,
                indexes ? "StepsAreIndexSteps and IndexNeverGoesBack" : "StepsAreTransactionSteps", graph);
        out.printf(Locale.ROOT, "Behaviours       %,d, taking every transition%s%n", r.behaviours(),
                r.replayed() < r.behaviours() ? "; " + r.replayed() + " drawn with seed " + seed : "");
        double seconds = Math.max(r.replayTime().toMillis(), 1) / 1000.0;
        out.printf(Locale.ROOT, "Driven           %,d behaviours (%,d steps, %,d engine operations) in %.1f s: %s%n",
                r.replayed(), r.steps(), r.operations(), seconds,
                r.failed() == 0 ? "all followed" : r.failed() + " left the model");
        out.println("Outcomes         operations of the behaviours followed, by answer:");
        r.outcomes().forEach((what, count) -> out.printf(Locale.ROOT, "  %,9d  %s%n", count, what));
        for (TransactionModelTests.Failure f : r.failures()) {
            out.printf("%n  behaviour %d:%n", f.behaviour());
            for (TransactionReplay.Step s : f.result().steps()) {
                out.printf("  %s %3d  %s -> %s%n", s.asPredicted() ? " " : "X", s.index(), s.action(), s.engine());
            }
        }
        out.flush();
        return r.failed() == 0 && r.replayed() > 0 ? AS_EXPECTED : NOT_AS_EXPECTED;
    }
}
