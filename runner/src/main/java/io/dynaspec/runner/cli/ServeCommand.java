package io.dynaspec.runner.cli;

import io.dynaspec.engine.ReferenceEngine;
import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Cluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dynaspec serve}: the reference engine on a port, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the reference engine behind DynamoDB's JSON protocol.",
                "Point any AWS SDK or the AWS CLI at it with --endpoint-url; any credentials work.",
                "Fault injection: ./dynaspec faults --endpoint URL fail-az a | recover-az a | hold a | release a | crash-az a | restart-az a | status",
                "The console, in a browser on the same port: /dynaspec/console"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).", defaultValue = "8000")
    int port;

    @Option(names = "--seed", description = "Seed of the engine's random choices (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    long seed;

    @Option(names = "--unsafe-ack-leader-only",
            description = "UNSAFE: acknowledge writes once the leader alone holds them, so that a leader failure loses them. For demonstrating the kit's checks only.")
    boolean unsafeLeaderOnly;

    @Option(names = "--no-smoke-check", description = "Skip the self-check over HTTP after start-up.")
    boolean noSmokeCheck;

    @Option(names = "--event-loops", description = "Threads serving connections; 0 for one per available core (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    int eventLoops;

    @Option(names = "--max-connections", description = "Connections held open at once; past it a connection is answered 503 ServiceUnavailableException (default: ${DEFAULT-VALUE}).", defaultValue = "16384")
    int maxConnections = 16_384;

    @Option(names = "--request-timeout-ms", description = "How long a request may take to arrive, first byte to last; then 408 and closed (default: ${DEFAULT-VALUE}).", defaultValue = "60000")
    long requestTimeoutMillis = 60_000;

    @Option(names = "--idle-timeout-ms", description = "How long a keep-alive connection may idle before it is closed (default: ${DEFAULT-VALUE}).", defaultValue = "120000")
    long idleTimeoutMillis = 120_000;

    @Option(names = "--data-dir", description = "Keep the tables in this folder (each replica's log forced before it counts towards a quorum) and start from what it holds; without it, in memory.")
    java.nio.file.Path dataDir;

    /**
     * The options read without picocli, whose model of a command costs about a quarter of a
     * second at start-up: null when the arguments ask for anything else (help, a mistake), which
     * picocli then answers.
     */
    static ServeCommand fromPlainArguments(String[] args) {
        ServeCommand c = new ServeCommand();
        c.host = "127.0.0.1";
        c.port = 8000;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--host" -> c.host = args[++i];
                    case "--port" -> c.port = Integer.parseInt(args[++i]);
                    case "--seed" -> c.seed = Long.parseLong(args[++i]);
                    case "--unsafe-ack-leader-only" -> c.unsafeLeaderOnly = true;
                    case "--no-smoke-check" -> c.noSmokeCheck = true;
                    case "--event-loops" -> c.eventLoops = Integer.parseInt(args[++i]);
                    case "--max-connections" -> c.maxConnections = Integer.parseInt(args[++i]);
                    case "--request-timeout-ms" -> c.requestTimeoutMillis = Long.parseLong(args[++i]);
                    case "--idle-timeout-ms" -> c.idleTimeoutMillis = Long.parseLong(args[++i]);
                    case "--data-dir" -> c.dataDir = java.nio.file.Path.of(args[++i]);
                    default -> {
                        return null;
                    }
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return c;
    }

    @Override
    public Integer call() throws Exception {
        nameJdkSelectorProvider();
        ReferenceEngine engine = ReferenceEngine.builder().host(host).port(port).seed(seed).dataDir(dataDir)
                .eventLoops(eventLoops).maxConnections(maxConnections)
                .requestTimeoutMillis(requestTimeoutMillis).idleTimeoutMillis(idleTimeoutMillis)
                .ackRule(unsafeLeaderOnly ? AckRule.UNSAFE_LEADER_ONLY : AckRule.QUORUM).start();
        long sinceMainMs = (System.nanoTime() - Dynaspec.MAIN_STARTED_NANOS) / 1_000_000;
        long jvmUptimeMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            engine.close();
            stopped.countDown();
        }));
        URI endpoint = engine.endpoint();
        System.out.println("dynaspec reference engine listening on " + endpoint + " (accepting requests " + sinceMainMs
                + " ms after main started, " + jvmUptimeMs + " ms after the JVM started; acknowledgement rule "
                + engine.cluster().ackRule() + "; " + engine.server().eventLoops() + " event loops)");
        System.out.println("console: " + engine.console() + " (partitions, replicas, zone faults and writes, live)");
        Cluster.Recovery recovery = engine.cluster().recovery();
        if (recovery != null) {
            System.out.println("data directory: " + dataDir.toAbsolutePath() + ": recovered " + recovery.tables() + " tables, "
                    + recovery.items() + " items in " + recovery.millis() + " ms");
            for (String note : recovery.notes()) {
                System.out.println("  recovery: " + note);
            }
        } else {
            System.out.println("tables in memory (--data-dir DIR keeps them on disk)");
        }
        if (unsafeLeaderOnly) {
            System.out.println("WARNING: writes are acknowledged by the leader alone; a leader failure can lose them.");
        }
        if (!noSmokeCheck) {
            System.out.println(smokeCheck(endpoint));
        }
        System.out.println("try:  aws dynamodb list-tables --endpoint-url " + endpoint);
        System.out.println("stop: Ctrl-C");
        System.out.flush();
        stopped.await();
        return 0;
    }

    /** The system property that names the selector provider the JDK uses (SelectorProvider.provider()). */
    static final String SELECTOR_PROVIDER = "java.nio.channels.spi.SelectorProvider";

    /**
     * Names the JDK's own selector provider when nothing names one, so that the server's first
     * channel does not make the JDK look for a provider in every jar on the class path (a
     * {@code ServiceLoader} that opens all of the launcher's 74 jars: about 28 ms of a start-up of
     * 150, BENCHMARKS.md, "Start-up"). The provider is the one the JDK would pick itself; a JDK without
     * it, or another system, keeps the look-up. Returns the name it set, or null.
     */
    static String nameJdkSelectorProvider() {
        if (System.getProperty(SELECTOR_PROVIDER) != null) {
            return null;
        }
        String os = System.getProperty("os.name", "");
        String name = os.startsWith("Linux") ? "sun.nio.ch.EPollSelectorProvider"
                : os.startsWith("Mac") ? "sun.nio.ch.KQueueSelectorProvider" : null;
        if (name == null) {
            return null;
        }
        try {
            Class.forName(name, false, null);
        } catch (ClassNotFoundException e) {
            return null;
        }
        System.setProperty(SELECTOR_PROVIDER, name);
        return name;
    }

    /**
     * Creates, writes, reads and deletes a scratch table through the engine's own HTTP endpoint,
     * exactly as a client would, and says what it saw.
     */
    static String smokeCheck(URI endpoint) {
        String table = "dynaspec-smoke-" + Long.toHexString(System.nanoTime());
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        try {
            call(http, endpoint, "CreateTable", "{\"TableName\":\"" + table + "\",\"AttributeDefinitions\":[{\"AttributeName\":\"LoginAlias\",\"AttributeType\":\"S\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"LoginAlias\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}");
            call(http, endpoint, "PutItem", "{\"TableName\":\"" + table + "\",\"Item\":{\"LoginAlias\":{\"S\":\"irenes\"},\"FirstName\":{\"S\":\"Irene\"}}}");
            String got = call(http, endpoint, "GetItem", "{\"TableName\":\"" + table + "\",\"Key\":{\"LoginAlias\":{\"S\":\"irenes\"}},\"ConsistentRead\":true}");
            call(http, endpoint, "DeleteTable", "{\"TableName\":\"" + table + "\"}");
            if (!got.contains("\"Irene\"")) {
                return "smoke check FAILED: GetItem returned " + got;
            }
            return "smoke check: CreateTable, PutItem, GetItem, DeleteTable over HTTP: ok ("
                    + (System.nanoTime() - t0) / 1_000_000 + " ms)";
        } catch (Exception e) {
            return "smoke check FAILED: " + e.getMessage();
        }
    }

    private static String call(HttpClient http, URI endpoint, String op, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + op)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(op + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
