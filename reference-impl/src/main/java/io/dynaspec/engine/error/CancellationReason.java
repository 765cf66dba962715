package io.dynaspec.engine.error;

import java.util.Map;

/**
 * Why one action of a cancelled transaction was refused (API_CancellationReason.html): its code
 * ({@code None} for an action that would have succeeded), a message, and — for a failed condition
 * with {@code ReturnValuesOnConditionCheckFailure=ALL_OLD} — the item the condition was judged on.
 *
 * @param code    None, ConditionalCheckFailed, TransactionConflict, ValidationError, ...
 * @param message the reason's message, or null for None
 * @param item    the item for ConditionalCheckFailed when asked, or null; values are engine AttributeValues
 */
public record CancellationReason(String code, String message, Map<String, ?> item) {
    public static final String NONE = "None";
    public static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";
    public static final String TRANSACTION_CONFLICT = "TransactionConflict";
    public static final String VALIDATION_ERROR = "ValidationError";
    public static final String ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED = "ItemCollectionSizeLimitExceeded";

    /** An action that would have succeeded. */
    public static final CancellationReason OK = new CancellationReason(NONE, null, null);

    public static CancellationReason conditionalCheckFailed(Map<String, ?> item) {
        return new CancellationReason(CONDITIONAL_CHECK_FAILED, "The conditional request failed", item);
    }

    public static CancellationReason conflict() {
        return new CancellationReason(TRANSACTION_CONFLICT, Errors.TRANSACTION_ONGOING, null);
    }

    /** API_CancellationReason.html, Code ItemCollectionSizeLimitExceeded: the item collection would pass its limit. */
    public static CancellationReason itemCollectionSizeLimitExceeded() {
        return new CancellationReason(ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED, Errors.ITEM_COLLECTION_TOO_LARGE, null);
    }

    public static CancellationReason validation(String message) {
        return new CancellationReason(VALIDATION_ERROR, message, null);
    }

    /** The same reason without its item (the action did not ask for it). */
    public CancellationReason withoutItem() {
        return item == null ? this : new CancellationReason(code, message, null);
    }
}
