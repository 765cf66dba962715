package io.dynaspec.runner.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * dynalite, the Node.js DynamoDB emulator, installed by the kit with npm into a cache folder and
 * started in memory on a free port. Table state changes are instant
 * ({@code --createTableMs 0} and friends) so that no scenario waits for ACTIVE.
 */
public final class DynaliteTarget implements Target {

    /** The version whose behaviour {@code divergences/dynalite.json} records. */
    static final String VERSION = "4.0.0";

    private static final Pattern LISTENING = Pattern.compile("listening at: https?://[^:]+:(\\d+)");
    private static final long START_TIMEOUT_SECONDS = 30;
    private static final int START_ATTEMPTS = 3;

    private final Process process;
    private final URI endpoint;
    private final Thread shutdownHook;

    private DynaliteTarget(Process process, URI endpoint, Thread shutdownHook) {
        this.process = process;
        this.endpoint = endpoint;
        this.shutdownHook = shutdownHook;
    }

    /** Installs dynalite into {@code cacheDir} unless it is there, then starts it. */
    public static DynaliteTarget start(Path cacheDir) {
        Path home = cacheDir.resolve("dynalite-" + VERSION);
        Path cli = home.resolve("node_modules/dynalite/cli.js");
        if (!Files.isRegularFile(cli)) {
            install(home);
        }
        String node = executable("node", "dynalite");
        TargetUnavailableException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            try {
                return start(node, cli, freePort());
            } catch (TargetUnavailableException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * dynalite treats {@code --port 0} as "no port given" and falls back to 4567, so the kit asks
     * the operating system for a free port and passes it; another process may take the port
     * in between, hence a few attempts.
     */
    private static DynaliteTarget start(String node, Path cli, int port) {
        List<String> command = List.of(node, cli.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new TargetUnavailableException("dynalite: cannot start node: " + e.getMessage(), e);
        }
        Thread hook = new Thread(process::destroyForcibly, "dynalite-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            int listening = awaitPort(process);
            return new DynaliteTarget(process, URI.create("http://127.0.0.1:" + listening), hook);
        } catch (RuntimeException e) {
            stop(process, hook);
            throw e;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new TargetUnavailableException("no free port for dynalite: " + e.getMessage(), e);
        }
    }

    /** dynalite prints the port it bound once it listens: the readiness signal, no polling. */
    private static int awaitPort(Process process) {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    } else if (!port.isDone()) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IOException("dynalite exited: " + output.toString().strip()));
        }, "dynalite-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return port.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new TargetUnavailableException("dynalite did not start: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new TargetUnavailableException("dynalite did not listen within " + START_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetUnavailableException("interrupted while starting dynalite", e);
        }
    }

    /** {@code npm install dynalite@VERSION} with npm's own cache kept inside the cache folder. */
    private static void install(Path home) {
        String npm = executable("npm", "dynalite");
        List<String> command = new ArrayList<>(List.of(npm, "install", "--no-audit", "--no-fund",
                "--loglevel", "error", "--cache", home.resolve("npm-cache").toString(),
                "--prefix", home.toString(), "dynalite@" + VERSION));
        System.err.println("dynaspec: installing dynalite@" + VERSION + " into " + home);
        try {
            Files.createDirectories(home);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new TargetUnavailableException("npm install dynalite@" + VERSION + " failed: " + out.strip());
            }
        } catch (IOException e) {
            throw new TargetUnavailableException("npm install dynalite@" + VERSION + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetUnavailableException("interrupted while installing dynalite", e);
        }
    }

    /** The path of a program on PATH, or a clear message that the target needs it. */
    static String executable(String program, String target) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new TargetUnavailableException("the " + target + " target needs " + program
                + " (Node.js 20 or later with npm) on PATH, and " + program + " was not found");
    }

    /** Where the started dynalite listens. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public String name() {
        return "dynalite";
    }

    @Override
    public String kind() {
        return "dynalite";
    }

    @Override
    public DynamoDbClient connect(ExecutionInterceptor recorder) {
        return EmulatorClients.connect(endpoint, recorder);
    }

    @Override
    public void close() {
        stop(process, shutdownHook);
    }

    private static void stop(Process process, Thread hook) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Already shutting down: the hook itself stops the process.
        }
    }
}
