package io.dynaspec.runner.cli;

import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.cluster.StreamFeed;
import io.dynaspec.runner.replay.CounterexampleReplay;
import io.dynaspec.runner.tlc.Counterexample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code dynaspec replay}: runs a counterexample TLC found on the reference engine, step by step,
 * to show whether the engine does what the model does (spec/trace/README.md, "Replaying a
 * counterexample").
 */
@Command(name = "replay",
        description = {
                "Drives the reference engine's cluster, in process, through the schedule of a counterexample "
                        + "written by dynaspec model-check (e.g. target/dynaspec/model-check/broken-counterexample.json): "
                        + "deliveries are held so that only the model's Replicate and CatchUp steps replicate.",
                "Counterexamples of dur-broken (MCDurability) run on tables kept on an in-memory volume, forced only "
                        + "at the model's Force steps, with crashes and restarts; those of str-broken (MCStreams) on a "
                        + "table with a stream, whose Publish steps are checked against the shard. Both hold elections "
                        + "until the model's ElectLeader.",
                "Prints what the engine did at each step, whether every write the model acknowledged "
                        + "is still in the engine, and (streams) whether the stream shows a write it never acknowledged."},
        exitCodeList = {
                "0:the engine did what its rules predict (a loss or an unacknowledged record under the unsafe "
                        + "rule the counterexample breaks, none under the safe one)",
                "1:the engine did something else",
                "2:the counterexample could not be replayed"})
public final class ReplayCommand extends VerdictCommand {

    @Parameters(paramLabel = "FILE", description = "A counterexample, as dynaspec model-check writes it.")
    private Path file;

    @Mixin
    private AckRuleOption ackRule;

    @Option(names = "--ack-counts", paramLabel = "COPIES", defaultValue = "DURABLE_COPIES",
            description = "Which copies count towards a write's quorum (Durability.tla's AckCounts): DURABLE_COPIES, "
                    + "or UNSAFE_IN_MEMORY_COPIES (dur-broken's variant). Default: ${DEFAULT-VALUE}.")
    private AckCounts ackCounts;

    @Option(names = "--stream-feed", paramLabel = "FEED", defaultValue = "COMMITTED",
            description = "When the stream takes a write's record (Streams.tla's StreamFeed): COMMITTED, "
                    + "or UNSAFE_LEADER_APPEND (str-broken's variant). Default: ${DEFAULT-VALUE}.")
    private StreamFeed streamFeed;

    @Override
    public Integer call() {
        Counterexample counterexample;
        try {
            counterexample = Counterexample.read(file);
        } catch (IOException | IllegalArgumentException e) {
            return notChecked("cannot read " + file + ": " + e.getMessage());
        }
        CounterexampleReplay.Result result;
        try {
            result = new CounterexampleReplay(counterexample, ackRule.rule()).withAckCounts(ackCounts)
                    .withStreamFeed(streamFeed).run();
        } catch (CounterexampleReplay.UnsupportedScheduleException | IllegalStateException e) {
            return notChecked(e.getMessage());
        }
        PrintWriter out = out();
        print(out, counterexample, result);
        out.flush();
        return result.asPredicted() ? AS_EXPECTED : NOT_AS_EXPECTED;
    }

    static void print(PrintWriter out, Counterexample counterexample, CounterexampleReplay.Result result) {
        out.printf("Replaying %s (%s, %s) on the engine under %s%n%n", counterexample.config(),
                counterexample.result().manifestName(), counterexample.property(), result.rules());
        int width = 4;
        for (CounterexampleReplay.Step s : result.steps()) {
            width = Math.max(width, s.action().length());
        }
        out.printf("%4s  %-" + width + "s  %-9s  %s%n", "step", "model", "predicted", "engine");
        for (CounterexampleReplay.Step s : result.steps()) {
            out.printf("%4d  %-" + width + "s  %-9s  %s%n", s.index(), s.action(), s.asPredicted() ? "yes" : "NO", s.engine());
        }
        out.println();
        for (CounterexampleReplay.AcknowledgedWrite w : result.acknowledged()) {
            out.printf("model-acknowledged write %d: client %s; %s the engine's log; consistent read: %s%s%n", w.id(),
                    w.client(), w.heldInLog() ? "still in" : "not in", w.readBack(), w.lost() ? " -- LOST" : "");
        }
        if (!result.modelLost().isEmpty()) {
            out.println("the model lost acknowledged write(s) " + result.modelLost());
        }
        if (!result.modelUnacknowledgedRecords().isEmpty()) {
            out.println("the model's stream shows unacknowledged write(s) " + result.modelUnacknowledgedRecords());
        }
        if (!result.engineUnacknowledgedRecords().isEmpty()) {
            out.println("the engine's stream shows unacknowledged write(s) " + result.engineUnacknowledgedRecords()
                    + " -- NEVER ACKNOWLEDGED");
        }
        out.println(result.verdict() + (result.asPredicted() ? "." : "; see the steps marked NO."));
    }
}
