package io.dynaspec.runner.cli;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.runner.mbt.ModelBasedTests;
import io.dynaspec.runner.replay.CounterexampleReplay;
import io.dynaspec.runner.steps.SuiteRun;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code dynaspec model-test}: the model-based tests (spec/mbt/README.md). TLC writes the complete
 * state graph of the engine's schedule of the model; behaviours covering every transition are
 * replayed on the engine, comparing states after every operation.
 */
@Command(name = "model-test", mixinStandardHelpOptions = true,
        description = {
                "Has TLC write the complete state graph of spec/mbt/EngineWritePath.tla (the engine's schedule of "
                        + "the model's steps) for a config of spec/mbt/, derives behaviours that together take every "
                        + "transition, and replays each on a fresh reference engine cluster, in process.",
                "After every engine operation the engine's state — leader, epoch, zones, each replica's log, "
                        + "joined epoch and items, acknowledged writes, status — and its reads must be the model's."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the engine followed every behaviour",
                "1:the engine left the model in some behaviour",
                "2:the graph could not be made (TLC error) or read"})
public final class ModelTestCommand implements Callable<Integer> {

    static final int FOLLOWED = 0;
    static final int DIVERGED = 1;
    static final int NOT_TESTED = 2;

    private static final Duration TIMEOUT = Duration.ofHours(2);

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "NAME", defaultValue = ModelBasedTests.DEFAULT_CONFIG,
            description = "A config of spec/mbt/ (NAME.cfg). Default: ${DEFAULT-VALUE}.")
    private String config;

    @Option(names = "--variant", paramLabel = "VARIANT", split = ",",
            description = "Engine set-ups to replay on: ${COMPLETION-CANDIDATES}. Default: all.")
    private List<ModelBasedTests.Variant> variants = new ArrayList<>();

    @Option(names = "--ack-rule", paramLabel = "RULE", defaultValue = "QUORUM",
            description = "The engine's acknowledgement rule: QUORUM, or UNSAFE_LEADER_ONLY (the mutation: "
                    + "the engine must leave the model). Default: ${DEFAULT-VALUE}.")
    private AckRule ackRule;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Replay only the first N behaviours. Default: all.")
    private int limit;

    @Option(names = "--show", paramLabel = "N", defaultValue = "1",
            description = "Print the steps of the first N behaviours the engine did not follow. Default: ${DEFAULT-VALUE}.")
    private int show;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "TLC workers, and threads replaying behaviours. Default: ${DEFAULT-VALUE}.")
    private int workers;

    @Option(names = "--spec-dir", paramLabel = "DIR",
            description = "The folder of WritePath.tla, WritePathCut.tla and mbt/. Default: spec/ of this dynaspec.")
    private Path specDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = SuiteRun.kitRoot();
        Path specFolder = specDir != null ? specDir : home.resolve("spec");
        Path work = home.resolve("target").resolve("dynaspec").resolve("model-test");
        List<ModelBasedTests.Variant> chosen = variants.isEmpty() ? List.of(ModelBasedTests.Variant.values()) : variants;
        ModelBasedTests tests = new ModelBasedTests(specFolder, work, workers, TIMEOUT, config);
        out.printf("TLC: the state graph of spec/mbt/%s.cfg ...%n", config);
        out.flush();
        List<ModelBasedTests.Report> reports = tests.run(chosen, ackRule, limit, Math.max(show, 0), p -> { }, (done, of) -> {
            // About every tenth of the way; each count is reached once.
            if (done == of || done % Math.max(1, of / 10) == 0) {
                err.printf("  replayed %,d of %,d behaviours%n", done, of);
                err.flush();
            }
        });
        ModelCheckResult tlc = reports.get(0).tlc();
        if (tlc.outcome() != Outcome.SUCCESS) {
            err.println("model-test: TLC found " + tlc.outcome().manifestName() + " (" + tlc.log() + "):");
            tlc.errors().forEach(e -> err.println("  " + e.replace("\n", "\n  ")));
            return NOT_TESTED;
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
        return followed ? FOLLOWED : DIVERGED;
    }
}
