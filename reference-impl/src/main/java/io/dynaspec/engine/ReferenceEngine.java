package io.dynaspec.engine;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.protocol.Protocol;
import io.dynaspec.engine.server.AdminApi;
import io.dynaspec.engine.server.DynamoDbHttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.function.LongSupplier;

/**
 * The dynaspec reference engine behind an HTTP endpoint that speaks DynamoDB's JSON protocol:
 * point any AWS SDK or the AWS CLI at {@link #endpoint()}, with any credentials.
 *
 * <pre>{@code
 * try (ReferenceEngine engine = ReferenceEngine.start("127.0.0.1", 0)) {
 *     DynamoDbClient ddb = DynamoDbClient.builder().endpointOverride(engine.endpoint())...
 *     engine.cluster().faults().failAz(AvailabilityZone.A);
 * }
 * }</pre>
 */
public final class ReferenceEngine implements AutoCloseable {
    private final Cluster cluster;
    private final DynamoDbHttpServer server;

    private ReferenceEngine(Cluster cluster, DynamoDbHttpServer server) {
        this.cluster = cluster;
        this.server = server;
    }

    /** Starts an engine with the safe acknowledgement rule on host:port (port 0: any free port). */
    public static ReferenceEngine start(String host, int port) {
        return builder().host(host).port(port).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The engine's tables, replication, scheduler and faults. */
    public Cluster cluster() {
        return cluster;
    }

    public int port() {
        return server.port();
    }

    /** The endpoint URL to give clients, e.g. {@code http://127.0.0.1:8000}. */
    public URI endpoint() {
        String host = server.host();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + server.port());
    }

    /** The HTTP server: its event loops, connections and where requests were answered. */
    public DynamoDbHttpServer server() {
        return server;
    }

    /** The console's URL: the engine's partitions, replicas, faults and writes, drawn live. */
    public URI console() {
        return URI.create(endpoint() + DynamoDbHttpServer.consolePath());
    }

    /**
     * Stops serving, then forces what waits in the replicas' logs and closes the data directory
     * (when there is one).
     */
    @Override
    public void close() {
        server.close();
        cluster.closeData();
    }

    /** Options of an engine to start. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private AckRule ackRule = AckRule.QUORUM;
        private long seed = 0;
        private int eventLoops = 0;
        private int maxConnections = DynamoDbHttpServer.DEFAULT_MAX_CONNECTIONS;
        private java.nio.file.Path dataDir;
        private long requestTimeoutMillis = DynamoDbHttpServer.DEFAULT_REQUEST_TIMEOUT_MILLIS;
        private long idleTimeoutMillis = DynamoDbHttpServer.DEFAULT_IDLE_TIMEOUT_MILLIS;
        private LongSupplier serverClock = System::nanoTime;

        /** The address to bind: 127.0.0.1 unless told otherwise. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port to bind; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** When writes are acknowledged; {@link AckRule#QUORUM} unless demonstrating loss. */
        public Builder ackRule(AckRule ackRule) {
            this.ackRule = ackRule;
            return this;
        }

        /** Seeds the engine's random choices (the replica serving an eventually consistent read). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Threads serving connections; 0 (the default) for one per available core. */
        public Builder eventLoops(int eventLoops) {
            this.eventLoops = eventLoops;
            return this;
        }

        /** Connections held open at once; past it a connection is answered 503 and closed. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * How long a request may take to arrive, from its first byte to its last; past it the
         * connection is answered 408 and closed. 60 s unless told otherwise.
         */
        public Builder requestTimeoutMillis(long millis) {
            this.requestTimeoutMillis = millis;
            return this;
        }

        /** How long a keep-alive connection may idle before it is closed; 120 s unless told otherwise. */
        public Builder idleTimeoutMillis(long millis) {
            this.idleTimeoutMillis = millis;
            return this;
        }

        /**
         * The clock, in nanoseconds, by which the server judges those two timeouts:
         * {@code System::nanoTime} unless a test moves its own (then see
         * {@link DynamoDbHttpServer#checkDeadlines}).
         */
        public Builder serverClock(LongSupplier nanos) {
            this.serverClock = nanos;
            return this;
        }

        /**
         * Keeps the tables under this folder (created when missing), each replica's log forced
         * before it counts towards a write's quorum, and starts from what the folder holds. A
         * failed force stops the process (exit status 74). Without it, tables live in memory.
         */
        public Builder dataDir(java.nio.file.Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public ReferenceEngine start() {
            Cluster cluster = new Cluster(ackRule, seed);
            if (dataDir != null) {
                try {
                    cluster.openData(DataDirectory.onDisk(dataDir, failure -> Runtime.getRuntime().halt(74)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start from the data directory " + dataDir + ": " + e.getMessage(), e);
                }
            }
            try {
                return new ReferenceEngine(cluster,
                        new DynamoDbHttpServer(host, port, new Protocol(cluster), new AdminApi(cluster),
                                new DynamoDbHttpServer.Options(eventLoops, maxConnections,
                                        requestTimeoutMillis, idleTimeoutMillis, serverClock)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
            }
        }
    }
}
