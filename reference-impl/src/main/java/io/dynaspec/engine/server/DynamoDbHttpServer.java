package io.dynaspec.engine.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.protocol.Protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

/**
 * HTTP/1.1 front of the engine on the JDK's built-in server: DynamoDB's JSON 1.0 protocol on
 * {@code POST /}, and the dynaspec admin API under {@value AdminApi#PREFIX}, outside DynamoDB's
 * namespace. Chosen by measurement (BENCHMARKS.md): it starts in milliseconds, needs no
 * dependency, and its throughput on keep-alive connections is far beyond the engine's peers'.
 */
public final class DynamoDbHttpServer implements AutoCloseable {
    /**
     * Largest request body accepted: 16 MB, DynamoDB's HTTP request size limit
     * (ServiceQuotas.html, "API-specific limits": BatchWriteItem's 16 MB per request).
     */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final String JSON_1_0 = "application/x-amz-json-1.0";

    private final HttpServer http;
    private final ExecutorService workers;
    private final Protocol protocol;
    private final AtomicLong requestIds = new AtomicLong();
    private final String idPrefix = Long.toHexString(System.nanoTime() & 0xffffffffL);

    static {
        // Without TCP_NODELAY a small response waits for the client's delayed ACK: ~40 ms per call.
        // Read once by the JDK's server configuration, so it must be set before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public DynamoDbHttpServer(String host, int port, Protocol protocol, AdminApi admin, int threads) throws IOException {
        this.protocol = protocol;
        this.http = HttpServer.create(new InetSocketAddress(host, port), 1024);
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dynaspec-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(workers);
        http.createContext("/", this::handleDynamoDb);
        http.createContext(AdminApi.PREFIX, admin::handle);
        http.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String host() {
        return http.getAddress().getHostString();
    }

    private void handleDynamoDb(HttpExchange exchange) throws IOException {
        try (exchange) {
            Protocol.Response response;
            String method = exchange.getRequestMethod();
            if ("GET".equals(method) && "/".equals(exchange.getRequestURI().getPath())) {
                // DynamoDB answers a bare GET on its endpoint with a health line; clients use it as a ping.
                send(exchange, 200, "text/plain", "healthy: dynaspec reference engine".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            if (!"POST".equals(method)) {
                response = Protocol.error(Errors.unknownOperation());
            } else {
                byte[] body = readBody(exchange);
                response = body == null ? Protocol.error(Errors.requestTooLarge(MAX_BODY_BYTES))
                        : protocol.handle(exchange.getRequestHeaders().getFirst("X-Amz-Target"), body);
            }
            send(exchange, response.status(), JSON_1_0, response.body());
        }
    }

    /** The body, or null when it is larger than the cap (the rest is drained so the connection survives). */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        InputStream in = exchange.getRequestBody();
        if (declared != null) {
            long n;
            try {
                n = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n > MAX_BODY_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            if (n >= 0) {
                return in.readNBytes((int) n);
            }
        }
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            in.transferTo(OutputStream.nullOutputStream());
            return null;
        }
        return body;
    }

    private void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("x-amzn-RequestId", idPrefix + "-" + Long.toHexString(requestIds.incrementAndGet()));
        CRC32 crc = new CRC32();
        crc.update(body);
        h.set("x-amz-crc32", Long.toString(crc.getValue()));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
    }
}
