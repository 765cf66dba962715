package io.dynaspec.engine.api;

import io.dynaspec.engine.expression.ConditionalOperator;
import io.dynaspec.engine.expression.ExpectedCondition;
import io.dynaspec.engine.value.AttributeValue;

import java.util.Map;

/**
 * The condition parameters of a conditional write, as the client sent them: a condition
 * expression with its placeholders, or the legacy {@code Expected} map with its operator.
 *
 * @param conditionExpression    ConditionExpression, or null
 * @param attributeNames         ExpressionAttributeNames, or null
 * @param attributeValues        ExpressionAttributeValues, or null
 * @param expected               the legacy Expected map, or null
 * @param conditionalOperator    the legacy ConditionalOperator, or null
 * @param returnOldItemOnFailure ReturnValuesOnConditionCheckFailure = ALL_OLD
 */
public record ConditionInput(String conditionExpression, Map<String, String> attributeNames,
                             Map<String, AttributeValue> attributeValues, Map<String, ExpectedCondition> expected,
                             ConditionalOperator conditionalOperator, boolean returnOldItemOnFailure) {
    public static final ConditionInput NONE = new ConditionInput(null, null, null, null, null, false);
}
