package io.dynaspec.engine.cluster.storage;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The framing of every file the storage writes: each record is its payload's length (4 bytes),
 * the CRC32C of the payload (4 bytes), then the payload. Reading back tells a torn tail (the last
 * record cut short by a power cut, or zeros where the file grew) from damage in the middle (a
 * record that fails its check with more data after it), as etcd's write-ahead log does.
 */
public final class Records {
    /** The length and checksum before each payload. */
    public static final int HEADER_BYTES = 8;
    /** No record is larger: a log entry holds at most two 400 KB items. */
    public static final int MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

    private Records() {
    }

    /** How a file's records end. */
    public enum Ending {
        /** Every byte belongs to a whole record that passes its check. */
        CLEAN,
        /** The last record is cut short or fails its check, with nothing after it: cut off. */
        TORN_TAIL,
        /** A record in the middle fails its check: the file cannot be trusted past it. */
        DAMAGED
    }

    /**
     * What reading a file found.
     *
     * @param validLength the bytes of whole, checked records from the start
     * @param records     how many records they hold
     * @param ending      how the file ends after them
     */
    public record Scan(long validLength, long records, Ending ending) {
    }

    /** Framed records waiting to be written: appended to, then handed to a file whole. */
    public static final class Batch {
        private byte[] buf = new byte[4096];
        private int length;
        private final CRC32C crc = new CRC32C();

        /** Appends one record holding the encoder's bytes. */
        public void add(Encoder payload) {
            add(payload.buffer(), payload.length());
        }

        /** Appends one record holding the first {@code n} bytes of the array. */
        public void add(byte[] payload, int n) {
            if (n > MAX_PAYLOAD_BYTES) {
                throw new IllegalArgumentException("record of " + n + " bytes exceeds " + MAX_PAYLOAD_BYTES);
            }
            if (length + HEADER_BYTES + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + HEADER_BYTES + n));
            }
            crc.reset();
            crc.update(payload, 0, n);
            putInt(buf, length, n);
            putInt(buf, length + 4, (int) crc.getValue());
            System.arraycopy(payload, 0, buf, length + HEADER_BYTES, n);
            length += HEADER_BYTES + n;
        }

        public int length() {
            return length;
        }

        public boolean isEmpty() {
            return length == 0;
        }

        public void clear() {
            length = 0;
            if (buf.length > 1 << 20) {
                buf = new byte[4096];
            }
        }

        /** Appends the whole batch to the file (not forced). */
        public void writeTo(StoredFile file) throws IOException {
            if (length > 0) {
                file.append(buf, 0, length);
            }
        }
    }

    /**
     * Reads the file's records in order, handing each whole, checked payload to the consumer, and
     * stops at the first that is cut short or fails its check.
     */
    public static Scan read(StoredFile file, Consumer<byte[]> consumer) throws IOException {
        Window w = new Window(file);
        long size = file.size();
        long pos = 0;
        long count = 0;
        byte[] header = new byte[HEADER_BYTES];
        CRC32C crc = new CRC32C();
        while (true) {
            if (pos == size) {
                return new Scan(pos, count, Ending.CLEAN);
            }
            if (size - pos < HEADER_BYTES) {
                return new Scan(pos, count, Ending.TORN_TAIL);
            }
            w.read(pos, header, HEADER_BYTES);
            int length = getInt(header, 0);
            int check = getInt(header, 4);
            if (length <= 0 || length > MAX_PAYLOAD_BYTES) {
                return new Scan(pos, count, zerosFrom(file, pos, size) ? Ending.TORN_TAIL : Ending.DAMAGED);
            }
            long end = pos + HEADER_BYTES + length;
            if (end > size) {
                return new Scan(pos, count, Ending.TORN_TAIL);
            }
            byte[] payload = new byte[length];
            w.read(pos + HEADER_BYTES, payload, length);
            crc.reset();
            crc.update(payload, 0, length);
            if ((int) crc.getValue() != check) {
                return new Scan(pos, count, end == size ? Ending.TORN_TAIL : Ending.DAMAGED);
            }
            consumer.accept(payload);
            count++;
            pos = end;
        }
    }

    /** Reads through a window of the file, so that small records cost no system call each. */
    private static final class Window {
        private final StoredFile file;
        private final byte[] buf = new byte[1 << 20];
        private long start;
        private int length;

        Window(StoredFile file) {
            this.file = file;
        }

        void read(long pos, byte[] into, int n) throws IOException {
            if (n > buf.length) {
                readFully(file, pos, into, n);
                return;
            }
            if (pos < start || pos + n > start + length) {
                start = pos;
                length = 0;
                while (length < n) {
                    int got = file.read(start + length, buf, length, buf.length - length);
                    if (got < 0) {
                        throw new IOException("file ended while reading");
                    }
                    length += got;
                }
            }
            System.arraycopy(buf, (int) (pos - start), into, 0, n);
        }
    }

    private static boolean zerosFrom(StoredFile file, long pos, long size) throws IOException {
        byte[] b = new byte[8192];
        while (pos < size) {
            int n = (int) Math.min(b.length, size - pos);
            readFully(file, pos, b, n);
            for (int i = 0; i < n; i++) {
                if (b[i] != 0) {
                    return false;
                }
            }
            pos += n;
        }
        return true;
    }

    private static void readFully(StoredFile file, long pos, byte[] into, int length) throws IOException {
        int off = 0;
        while (off < length) {
            int n = file.read(pos + off, into, off, length - off);
            if (n < 0) {
                throw new IOException("file ended while reading");
            }
            off += n;
        }
    }

    static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static int getInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
