package io.dynaspec.engine.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client connection, owned by one {@link EventLoop}: HTTP/1.1 requests parsed from the
 * connection's read buffer as bytes arrive, answered in order, and written back with one write per
 * batch of pipelined requests. Everything here runs on the loop's thread.
 *
 * <p>An idle connection holds no buffer: its read and write buffers are taken from the loop's pool
 * when bytes arrive and returned once every byte is answered, so ten thousand idle keep-alive
 * connections cost their sockets and a few hundred bytes each. A request body is parsed where it
 * lies in the read buffer. A request's size is judged from its head, before its body is read: a
 * body over the cap is answered at once and skipped as it arrives, never held.
 *
 * <p>When the handler takes a request off the loop (work that may wait), the connection reads no
 * further request until {@link #complete} hands back its answer, so pipelined requests are still
 * answered in order. A client that does not read its answers stops being read once
 * {@value #MAX_PENDING_OUTPUT} bytes wait for it: it cannot make the loop hold more.
 *
 * <p>After each piece of work the connection tells its loop what it now waits for ({@link
 * Deadlines}): the rest of a request, under the request deadline counted from that request's first
 * byte, or nothing at all, under the idle deadline.
 */
final class HttpConnection {
    /** Request line and headers together: more is refused. */
    static final int MAX_HEAD_BYTES = 16 * 1024;
    /** Answers waiting for a slow reader past which no further request of it is read. */
    static final int MAX_PENDING_OUTPUT = 256 * 1024;
    private static final byte[] CONTINUE = ascii("HTTP/1.1 100 Continue\r\n\r\n");
    private static final byte[] CONTENT_TYPE = ascii("Content-Type: ");
    private static final byte[] CONTENT_LENGTH = ascii("Content-Length: ");
    private static final byte[] REQUEST_ID = ascii("x-amzn-RequestId: ");
    private static final byte[] CRC32 = ascii("\r\nx-amz-crc32: ");
    private static final byte[] CONNECTION_CLOSE = ascii("Connection: close\r\n");
    private static final byte[] CRLF = ascii("\r\n");
    /** The status line and Content-Type of the common answers, ready to copy. */
    private static final byte[] OK_JSON_1_0 = ascii("HTTP/1.1 200 OK\r\nContent-Type: " + DynamoDbHttpServer.JSON_1_0 + "\r\n");
    private static final byte[] BAD_REQUEST_JSON_1_0 = ascii("HTTP/1.1 400 Bad Request\r\nContent-Type: " + DynamoDbHttpServer.JSON_1_0 + "\r\n");

    /** What the server does with a parsed request. */
    interface Handler {
        /**
         * The answer to the request, or null when the request was taken off the loop: its answer
         * then comes through {@link #complete} on the loop's thread. The request's buffer is the
         * connection's and is valid only during the call.
         */
        HttpResponse handle(HttpConnection connection, Request request);

        /** The answer to a request whose body is larger than the cap, judged from its head. */
        HttpResponse tooLarge(Request head);

        /** The answer on a connection over the server's connection limit. */
        HttpResponse overLimit();
    }

    /**
     * A request as far as the engine reads it.
     *
     * @param method      the method
     * @param path        the path, without query
     * @param target      X-Amz-Target, or null
     * @param contentType Content-Type as sent, or null
     * @param buffer      holds the body (the connection's read buffer, or a decoded chunked body)
     * @param offset      where the body starts in {@code buffer}
     * @param length      the body's length
     * @param ifNoneMatch If-None-Match as sent, or null: the console's files are revalidated
     */
    record Request(String method, String path, String target, String contentType,
                   byte[] buffer, int offset, int length, String ifNoneMatch) {
        /** A copy of the body, for work that outlives the connection's buffer. */
        byte[] body() {
            return Arrays.copyOfRange(buffer, offset, offset + length);
        }
    }

    private final SocketChannel channel;
    private final EventLoop loop;
    private final Handler handler;
    private final int maxBody;
    private SelectionKey key;
    /** Bytes read and not yet consumed lie in [start, in.position()); null while none are held. */
    private ByteBuffer in;
    private int start;
    /** Answers not yet written lie in [0, out.position()); null while none wait. */
    private ByteBuffer out;
    /** The head of the request whose body is awaited, or null. */
    private Head head;
    /** Bytes of a refused body still to skip as they arrive. */
    private long discard;
    /** A request of this connection is being answered off the loop. */
    private boolean suspended;
    private boolean suspendedKeepAlive;
    /** Requests answered on this connection, or taken off the loop: progress, for {@link #afterWork}. */
    private long answered;
    private boolean inputEnded;
    private boolean closeAfterWrite;
    private boolean closed;
    /** Over the server's connection limit: the first request is answered with an error, then closed. */
    private final boolean refused;
    /** This connection's place in its loop's deadline queues ({@link Deadlines.Queue}). */
    Deadlines.Queue waitQueue;
    HttpConnection waitPrev;
    HttpConnection waitNext;
    long waitingSince;
    /** {@link #answered} when the current wait began: a request answered since begins a new one. */
    long answeredWhenWaitBegan;

    HttpConnection(SocketChannel channel, EventLoop loop, Handler handler, int maxBody, boolean refused) {
        this.channel = channel;
        this.loop = loop;
        this.handler = handler;
        this.maxBody = maxBody;
        this.refused = refused;
    }

    void register(SelectionKey key) {
        this.key = key;
        trackDeadline();
    }

    EventLoop loop() {
        return loop;
    }

    boolean isClosed() {
        return closed;
    }

    /** Called by the loop when the socket is ready. */
    void onReady(int readyOps) {
        if ((readyOps & SelectionKey.OP_WRITE) != 0) {
            flush();
        }
        if (!closed && (readyOps & SelectionKey.OP_READ) != 0) {
            read();
        }
        if (!closed) {
            afterWork();
        }
    }

    private void read() {
        if (suspended || pendingOutput() > MAX_PENDING_OUTPUT) {
            return;
        }
        if (in == null) {
            in = loop.takeBuffer();
            start = 0;
        }
        if (!in.hasRemaining()) {
            makeRoom(start > 0 ? in.capacity() : in.capacity() * 2);
        }
        int n;
        try {
            n = channel.read(in);
        } catch (IOException e) {
            close();
            return;
        }
        if (n < 0) {
            // The client sent all it will: answer what is complete, then close.
            inputEnded = true;
            closeAfterWrite = true;
        }
        process();
    }

    /** Answers every complete request in the buffer, in order, until one is taken off the loop. */
    private void process() {
        while (!suspended && !closed && in != null) {
            if (closeAfterWrite && !inputEnded) {
                break;
            }
            if (pendingOutput() > MAX_PENDING_OUTPUT) {
                break;
            }
            byte[] b = in.array();
            int end = in.position();
            if (discard > 0) {
                int k = (int) Math.min(discard, end - start);
                start += k;
                discard -= k;
                if (discard > 0) {
                    break;
                }
                continue;
            }
            if (head == null) {
                int headEnd = headEnd(b, start, end);
                if (headEnd < 0) {
                    if (end - start >= MAX_HEAD_BYTES) {
                        answerAndClose(new HttpResponse(431, "text/plain", ascii("request head too large")));
                    } else if (start + MAX_HEAD_BYTES > in.capacity()) {
                        makeRoom(MAX_HEAD_BYTES);
                    }
                    break;
                }
                Head h = Head.parse(b, start, headEnd);
                if (h == null) {
                    answerAndClose(new HttpResponse(400, "text/plain", ascii("malformed HTTP request")));
                    break;
                }
                start = headEnd;
                if (refused) {
                    answerAndClose(handler.overLimit());
                    break;
                }
                if (h.contentLength > maxBody) {
                    HttpResponse r = handler.tooLarge(h.request(null, 0, 0));
                    if (h.expectContinue || !h.keepAlive) {
                        // The client waits for our word before sending the body: it will not come.
                        answerAndClose(r);
                        break;
                    }
                    append(r, true);
                    discard = h.contentLength;
                    continue;
                }
                head = h;
            }
            Head h = head;
            Request request;
            if (h.chunked) {
                Chunked body = Chunked.decode(b, start, in.position(), maxBody);
                if (body == null) {
                    if (in.position() - start >= maxBody + MAX_HEAD_BYTES) {
                        // Its framing alone would not fit the largest buffer.
                        answerAndClose(handler.tooLarge(h.request(null, 0, 0)));
                        break;
                    }
                    sendContinueOnce(h);
                    break;
                }
                if (body.tooLarge) {
                    answerAndClose(handler.tooLarge(h.request(null, 0, 0)));
                    break;
                }
                start += body.consumed;
                request = h.request(body.bytes, 0, body.bytes.length);
            } else {
                int length = (int) h.contentLength;
                if (end - start < length) {
                    if (in.capacity() - start < length) {
                        makeRoom(length);
                    }
                    sendContinueOnce(h);
                    break;
                }
                request = h.request(b, start, length);
                start += length;
            }
            head = null;
            answered++;
            HttpResponse response = handler.handle(this, request);
            if (response == null) {
                suspended = true;
                suspendedKeepAlive = h.keepAlive;
                break;
            }
            append(response, h.keepAlive);
            if (!h.keepAlive) {
                closeAfterWrite = true;
                inputEnded = false;
                break;
            }
        }
        if (in != null && start == in.position() && head == null) {
            loop.returnBuffer(in);
            in = null;
            start = 0;
        }
    }

    /** The answer of a request taken off the loop; runs on the loop's thread. */
    void complete(HttpResponse response) {
        if (closed) {
            return;
        }
        suspended = false;
        append(response, suspendedKeepAlive);
        if (!suspendedKeepAlive) {
            closeAfterWrite = true;
            inputEnded = false;
        } else {
            process();
        }
        afterWork();
    }

    /**
     * Writes what waits, answers requests that were held back while answers piled up for a slow
     * reader, then asks the selector for what the connection needs next.
     */
    private void afterWork() {
        flush();
        while (!closed && mayAnswerMore()) {
            long before = answered;
            process();
            flush();
            if (answered == before) {
                break;
            }
        }
        if (closed) {
            return;
        }
        if (closeAfterWrite && pendingOutput() == 0 && !suspended) {
            close();
            return;
        }
        int ops = 0;
        if (pendingOutput() > 0) {
            ops |= SelectionKey.OP_WRITE;
        }
        if (!suspended && !inputEnded && !closeAfterWrite && pendingOutput() <= MAX_PENDING_OUTPUT) {
            ops |= SelectionKey.OP_READ;
        }
        if (key.interestOps() != ops) {
            key.interestOps(ops);
        }
        trackDeadline();
    }

    /** Tells the loop what this connection waits for now (see {@link EventLoop#track}). */
    private void trackDeadline() {
        if (suspended || pendingOutput() > 0 || closeAfterWrite) {
            loop.track(this, false, false, answered);
        } else if (in != null || head != null || discard > 0) {
            loop.track(this, true, false, answered);
        } else {
            loop.track(this, false, true, answered);
        }
    }

    /**
     * The request being received did not arrive whole in time: answered 408 (RFC 9110 section
     * 15.5.9, a server closing a connection it waited on too long) as far as the socket takes it
     * at once, then closed, whatever the client still sends.
     */
    void requestTimedOut() {
        if (closed) {
            return;
        }
        discard = 0;
        head = null;
        append(new HttpResponse(408, "text/plain", ascii("request not received in time")), false);
        flush();
        close();
    }

    /** Whether bytes already read may hold a request that can be answered now. */
    private boolean mayAnswerMore() {
        return in != null && in.position() > start && !suspended && pendingOutput() <= MAX_PENDING_OUTPUT
                && (!closeAfterWrite || inputEnded);
    }

    private void sendContinueOnce(Head h) {
        if (h.expectContinue && !h.continued) {
            h.continued = true;
            putOut(CONTINUE, 0, CONTINUE.length);
        }
    }

    private void answerAndClose(HttpResponse r) {
        append(r, false);
        closeAfterWrite = true;
        inputEnded = false;
        discard = 0;
        head = null;
    }

    private int pendingOutput() {
        return out == null ? 0 : out.position();
    }

    private void flush() {
        if (out == null || closed) {
            return;
        }
        out.flip();
        try {
            channel.write(out);
        } catch (IOException e) {
            close();
            return;
        }
        if (out.hasRemaining()) {
            out.compact();
        } else {
            loop.returnBuffer(out);
            out = null;
        }
    }

    /**
     * Moves unconsumed bytes to the front of the read buffer and grows it to hold at least
     * {@code needed} bytes from the front.
     */
    private void makeRoom(int needed) {
        int held = in.position() - start;
        byte[] b = in.array();
        if (needed <= b.length) {
            System.arraycopy(b, start, b, 0, held);
            in.position(held);
        } else {
            ByteBuffer bigger = ByteBuffer.allocate(Math.min(Math.max(needed, b.length * 2), maxBody + 2 * MAX_HEAD_BYTES));
            bigger.put(b, start, held);
            loop.recycle(in);
            in = bigger;
        }
        start = 0;
    }

    /** Appends one answer to the output. */
    private void append(HttpResponse r, boolean keepAlive) {
        byte[] body = r.body();
        if (r.identified() && r.status() == 200 && r.contentType() == DynamoDbHttpServer.JSON_1_0) {
            putOut(OK_JSON_1_0, 0, OK_JSON_1_0.length);
        } else if (r.identified() && r.status() == 400 && r.contentType() == DynamoDbHttpServer.JSON_1_0) {
            putOut(BAD_REQUEST_JSON_1_0, 0, BAD_REQUEST_JSON_1_0.length);
        } else {
            putAscii("HTTP/1.1 " + r.status() + " " + reason(r.status()) + "\r\n");
            if (r.contentType() != null) {
                putOut(CONTENT_TYPE, 0, CONTENT_TYPE.length);
                putAscii(r.contentType());
                putOut(CRLF, 0, 2);
            }
        }
        if (r.status() != 304) {
            // A 304 has no body, and its headers describe the stored response (RFC 9110 15.4.5).
            putOut(CONTENT_LENGTH, 0, CONTENT_LENGTH.length);
            putDecimal(body.length);
            putOut(CRLF, 0, 2);
        }
        if (!r.extraHeaders().isEmpty()) {
            putAscii(r.extraHeaders());
        }
        if (r.identified()) {
            putOut(REQUEST_ID, 0, REQUEST_ID.length);
            byte[] prefix = loop.requestIdPrefix();
            putOut(prefix, 0, prefix.length);
            putHex(loop.nextRequestId());
            putOut(CRC32, 0, CRC32.length);
            putDecimal(loop.crc32(body));
            putOut(CRLF, 0, 2);
        }
        if (!keepAlive) {
            putOut(CONNECTION_CLOSE, 0, CONNECTION_CLOSE.length);
        }
        putOut(CRLF, 0, 2);
        putOut(body, 0, body.length);
    }

    private void ensureOut(int n) {
        if (out == null) {
            out = loop.takeBuffer();
        }
        if (out.remaining() < n) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(out.capacity() * 2, out.position() + n));
            out.flip();
            bigger.put(out);
            loop.recycle(out);
            out = bigger;
        }
    }

    private void putOut(byte[] b, int off, int len) {
        ensureOut(len);
        out.put(b, off, len);
    }

    private void putAscii(String s) {
        ensureOut(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.put((byte) s.charAt(i));
        }
    }

    private void putDecimal(long v) {
        ensureOut(20);
        if (v == 0) {
            out.put((byte) '0');
            return;
        }
        byte[] b = out.array();
        int digits = 0;
        for (long x = v; x > 0; x /= 10) {
            digits++;
        }
        int p = out.position() + digits;
        for (long x = v; x > 0; x /= 10) {
            b[--p] = (byte) ('0' + x % 10);
        }
        out.position(out.position() + digits);
    }

    private void putHex(long v) {
        ensureOut(16);
        int digits = Math.max(1, (64 - Long.numberOfLeadingZeros(v) + 3) / 4);
        for (int i = digits - 1; i >= 0; i--) {
            out.put((byte) Character.forDigit((int) (v >>> (i * 4)) & 0xf, 16));
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        loop.untrack(this);
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing is best effort: the socket is gone either way
        }
        if (in != null) {
            loop.returnBuffer(in);
            in = null;
        }
        if (out != null) {
            loop.returnBuffer(out);
            out = null;
        }
        loop.connectionClosed(this);
    }

    /** The end of the request head (the index after its blank line) in [from, to), or -1. */
    static int headEnd(byte[] b, int from, int to) {
        for (int i = from + 3; i < to; i++) {
            if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Payload Too Large";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The parts of a request head the engine uses, read from its bytes. */
    static final class Head {
        String method;
        String path;
        String target;
        String contentType;
        String ifNoneMatch;
        long contentLength;
        boolean chunked;
        boolean keepAlive;
        boolean expectContinue;
        boolean continued;

        Request request(byte[] buffer, int offset, int length) {
            return new Request(method, path, target, contentType, buffer, offset, length, ifNoneMatch);
        }

        /** The head in b[from, to), which ends with its blank line; null when malformed. */
        static Head parse(byte[] b, int from, int to) {
            int eol = indexOf(b, from, to, (byte) '\r');
            int sp1 = indexOf(b, from, eol, (byte) ' ');
            int sp2 = sp1 < 0 ? -1 : indexOf(b, sp1 + 1, eol, (byte) ' ');
            if (sp1 <= from || sp2 < 0 || indexOf(b, sp2 + 1, eol, (byte) ' ') >= 0
                    || !startsWith(b, sp2 + 1, eol, "HTTP/1.")) {
                return null;
            }
            Head h = new Head();
            h.method = Tokens.method(b, from, sp1);
            int q = indexOf(b, sp1 + 1, sp2, (byte) '?');
            h.path = Tokens.path(b, sp1 + 1, q < 0 ? sp2 : q);
            h.keepAlive = eol - (sp2 + 1) == 8 && b[eol - 1] == '1';
            int pos = eol + 2;
            while (pos < to - 2) {
                int end = indexOf(b, pos, to, (byte) '\r');
                int colon = indexOf(b, pos, end, (byte) ':');
                if (colon <= pos) {
                    return null;
                }
                int vs = colon + 1;
                int ve = end;
                while (vs < ve && (b[vs] == ' ' || b[vs] == '\t')) {
                    vs++;
                }
                while (ve > vs && (b[ve - 1] == ' ' || b[ve - 1] == '\t')) {
                    ve--;
                }
                int ne = colon;
                while (ne > pos && (b[ne - 1] == ' ' || b[ne - 1] == '\t')) {
                    ne--;
                }
                if (!h.header(b, pos, ne, vs, ve)) {
                    return null;
                }
                pos = end + 2;
            }
            return h;
        }

        /** Takes one header field; false when its value is malformed. */
        private boolean header(byte[] b, int ns, int ne, int vs, int ve) {
            switch (ne - ns) {
                case 14 -> {
                    if (nameIs(b, ns, "content-length")) {
                        if (vs == ve || !allDigits(b, vs, ve)) {
                            return false;
                        }
                        long n = 0;
                        for (int i = vs; i < ve && n <= Integer.MAX_VALUE; i++) {
                            n = n * 10 + (b[i] - '0');
                        }
                        // Anything past 2^31 is far over the cap: its exact size does not matter.
                        contentLength = n;
                    }
                }
                case 12 -> {
                    if (nameIs(b, ns, "x-amz-target")) {
                        target = Tokens.target(b, vs, ve);
                    } else if (nameIs(b, ns, "content-type")) {
                        contentType = Tokens.contentType(b, vs, ve);
                    }
                }
                case 17 -> {
                    if (nameIs(b, ns, "transfer-encoding")) {
                        chunked = containsIgnoreCase(b, vs, ve, "chunked");
                    }
                }
                case 10 -> {
                    if (nameIs(b, ns, "connection")) {
                        if (containsIgnoreCase(b, vs, ve, "close")) {
                            keepAlive = false;
                        } else if (containsIgnoreCase(b, vs, ve, "keep-alive")) {
                            keepAlive = true;
                        }
                    }
                }
                case 13 -> {
                    if (nameIs(b, ns, "if-none-match")) {
                        ifNoneMatch = new String(b, vs, ve - vs, StandardCharsets.ISO_8859_1);
                    }
                }
                case 6 -> {
                    if (nameIs(b, ns, "expect")) {
                        expectContinue = ve - vs == 12 && containsIgnoreCase(b, vs, ve, "100-continue");
                    }
                }
                default -> {
                    // a header the engine does not read
                }
            }
            return true;
        }

        private static boolean allDigits(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (b[i] < '0' || b[i] > '9') {
                    return false;
                }
            }
            return true;
        }

        /** Whether the name at b[from] is {@code lower}, ignoring ASCII case. */
        private static boolean nameIs(byte[] b, int from, String lower) {
            for (int i = 0; i < lower.length(); i++) {
                int c = b[from + i];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != lower.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean containsIgnoreCase(byte[] b, int from, int to, String lower) {
            outer:
            for (int i = from; i + lower.length() <= to; i++) {
                for (int j = 0; j < lower.length(); j++) {
                    int c = b[i + j];
                    if (c >= 'A' && c <= 'Z') {
                        c += 'a' - 'A';
                    }
                    if (c != lower.charAt(j)) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        private static boolean startsWith(byte[] b, int from, int to, String prefix) {
            if (to - from < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (b[from + i] != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private static int indexOf(byte[] b, int from, int to, byte x) {
            for (int i = from; i < to; i++) {
                if (b[i] == x) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The strings a request head repeats on every request — method, path, target, content type —
     * shared rather than decoded again when the bytes are the usual ones.
     */
    static final class Tokens {
        private static final String[] METHODS = {"POST", "GET", "PUT", "DELETE", "HEAD", "OPTIONS"};
        private static final String[] CONTENT_TYPES = {DynamoDbHttpServer.JSON_1_0, DynamoDbHttpServer.JSON};
        /** Targets seen, by their text; small and bounded (DynamoDB's operations). */
        private static final ConcurrentHashMap<String, String> TARGETS = new ConcurrentHashMap<>();
        private static final int MAX_TARGETS = 256;

        private Tokens() {
        }

        static String method(byte[] b, int from, int to) {
            for (String m : METHODS) {
                if (same(b, from, to, m)) {
                    return m;
                }
            }
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }

        static String path(byte[] b, int from, int to) {
            return to - from == 1 && b[from] == '/' ? "/" : new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }

        static String contentType(byte[] b, int from, int to) {
            for (String t : CONTENT_TYPES) {
                if (same(b, from, to, t)) {
                    return t;
                }
            }
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }

        static String target(byte[] b, int from, int to) {
            String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
            String known = TARGETS.get(s);
            if (known != null) {
                return known;
            }
            if (TARGETS.size() < MAX_TARGETS) {
                TARGETS.putIfAbsent(s, s);
            }
            return s;
        }

        private static boolean same(byte[] b, int from, int to, String s) {
            if (to - from != s.length()) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (b[from + i] != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A chunked body (RFC 9112 section 7.1) decoded once all of it has arrived. */
    static final class Chunked {
        final byte[] bytes;
        final int consumed;
        final boolean tooLarge;

        private Chunked(byte[] bytes, int consumed, boolean tooLarge) {
            this.bytes = bytes;
            this.consumed = consumed;
            this.tooLarge = tooLarge;
        }

        /** The body in b[from, to), or null while it is incomplete. */
        static Chunked decode(byte[] b, int from, int to, int max) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int pos = from;
            while (true) {
                int eol = lineEnd(b, pos, to);
                if (eol < 0) {
                    return null;
                }
                long size = 0;
                int i = pos;
                for (; i < eol - 1 && b[i] != ';'; i++) {
                    int d = Character.digit(b[i], 16);
                    if (d < 0) {
                        if (b[i] == ' ' || b[i] == '\t') {
                            continue;
                        }
                        return new Chunked(null, 0, true);
                    }
                    size = size * 16 + d;
                    if (size > max) {
                        return new Chunked(null, 0, true);
                    }
                }
                pos = eol + 1;
                if (size == 0) {
                    // trailer fields, ignored, up to the blank line
                    while (true) {
                        int t = lineEnd(b, pos, to);
                        if (t < 0) {
                            return null;
                        }
                        boolean blank = t == pos + 1;
                        pos = t + 1;
                        if (blank) {
                            return new Chunked(body.toByteArray(), pos - from, false);
                        }
                    }
                }
                if (body.size() + size > max) {
                    return new Chunked(null, 0, true);
                }
                if (to - pos < size + 2) {
                    return null;
                }
                body.write(b, pos, (int) size);
                pos += (int) size + 2;
            }
        }

        /** The index of the '\n' ending the line at pos, or -1. */
        private static int lineEnd(byte[] b, int pos, int to) {
            for (int i = pos; i < to; i++) {
                if (b[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }
}
