package io.dynaspec.engine.error;

import java.util.List;
import java.util.Map;

/**
 * A DynamoDB error as a value: its type, its message, and — for a failed condition with
 * {@code ReturnValuesOnConditionCheckFailure=ALL_OLD} — the item the condition was judged on.
 * Every error the engine returns is one of these, built by {@link Errors}.
 */
public final class DynamoException extends RuntimeException {
    private final ErrorType type;
    private final transient Map<String, ?> item;
    private final transient List<CancellationReason> cancellationReasons;

    DynamoException(ErrorType type, String message, Map<String, ?> item) {
        this(type, message, item, null);
    }

    DynamoException(ErrorType type, String message, Map<String, ?> item, List<CancellationReason> cancellationReasons) {
        super(message, null, false, false);
        this.type = type;
        this.item = item;
        this.cancellationReasons = cancellationReasons;
    }

    /** One reason per action, in request order, for TransactionCanceledException; otherwise null. */
    public List<CancellationReason> cancellationReasons() {
        return cancellationReasons;
    }

    public ErrorType type() {
        return type;
    }

    /** The old item returned with a failed condition, or null. Values are engine AttributeValues. */
    public Map<String, ?> item() {
        return item;
    }
}
