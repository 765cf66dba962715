package io.dynaspec.engine.cluster.storage;

import java.io.Closeable;
import java.io.IOException;

/** One file of a {@link Volume}: appended to, forced, read, cut back. */
public interface StoredFile extends Closeable {

    long size() throws IOException;

    /** Appends bytes at the end; they survive a power cut only once {@link #force}d. */
    void append(byte[] bytes, int offset, int length) throws IOException;

    /** Makes everything appended so far durable (FileChannel.force). */
    void force() throws IOException;

    /** Cuts the file to a length, durably. */
    void truncate(long length) throws IOException;

    /** Reads up to {@code length} bytes at a position; returns how many, or -1 at the end. */
    int read(long position, byte[] into, int offset, int length) throws IOException;
}
