package io.dynaspec.engine.protocol;

import io.dynaspec.engine.error.Errors;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The declared type of every member of every request (API Reference, each operation's "Request
 * Parameters" and each data type's page), and the first check a request body gets: DynamoDB
 * reads the whole body into its declared types before it judges anything else, so a member of
 * another JSON type is a SerializationException even where the request breaks other rules too,
 * and even where the member is one the operation would never look at (an attribute of an item
 * whose table does not exist). The body is walked in its own order and the first mismatch is
 * reported, with the message DynamoDB's parser gives for that pair of JSON token and declared
 * type. JSON null stands for an absent member; members no shape declares are ignored, as
 * DynamoDB ignores them.
 */
final class WireTypes {

    /** A declared type. */
    sealed interface Shape permits Scalar, ListOf, MapOf, Struct, Lazy {
    }

    enum Scalar implements Shape {
        STRING("String"), INTEGER("Integer"), LONG("Long"), BOOLEAN("Boolean"), BLOB("ByteBuffer");

        final String javaName;

        Scalar(String javaName) {
            this.javaName = javaName;
        }
    }

    /**
     * A list of values of one shape. {@code nested} marks a list held directly in a map or a list
     * (BatchWriteItem's lists of write requests), which DynamoDB's parser reads by another path,
     * with another message for a scalar in its place.
     */
    record ListOf(Shape element, boolean nested) implements Shape {
        ListOf(Shape element) {
            this(element, false);
        }
    }

    /**
     * A map of names to values of one shape; {@code valueType} is the Java type DynamoDB names in
     * its message, {@code nested} as for lists (BatchGetItem's keys).
     */
    record MapOf(Shape value, String valueType, boolean nested) implements Shape {
        MapOf(Shape value, String valueType) {
            this(value, valueType, false);
        }
    }

    /** A structure of named members; {@code name} is the data type's name in the API Reference. */
    record Struct(String name, Map<String, Shape> members) implements Shape {
    }

    /** A shape that contains itself (an AttributeValue's L and M hold AttributeValues). */
    record Lazy(Supplier<Shape> shape) implements Shape {
    }

    private static final String MODEL = "com.amazonaws.dynamodb.v20120810.";
    /** What DynamoDB's parser says of a scalar where a list or map nested in another is declared. */
    private static final String NESTED_SCALAR = "class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to "
            + "class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in "
            + "module java.base of loader 'bootstrap')";

    private static final Scalar S = Scalar.STRING;
    private static final Scalar INT = Scalar.INTEGER;
    private static final Scalar LONG = Scalar.LONG;
    private static final Scalar BOOL = Scalar.BOOLEAN;

    /** API_AttributeValue.html. */
    static final Struct ATTRIBUTE_VALUE;

    static {
        Map<String, Shape> members = new LinkedHashMap<>();
        ATTRIBUTE_VALUE = new Struct("AttributeValue", members);
        Shape self = new Lazy(() -> WireTypes.ATTRIBUTE_VALUE);
        members.put("S", S);
        members.put("N", S);
        members.put("B", Scalar.BLOB);
        members.put("SS", new ListOf(S));
        members.put("NS", new ListOf(S));
        members.put("BS", new ListOf(Scalar.BLOB));
        members.put("M", new MapOf(self, MODEL + "AttributeValue"));
        members.put("L", new ListOf(self));
        members.put("NULL", BOOL);
        members.put("BOOL", BOOL);
    }

    private static final MapOf ATTRIBUTES = new MapOf(ATTRIBUTE_VALUE, MODEL + "AttributeValue");
    private static final MapOf NAMES = new MapOf(S, "java.lang.String");
    private static final ListOf STRINGS = new ListOf(S);
    private static final Struct EXPECTED_VALUE = struct("ExpectedAttributeValue", "Value", ATTRIBUTE_VALUE, "Exists", BOOL,
            "ComparisonOperator", S, "AttributeValueList", new ListOf(ATTRIBUTE_VALUE));
    private static final Struct CONDITION = struct("Condition", "AttributeValueList", new ListOf(ATTRIBUTE_VALUE),
            "ComparisonOperator", S);
    private static final MapOf CONDITIONS = new MapOf(CONDITION, MODEL + "Condition");
    private static final Struct THROUGHPUT = struct("ProvisionedThroughput", "ReadCapacityUnits", LONG, "WriteCapacityUnits", LONG);
    private static final ListOf KEY_SCHEMA = new ListOf(struct("KeySchemaElement", "AttributeName", S, "KeyType", S));
    private static final Struct PROJECTION = struct("Projection", "ProjectionType", S, "NonKeyAttributes", STRINGS);
    private static final ListOf ATTRIBUTE_DEFINITIONS = new ListOf(struct("AttributeDefinition", "AttributeName", S, "AttributeType", S));
    private static final Struct STREAM_SPECIFICATION = struct("StreamSpecification", "StreamEnabled", BOOL, "StreamViewType", S);
    /** API_streams_ShardFilter.html. */
    private static final Struct SHARD_FILTER = struct("ShardFilter", "Type", S, "ShardId", S);
    private static final Struct SSE_SPECIFICATION = struct("SSESpecification", "Enabled", BOOL, "SSEType", S, "KMSMasterKeyId", S);
    private static final ListOf TAGS = new ListOf(struct("Tag", "Key", S, "Value", S));

    /** The members every conditional write of one item declares (API_PutItem.html, API_DeleteItem.html, API_UpdateItem.html). */
    private static Map<String, Shape> conditionalWrite() {
        return members("TableName", S, "Expected", new MapOf(EXPECTED_VALUE, MODEL + "ExpectedAttributeValue"),
                "ReturnValues", S, "ReturnConsumedCapacity", S, "ReturnItemCollectionMetrics", S, "ConditionalOperator", S,
                "ConditionExpression", S, "ExpressionAttributeNames", NAMES, "ExpressionAttributeValues", ATTRIBUTES,
                "ReturnValuesOnConditionCheckFailure", S);
    }

    /** The members of a transaction's action (API_Put.html, API_Delete.html, API_Update.html, API_ConditionCheck.html). */
    private static Struct transactAction(String name, Object... more) {
        Map<String, Shape> m = members("TableName", S, "ConditionExpression", S, "ExpressionAttributeNames", NAMES,
                "ExpressionAttributeValues", ATTRIBUTES, "ReturnValuesOnConditionCheckFailure", S);
        m.putAll(members(more));
        return new Struct(name, m);
    }

    private static final Map<String, Struct> OPERATIONS = new HashMap<>();

    static {
        Map<String, Shape> put = conditionalWrite();
        put.put("Item", ATTRIBUTES);
        operation("PutItem", put);
        Map<String, Shape> delete = conditionalWrite();
        delete.put("Key", ATTRIBUTES);
        operation("DeleteItem", delete);
        Map<String, Shape> update = conditionalWrite();
        update.put("Key", ATTRIBUTES);
        update.put("AttributeUpdates", new MapOf(struct("AttributeValueUpdate", "Value", ATTRIBUTE_VALUE, "Action", S),
                MODEL + "AttributeValueUpdate"));
        update.put("UpdateExpression", S);
        operation("UpdateItem", update);
        operation("GetItem", members("TableName", S, "Key", ATTRIBUTES, "AttributesToGet", STRINGS, "ConsistentRead", BOOL,
                "ReturnConsumedCapacity", S, "ProjectionExpression", S, "ExpressionAttributeNames", NAMES));
        Map<String, Shape> read = members("TableName", S, "IndexName", S, "Select", S, "AttributesToGet", STRINGS,
                "Limit", INT, "ConsistentRead", BOOL, "ConditionalOperator", S, "ExclusiveStartKey", ATTRIBUTES,
                "ReturnConsumedCapacity", S, "ProjectionExpression", S, "FilterExpression", S,
                "ExpressionAttributeNames", NAMES, "ExpressionAttributeValues", ATTRIBUTES);
        Map<String, Shape> query = new LinkedHashMap<>(read);
        query.putAll(members("KeyConditions", CONDITIONS, "QueryFilter", CONDITIONS, "ScanIndexForward", BOOL,
                "KeyConditionExpression", S));
        operation("Query", query);
        Map<String, Shape> scan = new LinkedHashMap<>(read);
        scan.putAll(members("ScanFilter", CONDITIONS, "TotalSegments", INT, "Segment", INT));
        operation("Scan", scan);
        // API_BatchWriteItem.html: RequestItems maps table names to lists of WriteRequests.
        Struct writeRequest = struct("WriteRequest", "PutRequest", struct("PutRequest", "Item", ATTRIBUTES),
                "DeleteRequest", struct("DeleteRequest", "Key", ATTRIBUTES));
        operation("BatchWriteItem", members("RequestItems", new MapOf(new ListOf(writeRequest, true),
                        "java.util.List<" + MODEL + "WriteRequest>"),
                "ReturnConsumedCapacity", S, "ReturnItemCollectionMetrics", S));
        // API_BatchGetItem.html: RequestItems maps table names to KeysAndAttributes.
        operation("BatchGetItem", members("RequestItems", new MapOf(struct("KeysAndAttributes",
                        "Keys", new ListOf(new MapOf(ATTRIBUTE_VALUE, MODEL + "AttributeValue", true)),
                        "AttributesToGet", STRINGS, "ConsistentRead", BOOL, "ProjectionExpression", S,
                        "ExpressionAttributeNames", NAMES), MODEL + "KeysAndAttributes"),
                "ReturnConsumedCapacity", S));
        operation("TransactWriteItems", members("TransactItems", new ListOf(struct("TransactWriteItem",
                        "ConditionCheck", transactAction("ConditionCheck", "Key", ATTRIBUTES),
                        "Put", transactAction("Put", "Item", ATTRIBUTES),
                        "Delete", transactAction("Delete", "Key", ATTRIBUTES),
                        "Update", transactAction("Update", "Key", ATTRIBUTES, "UpdateExpression", S))),
                "ReturnConsumedCapacity", S, "ReturnItemCollectionMetrics", S, "ClientRequestToken", S));
        operation("TransactGetItems", members("TransactItems", new ListOf(struct("TransactGetItem",
                        "Get", struct("Get", "Key", ATTRIBUTES, "TableName", S, "ProjectionExpression", S,
                                "ExpressionAttributeNames", NAMES))),
                "ReturnConsumedCapacity", S));
        operation("CreateTable", members("TableName", S, "AttributeDefinitions", ATTRIBUTE_DEFINITIONS, "KeySchema", KEY_SCHEMA,
                "LocalSecondaryIndexes", new ListOf(struct("LocalSecondaryIndex", "IndexName", S, "KeySchema", KEY_SCHEMA,
                        "Projection", PROJECTION)),
                "GlobalSecondaryIndexes", new ListOf(struct("GlobalSecondaryIndex", "IndexName", S, "KeySchema", KEY_SCHEMA,
                        "Projection", PROJECTION, "ProvisionedThroughput", THROUGHPUT)),
                "BillingMode", S, "ProvisionedThroughput", THROUGHPUT, "StreamSpecification", STREAM_SPECIFICATION,
                "SSESpecification", SSE_SPECIFICATION, "Tags", TAGS, "TableClass", S, "DeletionProtectionEnabled", BOOL));
        operation("UpdateTable", members("TableName", S, "AttributeDefinitions", ATTRIBUTE_DEFINITIONS, "BillingMode", S,
                "ProvisionedThroughput", THROUGHPUT,
                "GlobalSecondaryIndexUpdates", new ListOf(struct("GlobalSecondaryIndexUpdate",
                        "Update", struct("UpdateGlobalSecondaryIndexAction", "IndexName", S, "ProvisionedThroughput", THROUGHPUT),
                        "Create", struct("CreateGlobalSecondaryIndexAction", "IndexName", S, "KeySchema", KEY_SCHEMA,
                                "Projection", PROJECTION, "ProvisionedThroughput", THROUGHPUT),
                        "Delete", struct("DeleteGlobalSecondaryIndexAction", "IndexName", S))),
                "StreamSpecification", STREAM_SPECIFICATION, "SSESpecification", SSE_SPECIFICATION, "TableClass", S,
                "DeletionProtectionEnabled", BOOL));
        operation("DeleteTable", members("TableName", S));
        operation("DescribeTable", members("TableName", S));
        operation("ListTables", members("ExclusiveStartTableName", S, "Limit", INT));
        operation("DescribeLimits", members());
        operation("UpdateTimeToLive", members("TableName", S, "TimeToLiveSpecification",
                struct("TimeToLiveSpecification", "Enabled", BOOL, "AttributeName", S)));
        operation("DescribeTimeToLive", members("TableName", S));
        operation("TagResource", members("ResourceArn", S, "Tags", TAGS));
        operation("UntagResource", members("ResourceArn", S, "TagKeys", STRINGS));
        operation("ListTagsOfResource", members("ResourceArn", S, "NextToken", S));
        // The DynamoDB Streams API (API_streams_*.html).
        operation("ListStreams", members("TableName", S, "Limit", INT, "ExclusiveStartStreamArn", S));
        operation("DescribeStream", members("StreamArn", S, "Limit", INT, "ExclusiveStartShardId", S, "ShardFilter", SHARD_FILTER));
        operation("GetShardIterator", members("StreamArn", S, "ShardId", S, "ShardIteratorType", S, "SequenceNumber", S));
        operation("GetRecords", members("ShardIterator", S, "Limit", INT));
    }

    private WireTypes() {
    }

    private static void operation(String name, Map<String, Shape> members) {
        OPERATIONS.put(name, new Struct(name + "Input", members));
    }

    private static Map<String, Shape> members(Object... nameThenShape) {
        Map<String, Shape> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenShape.length; i += 2) {
            m.put((String) nameThenShape[i], (Shape) nameThenShape[i + 1]);
        }
        return m;
    }

    private static Struct struct(String name, Object... nameThenShape) {
        return new Struct(name, members(nameThenShape));
    }

    /**
     * Throws DynamoDB's SerializationException for the first member of {@code body} whose JSON
     * type is not the one the operation declares for it. An operation no shape describes passes.
     */
    static void check(String operation, Map<String, Object> body) {
        Struct shape = OPERATIONS.get(operation);
        if (shape != null) {
            members(shape, body);
        }
    }

    private static void members(Struct shape, Map<String, Object> body) {
        for (Map.Entry<String, Object> e : body.entrySet()) {
            Shape declared = shape.members().get(e.getKey());
            if (declared != null) {
                Object read = value(declared, e.getValue(), false);
                if (read != e.getValue()) {
                    e.setValue(read);
                }
            }
        }
    }

    /**
     * Checks {@code v} against its declared shape and returns it as DynamoDB reads it: the same
     * value, except a string where a Boolean is declared that DynamoDB's parser reads as one.
     * {@code held} is true for a value held in a map or a list, false for a structure's member.
     */
    @SuppressWarnings("unchecked")
    private static Object value(Shape declared, Object v, boolean held) {
        if (v == null || v == JsonTree.NULL) {
            return v;
        }
        if (declared instanceof Lazy lazy) {
            declared = lazy.shape().get();
        }
        if (declared instanceof Scalar scalar) {
            return scalar(scalar, v);
        } else if (declared instanceof ListOf list) {
            if (v instanceof List<?> elements) {
                // Only a structure's member is ever read as another value (a Boolean spelled as
                // text): no list or map the API declares holds Booleans itself.
                for (Object element : elements) {
                    value(list.element(), element, true);
                }
            } else {
                throw Errors.serialization(v instanceof Map ? "Start of structure or map found where not expected"
                        : list.nested() ? NESTED_SCALAR : "Unexpected field type");
            }
        } else if (declared instanceof MapOf map) {
            if (v instanceof Map<?, ?> entries) {
                for (Object entry : entries.values()) {
                    value(map.value(), entry, true);
                }
            } else {
                throw Errors.serialization(v instanceof List
                        ? "Unrecognized collection type java.util.Map<java.lang.String, " + map.valueType() + ">"
                        : map.nested() ? NESTED_SCALAR : "Unexpected field type");
            }
        } else if (declared instanceof Struct struct) {
            if (v instanceof Map<?, ?>) {
                members(struct, (Map<String, Object>) v);
            } else {
                throw Errors.serialization(v instanceof List
                        ? "Unrecognized collection type class " + MODEL + struct.name()
                        : held ? "Unexpected value type in payload" : "Unexpected field type");
            }
        }
        return v;
    }

    private static Object scalar(Scalar declared, Object v) {
        if (v instanceof Map) {
            throw Errors.serialization("Start of structure or map found where not expected");
        }
        if (v instanceof List) {
            throw Errors.serialization("Unrecognized collection type class "
                    + (declared == Scalar.BLOB ? "java.nio." : "java.lang.") + declared.javaName);
        }
        switch (declared) {
            case STRING -> {
                if (!(v instanceof String)) {
                    throw Errors.serialization(token(v) + " cannot be converted to String");
                }
            }
            case INTEGER, LONG -> {
                if (!(v instanceof JsonTree.JsonNumber)) {
                    throw Errors.serialization(token(v) + " cannot be converted to " + declared.javaName);
                }
            }
            case BOOLEAN -> {
                if (v instanceof String text) {
                    return booleanText(text);
                }
                if (!(v instanceof Boolean)) {
                    throw Errors.serialization(token(v) + " cannot be converted to Boolean");
                }
            }
            case BLOB -> {
                if (!(v instanceof String s)) {
                    throw Errors.serialization("only base-64-encoded strings are convertible to bytes");
                }
                AttributeValueJson.canonicalBase64(s);
            }
        }
        return v;
    }

    /**
     * A string where a Boolean is declared: DynamoDB's parser reads the words of a boolean as one
     * ({"NULL": "no"} is a NULL of false, refused as such, as dynalite's suite records; "true",
     * "false", "yes", "no", "1" and "0" are the words observed to be read) and refuses any other
     * string, "23" among them, as a token it did not expect.
     */
    private static Boolean booleanText(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> {
                return Boolean.TRUE;
            }
            case "false", "no", "0" -> {
                return Boolean.FALSE;
            }
            default -> throw Errors.serialization("Unexpected token received from parser");
        }
    }

    /** The name DynamoDB's parser gives the JSON token it found. */
    private static String token(Object v) {
        if (v instanceof String) {
            return "STRING_VALUE";
        }
        if (v instanceof Boolean b) {
            return b ? "TRUE_VALUE" : "FALSE_VALUE";
        }
        String number = v.toString();
        return number.indexOf('.') >= 0 || number.indexOf('e') >= 0 || number.indexOf('E') >= 0 ? "DECIMAL_VALUE" : "NUMBER_VALUE";
    }
}
