package io.dynaspec.engine.expression;

/**
 * The request parameter an expression came in: DynamoDB names it at the head of every message
 * about the expression ("Invalid ConditionExpression: ...").
 */
public enum ExpressionKind {
    CONDITION("ConditionExpression"),
    FILTER("FilterExpression"),
    KEY_CONDITION("KeyConditionExpression"),
    UPDATE("UpdateExpression"),
    PROJECTION("ProjectionExpression");

    /** Expressions are at most 4 KB (ServiceQuotas.html, "Expression parameters"). */
    public static final int MAX_LENGTH = 4096;
    /** At most 300 operators or functions (ServiceQuotas.html, "Expression parameters"). */
    public static final int MAX_OPERATORS = 300;
    /** At most 100 operands for IN (Expressions.OperatorsAndFunctions.html). */
    public static final int MAX_IN_OPERANDS = 100;

    private final String parameter;

    ExpressionKind(String parameter) {
        this.parameter = parameter;
    }

    /** The request member's name, e.g. {@code ConditionExpression}. */
    public String parameter() {
        return parameter;
    }
}
