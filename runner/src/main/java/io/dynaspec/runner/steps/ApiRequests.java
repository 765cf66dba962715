package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Sends a data-plane request written as the API's own JSON (the shape {@code aws dynamodb ...
 * --cli-input-json} takes) through the SDK. Only the members the features use are read; any
 * other member is refused, so a typo in a feature cannot silently drop part of a request.
 */
final class ApiRequests {

    private static final Map<String, Set<String>> MEMBERS = Map.of(
            "PutItem", Set.of("TableName", "Item", "ConditionExpression", "ExpressionAttributeNames",
                    "ExpressionAttributeValues", "ReturnValues", "ReturnConsumedCapacity",
                    "ReturnItemCollectionMetrics", "ReturnValuesOnConditionCheckFailure"),
            "GetItem", Set.of("TableName", "Key", "ConsistentRead", "ReturnConsumedCapacity"),
            "DeleteItem", Set.of("TableName", "Key", "ConditionExpression", "ExpressionAttributeNames",
                    "ExpressionAttributeValues", "ReturnValues", "ReturnConsumedCapacity",
                    "ReturnItemCollectionMetrics", "ReturnValuesOnConditionCheckFailure"),
            "UpdateItem", Set.of("TableName", "Key", "UpdateExpression", "ConditionExpression",
                    "ExpressionAttributeNames", "ExpressionAttributeValues", "ReturnValues",
                    "ReturnConsumedCapacity", "ReturnItemCollectionMetrics",
                    "ReturnValuesOnConditionCheckFailure"),
            "BatchWriteItem", Set.of("RequestItems", "ReturnConsumedCapacity", "ReturnItemCollectionMetrics"),
            "Query", Set.of("TableName", "KeyConditionExpression", "ExpressionAttributeNames",
                    "ExpressionAttributeValues", "ScanIndexForward", "ConsistentRead", "ReturnConsumedCapacity"));

    private ApiRequests() {
    }

    /** The operations a feature may call. */
    static Set<String> operations() {
        return MEMBERS.keySet();
    }

    static Object send(DynamoDbClient db, String operation, JsonNode request) {
        Set<String> allowed = MEMBERS.get(operation);
        if (allowed == null) {
            throw new IllegalArgumentException("the suite does not call " + operation);
        }
        request.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(operation + " request member " + f + " is not one the suite sends");
            }
        });
        return switch (operation) {
            case "PutItem" -> db.putItem(PutItemRequest.builder()
                    .tableName(text(request, "TableName"))
                    .item(DynamoJson.item(request.get("Item")))
                    .conditionExpression(text(request, "ConditionExpression"))
                    .expressionAttributeNames(names(request))
                    .expressionAttributeValues(values(request))
                    .returnValues(text(request, "ReturnValues"))
                    .returnConsumedCapacity(text(request, "ReturnConsumedCapacity"))
                    .returnItemCollectionMetrics(text(request, "ReturnItemCollectionMetrics"))
                    .returnValuesOnConditionCheckFailure(text(request, "ReturnValuesOnConditionCheckFailure"))
                    .build());
            case "GetItem" -> db.getItem(GetItemRequest.builder()
                    .tableName(text(request, "TableName"))
                    .key(DynamoJson.item(request.get("Key")))
                    .consistentRead(bool(request, "ConsistentRead"))
                    .returnConsumedCapacity(text(request, "ReturnConsumedCapacity"))
                    .build());
            case "DeleteItem" -> db.deleteItem(DeleteItemRequest.builder()
                    .tableName(text(request, "TableName"))
                    .key(DynamoJson.item(request.get("Key")))
                    .conditionExpression(text(request, "ConditionExpression"))
                    .expressionAttributeNames(names(request))
                    .expressionAttributeValues(values(request))
                    .returnValues(text(request, "ReturnValues"))
                    .returnConsumedCapacity(text(request, "ReturnConsumedCapacity"))
                    .returnItemCollectionMetrics(text(request, "ReturnItemCollectionMetrics"))
                    .returnValuesOnConditionCheckFailure(text(request, "ReturnValuesOnConditionCheckFailure"))
                    .build());
            case "UpdateItem" -> db.updateItem(UpdateItemRequest.builder()
                    .tableName(text(request, "TableName"))
                    .key(DynamoJson.item(request.get("Key")))
                    .updateExpression(text(request, "UpdateExpression"))
                    .conditionExpression(text(request, "ConditionExpression"))
                    .expressionAttributeNames(names(request))
                    .expressionAttributeValues(values(request))
                    .returnValues(text(request, "ReturnValues"))
                    .returnConsumedCapacity(text(request, "ReturnConsumedCapacity"))
                    .returnItemCollectionMetrics(text(request, "ReturnItemCollectionMetrics"))
                    .returnValuesOnConditionCheckFailure(text(request, "ReturnValuesOnConditionCheckFailure"))
                    .build());
            case "BatchWriteItem" -> db.batchWriteItem(BatchWriteItemRequest.builder()
                    .requestItems(requestItems(request.get("RequestItems")))
                    .returnConsumedCapacity(text(request, "ReturnConsumedCapacity"))
                    .returnItemCollectionMetrics(text(request, "ReturnItemCollectionMetrics"))
                    .build());
            case "Query" -> db.query(QueryRequest.builder()
                    .tableName(text(request, "TableName"))
                    .keyConditionExpression(text(request, "KeyConditionExpression"))
                    .expressionAttributeNames(names(request))
                    .expressionAttributeValues(values(request))
                    .scanIndexForward(bool(request, "ScanIndexForward"))
                    .consistentRead(bool(request, "ConsistentRead"))
                    .returnConsumedCapacity(text(request, "ReturnConsumedCapacity"))
                    .build());
            default -> throw new IllegalStateException(operation);
        };
    }

    private static Map<String, List<WriteRequest>> requestItems(JsonNode json) {
        Map<String, List<WriteRequest>> out = new LinkedHashMap<>();
        if (json == null) {
            return out;
        }
        for (Map.Entry<String, JsonNode> table : json.properties()) {
            List<WriteRequest> writes = new ArrayList<>();
            for (JsonNode w : table.getValue()) {
                if (w.has("PutRequest")) {
                    writes.add(WriteRequest.builder().putRequest(PutRequest.builder()
                            .item(DynamoJson.item(w.get("PutRequest").get("Item"))).build()).build());
                } else if (w.has("DeleteRequest")) {
                    writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                            .key(DynamoJson.item(w.get("DeleteRequest").get("Key"))).build()).build());
                } else {
                    throw new IllegalArgumentException("a write request is a PutRequest or a DeleteRequest: " + w);
                }
            }
            out.put(table.getKey(), writes);
        }
        return out;
    }

    private static String text(JsonNode request, String member) {
        JsonNode v = request.get(member);
        return v == null ? null : v.asText();
    }

    private static Boolean bool(JsonNode request, String member) {
        JsonNode v = request.get(member);
        return v == null ? null : v.asBoolean();
    }

    private static Map<String, String> names(JsonNode request) {
        JsonNode v = request.get("ExpressionAttributeNames");
        if (v == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        v.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static Map<String, AttributeValue> values(JsonNode request) {
        JsonNode v = request.get("ExpressionAttributeValues");
        return v == null ? null : DynamoJson.item(v);
    }
}
