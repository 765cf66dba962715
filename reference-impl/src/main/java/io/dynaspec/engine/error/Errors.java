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

    /**
     * DeleteTable on a table with deletion protection on (WorkingWithTables.Basics.html, "Using
     * deletion protection"), in the type and words DynamoDB answers.
     */
    public static DynamoException deletionProtected() {
        return validation("Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.");
    }

    /** UpdateTable on a global secondary index the table does not have (API_UpdateTable.html, ResourceNotFoundException). */
    public static DynamoException indexNotFound(String indexName) {
        return new DynamoException(ErrorType.RESOURCE_NOT_FOUND,
                "Requested resource not found: Index: " + indexName + " not found", null);
    }

    /** LimitExceededException (API_UpdateTable.html: too many simultaneous table and index operations). */
    public static DynamoException limitExceeded(String message) {
        return new DynamoException(ErrorType.LIMIT_EXCEEDED, message, null);
    }

    /** The message of ItemCollectionSizeLimitExceededException. */
    public static final String ITEM_COLLECTION_TOO_LARGE = "Collection size exceeded.";

    /**
     * A write that would take an item collection of a table with local secondary indexes past
     * its size limit (LSI.html, "Item collection size limit": "you won't be able to add more items
     * to the item collection or increase the sizes of items that are in the item collection").
     */
    public static DynamoException itemCollectionSizeLimitExceeded() {
        return new DynamoException(ErrorType.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED, ITEM_COLLECTION_TOO_LARGE, null);
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

    /**
     * A ResourceArn that is not a DynamoDB table's ARN (TagResource, UntagResource,
     * ListTagsOfResource), in DynamoDB's words.
     */
    public static DynamoException invalidTableArn(String arn) {
        return validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
    }

    /** A table ARN naming no table (the tagging operations), spelt as DynamoDB spells it. */
    public static DynamoException resourceArnNotFound(String arn) {
        return new DynamoException(ErrorType.RESOURCE_NOT_FOUND, "Requested resource not found: ResourcArn: " + arn + " not found", null);
    }

    /** TagResource with an empty Tags list. */
    public static DynamoException noTags() {
        return validation("Atleast one Tag needs to be provided as Input.");
    }

    /** UntagResource with an empty TagKeys list. */
    public static DynamoException noTagKeys() {
        return validation("Atleast one Tag Key needs to be provided as Input.");
    }

    /** A tag key that breaks TaggingRestrictions.html (length 1 to 128, allowed characters); null when absent. */
    public static DynamoException invalidTagKey(String key) {
        return validation("The Tag Key provided is invalid, Key: " + key);
    }

    /** A tag value that breaks TaggingRestrictions.html (length 0 to 256, allowed characters); null when absent. */
    public static DynamoException invalidTagValue(String value) {
        return validation("The Tag Value provided is invalid, Value: " + value);
    }

    /** TaggingRestrictions.html: the aws: prefix is reserved for tags AWS assigns. */
    public static DynamoException reservedTagPrefix(String key) {
        return validation("Tag Key cannot be prefixed with aws:, Key: " + key);
    }

    /** One request naming the same tag key twice. */
    public static DynamoException duplicateTagKey(String key) {
        return validation("Duplicate Tag Keys provided as input: Duplicate Tag Key found " + key);
    }

    /** TaggingRestrictions.html: "The maximum number of tags per resource is 50." */
    public static DynamoException tooManyTags() {
        return validation("Number of Tags exceed the current limit for the provided ResourceArn");
    }

    /** UpdateTimeToLive enabling TTL on a table where it is enabled (with any attribute). */
    public static DynamoException timeToLiveAlreadyEnabled() {
        return validation("TimeToLive is already enabled");
    }

    /** UpdateTimeToLive disabling TTL on a table where it is disabled. */
    public static DynamoException timeToLiveAlreadyDisabled() {
        return validation("TimeToLive is already disabled");
    }

    /**
     * API_UpdateTimeToLive.html: "Any additional UpdateTimeToLive calls for the same table during
     * this one hour duration result in a ValidationException."
     */
    public static DynamoException timeToLiveChangedRecently() {
        return validation("Time to live has been modified multiple times within a fixed interval");
    }

    /** A stream ARN naming no stream of the engine (the DynamoDB Streams API), in DynamoDB's words. */
    public static DynamoException streamNotFound(String streamArn) {
        return new DynamoException(ErrorType.RESOURCE_NOT_FOUND, "Requested resource not found: Stream: " + streamArn + " not found", null);
    }

    /** A ShardId naming no shard of the stream. */
    public static DynamoException shardNotFound(String shardId) {
        return new DynamoException(ErrorType.RESOURCE_NOT_FOUND, "Requested resource not found: Shard: " + shardId + " not found", null);
    }

    /** A ShardIterator the engine did not give out. */
    public static DynamoException invalidShardIterator() {
        return validation("Invalid ShardIterator");
    }

    /** API_streams_GetShardIterator.html: AT_ and AFTER_SEQUENCE_NUMBER need a SequenceNumber. */
    public static DynamoException sequenceNumberRequired(String iteratorType) {
        return validation("SequenceNumber is required for ShardIteratorType " + iteratorType);
    }

    /** A SequenceNumber that is not one the engine gives out. */
    public static DynamoException invalidSequenceNumber(String sequenceNumber) {
        return validation("Invalid SequenceNumber: " + sequenceNumber);
    }

    /** API_streams_GetRecords.html, ExpiredIteratorException: an iterator is valid for 15 minutes. */
    public static DynamoException expiredIterator() {
        return new DynamoException(ErrorType.EXPIRED_ITERATOR, "Iterator expired. The iterator was created more than 15 minutes ago", null);
    }

    /** API_streams_GetShardIterator.html, TrimmedDataAccessException: the records asked for were trimmed. */
    public static DynamoException trimmedDataAccess() {
        return new DynamoException(ErrorType.TRIMMED_DATA_ACCESS,
                "The operation attempted to read past the oldest stream record in a shard", null);
    }

    /**
     * UpdateTable's StreamSpecification enabling a stream the table has, or disabling one it has
     * not (API_UpdateTable.html, StreamSpecification: "You receive a ResourceInUseException if
     * you try to enable a stream on a table that already has a stream, or if you try to disable a
     * stream on a table that doesn't have a stream").
     */
    public static DynamoException streamInUse(String tableName, boolean enabling) {
        return new DynamoException(ErrorType.RESOURCE_IN_USE, enabling
                ? "Table already has an enabled stream: " + tableName
                : "Table does not have an enabled stream: " + tableName, null);
    }

    /** CreateTable with a StreamSpecification that enables a stream without a StreamViewType. */
    public static DynamoException streamViewTypeRequired() {
        return invalidParameter("You must specify a StreamViewType when enabling a stream");
    }
}
