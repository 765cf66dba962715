package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.error.Errors;

/** Turns a request's condition parameters into the precondition the cluster judges. */
final class Conditions {
    private Conditions() {
    }

    static Precondition compile(ConditionInput input) {
        if (input.conditionExpression() == null && input.expected() == null) {
            return Precondition.NONE;
        }
        throw Errors.validation("Condition expressions are not supported by this engine build");
    }
}
