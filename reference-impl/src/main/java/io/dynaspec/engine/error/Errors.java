package io.dynaspec.engine.error;

import java.util.List;
import java.util.Map;

/**
 * The one place errors are built, so that each of DynamoDB's messages is spelt once. Messages
 * follow the API Reference pages of each operation and what DynamoDB returns for them.
 */
public final class Errors {
    private Errors() {
    }

    public static DynamoException validation(String message) {
        return new DynamoException(ErrorType.VALIDATION, message, null);
    }

    /** "One or more parameter values were invalid: ..." — DynamoDB's prefix for semantic checks. */
    public static DynamoException invalidParameter(String detail) {
        return validation("One or more parameter values were invalid: " + detail);
    }

    /**
     * A rejected expression parameter: "Invalid ConditionExpression: ..." (and likewise for
     * UpdateExpression, ProjectionExpression, FilterExpression, KeyConditionExpression).
     */
    public static DynamoException invalidExpression(String parameter, String detail) {
        return validation("Invalid " + parameter + ": " + detail);
    }

    /**
     * Shape violations, collected as DynamoDB collects them:
     * "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: ...".
     */
    public static DynamoException constraintViolations(List<String> violations) {
        int n = violations.size();
        String head = n + " validation error" + (n == 1 ? "" : "s") + " detected: ";
        return validation(head + String.join("; ", violations));
    }

    public static DynamoException serialization(String message) {
        return new DynamoException(ErrorType.SERIALIZATION, message, null);
    }

    public static DynamoException unknownOperation() {
        return new DynamoException(ErrorType.UNKNOWN_OPERATION, null, null);
    }

    /**
     * A request the service cannot take now: Programming.Errors.html lists Service Unavailable
     * among the HTTP 5xx errors, which clients retry.
     */
    public static DynamoException serviceUnavailable(String message) {
        return new DynamoException(ErrorType.SERVICE_UNAVAILABLE, message, null);
    }

    public static DynamoException requestTooLarge(long limit) {
        return new DynamoException(ErrorType.REQUEST_TOO_LARGE,
                "Request size exceeded " + limit + " bytes", null);
    }

    /** Data-plane operations on a missing table: DynamoDB says no more than this. */
    public static DynamoException resourceNotFound() {
        return new DynamoException(ErrorType.RESOURCE_NOT_FOUND, "Requested resource not found", null);
    }

    /** DescribeTable / DeleteTable on a missing table name the table. */
    public static DynamoException tableNotFound(String tableName) {
        return new DynamoException(ErrorType.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: " + tableName + " not found", null);
    }

    public static DynamoException tableExists(String tableName) {
        return new DynamoException(ErrorType.RESOURCE_IN_USE, "Table already exists: " + tableName, null);
    }

    /** API_PutItem.html: ConditionalCheckFailedException, optionally carrying the old item. */
    public static DynamoException conditionalCheckFailed(Map<String, ?> oldItem) {
        return new DynamoException(ErrorType.CONDITIONAL_CHECK_FAILED, "The conditional request failed", oldItem);
    }

    /** A partition that cannot reach a write quorum: a retryable server-side failure. */
    public static DynamoException noQuorum() {
        return new DynamoException(ErrorType.INTERNAL_SERVER_ERROR,
                "Internal server error: the partition cannot reach a write quorum", null);
    }

    /**
     * The message of a write that a failover cut from the log before its quorum held: the new
     * leader never had it, so it was not made and may be retried.
     */
    public static final String CUT_BY_FAILOVER = "Internal server error: the leader failed before the write was replicated";

    /** A write cut from the log by a failover before it was acknowledged: retryable. */
    public static DynamoException cutByFailover() {
        return internal(CUT_BY_FAILOVER);
    }

    public static DynamoException internal(String message) {
        return new DynamoException(ErrorType.INTERNAL_SERVER_ERROR, message, null);
    }

    /** The message of a conflict with a transaction that holds the item. */
    static final String TRANSACTION_ONGOING = "Transaction is ongoing for the item";

    /**
     * TransactionCanceledException (API_TransactWriteItems.html): the message lists each action's
     * code in request order, as DynamoDB's does ("Transaction cancelled, please refer cancellation
     * reasons for specific reasons [ConditionalCheckFailed, None]").
     */
    public static DynamoException transactionCanceled(List<CancellationReason> reasons) {
        StringBuilder codes = new StringBuilder();
        for (CancellationReason r : reasons) {
            if (codes.length() > 0) {
                codes.append(", ");
            }
            codes.append(r.code());
        }
        return new DynamoException(ErrorType.TRANSACTION_CANCELED,
                "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]",
                null, List.copyOf(reasons));
    }

    /** A PutItem, UpdateItem or DeleteItem on an item a transaction holds (transaction-apis.html). */
    public static DynamoException transactionConflict() {
        return new DynamoException(ErrorType.TRANSACTION_CONFLICT, TRANSACTION_ONGOING, null);
    }

    /** The first request with the same ClientRequestToken has not finished. */
    public static DynamoException transactionInProgress() {
        return new DynamoException(ErrorType.TRANSACTION_IN_PROGRESS,
                "The transaction with the given request token is already in progress.", null);
    }

    /** The same ClientRequestToken with other parameters, within the idempotency window. */
    public static DynamoException idempotentParameterMismatch() {
        return new DynamoException(ErrorType.IDEMPOTENT_PARAMETER_MISMATCH,
                "The request uses the same client token as a previous, but non-identical request.", null);
    }
}
