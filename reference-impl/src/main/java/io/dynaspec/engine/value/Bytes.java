package io.dynaspec.engine.value;

import java.util.Arrays;
import java.util.Base64;

/**
 * An immutable byte string with value equality, ordered as DynamoDB orders binary values:
 * byte by byte, each byte unsigned (HowItWorks.NamingRulesDataTypes.html, "Binary").
 */
public final class Bytes implements Comparable<Bytes> {
    private final byte[] data;
    private int hash;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** Wraps a copy of the given bytes. */
    public static Bytes copyOf(byte[] bytes) {
        return new Bytes(bytes.clone());
    }

    public static Bytes fromBase64(String base64) {
        return new Bytes(Base64.getDecoder().decode(base64));
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(data);
    }

    public int length() {
        return data.length;
    }

    public byte[] toArray() {
        return data.clone();
    }

    /** True when this byte string starts with the given prefix. */
    public boolean startsWith(Bytes prefix) {
        return prefix.data.length <= data.length
                && Arrays.equals(data, 0, prefix.data.length, prefix.data, 0, prefix.data.length);
    }

    /** True when the given bytes occur anywhere in this byte string. */
    public boolean contains(Bytes part) {
        int n = part.data.length;
        for (int i = 0; i + n <= data.length; i++) {
            if (Arrays.equals(data, i, i + n, part.data, 0, n)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int compareTo(Bytes other) {
        return Arrays.compareUnsigned(data, other.data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(data);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return toBase64();
    }
}
