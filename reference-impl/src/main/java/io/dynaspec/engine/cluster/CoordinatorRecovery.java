package io.dynaspec.engine.cluster;

/**
 * How a coordinator that takes over the transactions of a failed one finishes them
 * (spec/Transactions.tla's {@code RecoverCoordinator}).
 */
public enum CoordinatorRecovery {
    /**
     * From what was recorded: a transaction whose commit decision the ledger holds is committed
     * at every partition still holding its items, with the items the decision recorded; any other
     * is cancelled, since without a recorded decision no partition can have committed. The
     * default, and the only rule {@code serve} runs.
     */
    FROM_LEDGER,
    /**
     * UNSAFE: every transaction taken over is cancelled, the ledger's commit decisions ignored, so
     * that a transaction already decided to commit (and perhaps reported committed) is undone. It
     * exists only so that the model-based tests can show they catch it.
     */
    UNSAFE_CANCEL_ALL
}
