package io.dynaspec.runner.cli;

import io.dynaspec.runner.compare.Comparison;
import io.dynaspec.runner.compare.ComparisonReport;
import io.dynaspec.runner.steps.SuiteResult;
import io.dynaspec.runner.steps.SuiteRun;
import io.dynaspec.runner.targets.TargetSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dynaspec compare}: the suite on two targets, and a report of where they differ. Exits
 * non-zero when a difference is not a recorded divergence.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run the suite on two targets and report, scenario by scenario, where they differ.")
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "T",
            description = "A target, given twice: reference, endpoint:<url>, dynalite, dynamodb-local or aws[:region].")
    List<String> targets;

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Cucumber tag expression for both runs; default: each target's own.")
    String tags;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Folder for the comparison and both runs' reports; default target/dynaspec-reports/compare-<A>-vs-<B> in the kit.")
    Path reports;

    @Override
    public Integer call() {
        if (targets.size() != 2) {
            throw new ParameterException(spec.commandLine(), "compare takes exactly two --target options");
        }
        TargetSpec a = TargetSpec.parse(targets.get(0));
        TargetSpec b = TargetSpec.parse(targets.get(1));
        String name = "compare-" + a + "-vs-" + b;
        Path folder = reports != null ? reports : SuiteRun.inKit(name).reports();
        SuiteResult ra = threads.applyTo(SuiteRun.inKit(a.toString())).withReports(folder.resolve("A-" + safe(a))).run(a, tags);
        RunCommand.print(ra, System.out);
        SuiteResult rb = threads.applyTo(SuiteRun.inKit(b.toString())).withReports(folder.resolve("B-" + safe(b))).run(b, tags);
        RunCommand.print(rb, System.out);
        Comparison comparison = Comparison.of(ra, rb);
        ComparisonReport report = new ComparisonReport(comparison);
        List<Path> written = report.write(folder);
        System.out.println();
        System.out.println("dynaspec compare " + a + " vs " + b + ": " + report.summary());
        comparison.rows().stream().filter(r -> r.verdict() == Comparison.Verdict.UNRECORDED)
                .forEach(r -> System.out.println("  UNRECORDED  " + r.any().id() + "  " + r.any().name()));
        written.forEach(p -> System.out.println("  report: " + p.toAbsolutePath()));
        System.out.println(comparison.passes() ? "comparison passed" : "comparison FAILED");
        return comparison.passes() ? 0 : 1;
    }

    private static String safe(TargetSpec t) {
        return t.toString().replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
