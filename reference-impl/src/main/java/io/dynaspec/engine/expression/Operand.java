package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;

/**
 * What a comparison or function of a condition works on (Expressions.OperatorsAndFunctions.html,
 * "Syntax for condition and filter expressions"): a document path, an expression attribute
 * value, or {@code size(path)}.
 */
public sealed interface Operand {

    /** The operand's value against an item, or null when it has none there (a missing path). */
    AttributeValue evaluate(Item item);

    /** An attribute of the item, found by its document path. */
    record Path(DocumentPath path) implements Operand {
        public AttributeValue evaluate(Item item) {
            return path.resolve(item);
        }
    }

    /** A value supplied in ExpressionAttributeValues. */
    record Value(AttributeValue value) implements Operand {
        public AttributeValue evaluate(Item item) {
            return value;
        }
    }

    /**
     * {@code size(operand)}: the length of a string or binary, the number of elements of a set,
     * list or map. It has no value for a missing attribute, a number, a boolean or null.
     */
    record Size(Operand operand) implements Operand {
        public AttributeValue evaluate(Item item) {
            AttributeValue v = operand.evaluate(item);
            int size = sizeOf(v);
            return size < 0 ? null : new AttributeValue.N(DynamoNumber.of(size));
        }

        /**
         * The size of a value, or -1 where size is not defined. Strings are measured in UTF-8
         * bytes, the measure DynamoDB uses for string length (ServiceQuotas.html, "String").
         */
        static int sizeOf(AttributeValue v) {
            if (v instanceof AttributeValue.S s) {
                return s.size();
            }
            if (v instanceof AttributeValue.B b) {
                return b.value().length();
            }
            if (v instanceof AttributeValue.SS ss) {
                return ss.values().size();
            }
            if (v instanceof AttributeValue.NS ns) {
                return ns.values().size();
            }
            if (v instanceof AttributeValue.BS bs) {
                return bs.values().size();
            }
            if (v instanceof AttributeValue.L l) {
                return l.values().size();
            }
            if (v instanceof AttributeValue.M m) {
                return m.values().size();
            }
            return -1;
        }
    }
}
