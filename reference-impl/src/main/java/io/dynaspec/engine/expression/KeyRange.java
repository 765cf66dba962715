package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeyOrder;

import java.util.Arrays;
import java.util.NavigableMap;

/**
 * What a Query reads: one item collection, and within it a contiguous run of sort keys
 * (Query.KeyConditionExpressions.html). Sort keys are in DynamoDB's order, so every sort-key
 * condition, begins_with included, selects one range of the collection, read from either end
 * (API_Query.html, "ScanIndexForward").
 *
 * @param partitionKey the partition key value the condition names
 * @param sort         the sort-key term, or null when the whole collection is read
 */
public record KeyRange(AttributeValue partitionKey, KeyCondition.Term sort) {

    /** Whether a sort key value satisfies the sort-key term. */
    public boolean matchesSort(AttributeValue sortKey) {
        if (sort == null) {
            return true;
        }
        AttributeValue v = sort.values().get(0);
        int c = KeyOrder.INSTANCE.compare(sortKey, v);
        return switch (sort.operator()) {
            case EQ -> c == 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case BETWEEN -> c >= 0 && KeyOrder.INSTANCE.compare(sortKey, sort.values().get(1)) <= 0;
            case BEGINS_WITH -> beginsWith(sortKey, v);
            default -> false;
        };
    }

    private static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
            return s.value().startsWith(p.value());
        }
        return value instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p && b.value().startsWith(p.value());
    }

    /**
     * The part of a collection the condition selects, in reading order, starting after
     * {@code exclusiveStart} when one is given (which must satisfy the condition). A view: reading
     * it reads only the items it holds.
     *
     * @param collection     the collection, in ascending sort-key order
     * @param exclusiveStart the sort key of the last item read by the previous page, or null
     * @param forward        ascending (ScanIndexForward true) or descending
     */
    public <V> NavigableMap<AttributeValue, V> slice(NavigableMap<AttributeValue, V> collection,
                                                  AttributeValue exclusiveStart, boolean forward) {
        AttributeValue lower = null;
        boolean lowerInclusive = true;
        AttributeValue upper = null;
        boolean upperInclusive = true;
        if (sort != null) {
            AttributeValue v = sort.values().get(0);
            switch (sort.operator()) {
                case EQ -> {
                    lower = v;
                    upper = v;
                }
                case LT -> {
                    upper = v;
                    upperInclusive = false;
                }
                case LE -> upper = v;
                case GT -> {
                    lower = v;
                    lowerInclusive = false;
                }
                case GE -> lower = v;
                case BETWEEN -> {
                    lower = v;
                    upper = sort.values().get(1);
                }
                case BEGINS_WITH -> {
                    lower = v;
                    upper = prefixEnd(v);
                    upperInclusive = false;
                }
                default -> throw new IllegalStateException("not a sort-key operator: " + sort.operator());
            }
        }
        if (exclusiveStart != null && forward) {
            lower = exclusiveStart;
            lowerInclusive = false;
        } else if (exclusiveStart != null) {
            upper = exclusiveStart;
            upperInclusive = false;
        }
        NavigableMap<AttributeValue, V> range;
        if (lower != null && upper != null) {
            range = collection.subMap(lower, lowerInclusive, upper, upperInclusive);
        } else if (lower != null) {
            range = collection.tailMap(lower, lowerInclusive);
        } else if (upper != null) {
            range = collection.headMap(upper, upperInclusive);
        } else {
            range = collection;
        }
        return forward ? range : range.descendingMap();
    }

    /**
     * The least value above every value that begins with {@code prefix}, or null when there is
     * none: the prefix with its trailing maximal units dropped and its last unit raised by one
     * (code points for strings, whose UTF-8 order is code point order; unsigned bytes for binary).
     */
    static AttributeValue prefixEnd(AttributeValue prefix) {
        if (prefix instanceof AttributeValue.S s) {
            int[] cps = s.value().codePoints().toArray();
            int n = cps.length;
            while (n > 0 && cps[n - 1] == Character.MAX_CODE_POINT) {
                n--;
            }
            if (n == 0) {
                return null;
            }
            int next = cps[n - 1] + 1;
            cps[n - 1] = next == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : next;
            return new AttributeValue.S(new String(cps, 0, n));
        }
        byte[] bytes = ((AttributeValue.B) prefix).value().toArray();
        int n = bytes.length;
        while (n > 0 && bytes[n - 1] == (byte) 0xff) {
            n--;
        }
        if (n == 0) {
            return null;
        }
        byte[] end = Arrays.copyOf(bytes, n);
        end[n - 1]++;
        return new AttributeValue.B(Bytes.copyOf(end));
    }
}
