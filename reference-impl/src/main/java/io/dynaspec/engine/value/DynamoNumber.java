package io.dynaspec.engine.value;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.Errors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * A DynamoDB number: an exact decimal of at most 38 significant digits whose magnitude lies
 * between 1E-130 and 9.9999999999999999999999999999999999999E+125, or zero
 * (HowItWorks.NamingRulesDataTypes.html, "Number"). Held normalised — trailing zeros stripped —
 * so that numerically equal numbers are equal, hash alike and print alike ({@code 1e3} and
 * {@code 1000} are the same key).
 */
public final class DynamoNumber implements Comparable<DynamoNumber> {
    /** DynamoDB keeps at most 38 significant digits. */
    public static final int MAX_PRECISION = 38;
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");
    /** Plain decimal or scientific notation, optional sign; no spaces, no hex, no Infinity/NaN. */
    private static final Pattern SYNTAX = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final BigDecimal value;
    private String text;

    private DynamoNumber(BigDecimal normalised) {
        this.value = normalised;
    }

    /**
     * Parses a number as a client sends it, with DynamoDB's messages for what it refuses. Text
     * that is no number is named in the message ("The parameter cannot be converted to a numeric
     * value: b"), as live DynamoDB's answers recorded in dynalite's test suite show; the empty
     * string is not.
     */
    public static DynamoNumber parse(String text) {
        if (text.length() > 1000 || !SYNTAX.matcher(text).matches()) {
            throw notANumber(text);
        }
        BigDecimal raw;
        try {
            raw = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw notANumber(text);
        }
        return of(raw);
    }

    private static DynamoException notANumber(String text) {
        return Errors.validation(text.isEmpty()
                ? "The parameter cannot be converted to a numeric value"
                : "The parameter cannot be converted to a numeric value: " + text);
    }

    /** A number from an exact decimal, checked against DynamoDB's precision and range. */
    public static DynamoNumber of(BigDecimal raw) {
        if (raw.signum() == 0) {
            return new DynamoNumber(BigDecimal.ZERO);
        }
        BigDecimal n = raw.stripTrailingZeros();
        if (n.precision() > MAX_PRECISION) {
            throw Errors.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal magnitude = n.abs();
        if (magnitude.compareTo(MAX_MAGNITUDE) > 0) {
            throw overflow();
        }
        if (magnitude.compareTo(MIN_MAGNITUDE) < 0) {
            throw Errors.validation("Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return new DynamoNumber(n);
    }

    public static DynamoNumber of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    /** Significant digits, leading and trailing zeros trimmed (zero counts as one digit). */
    public int significantDigits() {
        return value.signum() == 0 ? 1 : value.precision();
    }

    /** Size by CapacityUnitCalculations.html: one byte per two significant digits, plus one. */
    public int storageSize() {
        return (significantDigits() + 1) / 2 + 1;
    }

    /**
     * The canonical bytes of this number, used to hash and compare keys: equal numbers give equal
     * bytes however they were spelt.
     */
    public byte[] canonicalBytes() {
        BigInteger unscaled = value.unscaledValue();
        byte[] digits = unscaled.toByteArray();
        int scale = value.scale();
        byte[] out = new byte[digits.length + 4];
        out[0] = (byte) (scale >>> 24);
        out[1] = (byte) (scale >>> 16);
        out[2] = (byte) (scale >>> 8);
        out[3] = (byte) scale;
        System.arraycopy(digits, 0, out, 4, digits.length);
        return out;
    }

    public DynamoNumber add(DynamoNumber other) {
        return result(value.add(other.value));
    }

    public DynamoNumber subtract(DynamoNumber other) {
        return result(value.subtract(other.value));
    }

    /**
     * The exact result of arithmetic, refused rather than rounded when it needs more than 38
     * significant digits. DynamoDB reports that as an overflow, not as the precision error a
     * client's own number gets (1E+50 - 1 is refused with "Number overflow", as ScyllaDB's
     * test_number.py records of live DynamoDB).
     */
    private static DynamoNumber result(BigDecimal exact) {
        if (exact.signum() != 0 && exact.stripTrailingZeros().precision() > MAX_PRECISION) {
            throw overflow();
        }
        return of(exact);
    }

    private static DynamoException overflow() {
        return Errors.validation("Number overflow. Attempting to store a number with magnitude larger than supported range");
    }

    @Override
    public int compareTo(DynamoNumber o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DynamoNumber n && value.equals(n.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The normalised decimal, without exponent, as DynamoDB returns numbers. */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = value.toPlainString();
            text = t;
        }
        return t;
    }
}
