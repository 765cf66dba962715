package io.dynaspec.engine.cluster.storage;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes records in the storage's compact binary form: variable-length integers, strings as
 * UTF-8 with their length, and attribute values as a one-byte type tag and their content (a
 * number as its exact decimal text). {@link Decoder} reads them back.
 */
public final class Encoder {
    static final int S = 0, N = 1, B = 2, SS = 3, NS = 4, BS = 5, M = 6, L = 7, NULL = 8, TRUE = 9, FALSE = 10;

    private byte[] buf;
    private int pos;

    public Encoder(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** Starts a new record, keeping the buffer. */
    public Encoder reset() {
        pos = 0;
        return this;
    }

    public int length() {
        return pos;
    }

    byte[] buffer() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    public Encoder writeByte(int b) {
        ensure(1);
        buf[pos++] = (byte) b;
        return this;
    }

    /** An unsigned variable-length integer, seven bits a byte. */
    public Encoder writeLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
        return this;
    }

    public Encoder writeBytes(byte[] b) {
        writeLong(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        return this;
    }

    public Encoder writeString(String s) {
        return writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A string that may be null. */
    public Encoder writeOptionalString(String s) {
        writeByte(s == null ? 0 : 1);
        return s == null ? this : writeString(s);
    }

    public Encoder writeStrings(List<String> strings) {
        writeLong(strings.size());
        for (String s : strings) {
            writeString(s);
        }
        return this;
    }

    public Encoder writeValue(AttributeValue v) {
        if (v instanceof AttributeValue.S s) {
            writeByte(S).writeString(s.value());
        } else if (v instanceof AttributeValue.N n) {
            writeByte(N).writeString(n.value().toString());
        } else if (v instanceof AttributeValue.B b) {
            writeByte(B).writeBytes(b.value().toArray());
        } else if (v instanceof AttributeValue.SS ss) {
            writeByte(SS).writeLong(ss.values().size());
            for (String s : ss.values()) {
                writeString(s);
            }
        } else if (v instanceof AttributeValue.NS ns) {
            writeByte(NS).writeLong(ns.values().size());
            for (DynamoNumber n : ns.values()) {
                writeString(n.toString());
            }
        } else if (v instanceof AttributeValue.BS bs) {
            writeByte(BS).writeLong(bs.values().size());
            for (Bytes b : bs.values()) {
                writeBytes(b.toArray());
            }
        } else if (v instanceof AttributeValue.M m) {
            writeByte(M).writeLong(m.values().size());
            for (Map.Entry<String, AttributeValue> e : m.values().entrySet()) {
                writeString(e.getKey()).writeValue(e.getValue());
            }
        } else if (v instanceof AttributeValue.L l) {
            writeByte(L).writeLong(l.values().size());
            for (AttributeValue e : l.values()) {
                writeValue(e);
            }
        } else if (v instanceof AttributeValue.Bool b) {
            writeByte(b.value() ? TRUE : FALSE);
        } else {
            writeByte(NULL);
        }
        return this;
    }

    /** An item, or null, in its attributes' order. */
    public Encoder writeItem(Item item) {
        if (item == null) {
            return writeByte(0);
        }
        writeByte(1);
        Map<String, AttributeValue> attributes = item.attributes();
        writeLong(attributes.size());
        attributes.forEach((name, value) -> writeString(name).writeValue(value));
        return this;
    }

    public Encoder writeKey(PrimaryKey key) {
        writeValue(key.partition());
        writeByte(key.sort() == null ? 0 : 1);
        return key.sort() == null ? this : writeValue(key.sort());
    }
}
