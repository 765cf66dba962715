package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeType;

import java.util.EnumSet;
import java.util.Set;

/**
 * The comparison operators of the legacy {@code Expected} parameter
 * (LegacyConditionalParameters.Expected.html), with how many values each takes and of which
 * types.
 */
public enum ComparisonOperator {
    EQ(1, 1, Types.SCALARS_AND_SETS),
    NE(1, 1, Types.SCALARS_AND_SETS),
    LE(1, 1, Types.SCALARS),
    LT(1, 1, Types.SCALARS),
    GE(1, 1, Types.SCALARS),
    GT(1, 1, Types.SCALARS),
    NOT_NULL(0, 0, Types.SCALARS),
    NULL(0, 0, Types.SCALARS),
    CONTAINS(1, 1, Types.SCALARS),
    NOT_CONTAINS(1, 1, Types.SCALARS),
    BEGINS_WITH(1, 1, EnumSet.of(AttributeType.S, AttributeType.B)),
    IN(1, Integer.MAX_VALUE, Types.SCALARS),
    BETWEEN(2, 2, Types.SCALARS);

    private final int minValues;
    private final int maxValues;
    private final Set<AttributeType> valueTypes;

    ComparisonOperator(int minValues, int maxValues, Set<AttributeType> valueTypes) {
        this.minValues = minValues;
        this.maxValues = maxValues;
        this.valueTypes = valueTypes;
    }

    /** The operator of a wire name, or null when the name is not one of them. */
    public static ComparisonOperator fromName(String name) {
        for (ComparisonOperator op : values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        return null;
    }

    boolean acceptsCount(int n) {
        return n >= minValues && n <= maxValues;
    }

    boolean takesValues() {
        return minValues > 0;
    }

    boolean acceptsType(AttributeType type) {
        return valueTypes.contains(type);
    }

    private static final class Types {
        static final Set<AttributeType> SCALARS = EnumSet.of(AttributeType.S, AttributeType.N, AttributeType.B);
        static final Set<AttributeType> SCALARS_AND_SETS = EnumSet.of(AttributeType.S, AttributeType.N,
                AttributeType.B, AttributeType.SS, AttributeType.NS, AttributeType.BS);
    }
}
