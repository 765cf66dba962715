package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.Capacity;
import io.dynaspec.engine.api.ConditionInput;
import io.dynaspec.engine.api.DeleteItem;
import io.dynaspec.engine.api.GetItem;
import io.dynaspec.engine.api.ItemCollectionMetrics;
import io.dynaspec.engine.api.PutItem;
import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Request shapes and responses of the single-item operations. */
final class ItemCodec {
    private final PutItem putItem;
    private final GetItem getItem;
    private final DeleteItem deleteItem;

    ItemCodec(Cluster cluster) {
        this.putItem = new PutItem(cluster);
        this.getItem = new GetItem(cluster);
        this.deleteItem = new DeleteItem(cluster);
    }

    /** API_PutItem.html, "Request Parameters". */
    void putItem(Members in, JsonGenerator out) throws IOException {
        String table = Shapes.tableName(in);
        Map<String, Object> itemJson = in.map("Item");
        if (itemJson == null) {
            in.violations().add(in.pathOf("Item"), null, "Member must not be null");
        }
        var returnValues = Shapes.returnValues(in);
        var rcc = Shapes.returnConsumedCapacity(in);
        boolean metrics = Shapes.returnItemCollectionMetrics(in);
        ConditionInput condition = conditionShape(in);
        in.finish();
        Item item = AttributeValueJson.readItem(itemJson);
        PutItem.Result r = putItem.execute(new PutItem.Request(table, item, readConditionValues(in, condition),
                returnValues, rcc, metrics));
        writeWriteResult(out, r, rcc);
    }

    /** API_DeleteItem.html. */
    void deleteItem(Members in, JsonGenerator out) throws IOException {
        String table = Shapes.tableName(in);
        Map<String, Object> keyJson = requiredMap(in, "Key");
        var returnValues = Shapes.returnValues(in);
        var rcc = Shapes.returnConsumedCapacity(in);
        boolean metrics = Shapes.returnItemCollectionMetrics(in);
        ConditionInput condition = conditionShape(in);
        in.finish();
        Map<String, AttributeValue> key = AttributeValueJson.readAttributes(keyJson);
        PutItem.Result r = deleteItem.execute(new DeleteItem.Request(table, key, readConditionValues(in, condition),
                returnValues, rcc, metrics));
        writeWriteResult(out, r, rcc);
    }

    /** API_GetItem.html. */
    void getItem(Members in, JsonGenerator out) throws IOException {
        String table = Shapes.tableName(in);
        Map<String, Object> keyJson = requiredMap(in, "Key");
        boolean consistent = Boolean.TRUE.equals(in.bool("ConsistentRead").get());
        var rcc = Shapes.returnConsumedCapacity(in);
        List<Object> attributesToGet = in.list("AttributesToGet");
        in.count("AttributesToGet", attributesToGet, 1, Integer.MAX_VALUE);
        in.finish();
        Map<String, AttributeValue> key = AttributeValueJson.readAttributes(keyJson);
        UnaryOperator<Item> projection = UnaryOperator.identity();
        if (attributesToGet != null) {
            Set<String> names = new LinkedHashSet<>();
            for (Object o : attributesToGet) {
                names.add(String.valueOf(o));
            }
            projection = item -> item.project(names);
        }
        GetItem.Result r = getItem.execute(new GetItem.Request(table, key, consistent, projection, rcc));
        if (r.item() != null) {
            AttributeValueJson.writeAttributesField(out, "Item", r.item().attributes());
        }
        writeConsumed(out, r.consumedCapacity(), rcc);
    }

    private static Map<String, Object> requiredMap(Members in, String member) {
        Map<String, Object> m = in.map(member);
        if (m == null) {
            in.violations().add(in.pathOf(member), null, "Member must not be null");
        }
        return m;
    }

    /** The shape of the condition members; their values are read after the shape is known valid. */
    private static ConditionInput conditionShape(Members in) {
        String expression = in.string("ConditionExpression").get();
        String operator = in.string("ConditionalOperator").oneOf(Shapes.CONDITIONAL_OPERATOR).get();
        String onFailure = in.string("ReturnValuesOnConditionCheckFailure")
                .oneOf(Shapes.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE).get();
        return new ConditionInput(expression, null, null, in.map("Expected"), operator, "ALL_OLD".equals(onFailure));
    }

    private static ConditionInput readConditionValues(Members in, ConditionInput shape) {
        Map<String, Object> namesJson = in.map("ExpressionAttributeNames");
        Map<String, String> names = null;
        if (namesJson != null) {
            names = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : namesJson.entrySet()) {
                names.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        Map<String, Object> valuesJson = in.map("ExpressionAttributeValues");
        Map<String, AttributeValue> values = valuesJson == null ? null : AttributeValueJson.readAttributes(valuesJson);
        return new ConditionInput(shape.conditionExpression(), names, values, shape.expected(),
                shape.conditionalOperator(), shape.returnOldItemOnFailure());
    }

    private static void writeWriteResult(JsonGenerator out, PutItem.Result r, ReturnConsumedCapacity rcc) throws IOException {
        if (r.attributes() != null) {
            AttributeValueJson.writeAttributesField(out, "Attributes", r.attributes().attributes());
        }
        writeConsumed(out, r.consumedCapacity(), rcc);
        writeMetrics(out, r.itemCollectionMetrics());
    }

    /** API_ConsumedCapacity.html. */
    static void writeConsumed(JsonGenerator out, Capacity.Consumed c, ReturnConsumedCapacity rcc) throws IOException {
        if (c == null) {
            return;
        }
        out.writeFieldName("ConsumedCapacity");
        writeConsumedObject(out, c, rcc);
    }

    static void writeConsumedObject(JsonGenerator out, Capacity.Consumed c, ReturnConsumedCapacity rcc) throws IOException {
        out.writeStartObject();
        out.writeStringField("TableName", c.tableName());
        out.writeNumberField("CapacityUnits", c.total());
        out.writeNumberField(c.read() ? "ReadCapacityUnits" : "WriteCapacityUnits", c.total());
        if (rcc == ReturnConsumedCapacity.INDEXES) {
            out.writeObjectFieldStart("Table");
            writeUnits(out, c.read(), c.table());
            out.writeEndObject();
            writeIndexUnits(out, "LocalSecondaryIndexes", c.read(), c.localIndexes());
            writeIndexUnits(out, "GlobalSecondaryIndexes", c.read(), c.globalIndexes());
        }
        out.writeEndObject();
    }

    private static void writeIndexUnits(JsonGenerator out, String field, boolean read, Map<String, Double> units) throws IOException {
        if (units.isEmpty()) {
            return;
        }
        out.writeObjectFieldStart(field);
        for (Map.Entry<String, Double> e : units.entrySet()) {
            out.writeObjectFieldStart(e.getKey());
            writeUnits(out, read, e.getValue());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void writeUnits(JsonGenerator out, boolean read, double units) throws IOException {
        out.writeNumberField("CapacityUnits", units);
        out.writeNumberField(read ? "ReadCapacityUnits" : "WriteCapacityUnits", units);
    }

    /** API_ItemCollectionMetrics.html. */
    static void writeMetrics(JsonGenerator out, ItemCollectionMetrics m) throws IOException {
        if (m == null) {
            return;
        }
        out.writeObjectFieldStart("ItemCollectionMetrics");
        AttributeValueJson.writeAttributesField(out, "ItemCollectionKey", m.key());
        out.writeArrayFieldStart("SizeEstimateRangeGB");
        for (double d : m.sizeEstimateRangeGb()) {
            out.writeNumber(d);
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
