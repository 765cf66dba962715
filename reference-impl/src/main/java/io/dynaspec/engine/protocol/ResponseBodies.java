package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bodies of 200 answers, written on each thread by one generator into one buffer that both
 * outlive the request: a new generator and an output grown and copied per answer were a sixth of
 * the Java time of a GetItem of a 1 KB item (BENCHMARKS.md, "GetItem's fixed cost"). Each body is
 * copied out whole, so nothing of it is shared with the next answer.
 */
final class ResponseBodies {
    /** Past this the buffer is dropped after the answer, so that one large page is not kept per thread. */
    private static final int KEPT_BYTES = 64 * 1024;
    private static final ThreadLocal<ResponseBodies> OF_THREAD = ThreadLocal.withInitial(ResponseBodies::new);

    /** Writes one answer's members into the object the generator holds open. */
    @FunctionalInterface
    interface Members {
        void write(JsonGenerator out) throws IOException;
    }

    private final Bytes bytes = new Bytes();
    /** Null until first needed, and again after an answer failed halfway, leaving it inside an object. */
    private JsonGenerator generator;
    /** An answer is being written on this thread: one written meanwhile gets writers of its own. */
    private boolean writing;

    private ResponseBodies() {
    }

    /** The JSON object of the members {@code members} writes, as UTF-8 bytes. */
    static byte[] object(Members members) throws IOException {
        ResponseBodies w = OF_THREAD.get();
        return w.writing ? new ResponseBodies().write(members) : w.write(members);
    }

    private byte[] write(Members members) throws IOException {
        writing = true;
        boolean whole = false;
        try {
            JsonGenerator g = generator;
            if (g == null) {
                g = JsonTree.FACTORY.createGenerator(bytes, JsonEncoding.UTF8);
                // Answers follow one another on the one generator: nothing goes between them.
                g.setRootValueSeparator(null);
                generator = g;
            }
            bytes.count = 0;
            g.writeStartObject();
            members.write(g);
            g.writeEndObject();
            g.flush();
            byte[] body = Arrays.copyOf(bytes.buffer, bytes.count);
            whole = true;
            return body;
        } finally {
            writing = false;
            if (!whole) {
                // An error thrown mid-answer (the usual way a request fails) left the generator
                // inside the object and its bytes half-written: the next answer starts afresh.
                generator = null;
            }
            if (bytes.buffer.length > KEPT_BYTES) {
                bytes.buffer = new byte[Bytes.FIRST_BYTES];
            }
            bytes.count = 0;
        }
    }

    /** A growable byte array written to by the generator, emptied for each answer. */
    private static final class Bytes extends OutputStream {
        static final int FIRST_BYTES = 2048;
        byte[] buffer = new byte[FIRST_BYTES];
        int count;

        @Override
        public void write(int b) {
            room(1);
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            room(len);
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }

        private void room(int n) {
            if (buffer.length - count < n) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + n));
            }
        }
    }
}
