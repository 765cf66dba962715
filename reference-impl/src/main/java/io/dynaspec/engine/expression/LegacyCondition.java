package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;

import java.util.List;

/**
 * One entry of the legacy KeyConditions, QueryFilter or ScanFilter maps (API_Condition.html): an
 * operator and its values, as the request sent them.
 *
 * @param operator ComparisonOperator
 * @param values   AttributeValueList, or null when absent
 */
public record LegacyCondition(ComparisonOperator operator, List<AttributeValue> values) {
    public LegacyCondition {
        values = values == null ? null : List.copyOf(values);
    }
}
