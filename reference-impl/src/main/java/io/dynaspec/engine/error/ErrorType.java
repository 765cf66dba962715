package io.dynaspec.engine.error;

/**
 * The error types the engine returns, with the {@code __type} namespace DynamoDB puts before each
 * (API Reference, CommonErrors.html and the Errors section of each operation). The SDKs read the
 * name after '#'; the namespace is kept as DynamoDB sends it for tools that compare raw bodies.
 */
public enum ErrorType {
    VALIDATION("com.amazon.coral.validate#", "ValidationException", 400, false),
    SERIALIZATION("com.amazon.coral.service#", "SerializationException", 400, false),
    UNKNOWN_OPERATION("com.amazon.coral.service#", "UnknownOperationException", 400, false),
    MISSING_AUTHENTICATION_TOKEN("com.amazon.coral.service#", "MissingAuthenticationTokenException", 400, false),
    REQUEST_TOO_LARGE("com.amazon.coral.service#", "RequestEntityTooLarge", 400, false),
    RESOURCE_NOT_FOUND("com.amazonaws.dynamodb.v20120810#", "ResourceNotFoundException", 400, false),
    RESOURCE_IN_USE("com.amazonaws.dynamodb.v20120810#", "ResourceInUseException", 400, false),
    CONDITIONAL_CHECK_FAILED("com.amazonaws.dynamodb.v20120810#", "ConditionalCheckFailedException", 400, false),
    ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED("com.amazonaws.dynamodb.v20120810#", "ItemCollectionSizeLimitExceededException", 400, false),
    /** API_TransactWriteItems.html, API_TransactGetItems.html: the whole transaction was cancelled. */
    TRANSACTION_CANCELED("com.amazonaws.dynamodb.v20120810#", "TransactionCanceledException", 400, false),
    /** A single-item write on an item a transaction holds (transaction-apis.html, "Transaction conflict handling"). */
    TRANSACTION_CONFLICT("com.amazonaws.dynamodb.v20120810#", "TransactionConflictException", 400, false),
    /** The first request with the same ClientRequestToken is still running (API_TransactWriteItems.html). */
    TRANSACTION_IN_PROGRESS("com.amazonaws.dynamodb.v20120810#", "TransactionInProgressException", 400, false),
    /** The same ClientRequestToken with other parameters within the window (API_TransactWriteItems.html). */
    IDEMPOTENT_PARAMETER_MISMATCH("com.amazonaws.dynamodb.v20120810#", "IdempotentParameterMismatchException", 400, false),
    /** API_streams_GetRecords.html: "The shard iterator has expired and can no longer be used to retrieve stream records." */
    EXPIRED_ITERATOR("com.amazonaws.dynamodb.v20120810#", "ExpiredIteratorException", 400, false),
    /** API_streams_GetShardIterator.html: the operation asked for records beyond the trim horizon. */
    TRIMMED_DATA_ACCESS("com.amazonaws.dynamodb.v20120810#", "TrimmedDataAccessException", 400, false),
    LIMIT_EXCEEDED("com.amazonaws.dynamodb.v20120810#", "LimitExceededException", 400, true),
    /** A partition without a write quorum: retryable, as DynamoDB's own 500 is. */
    INTERNAL_SERVER_ERROR("com.amazonaws.dynamodb.v20120810#", "InternalServerError", 500, true),
    SERVICE_UNAVAILABLE("com.amazon.coral.availability#", "ServiceUnavailableException", 503, true);

    private final String namespace;
    private final String typeName;
    private final int httpStatus;
    private final boolean retryable;

    ErrorType(String namespace, String typeName, int httpStatus, boolean retryable) {
        this.namespace = namespace;
        this.typeName = typeName;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    /** The short name clients match on, e.g. {@code ValidationException}. */
    public String typeName() {
        return typeName;
    }

    /** The full {@code __type} value of the error body. */
    public String wireType() {
        return namespace + typeName;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Whether a client should retry: DynamoDB's 5xx and throttling errors are retryable. */
    public boolean retryable() {
        return retryable;
    }
}
