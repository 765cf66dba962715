package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.faulttolerance.RandomFaultSchedule.Operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks that a history of operations on one key is linearizable with respect to a register
 * holding an item version (or nothing), with DynamoDB's conditional writes as its operations:
 * create if absent ({@code attribute_not_exists}), replace if the version equals an expected one,
 * delete if present, and consistent reads. Wing and Gong's search with memoisation on the set of
 * operations already placed and the register's value; histories here are a few dozen operations
 * per key.
 */
final class LinearizabilityChecker {

    /**
     * One completed operation.
     *
     * @param operation what it does
     * @param expected  the version REPLACE_IF requires
     * @param written   the version a successful write stores (null for a delete)
     * @param succeeded true when the write was acknowledged, false when its condition failed
     * @param observed  what a READ returned
     * @param invoked   the step at which it was invoked
     * @param responded the step at which its response was known
     */
    record Op(Operation operation, String expected, String written, boolean succeeded, String observed, long invoked, long responded) {
        @Override
        public String toString() {
            return operation + (operation == Operation.REPLACE_IF ? "(" + expected + ")" : "")
                    + (operation == Operation.READ ? " -> " + observed : (succeeded ? " ok " + written : " condition failed"))
                    + " [" + invoked + "," + responded + "]";
        }
    }

    private final List<Op> ops;
    private final Set<String> dead = new HashSet<>();

    LinearizabilityChecker(List<Op> ops) {
        if (ops.size() > 62) {
            throw new IllegalArgumentException("history too long for the search: " + ops.size());
        }
        this.ops = new ArrayList<>(ops);
    }

    /** True when some order of the operations respects real time and the register's semantics. */
    boolean linearizable() {
        return search(0L, null);
    }

    private boolean search(long placed, String value) {
        if (placed == (1L << ops.size()) - 1) {
            return true;
        }
        String memo = placed + "/" + value;
        if (dead.contains(memo)) {
            return false;
        }
        // The earliest response among unplaced operations bounds which may go next.
        long horizon = Long.MAX_VALUE;
        for (int i = 0; i < ops.size(); i++) {
            if ((placed & (1L << i)) == 0) {
                horizon = Math.min(horizon, ops.get(i).responded());
            }
        }
        for (int i = 0; i < ops.size(); i++) {
            if ((placed & (1L << i)) != 0) {
                continue;
            }
            Op op = ops.get(i);
            if (op.invoked() > horizon) {
                continue; // some unplaced operation finished before this one began
            }
            String next = apply(op, value);
            if (next != INVALID && search(placed | (1L << i), next)) {
                return true;
            }
        }
        dead.add(memo);
        return false;
    }

    private static final String INVALID = new String("invalid");

    /** The register's value after op, or INVALID when op's recorded outcome is impossible from value. */
    private static String apply(Op op, String value) {
        boolean holds = switch (op.operation()) {
            case CREATE -> value == null;
            case REPLACE_IF -> Objects.equals(value, op.expected());
            case DELETE_IF_EXISTS -> value != null;
            case READ -> true;
        };
        if (op.operation() == Operation.READ) {
            return Objects.equals(value, op.observed()) ? value : INVALID;
        }
        if (holds != op.succeeded()) {
            return INVALID;
        }
        return op.succeeded() ? op.written() : value;
    }
}
