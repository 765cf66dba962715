package io.dynaspec.runner.cli;

import io.dynaspec.runner.tlc.Counterexample;
import io.dynaspec.runner.tlc.CounterexampleTable;
import io.dynaspec.runner.tlc.Manifest;
import io.dynaspec.runner.tlc.ModelCheckRequest;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import io.dynaspec.runner.tlc.TlcLauncher;
import io.dynaspec.runner.tlc.TlcProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code dynaspec model-check}: checks the TLA+ model of the write path with TLC, shows its
 * progress, and compares what TLC finds with {@code spec/manifest.json}.
 */
@Command(name = "model-check",
        description = {
                "Checks the TLA+ models of the write path and of transactions (spec/) with TLC, in a child JVM "
                        + "(or, with --distributed, in TLC's own distributed mode).",
                "Shows progress while TLC runs, then a summary. When TLC finds a property violated, "
                        + "prints the counterexample as a table and writes it as JSON to "
                        + "target/dynaspec/model-check/<config>-counterexample.json."},
        exitCodeList = {
                "0:TLC found what spec/manifest.json expects of the config (for broken: the violation)",
                "1:TLC found something else",
                "2:TLC could not check the model"})
public final class ModelCheckCommand extends VerdictCommand {

    private static final String DEFAULT_MODULE = "MCWritePath";
    private static final int DEFAULT_WORKERS = 2;
    private static final Duration TIMEOUT = Duration.ofHours(12);
    private static final long TERMINAL_INTERVAL_MILLIS = 1_000;
    private static final long LOG_INTERVAL_MILLIS = 5_000;

    @Option(names = "--config", paramLabel = "NAME", defaultValue = "ci",
            description = "The config to check, spec/NAME.cfg: one of spec/manifest.json's (ci, broken, liveness, deep; "
                    + "idx-*, dur-*, tx-* and str-* for indexes, durability, transactions and streams). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String config;

    @Option(names = "--workers", paramLabel = "N",
            description = "TLC worker threads. Default: the manifest's count for the config (2; 1 for broken, "
                    + "so that where TLC stops is reproducible), or 2.")
    private Integer workers;

    @Option(names = "--distributed", paramLabel = "N",
            description = "Runs TLC's own distributed mode: a TLCServer JVM and N TLCWorker JVMs on 127.0.0.1, "
                    + "each worker with --workers threads (default 1); every JVM is stopped at the end.")
    private Integer distributed;

    @Option(names = "--simulate", paramLabel = "N",
            description = "Samples N random behaviours per worker (TLC -simulate num=N) instead of exploring "
                    + "every state: for configs beyond exhaustive reach.")
    private Integer simulate;

    @Option(names = "--depth", paramLabel = "D", defaultValue = "100",
            description = "With --simulate: the longest behaviour, in states. Default: ${DEFAULT-VALUE}.")
    private int depth;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "With --simulate: the seed of TLC's random choices. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Mixin
    private SpecFolderOption specDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        Path home = home();
        Path specFolder = specDir.folder();
        if (!Files.isRegularFile(specFolder.resolve(config + ".cfg"))) {
            return notChecked("no config " + specFolder.resolve(config + ".cfg"));
        }
        if (distributed != null && simulate != null) {
            return notChecked("--distributed and --simulate do not go together: TLC simulates in one JVM");
        }
        if (distributed != null && distributed < 1 || simulate != null && simulate < 1 || depth < 1) {
            return notChecked("--distributed, --simulate and --depth take a number of at least 1");
        }
        Manifest manifest = Manifest.read(specFolder);
        Optional<Manifest.Model> expected = manifest.model(config);
        String module = expected.map(Manifest.Model::module).orElse(DEFAULT_MODULE);
        int workerCount = workers != null ? workers
                : distributed != null ? 1 : expected.map(Manifest.Model::workers).orElse(DEFAULT_WORKERS);
        int serverWorkers = distributed == null ? 0 : distributed;
        List<String> options = simulate == null ? List.of()
                : List.of("-simulate", "num=" + simulate, "-depth", Integer.toString(depth), "-seed", Long.toString(seed));
        Path outDir = outputFolder();
        Path counterexampleFile = outDir.resolve(config + "-counterexample.json");
        Files.deleteIfExists(counterexampleFile);

        if (serverWorkers > 0) {
            out.printf("model-check %s: %s with %s.cfg, distributed: a TLCServer and %d TLCWorker JVM%s on 127.0.0.1, "
                    + "%d thread%s each%n", config, module, config, serverWorkers, serverWorkers == 1 ? "" : "s",
                    workerCount, workerCount == 1 ? "" : "s");
        } else if (simulate != null) {
            out.printf("model-check %s: %s with %s.cfg, simulation: %d behaviour%s per worker, depth %d, seed %d, "
                    + "%d worker%s%n", config, module, config, simulate, simulate == 1 ? "" : "s", depth, seed,
                    workerCount, workerCount == 1 ? "" : "s");
        } else {
            out.printf("model-check %s: %s with %s.cfg, %d worker%s%n", config, module, config, workerCount,
                    workerCount == 1 ? "" : "s");
        }
        expected.ifPresent(m -> out.println("  expected: " + expectation(m)));
        out.flush();

        ProgressPrinter progress = new ProgressPrinter(out, System.console() != null);
        ModelCheckRequest request = new ModelCheckRequest(specFolder, module, config, workerCount,
                outDir.resolve("work").resolve(config), TIMEOUT, options, serverWorkers);
        ModelCheckResult result = new TlcLauncher().run(request, progress::print);
        progress.finish();

        out.println();
        out.printf("Result           %s%s%n", result.outcome().manifestName(),
                result.property().isEmpty() ? "" : ": " + result.property() + " violated");
        if (result.outcome() != Outcome.ERROR && request.simulation()) {
            out.printf("Behaviours       %s requested (%d per worker)%s%n", count((long) simulate * workerCount),
                    simulate, result.outcome().isViolation() ? ", stopped at the violation" : "");
            out.printf("States generated %s (a simulation counts no distinct states)%n",
                    count(result.statesGenerated()));
        } else if (result.outcome() != Outcome.ERROR) {
            out.printf("Distinct states  %s (%s generated%s)%n", count(result.distinctStates()),
                    count(result.statesGenerated()),
                    result.queue() > 0 ? ", " + count(result.queue()) + " left on the queue" : "");
            out.printf("Depth            %s%n", result.depth() < 0 ? "not reported" : Integer.toString(result.depth()));
        }
        out.printf("Time             %s%n", time(result.time()));
        out.printf("TLC output       %s%n", relative(home, result.log()));

        if (result.outcome() == Outcome.ERROR) {
            out.flush();
            err().println();
            return notChecked("TLC could not check the model (exit code " + result.exitCode() + "):", result.errors());
        }
        Optional<Counterexample> counterexample = result.counterexample();
        if (counterexample.isPresent()) {
            counterexample.get().write(counterexampleFile);
            out.println();
            out.print(CounterexampleTable.render(counterexample.get()));
            out.println();
            out.println("Counterexample written to " + relative(home, counterexampleFile));
        }
        if (expected.isEmpty()) {
            out.println("Manifest         no entry for " + config);
            return result.outcome() == Outcome.SUCCESS ? AS_EXPECTED : NOT_AS_EXPECTED;
        }
        List<String> differences = manifest.differences(result);
        if (differences.isEmpty()) {
            out.println("Manifest         as expected");
            return AS_EXPECTED;
        }
        out.println("Manifest         NOT as expected:");
        differences.forEach(d -> out.println("                 " + d));
        return NOT_AS_EXPECTED;
    }

    private static String expectation(Manifest.Model m) {
        StringBuilder text = new StringBuilder(m.result().manifestName());
        m.property().ifPresent(p -> text.append(" (").append(p).append(" violated)"));
        m.distinctStates().ifPresent(n -> text.append(", ").append(count(n)).append(" distinct states"));
        if (m.result().isViolation()) {
            text.append(" with ").append(m.workers()).append(m.workers() == 1 ? " worker" : " workers");
        }
        return text.toString();
    }


    private static String relative(Path home, Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString()
                : absolute.startsWith(home) ? home.relativize(absolute).toString() : absolute.toString();
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String time(Duration d) {
        long seconds = d.toSeconds();
        return seconds < 60 ? String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)
                : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    /**
     * Prints progress: on a terminal one line rewritten every second, elsewhere (a log) one line
     * every five seconds.
     */
    private static final class ProgressPrinter {
        private final PrintWriter out;
        private final boolean terminal;
        private long lastPrinted = -1;
        private int width;

        ProgressPrinter(PrintWriter out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        void print(TlcProgress p) {
            long millis = p.elapsed().toMillis();
            long interval = terminal ? TERMINAL_INTERVAL_MILLIS : LOG_INTERVAL_MILLIS;
            if (lastPrinted >= 0 && millis - lastPrinted < interval) {
                return;
            }
            lastPrinted = millis;
            String line = String.format(Locale.ROOT, "  %6s  distinct %s  queue %s  %s states/s  depth %d",
                    time(p.elapsed()), count(p.distinctStates()), count(p.queue()), count(p.statesPerSecond()),
                    p.depth());
            if (terminal) {
                out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                width = line.length();
            } else {
                out.println(line);
            }
            out.flush();
        }

        void finish() {
            if (terminal && width > 0) {
                out.println();
            }
            out.flush();
        }
    }
}
