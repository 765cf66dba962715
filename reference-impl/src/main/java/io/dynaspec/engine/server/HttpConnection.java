package io.dynaspec.engine.server;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One client connection, served on its own thread: HTTP/1.1 requests read and answered in
 * order, with keep-alive. A request is handled on the thread that read it — no hand-off — and a
 * write that waits for its quorum (deliveries held under test) blocks only its own connection.
 */
final class HttpConnection implements Runnable {
    /** Request line and headers together: more is refused. */
    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** What the server does with a parsed request. */
    interface Handler {
        HttpResponse handle(Request request) throws IOException;
    }

    /**
     * A request as far as the engine reads it.
     *
     * @param method the method
     * @param path   the path, without query
     * @param target      X-Amz-Target, or null
     * @param contentType Content-Type as sent, or null
     * @param body        the body, or null when it was larger than the cap
     * @param ifNoneMatch If-None-Match as sent, or null: the console's files are revalidated
     */
    record Request(String method, String path, String target, String contentType, byte[] body, String ifNoneMatch) {
    }

    private final Socket socket;
    private final Handler handler;
    private final int maxBody;
    private final byte[] head = new byte[MAX_HEAD_BYTES];

    HttpConnection(Socket socket, Handler handler, int maxBody) {
        this.socket = socket;
        this.handler = handler;
        this.maxBody = maxBody;
    }

    @Override
    public void run() {
        try (socket) {
            Input in = new Input(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            boolean keepAlive = true;
            while (keepAlive) {
                int headLength = in.readHead(head);
                if (headLength <= 0) {
                    if (headLength < 0) {
                        writeResponse(out, new HttpResponse(431, "text/plain", bytes("request head too large")), false);
                    }
                    return;
                }
                Head h = Head.parse(head, headLength);
                if (h == null) {
                    writeResponse(out, new HttpResponse(400, "text/plain", bytes("malformed HTTP request")), false);
                    return;
                }
                keepAlive = h.keepAlive;
                if (h.expectContinue) {
                    out.write(CONTINUE);
                    out.flush();
                }
                byte[] body;
                if (h.chunked) {
                    body = readChunked(in);
                } else if (h.contentLength > maxBody) {
                    drain(in, h.contentLength);
                    body = null;
                } else {
                    body = in.readNBytes((int) h.contentLength);
                    if (body.length < h.contentLength) {
                        return; // the client went away mid-body
                    }
                }
                HttpResponse response = handler.handle(new Request(h.method, h.path, h.target, h.contentType, body, h.ifNoneMatch));
                writeResponse(out, response, keepAlive);
            }
        } catch (IOException e) {
            // The client closed the connection or the server is stopping: nothing to answer.
        }
    }

    /** A chunked body (RFC 9112 section 7.1), or null past the cap. */
    private byte[] readChunked(Input in) throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        boolean tooLarge = false;
        while (true) {
            String sizeLine = readLine(in);
            int semi = sizeLine.indexOf(';');
            long size = Long.parseLong((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
            if (size == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailer fields are ignored
                }
                return tooLarge ? null : body.toByteArray();
            }
            if (tooLarge || body.size() + size > maxBody) {
                tooLarge = true;
                drain(in, size);
            } else {
                body.write(in.readNBytes((int) size));
            }
            readLine(in);
        }
    }

    private static String readLine(Input in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                b.append((char) c);
            }
            if (b.length() > 1024) {
                throw new IOException("chunk line too long");
            }
        }
        return b.toString();
    }

    private static void drain(Input in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    return;
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static void writeResponse(OutputStream out, HttpResponse r, boolean keepAlive) throws IOException {
        StringBuilder h = new StringBuilder(160);
        h.append("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
        if (r.contentType() != null) {
            h.append("Content-Type: ").append(r.contentType()).append("\r\n");
        }
        if (r.status() != 304) {
            // A 304 has no body, and its headers describe the stored response (RFC 9110 15.4.5).
            h.append("Content-Length: ").append(r.body().length).append("\r\n");
        }
        h.append(r.extraHeaders());
        if (!keepAlive) {
            h.append("Connection: close\r\n");
        }
        h.append("\r\n");
        out.write(h.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(r.body());
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The parts of a request head the engine uses. */
    private static final class Head {
        String method;
        String path;
        String target;
        String contentType;
        String ifNoneMatch;
        long contentLength;
        boolean chunked;
        boolean keepAlive;
        boolean expectContinue;

        static Head parse(byte[] buf, int length) {
            String text = new String(buf, 0, length, StandardCharsets.ISO_8859_1);
            int eol = text.indexOf("\r\n");
            String[] requestLine = text.substring(0, eol).split(" ");
            if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
                return null;
            }
            Head h = new Head();
            h.method = requestLine[0];
            String uri = requestLine[1];
            int q = uri.indexOf('?');
            h.path = q < 0 ? uri : uri.substring(0, q);
            h.keepAlive = requestLine[2].equals("HTTP/1.1");
            int pos = eol + 2;
            while (pos < length - 2) {
                int end = text.indexOf("\r\n", pos);
                int colon = text.indexOf(':', pos);
                if (colon < 0 || colon > end) {
                    return null;
                }
                String name = text.substring(pos, colon).trim();
                String value = text.substring(colon + 1, end).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    try {
                        h.contentLength = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                } else if (name.equalsIgnoreCase("X-Amz-Target")) {
                    h.target = value;
                } else if (name.equalsIgnoreCase("Content-Type")) {
                    h.contentType = value;
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    h.chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    String v = value.toLowerCase(java.util.Locale.ROOT);
                    if (v.contains("close")) {
                        h.keepAlive = false;
                    } else if (v.contains("keep-alive")) {
                        h.keepAlive = true;
                    }
                } else if (name.equalsIgnoreCase("If-None-Match")) {
                    h.ifNoneMatch = value;
                } else if (name.equalsIgnoreCase("Expect")) {
                    h.expectContinue = value.equalsIgnoreCase("100-continue");
                }
                pos = end + 2;
            }
            return h.contentLength < 0 ? null : h;
        }
    }

    /**
     * The connection's input with its own buffer: the head is scanned in the buffer rather than
     * read byte by byte through a synchronized stream, and bodies are copied out in bulk.
     */
    static final class Input {
        private final InputStream in;
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int limit;

        Input(InputStream in) {
            this.in = in;
        }

        private boolean fill() throws IOException {
            if (pos == limit) {
                pos = 0;
                limit = 0;
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n <= 0) {
                return false;
            }
            limit += n;
            return true;
        }

        /**
         * Copies the request head, up to and including the blank line, into {@code head}: its
         * length, 0 on a clean end of stream, -1 when it does not fit.
         */
        int readHead(byte[] head) throws IOException {
            int n = 0;
            while (true) {
                if (pos == limit && !fill()) {
                    return 0;
                }
                while (pos < limit) {
                    if (n == head.length) {
                        return -1;
                    }
                    byte b = buf[pos++];
                    head[n++] = b;
                    if (b == '\n' && n >= 4 && head[n - 2] == '\r' && head[n - 3] == '\n' && head[n - 4] == '\r') {
                        return n;
                    }
                }
            }
        }

        int read() throws IOException {
            if (pos == limit && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xff;
        }

        /** Exactly n bytes, or fewer when the stream ends first. */
        byte[] readNBytes(int n) throws IOException {
            byte[] out = new byte[n];
            int have = Math.min(n, limit - pos);
            System.arraycopy(buf, pos, out, 0, have);
            pos += have;
            while (have < n) {
                int r = in.read(out, have, n - have);
                if (r < 0) {
                    return java.util.Arrays.copyOf(out, have);
                }
                have += r;
            }
            return out;
        }

        long skip(long n) throws IOException {
            if (pos < limit) {
                int k = (int) Math.min(n, limit - pos);
                pos += k;
                return k;
            }
            return in.skip(n);
        }
    }
}
