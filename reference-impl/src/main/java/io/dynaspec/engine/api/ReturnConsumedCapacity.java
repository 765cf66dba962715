package io.dynaspec.engine.api;

/** How much of the consumed capacity a response reports (API_PutItem.html, "ReturnConsumedCapacity"). */
public enum ReturnConsumedCapacity {
    /** Nothing. */
    NONE,
    /** The total for the table and its indexes. */
    TOTAL,
    /** The total, plus the table's and each index's share. */
    INDEXES
}
