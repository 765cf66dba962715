package io.dynaspec.runner.cli;

import io.dynaspec.engine.ReferenceEngine;
import io.dynaspec.runner.bench.PutItemLoad;
import io.dynaspec.runner.steps.SuiteRun;
import io.dynaspec.runner.targets.DynaliteTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dynaspec bench}: PutItem load through the AWS SDK against one or more endpoints, one after
 * the other with the same settings, ending in a table of throughput and latency with each
 * endpoint's ratio to the first.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Drives PutItem through the AWS SDK for Java v2 against endpoints, one after the other,",
                "and prints throughput and p50 / p99 latency, with ratios to the first endpoint.",
                "An endpoint is a URL, 'reference' for an engine started in this process,",
                "or 'dynalite' for dynalite@4.0.0 installed and started by the kit."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--endpoint", required = true, description = "Endpoint URL, 'reference', 'reference-on-disk' (tables in a temporary --data-dir) or 'dynalite'; repeat to compare.")
    List<String> endpoints = new ArrayList<>();

    @Option(names = "--concurrency", defaultValue = "16", description = "Client threads (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per endpoint (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured warm-up seconds per endpoint (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--item-bytes", defaultValue = "100", description = "Approximate item size in bytes (default: ${DEFAULT-VALUE}).")
    int itemBytes;

    @Option(names = "--condition", description = "Each put carries ConditionExpression attribute_not_exists(pk).")
    boolean conditional;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of keys and values (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PutItemLoad.Settings settings = new PutItemLoad.Settings(concurrency, seconds, warmup, itemBytes, conditional, seed);
        System.out.printf("bench: PutItem%s, %d threads, %d s measured after %d s warm-up, ~%d-byte items%n",
                conditional ? " with attribute_not_exists(pk)" : "", concurrency, seconds, warmup, itemBytes);
        List<PutItemLoad.Result> results = new ArrayList<>();
        for (String e : endpoints) {
            AutoCloseable started = null;
            URI uri;
            if (e.equals("reference")) {
                ReferenceEngine engine = ReferenceEngine.start("127.0.0.1", 0);
                started = engine;
                uri = engine.endpoint();
                System.out.println("started the reference engine in this process at " + uri);
            } else if (e.equals("reference-on-disk")) {
                java.nio.file.Path data = java.nio.file.Files.createTempDirectory("dynaspec-bench-data-");
                ReferenceEngine engine = ReferenceEngine.builder().dataDir(data).start();
                started = () -> {
                    engine.close();
                    try (var walk = java.nio.file.Files.walk(data)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                };
                uri = engine.endpoint();
                System.out.println("started the reference engine in this process at " + uri + ", tables on disk in " + data);
            } else if (e.equals("dynalite")) {
                DynaliteTarget dynalite = DynaliteTarget.start(SuiteRun.inKit("dynalite").cache());
                started = dynalite;
                uri = dynalite.endpoint();
                System.out.println("started dynalite " + uri + " (kit-managed, in memory)");
            } else {
                uri = URI.create(e);
            }
            try {
                System.out.println("bench: " + e);
                PutItemLoad.Result r = PutItemLoad.run(uri, settings, System.out);
                results.add(new PutItemLoad.Result(e, r.operations(), r.errors(), r.seconds(), r.p50Micros(), r.p99Micros(), r.maxMicros()));
            } finally {
                if (started != null) {
                    started.close();
                }
            }
        }
        System.out.println();
        System.out.printf("%-40s %12s %10s %10s %10s %8s %14s %12s%n", "endpoint", "puts/s", "p50 ms", "p99 ms", "max ms", "errors",
                "throughput ×", "p99 ×");
        PutItemLoad.Result base = results.get(0);
        for (PutItemLoad.Result r : results) {
            System.out.printf("%-40s %,12.0f %10.3f %10.3f %10.3f %8d %14.2f %12.2f%n", r.endpoint(), r.throughput(),
                    r.p50Micros() / 1000.0, r.p99Micros() / 1000.0, r.maxMicros() / 1000.0, r.errors(),
                    r.throughput() / base.throughput(), (double) r.p99Micros() / Math.max(1, base.p99Micros()));
        }
        return results.stream().anyMatch(r -> r.operations() == 0) ? 1 : 0;
    }
}
