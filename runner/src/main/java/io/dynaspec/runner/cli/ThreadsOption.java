package io.dynaspec.runner.cli;

import io.dynaspec.runner.steps.SuiteRun;
import picocli.CommandLine.Option;

/** {@code --threads N}, shared by the commands that run the suite: how many scenarios run at once. */
final class ThreadsOption {

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
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        return run.withThreads(threads);
    }
}
