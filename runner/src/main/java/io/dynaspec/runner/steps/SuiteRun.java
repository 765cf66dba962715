package io.dynaspec.runner.steps;

import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import io.dynaspec.runner.targets.Target;
import io.dynaspec.runner.targets.TargetSpec;
import io.dynaspec.runner.targets.TargetUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs the conformance suite on one target, in this JVM, and says how every scenario ended.
 * The one entry point {@code dynaspec run}, {@code compare} and {@code check} share. Scenarios run
 * several at once ({@link ScenarioGate} lets those that see what every scenario shares run
 * alone); results and reports list them in the order of their features and lines all the same.
 *
 * @param features where the {@code .feature} files are, as Cucumber takes it: a folder, or
 *                 {@value #CLASSPATH_FEATURES} for the copies in the runner's jar
 * @param reports  folder Cucumber's HTML, JUnit XML and message reports are written to
 * @param cache    folder kit-managed installs (dynalite) are kept in between runs
 * @param traces   folder the model-level trace of each {@code @faults} scenario is recorded in
 *                 (reference target only), or empty
 * @param threads  how many scenarios run at once; those that see what every scenario shares
 *                 ({@code @reference-only}, {@code @serial}) run alone whatever the number
 */
public record SuiteRun(String features, Path reports, Path cache, Optional<Path> traces, int threads) {
    /** The features as the runner's jar carries them, for a run outside the kit's folder. */
    public static final String CLASSPATH_FEATURES = "classpath:io/dynaspec/features";

    public SuiteRun {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    public SuiteRun(Path features, Path reports, Path cache) {
        this(features.toString(), reports, cache, Optional.empty(), defaultThreads());
    }

    /** One scenario at a time per available processor: the client, the engine and Cucumber share them. */
    public static int defaultThreads() {
        return java.lang.Runtime.getRuntime().availableProcessors();
    }

    /**
     * The kit's usual folders, found from where the runner's classes live; outside the kit (the
     * jar copied elsewhere, or a dependency of another build) the features in the jar, with
     * reports and cache under the working directory.
     */
    public static SuiteRun inKit(String targetName) {
        Optional<Path> kit = findKitRoot();
        Path root = kit.orElse(Path.of("").toAbsolutePath());
        return new SuiteRun(kit.map(k -> k.resolve("features").toString()).orElse(CLASSPATH_FEATURES),
                root.resolve("target").resolve("dynaspec-reports").resolve(fileName(targetName)),
                root.resolve(".cache").resolve("dynaspec"), Optional.empty(), defaultThreads());
    }

    public SuiteRun withReports(Path folder) {
        return new SuiteRun(features, folder, cache, traces, threads);
    }

    /** Records each {@code @faults} scenario's model-level trace as {@code <feature>--<scenario>.jsonl} in the folder. */
    public SuiteRun withTraces(Path folder) {
        return new SuiteRun(features, reports, cache, Optional.of(folder), threads);
    }

    /** Runs {@code n} scenarios at once. */
    public SuiteRun withThreads(int n) {
        return new SuiteRun(features, reports, cache, traces, n);
    }

    /**
     * Starts the target, runs the scenarios {@code tags} selects (the target's default when
     * null or blank), stops the target. A target this machine cannot run yields a result with
     * no scenarios and the reason.
     */
    public SuiteResult run(TargetSpec spec, String tags) {
        long start = System.nanoTime();
        Target target;
        try {
            target = spec.open(cache);
        } catch (TargetUnavailableException e) {
            return new SuiteResult(spec.toString(), spec.kind(), String.valueOf(tags), List.of(),
                    Duration.ofNanos(System.nanoTime() - start), Optional.of(e.getMessage()), reports);
        }
        try (target) {
            SuiteResult result = run(target, tags);
            return new SuiteResult(result.target(), result.kind(), result.tags(), result.scenarios(),
                    Duration.ofNanos(System.nanoTime() - start), Optional.empty(), reports);
        }
    }

    /** Runs the suite on a target the caller started and will stop. */
    public SuiteResult run(Target target, String tags) {
        String expression = tags == null || tags.isBlank() ? target.defaultTags() : tags;
        long start = System.nanoTime();
        try {
            Files.createDirectories(reports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (SuiteSession session = new SuiteSession(target, traces)) {
            SuiteSession.install(session);
            try {
                ScenarioCollector collector = new ScenarioCollector(session);
                RuntimeOptions options = new CommandlineOptionsParser(System.out).parse(
                        "--glue", Hooks.class.getPackageName(),
                        "--tags", expression,
                        "--threads", Integer.toString(threads),
                        "--monochrome",
                        features).build();
                Runtime.builder()
                        .withRuntimeOptions(options)
                        .withClassLoader(SuiteRun.class::getClassLoader)
                        .withAdditionalPlugins(collector, new CanonicalReports(reports.toString()))
                        .build()
                        .run();
                return new SuiteResult(target.name(), target.kind(), expression, collector.results(),
                        Duration.ofNanos(System.nanoTime() - start), Optional.empty(), reports);
            } finally {
                SuiteSession.uninstall(session);
            }
        }
    }

    /** The kit's root folder: the one above {@code runner/}, holding {@code features/}; else the working directory. */
    public static Path kitRoot() {
        return findKitRoot().orElse(Path.of("").toAbsolutePath());
    }

    private static Optional<Path> findKitRoot() {
        try {
            Path here = Path.of(SuiteRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here.toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("features")) && Files.isDirectory(p.resolve("runner"))) {
                    return Optional.of(p);
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            throw new IllegalStateException("cannot locate the kit's folder", e);
        }
        return Optional.empty();
    }

    static String fileName(String targetName) {
        return targetName.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
