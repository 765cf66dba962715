package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

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
            g.writeStartObject();
            members.write(g);
            g.writeEndObject();
            g.flush();
            byte[] body = bytes.toByteArray();
            whole = true;
            return body;
        } finally {
            writing = false;
            if (!whole) {
                // An error thrown mid-answer (the usual way a request fails) left the generator
                // inside the object and its bytes half-written: the next answer starts afresh.
                generator = null;
            }
            bytes.empty();
        }
    }

    /** The generator's output, emptied for each answer, its buffer dropped when one answer grew it past {@link #KEPT_BYTES}. */
    private static final class Bytes extends ByteArrayOutputStream {
        static final int FIRST_BYTES = 2048;

        Bytes() {
            super(FIRST_BYTES);
        }

        void empty() {
            if (buf.length > KEPT_BYTES) {
                buf = new byte[FIRST_BYTES];
            }
            reset();
        }
    }
}
