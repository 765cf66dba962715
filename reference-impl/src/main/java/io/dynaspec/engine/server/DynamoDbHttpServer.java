package io.dynaspec.engine.server;

import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.protocol.Protocol;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * HTTP/1.1 front of the engine: DynamoDB's JSON 1.0 protocol on {@code POST /}, a health line on
 * {@code GET /}, and the dynaspec admin API under {@value AdminApi#PREFIX} with the console at
 * {@value Console#PATH}, outside DynamoDB's namespace.
 *
 * <p>A few {@link EventLoop}s on non-blocking sockets, one per core unless told otherwise, with no
 * thread per connection: each connection belongs to one loop, which reads, parses, answers and
 * writes it. Chosen by measurement over one thread per connection, whose threads oversubscribed
 * the cores under many connections and lengthened the tail (BENCHMARKS.md).
 *
 * <p>A request is answered on its loop unless it may wait: while deliveries to a zone or
 * transactions are held (fault injection), a write may wait for its quorum and a transaction for
 * its release, so DynamoDB's requests are then handed to a worker thread and their answer resumes
 * on the loop. Admin calls always run on a worker ({@code await-held} waits by design). Before a
 * fault call runs, every request already being answered on a loop ends, so no request that
 * started before a hold can wait on a loop. A hold made through the Java API instead
 * ({@code cluster().scheduler().hold}) is seen by every request that starts after it.
 */
public final class DynamoDbHttpServer implements AutoCloseable {
    /**
     * Largest request body accepted: 16 MB, DynamoDB's HTTP request size limit
     * (ServiceQuotas.html, "API-specific limits": BatchWriteItem's 16 MB per request).
     */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** Connections held open at once unless told otherwise; more are answered with an error. */
    public static final int DEFAULT_MAX_CONNECTIONS = 16_384;
    /**
     * How long a request may take to arrive, from its first byte to its last, unless told
     * otherwise: a client sending a byte now and then is answered 408 and closed after it, while
     * a 16 MB body still has time at a few hundred kilobytes a second.
     */
    public static final long DEFAULT_REQUEST_TIMEOUT_MILLIS = 60_000;
    /**
     * How long a keep-alive connection may stay idle (no request begun, nothing to write) unless
     * told otherwise; then it is closed without a word, as HTTP/1.1 lets a server close an idle
     * persistent connection (RFC 9112 section 9.5). Long, so that a client's own pool normally
     * lets a connection go first: one that reuses a connection closed under it sees a connection
     * error, which the SDKs retry, but it costs a round trip.
     */
    public static final long DEFAULT_IDLE_TIMEOUT_MILLIS = 120_000;
    static final String JSON_1_0 = "application/x-amz-json-1.0";
    /** DynamoDB also takes plain JSON, and answers in the media type it was sent. */
    static final String JSON = "application/json";
    /**
     * What DynamoDB answers, with HTTP 404, to a request that is not a POST or whose body is not
     * in one of its JSON media types: the operation is never looked up and the body never read.
     */
    private static final byte[] UNKNOWN_OPERATION_404 = "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEALTH = "healthy: dynaspec reference engine".getBytes(StandardCharsets.UTF_8);
    /** How long accepting pauses when the process has no file descriptor left. */
    private static final long ACCEPT_PAUSE_MILLIS = 100;
    /** How long a fault call waits for requests already being answered on the loops. */
    private static final long QUIESCE_NANOS = 2_000_000_000L;

    /**
     * How the server runs.
     *
     * @param eventLoops           threads serving connections; 0 for one per available core
     * @param maxConnections       connections held open at once; a connection past it gets a
     *                             ServiceUnavailableException (HTTP 503, which DynamoDB's error
     *                             table marks as one to retry) and is closed
     * @param requestTimeoutMillis how long a request may take to arrive, from its first byte to
     *                             its last; past it the connection is answered 408 and closed
     * @param idleTimeoutMillis    how long a connection may wait with no request begun and no
     *                             answer to write; past it the connection is closed
     * @param clock                the time the deadlines are judged by, in nanoseconds
     *                             ({@code System::nanoTime}); tests move their own
     */
    public record Options(int eventLoops, int maxConnections, long requestTimeoutMillis, long idleTimeoutMillis,
                          LongSupplier clock) {
        public static final Options DEFAULT = new Options(0, DEFAULT_MAX_CONNECTIONS);

        public Options {
            if (eventLoops < 0 || maxConnections < 1 || requestTimeoutMillis < 1 || idleTimeoutMillis < 1 || clock == null) {
                throw new IllegalArgumentException("eventLoops >= 0, maxConnections >= 1, timeouts >= 1 ms and a clock, not "
                        + eventLoops + ", " + maxConnections + ", " + requestTimeoutMillis + ", " + idleTimeoutMillis + ", " + clock);
            }
        }

        public Options(int eventLoops, int maxConnections) {
            this(eventLoops, maxConnections, DEFAULT_REQUEST_TIMEOUT_MILLIS, DEFAULT_IDLE_TIMEOUT_MILLIS, System::nanoTime);
        }
    }

    private final ServerSocketChannel listener;
    private final Protocol protocol;
    private final AdminApi admin;
    private final Console console = new Console();
    private final EventLoop[] loops;
    private final SelectionKey acceptKey;
    /** Work that may wait: requests while holds are in force, and every admin call. */
    private final ExecutorService workers;
    private final AtomicInteger open = new AtomicInteger();
    private final int maxConnections;
    /** Admin calls being answered: while any is, DynamoDB's requests are handed off too. */
    private final AtomicInteger adminInFlight = new AtomicInteger();
    /** What every connection calls with its requests. */
    private final HttpConnection.Handler handler = new HttpConnection.Handler() {
        @Override
        public HttpResponse handle(HttpConnection connection, HttpConnection.Request request) {
            return DynamoDbHttpServer.this.handle(connection, request);
        }

        @Override
        public HttpResponse tooLarge(HttpConnection.Request head) {
            return DynamoDbHttpServer.this.tooLarge(head);
        }

        @Override
        public HttpResponse overLimit() {
            return DynamoDbHttpServer.this.overLimit();
        }
    };
    private int nextLoop;
    private volatile boolean closed;

    public DynamoDbHttpServer(String host, int port, Protocol protocol, AdminApi admin) throws IOException {
        this(host, port, protocol, admin, Options.DEFAULT);
    }

    public DynamoDbHttpServer(String host, int port, Protocol protocol, AdminApi admin, Options options) throws IOException {
        this.protocol = protocol;
        this.admin = admin;
        this.maxConnections = options.maxConnections();
        this.listener = ServerSocketChannel.open();
        listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(host), port), 1024);
        listener.configureBlocking(false);
        int n = options.eventLoops() > 0 ? options.eventLoops() : Runtime.getRuntime().availableProcessors();
        String idPrefix = Long.toHexString(System.nanoTime() & 0xffffffffL);
        this.loops = new EventLoop[n];
        Deadlines deadlines = new Deadlines(options.clock(), options.requestTimeoutMillis() * 1_000_000L,
                options.idleTimeoutMillis() * 1_000_000L);
        for (int i = 0; i < n; i++) {
            loops[i] = new EventLoop(this, i, idPrefix, "dynaspec-loop-" + port() + "-" + i, deadlines);
        }
        AtomicInteger workerCount = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dynaspec-wait-" + port() + "-" + workerCount.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.acceptKey = listener.register(loops[0].selector(), SelectionKey.OP_ACCEPT, this);
        for (EventLoop loop : loops) {
            loop.start();
        }
    }

    public int port() {
        return listener.socket().getLocalPort();
    }

    /** Where the console is served, a path on this server. */
    public static String consolePath() {
        return Console.PATH;
    }

    public String host() {
        return listener.socket().getInetAddress().getHostAddress();
    }

    /** How many event loops serve the connections. */
    public int eventLoops() {
        return loops.length;
    }

    /** Connections open now. */
    public int openConnections() {
        return open.get();
    }

    /**
     * Read and write buffers that connections hold now: a connection holds one only while it has
     * bytes to parse or to write, so idle connections hold none.
     */
    public int buffersHeld() {
        int n = 0;
        for (EventLoop l : loops) {
            n += l.lentBuffers();
        }
        return n;
    }

    /** Connections closed because a request did not arrive whole within the request timeout. */
    public long requestTimeouts() {
        long n = 0;
        for (EventLoop l : loops) {
            n += l.requestTimeouts();
        }
        return n;
    }

    /** Connections closed for idling past the idle timeout. */
    public long idleTimeouts() {
        long n = 0;
        for (EventLoop l : loops) {
            n += l.idleTimeouts();
        }
        return n;
    }

    /** DynamoDB requests answered on the event loops since the start. */
    public long requestsAnsweredOnLoops() {
        long n = 0;
        for (EventLoop l : loops) {
            n += l.answeredHere();
        }
        return n;
    }

    /** DynamoDB requests handed to a worker since the start: those that came while holds were in force. */
    public long requestsHandedOff() {
        long n = 0;
        for (EventLoop l : loops) {
            n += l.handedOff();
        }
        return n;
    }

    /**
     * Has every loop judge its connections' deadlines by the clock now, and returns once they all
     * have: with a clock of their own, tests move time and then call this, instead of sleeping.
     * The loops also judge them on their own after every wake-up and by the earliest deadline.
     */
    public void checkDeadlines() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(loops.length);
        for (EventLoop loop : loops) {
            loop.execute(() -> {
                loop.expireDeadlines();
                done.countDown();
            });
        }
        if (!done.await(QUIESCE_NANOS * 5, TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("an event loop did not answer within 10 s");
        }
    }

    /** Accepts every pending connection; on the first loop's thread. */
    void accept(EventLoop acceptor, SelectionKey key) {
        while (!closed) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                // Most likely out of file descriptors: stop asking until some are freed, rather
                // than spin on a listener that stays ready.
                key.interestOps(0);
                acceptor.pauseAccepting(ACCEPT_PAUSE_MILLIS);
                return;
            }
            if (channel == null) {
                return;
            }
            boolean refused = open.incrementAndGet() > maxConnections;
            try {
                channel.configureBlocking(false);
                // Without TCP_NODELAY a small response can wait for the client's delayed ACK.
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            } catch (IOException e) {
                open.decrementAndGet();
                closeQuietly(channel);
                continue;
            }
            EventLoop loop = loops[nextLoop];
            nextLoop = (nextLoop + 1) % loops.length;
            if (loop == acceptor) {
                loop.register(channel, refused);
            } else {
                loop.execute(() -> loop.register(channel, refused));
            }
        }
    }

    HttpConnection.Handler handler() {
        return handler;
    }

    void resumeAccepting(EventLoop acceptor) {
        if (acceptKey.isValid()) {
            acceptKey.interestOps(SelectionKey.OP_ACCEPT);
        }
    }

    void connectionClosed() {
        open.decrementAndGet();
    }

    /**
     * Answers one request on its loop, or hands it to a worker and returns null: see the class
     * comment for which.
     */
    HttpResponse handle(HttpConnection connection, HttpConnection.Request r) {
        // DynamoDB's requests, POSTs to the root, are matched first: the admin API and the
        // console cost them nothing.
        if (!"/".equals(r.path()) || !"POST".equals(r.method())) {
            if (Console.owns(r.path())) {
                return console.handle(r.method(), r.path(), r.ifNoneMatch());
            }
            if (r.path().startsWith(AdminApi.PREFIX)) {
                handOffAdmin(connection, r);
                return null;
            }
            if ("GET".equals(r.method()) && "/".equals(r.path())) {
                // A bare GET on the endpoint answers with a health line; clients use it as a ping.
                return new HttpResponse(200, "text/plain", HEALTH);
            }
        }
        String mediaType = mediaType(r.contentType());
        if (!"POST".equals(r.method()) || mediaType == null) {
            return HttpResponse.identified(404, null, UNKNOWN_OPERATION_404);
        }
        EventLoop loop = connection.loop();
        loop.beginInline();
        boolean mayWait = adminInFlight.get() > 0 || protocol.requestsMayWait();
        if (mayWait) {
            loop.endInlineWithoutAnswer();
            byte[] body = r.body();
            String target = r.target();
            loop.countHandedOff();
            workers.execute(() -> {
                Protocol.Response response = protocol.handle(target, body);
                loop.execute(() -> connection.complete(HttpResponse.identified(response.status(), mediaType, response.body())));
            });
            return null;
        }
        Protocol.Response response;
        try {
            response = protocol.handle(r.target(), r.buffer(), r.offset(), r.length());
        } finally {
            loop.endInline();
        }
        return HttpResponse.identified(response.status(), mediaType, response.body());
    }

    private void handOffAdmin(HttpConnection connection, HttpConnection.Request r) {
        EventLoop loop = connection.loop();
        byte[] body = r.body();
        String path = r.path().substring(AdminApi.PREFIX.length());
        // Reads (status, writes, items, locate) change nothing: only the other calls, which may
        // hold deliveries or transactions, divert requests and wait for the loops.
        boolean mayHold = "POST".equals(r.method()) && !path.equals("locate");
        if (mayHold) {
            adminInFlight.incrementAndGet();
        }
        workers.execute(() -> {
            HttpResponse response;
            try {
                if (mayHold) {
                    quiesceLoops();
                }
                response = admin.handle(r.method(), path, body);
            } catch (IOException | RuntimeException e) {
                response = new HttpResponse(500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
            } finally {
                if (mayHold) {
                    adminInFlight.decrementAndGet();
                }
            }
            HttpResponse answer = response;
            loop.execute(() -> connection.complete(answer));
        });
    }

    /**
     * Waits until every loop has finished the request it was answering when this admin call
     * began, if any: from then on every request sees the call in flight and is handed off, so a
     * hold the call makes cannot catch a request on a loop. Bounded, in case a request on a loop
     * waits on a hold made through the Java API.
     */
    private void quiesceLoops() {
        long deadline = System.nanoTime() + QUIESCE_NANOS;
        for (EventLoop loop : loops) {
            long seen = loop.inlineSequence();
            if ((seen & 1) == 0) {
                continue;
            }
            while (loop.inlineSequence() == seen && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                Thread.yield();
            }
        }
    }

    HttpResponse tooLarge(HttpConnection.Request head) {
        String mediaType = mediaType(head.contentType());
        if (!"POST".equals(head.method()) || !"/".equals(head.path()) || mediaType == null) {
            return new HttpResponse(413, "text/plain", "request body too large".getBytes(StandardCharsets.UTF_8));
        }
        Protocol.Response error = Protocol.error(Errors.requestTooLarge(MAX_BODY_BYTES));
        return HttpResponse.identified(error.status(), mediaType, error.body());
    }

    HttpResponse overLimit() {
        Protocol.Response error = Protocol.error(Errors.serviceUnavailable("Too many open connections: at most " + maxConnections));
        return HttpResponse.identified(error.status(), JSON_1_0, error.body());
    }

    /** The request's JSON media type, {@value #JSON_1_0} or {@value #JSON}, or null for any other. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        if (contentType == JSON_1_0 || contentType == JSON) {
            return contentType;
        }
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
        if (type.equalsIgnoreCase(JSON_1_0)) {
            return JSON_1_0;
        }
        return type.equalsIgnoreCase(JSON) ? JSON : null;
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        for (EventLoop loop : loops) {
            loop.stop();
        }
        for (EventLoop loop : loops) {
            try {
                loop.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        workers.shutdown();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing is best effort: the socket is gone either way
        }
    }
}
