package io.dynaspec.engine.server;

import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.protocol.Protocol;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

/**
 * HTTP/1.1 front of the engine: DynamoDB's JSON 1.0 protocol on {@code POST /}, a health line on
 * {@code GET /}, and the dynaspec admin API under {@value AdminApi#PREFIX} with the console at
 * {@value Console#PATH}, outside DynamoDB's namespace. One thread per connection with blocking
 * sockets: clients keep a few keep-alive connections each, every request is answered on the
 * thread that read it with no hand-off, and a write that must wait for its quorum blocks only its
 * own connection. Chosen by measurement
 * over the JDK's HttpServer (BENCHMARKS.md); it needs no dependency and starts in milliseconds.
 */
public final class DynamoDbHttpServer implements AutoCloseable {
    /**
     * Largest request body accepted: 16 MB, DynamoDB's HTTP request size limit
     * (ServiceQuotas.html, "API-specific limits": BatchWriteItem's 16 MB per request).
     */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final String JSON_1_0 = "application/x-amz-json-1.0";
    /** DynamoDB also takes plain JSON, and answers in the media type it was sent. */
    private static final String JSON = "application/json";
    /**
     * What DynamoDB answers, with HTTP 404, to a request that is not a POST or whose body is not
     * in one of its JSON media types: the operation is never looked up and the body never read.
     */
    private static final byte[] UNKNOWN_OPERATION_404 = "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEALTH = "healthy: dynaspec reference engine".getBytes(StandardCharsets.UTF_8);

    private final ServerSocket listener;
    private final Protocol protocol;
    private final AdminApi admin;
    private final Console console = new Console();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong requestIds = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final String idPrefix = Long.toHexString(System.nanoTime() & 0xffffffffL);
    private final Thread acceptor;
    private volatile boolean closed;

    public DynamoDbHttpServer(String host, int port, Protocol protocol, AdminApi admin) throws IOException {
        this.protocol = protocol;
        this.admin = admin;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(host), port), 1024);
        this.acceptor = new Thread(this::accept, "dynaspec-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Where the console is served, a path on this server. */
    public static String consolePath() {
        return Console.PATH;
    }

    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    private void accept() {
        while (!closed) {
            Socket s;
            try {
                s = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            try {
                // Without TCP_NODELAY a small response can wait for the client's delayed ACK.
                s.setTcpNoDelay(true);
            } catch (SocketException e) {
                closeQuietly(s);
                continue;
            }
            open.add(s);
            Thread t = new Thread(() -> {
                try {
                    new HttpConnection(s, this::handle, MAX_BODY_BYTES).run();
                } finally {
                    open.remove(s);
                }
            }, "dynaspec-conn-" + connections.incrementAndGet());
            t.setDaemon(true);
            t.start();
        }
    }

    private HttpResponse handle(HttpConnection.Request r) throws IOException {
        // DynamoDB's requests, POSTs to the root, are matched first: the admin API and the
        // console cost them nothing.
        if (!"/".equals(r.path()) || !"POST".equals(r.method())) {
            HttpResponse other = handleOther(r);
            if (other != null) {
                return other;
            }
        }
        String mediaType = mediaType(r.contentType());
        if (!"POST".equals(r.method()) || mediaType == null) {
            return withIds(404, null, UNKNOWN_OPERATION_404);
        }
        Protocol.Response response = r.body() == null
                ? Protocol.error(Errors.requestTooLarge(MAX_BODY_BYTES))
                : protocol.handle(r.target(), r.body());
        return withIds(response.status(), mediaType, response.body());
    }

    /**
     * The console, the admin API and the health line; null for what DynamoDB's protocol
     * answers.
     */
    private HttpResponse handleOther(HttpConnection.Request r) throws IOException {
        if (Console.owns(r.path())) {
            return console.handle(r.method(), r.path(), r.ifNoneMatch());
        }
        if (r.path().startsWith(AdminApi.PREFIX)) {
            return admin.handle(r.method(), r.path().substring(AdminApi.PREFIX.length()), r.body());
        }
        if ("GET".equals(r.method()) && "/".equals(r.path())) {
            // A bare GET on the endpoint answers with a health line; clients use it as a ping.
            return new HttpResponse(200, "text/plain", HEALTH);
        }
        return null;
    }

    /** The request's JSON media type, {@value #JSON_1_0} or {@value #JSON}, or null for any other. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
        if (type.equalsIgnoreCase(JSON_1_0)) {
            return JSON_1_0;
        }
        return type.equalsIgnoreCase(JSON) ? JSON : null;
    }

    /** A response with DynamoDB's request id and the CRC32 of its body, which clients check. */
    private HttpResponse withIds(int status, String contentType, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return new HttpResponse(status, contentType, body,
                "x-amzn-RequestId: " + idPrefix + "-" + Long.toHexString(requestIds.incrementAndGet())
                        + "\r\nx-amz-crc32: " + crc.getValue() + "\r\n");
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        for (Socket s : open) {
            closeQuietly(s);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing is best effort: the socket is gone either way
        }
    }
}
