package io.dynaspec.runner.cli;

import io.dynaspec.runner.compare.KnownDivergences;
import io.dynaspec.runner.steps.SuiteResult;
import io.dynaspec.runner.steps.SuiteRun;
import io.dynaspec.runner.targets.TargetSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code dynaspec check}: the main job. Model-checks the TLA+ spec's {@code ci} config with TLC,
 * then runs the whole conformance suite on the embedded reference engine, and ends in one
 * summary: the model and the engine, checked in one go.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"The main job: model-check the TLA+ spec's ci config with TLC, then run the whole",
                "conformance suite (features/) on the embedded reference engine; one summary at the end."})
public final class CheckCommand implements Callable<Integer> {
    @Option(names = "--config", defaultValue = "ci", description = "The TLC config to check (default: ${DEFAULT-VALUE}).")
    String config;

    @Option(names = "--skip-model", description = "Run the suite only.")
    boolean skipModel;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        int model = -1;
        if (!skipModel) {
            System.out.println("== 1/2 model: TLC on spec/" + config + ".cfg");
            model = new CommandLine(new ModelCheckCommand()).execute("--config", config);
            System.out.println();
        }
        System.out.println("== " + (skipModel ? "1/1" : "2/2") + " conformance suite on the reference engine");
        TargetSpec reference = TargetSpec.parse(TargetSpec.DEFAULT);
        SuiteResult suite = threads.applyTo(SuiteRun.inKit(reference.toString())).run(reference, null);
        RunCommand.print(suite, System.out);
        KnownDivergences known = KnownDivergences.forKind(suite.kind());
        boolean suiteOk = suite.unavailable().isEmpty() && suite.failures().stream().allMatch(s -> known.find(s).isPresent());

        System.out.println();
        System.out.println("== dynaspec check");
        if (!skipModel) {
            System.out.println("  model  spec/" + config + ".cfg: " + (model == VerdictCommand.AS_EXPECTED ? "as the manifest expects"
                    : model == VerdictCommand.NOT_AS_EXPECTED ? "NOT as the manifest expects" : "TLC could not check it"));
        }
        System.out.println("  suite  reference engine: " + suite.tally());
        boolean ok = (skipModel || model == VerdictCommand.AS_EXPECTED) && suiteOk;
        System.out.printf("  result %s (%.1f s)%n", ok ? "OK" : "FAILED", (System.nanoTime() - t0) / 1e9);
        return ok ? 0 : 1;
    }
}
