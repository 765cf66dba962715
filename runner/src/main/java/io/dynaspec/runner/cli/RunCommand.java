package io.dynaspec.runner.cli;

import io.dynaspec.runner.compare.KnownDivergences;
import io.dynaspec.runner.steps.ScenarioResult;
import io.dynaspec.runner.steps.SuiteResult;
import io.dynaspec.runner.steps.SuiteRun;
import io.dynaspec.runner.targets.TargetSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dynaspec run}: the conformance suite on one target, with Cucumber's reports and a summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the conformance suite (features/) on one target.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", defaultValue = TargetSpec.DEFAULT, paramLabel = "T",
            description = "reference (default), endpoint:<url>, dynalite, dynamodb-local or aws[:region].")
    String target;

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Cucumber tag expression; default: the target's (\"not @pending-cluster\", plus areas the reference engine does not do yet).")
    String tags;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Folder for the HTML, JUnit XML and message reports; default target/dynaspec-reports/<target> in the kit.")
    Path reports;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--record-traces", paramLabel = "DIR",
            description = "Record the engine's model-level trace of each @faults scenario as DIR/<feature>--<scenario>.jsonl "
                    + "(reference target only), for dynaspec trace-check.")
    Path traces;

    @Override
    public Integer call() {
        TargetSpec targetSpec = TargetSpec.parse(target);
        SuiteRun run = threads.applyTo(SuiteRun.inKit(targetSpec.toString()));
        if (reports != null) {
            run = run.withReports(reports);
        }
        if (traces != null) {
            if (!targetSpec.kind().equals("reference")) {
                throw new ParameterException(spec.commandLine(), "--record-traces needs the reference target, which records its engine's steps");
            }
            run = run.withTraces(traces);
        }
        SuiteResult result = run.run(targetSpec, tags);
        print(result, System.out);
        if (traces != null) {
            System.out.println("  model traces of the @faults scenarios: " + traces.toAbsolutePath() + " (check them with dynaspec trace-check)");
        }
        KnownDivergences known = KnownDivergences.forKind(result.kind());
        boolean explained = result.failures().stream().allMatch(s -> known.find(s).isPresent());
        return result.unavailable().isPresent() || !explained ? 1 : 0;
    }

    /** The console summary: failures with their reason, skips grouped by reason, then the tally. */
    static void print(SuiteResult result, PrintStream out) {
        out.println();
        if (result.unavailable().isPresent()) {
            out.println(result.target() + ": skipped: " + result.unavailable().get());
            return;
        }
        out.printf("dynaspec run on %s (tags: %s)%n", result.target(), result.tags());
        KnownDivergences known = KnownDivergences.forKind(result.kind());
        for (ScenarioResult s : result.failures()) {
            String label = known.find(s).isPresent() ? "FAILED (recorded divergence of " + result.kind() + ")" : "FAILED";
            out.printf("  %s  %s  %s%n          %s%n", label, s.id(), s.name(), firstLine(s.message()));
        }
        result.scenarios().stream()
                .filter(s -> s.outcome() == ScenarioResult.Outcome.SKIPPED)
                .collect(java.util.stream.Collectors.groupingBy(s -> firstLine(s.message()),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .forEach((reason, n) -> out.printf("  skipped %d: %s%n", n, reason));
        out.printf("  reports: %s%n", result.reports().toAbsolutePath());
        out.printf("%d scenarios in %.1f s%n", result.scenarios().size(), result.duration().toMillis() / 1000.0);
        long recorded = result.failures().stream().filter(s -> known.find(s).isPresent()).count();
        if (recorded > 0) {
            out.printf("  %d of the failures are recorded divergences (divergences/%s.json)%n", recorded, result.kind());
        }
        out.println(result.tally());
    }

    static String firstLine(String text) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
