package io.dynaspec.engine.value;

import java.util.Comparator;

/**
 * How DynamoDB orders key values (HowItWorks.NamingRulesDataTypes.html and API_Query.html,
 * "ScanIndexForward"): numbers numerically, strings by their UTF-8 bytes, binaries as unsigned
 * bytes. Values of one key attribute always share its declared type.
 */
public final class KeyOrder implements Comparator<AttributeValue> {
    public static final KeyOrder INSTANCE = new KeyOrder();

    private KeyOrder() {
    }

    @Override
    public int compare(AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) {
            return compareUtf8(x.value(), y.value());
        }
        if (a instanceof AttributeValue.B x && b instanceof AttributeValue.B y) {
            return x.value().compareTo(y.value());
        }
        throw new IllegalArgumentException("not comparable key values: " + a.type() + " and " + b.type());
    }

    /**
     * UTF-8 byte order equals code point order; Java's String order is UTF-16 unit order, which
     * differs for characters above U+FFFF, so compare code points.
     */
    public static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Bytes that identify a key value exactly: the same for numerically equal numbers. */
    public static byte[] canonicalBytes(AttributeValue v) {
        if (v instanceof AttributeValue.S s) {
            return AttributeValue.utf8(s.value());
        }
        if (v instanceof AttributeValue.N n) {
            return n.value().canonicalBytes();
        }
        if (v instanceof AttributeValue.B b) {
            return b.value().toArray();
        }
        throw new IllegalArgumentException("not a key value: " + v.type());
    }
}
