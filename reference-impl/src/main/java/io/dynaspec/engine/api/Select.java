package io.dynaspec.engine.api;

/** What a Query or Scan returns of the items it finds (API_Query.html, "Select"). */
public enum Select {
    /** Every attribute of each item. */
    ALL_ATTRIBUTES,
    /** What an index projects; only with IndexName. */
    ALL_PROJECTED_ATTRIBUTES,
    /** The attributes ProjectionExpression or AttributesToGet names. */
    SPECIFIC_ATTRIBUTES,
    /** No items: only how many matched. */
    COUNT
}
