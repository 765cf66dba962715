package io.dynaspec.runner.cli;

import io.dynaspec.runner.steps.SuiteRun;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads N}, shared by the commands that run the suite: how many scenarios run at once. */
final class ThreadsOption {

    /** The command this option is part of, for its usage message. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--threads", paramLabel = "N",
            description = "Scenarios run at once (default: one per available processor). Those tagged @reference-only "
                    + "(on a target with engine internals) or @serial run alone whatever N is.")
    Integer threads;

    /** The run with this option's thread count, or the run's default when it was not given. */
    SuiteRun applyTo(SuiteRun run) {
        if (threads == null) {
            return run;
        }
        if (threads < 1) {
            throw new ParameterException(command.commandLine(), "--threads must be at least 1, not " + threads);
        }
        return run.withThreads(threads);
    }
}
