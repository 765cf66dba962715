package io.dynaspec.engine.expression;

/** How the entries of a legacy {@code Expected} map combine (LegacyConditionalParameters.Expected.html). */
public enum ConditionalOperator {
    AND, OR
}
