package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;

import java.util.List;

/**
 * One entry of the legacy {@code Expected} map, for one attribute, as the request sent it
 * (API_ExpectedAttributeValue.html). Every member is optional: null means the request did not
 * carry it, and an empty {@code attributeValueList} is a list that was sent empty.
 *
 * @param value              {@code Value}: compare for equality, or with {@code ComparisonOperator}
 * @param exists             {@code Exists}: true (the default) or false
 * @param comparisonOperator {@code ComparisonOperator}
 * @param attributeValueList {@code AttributeValueList}: the operator's values
 */
public record ExpectedCondition(AttributeValue value, Boolean exists, ComparisonOperator comparisonOperator,
                                List<AttributeValue> attributeValueList) {
    public ExpectedCondition {
        attributeValueList = attributeValueList == null ? null : List.copyOf(attributeValueList);
    }

    /** {@code {"Value": v}}: the attribute exists and equals v. */
    public static ExpectedCondition equalTo(AttributeValue value) {
        return new ExpectedCondition(value, null, null, null);
    }

    /** {@code {"Exists": false}}: the attribute does not exist. */
    public static ExpectedCondition absent() {
        return new ExpectedCondition(null, false, null, null);
    }

    /** {@code {"ComparisonOperator": op, "AttributeValueList": values}}. */
    public static ExpectedCondition compare(ComparisonOperator op, AttributeValue... values) {
        return new ExpectedCondition(null, null, op, List.of(values));
    }
}
