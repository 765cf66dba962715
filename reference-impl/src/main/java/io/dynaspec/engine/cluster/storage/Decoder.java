package io.dynaspec.engine.cluster.storage;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads what an {@link Encoder} wrote, from one record's bytes. */
public final class Decoder {
    private final byte[] buf;
    private int pos;

    public Decoder(byte[] record) {
        this.buf = record;
    }

    public boolean atEnd() {
        return pos >= buf.length;
    }

    public int readByte() {
        return buf[pos++] & 0xff;
    }

    public long readLong() {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = buf[pos++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
    }

    public byte[] readBytes() {
        int n = (int) readLong();
        byte[] b = new byte[n];
        System.arraycopy(buf, pos, b, 0, n);
        pos += n;
        return b;
    }

    public String readString() {
        int n = (int) readLong();
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    public String readOptionalString() {
        return readByte() == 0 ? null : readString();
    }

    public List<String> readStrings() {
        int n = (int) readLong();
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(readString());
        }
        return l;
    }

    public AttributeValue readValue() {
        int tag = readByte();
        return switch (tag) {
            case Encoder.S -> new AttributeValue.S(readString());
            case Encoder.N -> new AttributeValue.N(DynamoNumber.parse(readString()));
            case Encoder.B -> new AttributeValue.B(Bytes.copyOf(readBytes()));
            case Encoder.SS -> {
                int n = (int) readLong();
                Set<String> s = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    s.add(readString());
                }
                yield new AttributeValue.SS(s);
            }
            case Encoder.NS -> {
                int n = (int) readLong();
                Set<DynamoNumber> s = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    s.add(DynamoNumber.parse(readString()));
                }
                yield new AttributeValue.NS(s);
            }
            case Encoder.BS -> {
                int n = (int) readLong();
                Set<Bytes> s = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    s.add(Bytes.copyOf(readBytes()));
                }
                yield new AttributeValue.BS(s);
            }
            case Encoder.M -> {
                int n = (int) readLong();
                Map<String, AttributeValue> m = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String k = readString();
                    m.put(k, readValue());
                }
                yield new AttributeValue.M(m);
            }
            case Encoder.L -> {
                int n = (int) readLong();
                List<AttributeValue> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(readValue());
                }
                yield new AttributeValue.L(l);
            }
            case Encoder.NULL -> AttributeValue.Null.INSTANCE;
            case Encoder.TRUE -> AttributeValue.Bool.TRUE;
            case Encoder.FALSE -> AttributeValue.Bool.FALSE;
            default -> throw new IllegalStateException("no attribute type tag " + tag);
        };
    }

    public Item readItem() {
        if (readByte() == 0) {
            return null;
        }
        int n = (int) readLong();
        Map<String, AttributeValue> m = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String k = readString();
            m.put(k, readValue());
        }
        return Item.of(m);
    }

    public PrimaryKey readKey() {
        AttributeValue p = readValue();
        return new PrimaryKey(p, readByte() == 0 ? null : readValue());
    }
}
