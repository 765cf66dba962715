package io.dynaspec.engine.cluster;

/**
 * What a single-item write (PutItem, UpdateItem, DeleteItem) on an item a transaction holds
 * prepared gets (spec/Transactions.tla's {@code PreparedItemWrites}).
 */
public enum PreparedItemWrites {
    /**
     * Refused with TransactionConflictException until the transaction commits or cancels
     * (transaction-apis.html, "Transaction conflict handling"). The default, and the only rule
     * {@code serve} runs.
     */
    REFUSED,
    /**
     * UNSAFE: the write is judged and applied as if the item were free; the transaction's commit
     * then writes the item its prepare computed over it (the model's {@code "Accepted"}, which
     * spec/tx-broken-write-on-prepared.cfg rejects). It exists only so that the model-based tests
     * can show they catch it.
     */
    UNSAFE_ACCEPTED
}
