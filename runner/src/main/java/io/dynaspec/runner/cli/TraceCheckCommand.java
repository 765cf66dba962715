package io.dynaspec.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import io.dynaspec.runner.trace.RecordedTrace;
import io.dynaspec.runner.trace.ScheduleTraces;
import io.dynaspec.runner.trace.TraceCheckResult;
import io.dynaspec.runner.trace.TraceChecker;
import io.dynaspec.runner.trace.TraceVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/**
 * {@code dynaspec trace-check}: checks traces the reference engine recorded against the TLA+
 * model, all in one TLC run (spec/TraceWritePath.tla, spec/trace/README.md); traces recorded
 * with the tables on disk, with spec/trace/TraceDurability.tla.
 */
@Command(name = "trace-check",
        description = {
                "Checks model-level traces of the reference engine (JSON Lines, as "
                        + "io.dynaspec.engine.trace.ModelTraceRecorder writes them) against the TLA+ model: "
                        + "TLC follows every trace step by step with WritePath's actions, in one run.",
                "With --schedules N, first records the traces of N seeded random fault schedules "
                        + "(the reliability test's generator) to target/dynaspec/trace-check/schedules.jsonl.",
                "Traces recorded with the tables on disk (--crashes) are followed with Durability's actions "
                        + "(spec/trace/TraceDurability.tla): forces, crashes and restarts; with --power-cuts, "
                        + "those with a power cut of the whole engine with PowerCut's too (spec/trace/TracePowerCut.tla).",
                "A rejected trace is reported with the first step the model cannot match, the engine's "
                        + "state there and the model's."},
        exitCodeList = {
                "0:every trace was accepted",
                "1:some trace was rejected",
                "2:the traces could not be checked"})
public final class TraceCheckCommand extends VerdictCommand {

    private static final Duration TIMEOUT = Duration.ofHours(2);
    private static final int SCHEDULE_STEPS = 60;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Trace files, JSON Lines.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--schedules", paramLabel = "N",
            description = "Record the traces of N seeded random fault schedules (seeds 1..N) under --ack-rule, "
                    + "and check them too.")
    private int schedules;

    @Option(names = "--transfers",
            description = "With --schedules: some steps of each schedule are transfers between accounts "
                    + "(TransactWriteItems) and snapshots of them (TransactGetItems), so that the logs also carry "
                    + "transactions' PREPARE, COMMIT and CANCEL entries.")
    private boolean transfers;

    @Option(names = "--crashes",
            description = "With --schedules: the tables on disk, and steps that force replicas' logs, crash zones "
                    + "(their replicas keep what they forced) and restart them from their files; checked with "
                    + "spec/trace/TraceDurability.tla.")
    private boolean crashes;

    @Option(names = "--power-cuts",
            description = "With --crashes: some steps also cut the power of the whole engine, which starts again "
                    + "from its replicas' files; the traces with a cut are checked with spec/trace/TracePowerCut.tla.")
    private boolean powerCuts;

    @Option(names = "--ack-counts", paramLabel = "COPIES", defaultValue = "DURABLE_COPIES",
            description = "With --crashes: which copies count towards a write's quorum, DURABLE_COPIES (default) or "
                    + "UNSAFE_IN_MEMORY_COPIES (the mutation, whose traces must be rejected).")
    private AckCounts ackCounts;

    @Mixin
    private AckRuleOption ackRule;

    @Mixin
    private TlcWorkersOption workers;

    @Mixin
    private SpecFolderOption specDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        if (powerCuts && !crashes) {
            return notChecked("--power-cuts goes with --crashes");
        }
        if (crashes && (transfers || schedules == 0)) {
            return notChecked("--crashes goes with --schedules N, without --transfers");
        }
        Path outDir = outputFolder();
        Files.createDirectories(outDir);
        List<Path> inputs = new ArrayList<>(files);
        if (schedules > 0) {
            Path recorded = outDir.resolve("schedules.jsonl");
            long started = System.nanoTime();
            ExecutorService writers = RandomFaultSchedule.writerPool();
            int lost = 0;
            try (Writer w = Files.newBufferedWriter(recorded, StandardCharsets.UTF_8)) {
                for (long seed = 1; seed <= schedules; seed++) {
                    ScheduleTraces r = powerCuts
                            ? ScheduleTraces.recordWithPowerCuts(ackCounts, seed, SCHEDULE_STEPS, writers)
                            : crashes
                            ? ScheduleTraces.recordWithCrashes(ackCounts, seed, SCHEDULE_STEPS, writers)
                            : ScheduleTraces.record(ackRule.rule(), seed, SCHEDULE_STEPS, writers, transfers);
                    r.recorder().writeJsonLines(w);
                    lost += r.lostWrite() ? 1 : 0;
                }
            } finally {
                writers.shutdownNow();
            }
            out.printf("Recorded %d schedules under %s in %d ms (%d lost an acknowledged write): %s%n", schedules,
                    crashes ? (powerCuts ? "crashes and power cuts, " : "crashes, ") + ackCounts : ackRule.rule(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), lost, recorded);
            inputs.add(recorded);
        }
        if (inputs.isEmpty()) {
            return notChecked("give trace files, or --schedules N");
        }
        List<RecordedTrace> traces = RecordedTrace.read(inputs);
        if (traces.isEmpty()) {
            return notChecked("no trace in " + inputs);
        }
        TraceCheckResult result = new TraceChecker(specDir.folder(), outDir.resolve("work"), workers.count(), TIMEOUT)
                .check(traces, p -> { });
        report(out, err, result);
        if (result.outcome() == Outcome.ERROR || !result.unjudged().isEmpty()) {
            return NOT_CHECKED;
        }
        return result.rejected().isEmpty() ? AS_EXPECTED : NOT_AS_EXPECTED;
    }

    static void report(PrintWriter out, PrintWriter err, TraceCheckResult result) {
        double minutes = Math.max(result.time().toMillis(), 1) / 60_000.0;
        out.printf(Locale.ROOT, "Traces           %d (%d steps): %d accepted, %d rejected%s%n",
                result.verdicts().size() + result.unjudged().size(), result.steps(), result.acceptedCount(),
                result.rejected().size(), result.unjudged().isEmpty() ? "" : ", " + result.unjudged().size() + " without verdict");
        out.printf(Locale.ROOT, "TLC              %s, %d run%s, %d distinct states, %.1f s (%.0f traces, %.0f steps per minute)%n",
                result.outcome().manifestName(), result.runs().size(), result.runs().size() == 1 ? "" : "s",
                result.distinctStates(), result.time().toMillis() / 1000.0, result.verdicts().size() / minutes,
                result.steps() / minutes);
        for (ModelCheckResult run : result.runs()) {
            out.printf("TLC output       %s%n", run.log());
            if (run.outcome() == Outcome.ERROR) {
                err.println("TLC could not check the traces (exit code " + run.exitCode() + "):");
                printIndented(err, run.errors());
            }
        }
        for (TraceVerdict v : result.rejected()) {
            out.println();
            out.printf("REJECTED %s at step %d, %s: %s%n", v.trace(), v.steps(), v.action(), v.reason());
            JsonNode engine = v.engine().orElseThrow();
            out.println("  engine step      " + args(engine));
            out.println("  engine after     " + engine.get("state"));
            out.println("  model before     " + v.model().orElseThrow());
            out.println("  model after      " + v.modelAfter().orElseThrow());
        }
        if (!result.unjudged().isEmpty()) {
            err.println("No verdict for: " + result.unjudged());
        }
    }

    /** The step's arguments, without the state it carries. */
    private static String args(JsonNode step) {
        ObjectNode copy = step.deepCopy();
        copy.remove("state");
        return copy.toString();
    }

}
