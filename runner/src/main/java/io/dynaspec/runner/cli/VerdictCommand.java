package io.dynaspec.runner.cli;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.runner.steps.SuiteRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What the commands that hold the engine or the model to an expectation share (model-check,
 * trace-check, replay, model-test): the standard help options, one set of exit codes — each
 * command's help says what they mean for it — the command's output streams and folder, one way
 * of saying why nothing could be checked, and the options more than one of them takes.
 */
@Command(mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n")
abstract class VerdictCommand implements Callable<Integer> {

    /** Exit code: what the command checked is as expected. */
    static final int AS_EXPECTED = 0;
    /** Exit code: what the command checked is not as expected. */
    static final int NOT_AS_EXPECTED = 1;
    /** Exit code: nothing could be checked. */
    static final int NOT_CHECKED = 2;

    @Spec
    private CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The folder of this dynaspec: spec/, features/, target/. */
    static Path home() {
        return SuiteRun.kitRoot();
    }

    /** Where the command writes what it makes: target/dynaspec/COMMAND/ of this dynaspec. */
    Path outputFolder() {
        return home().resolve("target").resolve("dynaspec").resolve(spec.name());
    }

    /** Says on the error stream, after the command's name, why nothing could be checked. */
    int notChecked(String reason) {
        return notChecked(reason, List.of());
    }

    /** Says why nothing could be checked, with TLC's error messages (or other details) below. */
    int notChecked(String reason, List<String> details) {
        err().println(spec.qualifiedName() + ": " + reason);
        printIndented(err(), details);
        return NOT_CHECKED;
    }

    /** Prints each message indented, its own line breaks too, so that it reads as part of what precedes it. */
    static void printIndented(PrintWriter err, List<String> messages) {
        messages.forEach(m -> err.println("  " + m.replace("\n", "\n  ")));
    }

    /** {@code --ack-rule}: the engine's acknowledgement rule. */
    static final class AckRuleOption {
        @Option(names = "--ack-rule", paramLabel = "RULE", defaultValue = "QUORUM",
                description = "The engine's acknowledgement rule: QUORUM, or UNSAFE_LEADER_ONLY (the broken variant, "
                        + "which the check must catch). Default: ${DEFAULT-VALUE}.")
        private AckRule rule;

        AckRule rule() {
            return rule;
        }
    }

    /** {@code --spec-dir}: the folder of the TLA+ spec the command reads. */
    static final class SpecFolderOption {
        @Option(names = "--spec-dir", paramLabel = "DIR",
                description = "The folder of the TLA+ spec: WritePath.tla and the modules, configs and manifest "
                        + "around it, trace/ and mbt/. Default: spec/ of this dynaspec.")
        private Path folder;

        Path folder() {
            return folder != null ? folder : home().resolve("spec");
        }
    }

    /** {@code --workers}: TLC's worker threads, two unless told. */
    static final class TlcWorkersOption {
        @Option(names = "--workers", paramLabel = "N", defaultValue = "2", description = "TLC worker threads. Default: ${DEFAULT-VALUE}.")
        private int count;

        int count() {
            return count;
        }
    }
}
