package io.dynaspec.engine.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.CRC32;

/**
 * One thread with one selector, serving the connections assigned to it from accept to close:
 * reads, parses, answers and writes on this thread, with no hand-off on the common path. Other
 * threads reach it only through {@link #execute} (a new connection to register, the answer of a
 * request that was taken off the loop), which wakes the selector.
 */
final class EventLoop implements Runnable {
    /** Size of the buffers lent to connections that have bytes to read or write. */
    static final int BUFFER_BYTES = 16 * 1024;
    /** Free buffers kept for reuse; more are left to the collector. */
    private static final int POOLED_BUFFERS = 256;
    /**
     * Whether the loop yields its core after each pass that served a connection, so that a client
     * waiting for a core the loops keep busy reads its answer at once rather than after the loop's
     * time slice. Unpinned on two cores with wrk beside the server, it brought the p99 at 32
     * connections to 0.3–0.7 of what it was at no measurable CPU per request; with the JVM confined
     * to one core the client is on another, a yield can only hand the core to the JVM's own threads
     * (the collector's among them), and the p99 of puts was worse: so only with more than one core
     * (BENCHMARKS.md, "A loop that yields"). {@code -Ddynaspec.loop.yield=false} turns it off.
     */
    private static final boolean YIELD_AFTER_WORK = Runtime.getRuntime().availableProcessors() > 1
            && !"false".equals(System.getProperty("dynaspec.loop.yield"));

    private final int index;
    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<ByteBuffer> pool = new ArrayDeque<>();
    private final CRC32 crc = new CRC32();
    private final byte[] requestIdPrefix;
    private final DynamoDbHttpServer server;
    private long requestIds;
    /**
     * Odd while a request is answered on this loop, even between requests: a fault call waits for
     * a request that started before it to end (see {@link DynamoDbHttpServer}).
     */
    private volatile long inlineSequence;
    /** Requests answered on this loop, and requests it took off the loop; read for figures. */
    private volatile long answeredHere;
    private volatile long handedOff;
    /** Buffers lent to connections and not yet returned: zero when every connection is idle. */
    private volatile int lent;
    private volatile boolean stopping;
    /** When the acceptor, paused for want of file descriptors, tries again; 0 when not paused. */
    private long acceptResumesAt;
    private final Deadlines deadlines;
    /** Connections holding part of a request, by when its first byte came. */
    private final Deadlines.Queue arriving = new Deadlines.Queue();
    /** Connections with no request begun and nothing to write, by when they became idle. */
    private final Deadlines.Queue idle = new Deadlines.Queue();
    /** Connections closed because a request did not arrive in time, or for idling; read for figures. */
    private volatile long requestTimeouts;
    private volatile long idleTimeouts;

    EventLoop(DynamoDbHttpServer server, int index, String idPrefix, String name, Deadlines deadlines) throws IOException {
        this.server = server;
        this.deadlines = deadlines;
        this.index = index;
        this.selector = Selector.open();
        this.requestIdPrefix = (idPrefix + "-" + index + "-").getBytes(StandardCharsets.US_ASCII);
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    Selector selector() {
        return selector;
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs the task on this loop's thread, soon. */
    void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    /** Adopts an accepted connection; on this loop's thread. */
    void register(SocketChannel channel, boolean refused) {
        HttpConnection c = new HttpConnection(channel, this, server.handler(), DynamoDbHttpServer.MAX_BODY_BYTES, refused);
        try {
            c.register(channel.register(selector, SelectionKey.OP_READ, c));
        } catch (ClosedChannelException e) {
            c.close();
        }
    }

    @Override
    public void run() {
        while (!stopping) {
            try {
                long pause = acceptResumesAt == 0 ? 0 : Math.max(1, (acceptResumesAt - System.nanoTime()) / 1_000_000);
                long untilDeadline = millisToNextDeadline();
                if (untilDeadline > 0 && (pause == 0 || untilDeadline < pause)) {
                    pause = untilDeadline;
                }
                selector.select(pause);
            } catch (IOException e) {
                continue;
            }
            if (acceptResumesAt != 0 && System.nanoTime() >= acceptResumesAt) {
                acceptResumesAt = 0;
                server.resumeAccepting(this);
            }
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                try {
                    task.run();
                } catch (RuntimeException | StackOverflowError e) {
                    // A fault in one connection's work: that connection may be lost, the loop is not.
                }
            }
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            boolean served = keys.hasNext();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                if (!key.isValid()) {
                    continue;
                }
                Object a = key.attachment();
                try {
                    if (a instanceof HttpConnection c) {
                        c.onReady(key.readyOps());
                    } else {
                        server.accept(this, key);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    // As above: a fault while serving one connection closes that connection only.
                    if (a instanceof HttpConnection c) {
                        c.close();
                    }
                }
            }
            expireDeadlines();
            if (served && YIELD_AFTER_WORK) {
                Thread.yield();
            }
        }
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof HttpConnection c) {
                c.close();
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            // the loop is over either way
        }
    }

    /**
     * Puts a connection in the queue of what it now waits for, or in none: a connection holding
     * part of a request waits for the rest, under the request deadline counted from the first
     * byte of that request; one with nothing begun and nothing to write idles. A connection whose
     * request is being answered, or whose answers wait to be written, is under neither: the
     * engine, or the bound on answers held for a slow reader, is in charge of it then.
     */
    void track(HttpConnection c, boolean arrivingRequest, boolean idling, long answered) {
        Deadlines.Queue q = arrivingRequest ? arriving : idling ? idle : null;
        if (q == c.waitQueue && c.answeredWhenWaitBegan == answered) {
            // Still waiting for the same thing since the same request: the wait goes on.
            return;
        }
        if (c.waitQueue != null) {
            c.waitQueue.remove(c);
        }
        if (q != null) {
            q.add(c, deadlines.clock.getAsLong());
            c.answeredWhenWaitBegan = answered;
        }
    }

    void untrack(HttpConnection c) {
        if (c.waitQueue != null) {
            c.waitQueue.remove(c);
        }
    }

    /** Closes every connection past its deadline; on this loop's thread. */
    void expireDeadlines() {
        if (arriving.head == null && idle.head == null) {
            return;
        }
        long now = deadlines.clock.getAsLong();
        for (HttpConnection c = arriving.head; c != null && now - c.waitingSince >= deadlines.requestNanos; c = arriving.head) {
            requestTimeouts++;
            c.requestTimedOut();
            untrack(c);
        }
        for (HttpConnection c = idle.head; c != null && now - c.waitingSince >= deadlines.idleNanos; c = idle.head) {
            idleTimeouts++;
            c.close();
            untrack(c);
        }
    }

    /** How long the selector may sleep before a deadline passes: 0 when none is pending. */
    private long millisToNextDeadline() {
        if (arriving.head == null && idle.head == null) {
            return 0;
        }
        long now = deadlines.clock.getAsLong();
        long next = Long.MAX_VALUE;
        if (arriving.head != null) {
            next = arriving.head.waitingSince + deadlines.requestNanos - now;
        }
        if (idle.head != null) {
            next = Math.min(next, idle.head.waitingSince + deadlines.idleNanos - now);
        }
        // Rounded up, so that the loop wakes after the deadline rather than just before it.
        return Math.max(1, (next + 999_999) / 1_000_000);
    }

    long requestTimeouts() {
        return requestTimeouts;
    }

    long idleTimeouts() {
        return idleTimeouts;
    }

    /** Stops accepting for a moment: the process has no file descriptor left for a new socket. */
    void pauseAccepting(long millis) {
        acceptResumesAt = System.nanoTime() + millis * 1_000_000;
    }

    void stop() {
        stopping = true;
        selector.wakeup();
    }

    void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    ByteBuffer takeBuffer() {
        lent++;
        ByteBuffer b = pool.poll();
        return b != null ? b : ByteBuffer.allocate(BUFFER_BYTES);
    }

    /** Takes back a buffer from {@link #takeBuffer}, or the one a connection grew in its place. */
    void returnBuffer(ByteBuffer b) {
        lent--;
        recycle(b);
    }

    /** Keeps a buffer a connection outgrew, for another connection; the connection still holds one. */
    void recycle(ByteBuffer b) {
        if (b.capacity() == BUFFER_BYTES && pool.size() < POOLED_BUFFERS) {
            b.clear();
            pool.push(b);
        }
    }

    void connectionClosed(HttpConnection c) {
        server.connectionClosed();
    }

    byte[] requestIdPrefix() {
        return requestIdPrefix;
    }

    long nextRequestId() {
        return ++requestIds;
    }

    long crc32(byte[] body) {
        crc.reset();
        crc.update(body, 0, body.length);
        return crc.getValue();
    }

    /** Marks the start of a request answered on this loop. */
    void beginInline() {
        inlineSequence++;
    }

    /** Marks its end. */
    void endInline() {
        inlineSequence++;
        answeredHere++;
    }

    /** Marks the end of a request that started here and was then handed off. */
    void endInlineWithoutAnswer() {
        inlineSequence++;
    }

    void countHandedOff() {
        handedOff++;
    }

    long inlineSequence() {
        return inlineSequence;
    }

    int lentBuffers() {
        return lent;
    }

    long answeredHere() {
        return answeredHere;
    }

    long handedOff() {
        return handedOff;
    }

    int index() {
        return index;
    }
}
