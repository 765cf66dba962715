package io.dynaspec.engine.server;

import java.util.function.LongSupplier;

/**
 * The two deadlines every connection lives under, and the clock they are judged by: a request
 * must arrive whole within {@code requestNanos} of its first byte, and a connection with no
 * request begun and nothing to write is closed after {@code idleNanos}.
 *
 * <p>Each loop keeps its waiting connections in two queues, one per deadline, in the order they
 * began to wait. Since every connection of a queue waits for the same span, the queue's head is
 * always the first to expire: a loop judges deadlines by looking at two heads, however many
 * connections it holds, and moving a connection between queues costs a few pointer writes.
 */
final class Deadlines {
    final LongSupplier clock;
    final long requestNanos;
    final long idleNanos;

    Deadlines(LongSupplier clock, long requestNanos, long idleNanos) {
        this.clock = clock;
        this.requestNanos = requestNanos;
        this.idleNanos = idleNanos;
    }

    /** Connections waiting for the same span, in the order they began to wait; one loop's only. */
    static final class Queue {
        HttpConnection head;
        private HttpConnection tail;

        /** Appends a connection that is in no queue, waiting since {@code now}. */
        void add(HttpConnection c, long now) {
            c.waitQueue = this;
            c.waitingSince = now;
            c.waitPrev = tail;
            c.waitNext = null;
            if (tail == null) {
                head = c;
            } else {
                tail.waitNext = c;
            }
            tail = c;
        }

        void remove(HttpConnection c) {
            if (c.waitPrev == null) {
                head = c.waitNext;
            } else {
                c.waitPrev.waitNext = c.waitNext;
            }
            if (c.waitNext == null) {
                tail = c.waitPrev;
            } else {
                c.waitNext.waitPrev = c.waitPrev;
            }
            c.waitPrev = null;
            c.waitNext = null;
            c.waitQueue = null;
        }
    }
}
