package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Sends a request written as the API's own JSON (the shape {@code aws dynamodb ...
 * --cli-input-json} takes) through the SDK, for any member of any operation the suite calls. The
 * JSON is read against the SDK's own description of each request shape (its fields' wire names
 * and types), so every member DynamoDB documents can be written in a feature, an enumerated
 * member can carry any string (an invalid one included), and a member the API does not have is
 * refused, so a typo in a feature cannot silently drop part of a request.
 */
final class ApiRequests {

    /** The operations a feature may call: the data plane, the table operations, tags and Time to Live. */
    private static final Set<String> OPERATIONS = Set.of("PutItem", "GetItem", "DeleteItem", "UpdateItem",
            "BatchWriteItem", "BatchGetItem", "Query", "Scan", "CreateTable", "DescribeTable", "DeleteTable",
            "ListTables", "UpdateTable", "TransactWriteItems", "TransactGetItems", "TagResource", "UntagResource",
            "ListTagsOfResource", "UpdateTimeToLive", "DescribeTimeToLive", "DescribeLimits");
    /** The DynamoDB Streams operations a feature may call (API_Operations_Amazon_DynamoDB_Streams.html). */
    private static final Set<String> STREAMS_OPERATIONS = Set.of("ListStreams", "DescribeStream", "GetShardIterator", "GetRecords");
    private static final String MODEL = "software.amazon.awssdk.services.dynamodb.model.";

    private ApiRequests() {
    }

    /** The operations a feature may call. */
    static Set<String> operations() {
        return OPERATIONS;
    }

    /** Whether an operation is one of the DynamoDB Streams API's, sent with the streams client. */
    static boolean isStreamsOperation(String operation) {
        return STREAMS_OPERATIONS.contains(operation);
    }

    static Object send(DynamoDbClient db, String operation, JsonNode request) {
        if (!OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("the suite does not call " + operation);
        }
        return invoke(DynamoDbClient.class, db, operation, request);
    }

    /** A DynamoDB Streams operation: its request and response shapes are in the same SDK model package. */
    static Object sendStreams(DynamoDbStreamsClient streams, String operation, JsonNode request) {
        if (!STREAMS_OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("the suite does not call " + operation);
        }
        return invoke(DynamoDbStreamsClient.class, streams, operation, request);
    }

    private static Object invoke(Class<?> clientType, Object client, String operation, JsonNode request) {
        try {
            Class<?> requestClass = Class.forName(MODEL + operation + "Request");
            Object builder = requestClass.getMethod("builder").invoke(null);
            fill(builder, request, operation);
            Object built = ((SdkBuilder<?, ?>) builder).build();
            Method call = clientType.getMethod(Character.toLowerCase(operation.charAt(0)) + operation.substring(1), requestClass);
            return call.invoke(client, built);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the SDK has no " + operation + " request", e);
        }
    }

    /** Sets every member of a JSON object on an SDK builder, by the builder's field descriptions. */
    private static void fill(Object builder, JsonNode json, String shape) {
        if (!json.isObject()) {
            throw new IllegalArgumentException(shape + " is a structure, not " + json);
        }
        List<SdkField<?>> fields = ((SdkPojo) builder).sdkFields();
        for (Map.Entry<String, JsonNode> member : json.properties()) {
            SdkField<?> field = fields.stream().filter(f -> f.locationName().equals(member.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(shape + " has no member " + member.getKey()));
            field.set(builder, value(field, member.getValue(), shape + "." + member.getKey()));
        }
    }

    private static Object value(SdkField<?> field, JsonNode json, String path) {
        if (json.isNull()) {
            return null;
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return json.asText();
        }
        if (type == MarshallingType.BOOLEAN) {
            return json.asBoolean();
        }
        if (type == MarshallingType.INTEGER) {
            return json.asInt();
        }
        if (type == MarshallingType.LONG) {
            return json.asLong();
        }
        if (type == MarshallingType.DOUBLE) {
            return json.asDouble();
        }
        if (type == MarshallingType.SDK_BYTES) {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(json.asText()));
        }
        if (type == MarshallingType.SDK_POJO) {
            Object builder = field.constructor().get();
            fill(builder, json, path);
            return ((SdkBuilder<?, ?>) builder).build();
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            List<Object> out = new ArrayList<>();
            for (JsonNode element : json) {
                out.add(value(member, element, path + "[]"));
            }
            return out;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> out = new LinkedHashMap<>();
            json.properties().forEach(e -> out.put(e.getKey(), value(member, e.getValue(), path + "." + e.getKey())));
            return out;
        }
        throw new IllegalArgumentException(path + ": the suite does not send members of type " + type);
    }
}
