package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.KeyOrder;

/**
 * The six comparators of condition expressions (Expressions.OperatorsAndFunctions.html,
 * "Making comparisons"). Values of different types are never equal and never ordered: such a
 * comparison is false, not an error. Ordering is defined on numbers (numerically), strings
 * (UTF-8 byte order) and binaries (unsigned bytes) only.
 */
public enum Comparator {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The comparator as written in an expression. */
    public String symbol() {
        return symbol;
    }

    /** The comparator written {@code symbol}, or null. */
    static Comparator of(String symbol) {
        for (Comparator c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        return null;
    }

    /** True for the four ordering comparators, which accept only N, S and B operands. */
    public boolean isOrdering() {
        return this != EQ && this != NE;
    }

    /**
     * Compares two operand values, either of which may be missing (null). A missing value equals
     * nothing, so {@code <>} holds whenever {@code =} does not.
     */
    public boolean test(AttributeValue a, AttributeValue b) {
        switch (this) {
            case EQ:
                return a != null && a.equals(b);
            case NE:
                return a == null || !a.equals(b);
            default:
                break;
        }
        if (a == null || b == null || !isOrdered(a, b)) {
            return false;
        }
        int c = compare(a, b);
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** True when both values are of one type on which DynamoDB defines an order. */
    static boolean isOrdered(AttributeValue a, AttributeValue b) {
        return a.type() == b.type() && isOrderedType(a);
    }

    static boolean isOrderedType(AttributeValue v) {
        return v instanceof AttributeValue.N || v instanceof AttributeValue.S || v instanceof AttributeValue.B;
    }

    /** Order of two values for which {@link #isOrdered} holds. */
    static int compare(AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.N x) {
            return x.value().compareTo(((AttributeValue.N) b).value());
        }
        if (a instanceof AttributeValue.S x) {
            return KeyOrder.compareUtf8(x.value(), ((AttributeValue.S) b).value());
        }
        return ((AttributeValue.B) a).value().compareTo(((AttributeValue.B) b).value());
    }
}
