package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.Capacity;
import io.dynaspec.engine.api.ConditionInput;
import io.dynaspec.engine.api.DeleteItem;
import io.dynaspec.engine.api.GetItem;
import io.dynaspec.engine.api.ItemCollectionMetrics;
import io.dynaspec.engine.api.PutItem;
import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.api.UpdateItem;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.ComparisonOperator;
import io.dynaspec.engine.expression.ConditionalOperator;
import io.dynaspec.engine.expression.ExpectedCondition;
import io.dynaspec.engine.expression.LegacyUpdates;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request shapes and responses of the single-item operations. */
final class ItemCodec {
    private final PutItem putItem;
    private final GetItem getItem;
    private final DeleteItem deleteItem;
    private final UpdateItem updateItem;

    ItemCodec(Cluster cluster) {
        this.putItem = new PutItem(cluster);
        this.getItem = new GetItem(cluster);
        this.deleteItem = new DeleteItem(cluster);
        this.updateItem = new UpdateItem(cluster);
    }

    /** API_PutItem.html, "Request Parameters". */
    void putItem(Members in, JsonGenerator out) throws IOException {
        String table = Shapes.tableName(in);
        Map<String, Object> itemJson = in.map("Item");
        if (itemJson == null) {
            in.violations().add(in.pathOf("Item"), null, "Member must not be null");
        }
        AttributeNames.checkKeys(in, "Item", itemJson);
        var returnValues = Shapes.returnValues(in);
        var rcc = Shapes.returnConsumedCapacity(in);
        boolean metrics = Shapes.returnItemCollectionMetrics(in);
        ConditionShape condition = conditionShape(in);
        in.finish();
        Item item = AttributeValueJson.readItem(itemJson);
        putItem(new PutItem.Request(table, item, condition.read(in), returnValues, rcc, metrics), out);
    }

    /** Executes a PutItem request, however it was read, and writes its result. */
    void putItem(PutItem.Request request, JsonGenerator out) throws IOException {
        writeWriteResult(out, putItem.execute(request), request.returnConsumedCapacity());
    }

    /** API_DeleteItem.html. */
    void deleteItem(Members in, JsonGenerator out) throws IOException {
        String table = Shapes.tableName(in);
        Map<String, Object> keyJson = requiredMap(in, "Key");
        var returnValues = Shapes.returnValues(in);
        var rcc = Shapes.returnConsumedCapacity(in);
        boolean metrics = Shapes.returnItemCollectionMetrics(in);
        ConditionShape condition = conditionShape(in);
        in.finish();
        Map<String, AttributeValue> key = AttributeValueJson.readAttributes(keyJson);
        deleteItem(new DeleteItem.Request(table, key, condition.read(in), returnValues, rcc, metrics), out);
    }

    /** Executes a DeleteItem request, however it was read, and writes its result. */
    void deleteItem(DeleteItem.Request request, JsonGenerator out) throws IOException {
        writeWriteResult(out, deleteItem.execute(request), request.returnConsumedCapacity());
    }

    /** API_GetItem.html. */
    void getItem(Members in, JsonGenerator out) throws IOException {
        String table = Shapes.tableName(in);
        Map<String, Object> keyJson = requiredMap(in, "Key");
        boolean consistent = Boolean.TRUE.equals(in.bool("ConsistentRead").get());
        var rcc = Shapes.returnConsumedCapacity(in);
        String projection = in.string("ProjectionExpression").get();
        List<String> toGet = attributesToGet(in);
        expressionNames(in);
        in.finish();
        GetItem.checkParameterKinds(projection, names(in), toGet);
        Map<String, AttributeValue> key = AttributeValueJson.readAttributes(keyJson);
        getItem(new GetItem.Request(table, key, consistent, projection, names(in), toGet, rcc), out);
    }

    /** Executes a GetItem request, however it was read, and writes its result. */
    void getItem(GetItem.Request request, JsonGenerator out) throws IOException {
        GetItem.Result r = getItem.execute(request);
        if (r.item() != null) {
            AttributeValueJson.writeAttributesField(out, "Item", r.item().attributes());
        }
        writeConsumed(out, r.consumedCapacity(), request.returnConsumedCapacity());
    }

    /** API_UpdateItem.html. */
    void updateItem(Members in, JsonGenerator out) throws IOException {
        String table = Shapes.tableName(in);
        Map<String, Object> keyJson = requiredMap(in, "Key");
        String update = in.string("UpdateExpression").get();
        var returnValues = Shapes.returnValues(in);
        var rcc = Shapes.returnConsumedCapacity(in);
        boolean metrics = Shapes.returnItemCollectionMetrics(in);
        ConditionShape condition = conditionShape(in);
        Map<String, Object> updatesJson = in.map("AttributeUpdates");
        AttributeNames.checkKeys(in, "AttributeUpdates", updatesJson);
        Map<String, Members> updateShapes = new LinkedHashMap<>();
        if (updatesJson != null) {
            for (Map.Entry<String, Object> e : updatesJson.entrySet()) {
                Members u = in.entry("AttributeUpdates", e.getKey(), e.getValue());
                u.string("Action").oneOf(Shapes.ATTRIBUTE_ACTIONS);
                u.map("Value");
                updateShapes.put(e.getKey(), u);
            }
        }
        in.finish();
        ConditionInput conditionInput = condition.read(in);
        UpdateItem.checkParameterKinds(update, conditionInput, updatesJson != null);
        Map<String, AttributeValue> key = AttributeValueJson.readAttributes(keyJson);
        Map<String, LegacyUpdates.Update> attributeUpdates = null;
        if (updatesJson != null) {
            attributeUpdates = new LinkedHashMap<>();
            for (Map.Entry<String, Members> e : updateShapes.entrySet()) {
                String action = e.getValue().string("Action").get();
                Map<String, Object> value = e.getValue().map("Value");
                attributeUpdates.put(e.getKey(), new LegacyUpdates.Update(action == null ? null : LegacyUpdates.Action.valueOf(action),
                        value == null ? null : AttributeValueJson.read(value)));
            }
        }
        updateItem(new UpdateItem.Request(table, key, update, conditionInput, returnValues, rcc, metrics, attributeUpdates), out);
    }

    /** Executes an UpdateItem request, however it was read, and writes its result. */
    void updateItem(UpdateItem.Request request, JsonGenerator out) throws IOException {
        writeWriteResult(out, updateItem.execute(request), request.returnConsumedCapacity());
    }

    private static Map<String, Object> requiredMap(Members in, String member) {
        Map<String, Object> m = in.map(member);
        if (m == null) {
            in.violations().add(in.pathOf(member), null, "Member must not be null");
        }
        AttributeNames.checkKeys(in, member, m);
        return m;
    }

    /**
     * AttributesToGet (API_GetItem.html, API_Query.html, API_Scan.html): at least one name, each
     * a JSON string of at most 65,535 bytes; null when absent.
     */
    static List<String> attributesToGet(Members in) {
        List<Object> json = in.list("AttributesToGet");
        if (json == null) {
            return null;
        }
        List<String> names = new ArrayList<>(json.size());
        for (Object o : json) {
            names.add(Members.stringElement("AttributesToGet", o));
        }
        in.count("AttributesToGet", json, 1, Integer.MAX_VALUE);
        AttributeNames.checkElements(in, "AttributesToGet", names);
        return names;
    }

    /**
     * The shape of ExpressionAttributeNames, checked with the rest of the request: a map of JSON
     * strings, each an attribute name of at most 65,535 bytes.
     */
    static void expressionNames(Members in) {
        Map<String, Object> json = in.map("ExpressionAttributeNames");
        if (json == null) {
            return;
        }
        for (Object v : json.values()) {
            if (v != JsonTree.NULL) {
                Members.stringElement("ExpressionAttributeNames", v);
            }
        }
        AttributeNames.checkValues(in, "ExpressionAttributeNames", json);
    }

    /** The shape of the condition members, checked with the rest of the request's shape. */
    private record ConditionShape(String expression, String operator, boolean returnOld, Map<String, Object> expected) {
        /** The condition's values, read once the whole shape is known valid. */
        ConditionInput read(Members in) {
            Map<String, ExpectedCondition> exp = null;
            if (expected != null) {
                exp = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : expected.entrySet()) {
                    exp.put(e.getKey(), expectedCondition(e.getKey(), e.getValue()));
                }
            }
            Map<String, AttributeValue> values = attributeValues(in);
            return new ConditionInput(expression, names(in), values, exp,
                    operator == null ? null : ConditionalOperator.valueOf(operator), returnOld);
        }
    }

    private static ConditionShape conditionShape(Members in) {
        String expression = in.string("ConditionExpression").get();
        String operator = in.string("ConditionalOperator").oneOf(Shapes.CONDITIONAL_OPERATOR).get();
        String onFailure = in.string("ReturnValuesOnConditionCheckFailure")
                .oneOf(Shapes.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE).get();
        Map<String, Object> expected = in.map("Expected");
        AttributeNames.checkKeys(in, "Expected", expected);
        expressionNames(in);
        in.map("ExpressionAttributeValues");
        return new ConditionShape(expression, operator, "ALL_OLD".equals(onFailure), expected);
    }

    /** ExpressionAttributeValues, or null when absent; an invalid value is reported with its placeholder. */
    static Map<String, AttributeValue> attributeValues(Members in) {
        Map<String, Object> valuesJson = in.map("ExpressionAttributeValues");
        if (valuesJson == null) {
            return null;
        }
        // A key that is no placeholder is reported before any value is read (dynalite's suite
        // records of live DynamoDB: {":b": <no type>, "b": ...} names the key "b").
        Placeholders.checkValueKeys(valuesJson.keySet());
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : valuesJson.entrySet()) {
            try {
                values.put(e.getKey(), AttributeValueJson.read(e.getValue()));
            } catch (DynamoException bad) {
                if (bad.type() != io.dynaspec.engine.error.ErrorType.VALIDATION) {
                    throw bad;
                }
                // DynamoDB names the placeholder whose value is invalid.
                throw Errors.validation("ExpressionAttributeValues contains invalid value: " + bad.getMessage()
                        + " for key " + e.getKey());
            }
        }
        return values;
    }

    /** ExpressionAttributeNames as strings, or null when absent. */
    static Map<String, String> names(Members in) {
        Map<String, Object> namesJson = in.map("ExpressionAttributeNames");
        if (namesJson == null) {
            return null;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : namesJson.entrySet()) {
            if (!(e.getValue() instanceof String v)) {
                throw Errors.serialization("Unexpected value type in ExpressionAttributeNames: expected a string");
            }
            names.put(e.getKey(), v);
        }
        return names;
    }

    /** One entry of Expected (API_ExpectedAttributeValue.html). */
    @SuppressWarnings("unchecked")
    private static ExpectedCondition expectedCondition(String attribute, Object json) {
        if (!(json instanceof Map)) {
            throw Errors.serialization("Unexpected value type in Expected: expected a structure");
        }
        Members m = Members.of((Map<String, Object>) json);
        Map<String, Object> valueJson = m.map("Value");
        Boolean exists = m.bool("Exists").get();
        String op = m.string("ComparisonOperator").oneOf(Shapes.COMPARISON_OPERATORS).get();
        List<Object> list = m.list("AttributeValueList");
        m.finish();
        List<AttributeValue> values = null;
        if (list != null) {
            values = new ArrayList<>();
            for (Object o : list) {
                values.add(AttributeValueJson.read(o));
            }
        }
        return new ExpectedCondition(valueJson == null ? null : AttributeValueJson.read(valueJson), exists,
                op == null ? null : ComparisonOperator.fromName(op), values);
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

    /** ConsumedCapacity of a multi-table operation: one object per table, or nothing when not asked. */
    static void writeConsumedList(JsonGenerator out, List<Capacity.Consumed> consumed, ReturnConsumedCapacity rcc) throws IOException {
        if (consumed == null || rcc == ReturnConsumedCapacity.NONE) {
            return;
        }
        out.writeArrayFieldStart("ConsumedCapacity");
        for (Capacity.Consumed c : consumed) {
            writeConsumedObject(out, c, rcc);
        }
        out.writeEndArray();
    }

    /** ItemCollectionMetrics of a multi-table write: per table, the metrics of each collection written. */
    static void writeMetricsByTable(JsonGenerator out, Map<String, List<ItemCollectionMetrics>> metrics) throws IOException {
        if (metrics == null || metrics.isEmpty()) {
            return;
        }
        out.writeObjectFieldStart("ItemCollectionMetrics");
        for (Map.Entry<String, List<ItemCollectionMetrics>> e : metrics.entrySet()) {
            out.writeArrayFieldStart(e.getKey());
            for (ItemCollectionMetrics m : e.getValue()) {
                writeMetricsObject(out, m);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    /** API_ItemCollectionMetrics.html. */
    static void writeMetrics(JsonGenerator out, ItemCollectionMetrics m) throws IOException {
        if (m == null) {
            return;
        }
        out.writeFieldName("ItemCollectionMetrics");
        writeMetricsObject(out, m);
    }

    static void writeMetricsObject(JsonGenerator out, ItemCollectionMetrics m) throws IOException {
        out.writeStartObject();
        AttributeValueJson.writeAttributesField(out, "ItemCollectionKey", m.key());
        out.writeArrayFieldStart("SizeEstimateRangeGB");
        for (double d : m.sizeEstimateRangeGb()) {
            out.writeNumber(d);
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
