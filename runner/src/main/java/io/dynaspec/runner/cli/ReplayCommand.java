package io.dynaspec.runner.cli;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.runner.replay.CounterexampleReplay;
import io.dynaspec.runner.tlc.Counterexample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code dynaspec replay}: runs a counterexample TLC found on the reference engine, step by step,
 * to show whether the engine does what the model does (spec/trace/README.md, "Replaying a
 * counterexample").
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {
                "Drives the reference engine's cluster, in process, through the schedule of a counterexample "
                        + "written by dynaspec model-check (e.g. target/dynaspec/model-check/broken-counterexample.json): "
                        + "deliveries are held so that only the model's Replicate and CatchUp steps replicate.",
                "Prints what the engine did at each step and whether every write the model acknowledged "
                        + "is still in the engine."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the engine did what the acknowledgement rule predicts",
                "1:the engine did something else",
                "2:the counterexample could not be replayed"})
public final class ReplayCommand implements Callable<Integer> {

    static final int AS_PREDICTED = 0;
    static final int NOT_AS_PREDICTED = 1;
    static final int NOT_REPLAYED = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A counterexample, as dynaspec model-check writes it.")
    private Path file;

    @Option(names = "--ack-rule", paramLabel = "RULE", defaultValue = "QUORUM",
            description = "The engine's acknowledgement rule: QUORUM or UNSAFE_LEADER_ONLY. Default: ${DEFAULT-VALUE}.")
    private AckRule ackRule;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Counterexample counterexample;
        try {
            counterexample = Counterexample.read(file);
        } catch (IOException | IllegalArgumentException e) {
            err.println("dynaspec replay: cannot read " + file + ": " + e.getMessage());
            return NOT_REPLAYED;
        }
        CounterexampleReplay.Result result;
        try {
            result = new CounterexampleReplay(counterexample, ackRule).run();
        } catch (CounterexampleReplay.UnsupportedScheduleException | IllegalStateException e) {
            err.println("dynaspec replay: " + e.getMessage());
            return NOT_REPLAYED;
        }
        print(out, counterexample, result);
        out.flush();
        return result.asPredicted() ? AS_PREDICTED : NOT_AS_PREDICTED;
    }

    static void print(PrintWriter out, Counterexample counterexample, CounterexampleReplay.Result result) {
        out.printf("Replaying %s (%s, %s) on the engine under %s%n%n", counterexample.config(),
                counterexample.result().manifestName(), counterexample.property(), result.rule());
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
        out.println(result.verdict() + (result.asPredicted() ? "." : "; see the steps marked NO."));
    }
}
