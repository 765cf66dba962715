package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.Capacity;
import io.dynaspec.engine.api.ConditionInput;
import io.dynaspec.engine.api.ItemCollectionMetrics;
import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.api.TransactGetItems;
import io.dynaspec.engine.api.TransactWriteItems;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.Item;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Request shapes and responses of TransactWriteItems and TransactGetItems. */
final class TransactCodec {
    /** API_TransactWriteItems.html, "ClientRequestToken": 1 to 36 characters. */
    private static final int MAX_TOKEN_LENGTH = 36;

    private final TransactWriteItems transactWriteItems;
    private final TransactGetItems transactGetItems;

    TransactCodec(Cluster cluster) {
        this.transactWriteItems = new TransactWriteItems(cluster);
        this.transactGetItems = new TransactGetItems(cluster);
    }

    /** API_TransactWriteItems.html, "Request Parameters". */
    void transactWriteItems(Members in, JsonGenerator out) throws IOException {
        List<Object> items = transactItems(in, TransactWriteItems.MAX_ACTIONS);
        var rcc = Shapes.returnConsumedCapacity(in);
        boolean metrics = Shapes.returnItemCollectionMetrics(in);
        String token = in.string("ClientRequestToken").length(1, MAX_TOKEN_LENGTH).get();
        in.finish();
        List<TransactWriteItems.Action> actions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            actions.add(writeAction(in.element("TransactItems", items, i)));
        }
        in.finish();
        transactWriteItems(new TransactWriteItems.Request(actions, rcc, metrics, token), out);
    }

    /** Executes a TransactWriteItems request, however it was read, and writes its result. */
    void transactWriteItems(TransactWriteItems.Request request, JsonGenerator out) throws IOException {
        TransactWriteItems.Result r = transactWriteItems.execute(request);
        ItemCodec.writeConsumedList(out, r.consumedCapacity(), request.returnConsumedCapacity());
        ItemCodec.writeMetricsByTable(out, r.itemCollectionMetrics());
    }

    /** API_TransactGetItems.html. */
    void transactGetItems(Members in, JsonGenerator out) throws IOException {
        List<Object> items = transactItems(in, TransactGetItems.MAX_ITEMS);
        var rcc = Shapes.returnConsumedCapacity(in);
        in.finish();
        List<TransactGetItems.Get> gets = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Members element = in.element("TransactItems", items, i);
            Members get = element.structure("Get");
            if (get == null) {
                element.violations().add(element.pathOf("Get"), null, "Member must not be null");
                element.finish();
            }
            String table = Shapes.tableName(get);
            Map<String, Object> key = get.map("Key");
            if (key == null) {
                get.violations().add(get.pathOf("Key"), null, "Member must not be null");
            }
            AttributeNames.checkKeys(get, "Key", key);
            String projection = get.string("ProjectionExpression").get();
            ItemCodec.expressionNames(get);
            get.finish();
            gets.add(new TransactGetItems.Get(table, AttributeValueJson.readAttributes(key), projection, ItemCodec.names(get)));
        }
        transactGetItems(new TransactGetItems.Request(gets, rcc), out);
    }

    /** Executes a TransactGetItems request, however it was read, and writes its result. */
    void transactGetItems(TransactGetItems.Request request, JsonGenerator out) throws IOException {
        TransactGetItems.Result r = transactGetItems.execute(request);
        ItemCodec.writeConsumedList(out, r.consumedCapacity(), request.returnConsumedCapacity());
        out.writeArrayFieldStart("Responses");
        for (Item item : r.items()) {
            out.writeStartObject();
            if (item != null) {
                AttributeValueJson.writeAttributesField(out, "Item", item.attributes());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** TransactItems: required, 1 to {@code max} elements. */
    private static List<Object> transactItems(Members in, int max) {
        List<Object> items = in.list("TransactItems");
        if (items == null) {
            in.violations().add(in.pathOf("TransactItems"), null, "Member must not be null");
        } else {
            in.count("TransactItems", items, 1, max);
        }
        return items;
    }

    /** API_TransactWriteItem.html: exactly one of ConditionCheck, Put, Delete, Update. */
    private static TransactWriteItems.Action writeAction(Members element) {
        Members put = element.structure("Put");
        Members update = element.structure("Update");
        Members delete = element.structure("Delete");
        Members check = element.structure("ConditionCheck");
        int n = (put == null ? 0 : 1) + (update == null ? 0 : 1) + (delete == null ? 0 : 1) + (check == null ? 0 : 1);
        if (n != 1) {
            throw Errors.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        if (put != null) {
            String table = Shapes.tableName(put);
            Map<String, Object> item = put.map("Item");
            if (item == null) {
                put.violations().add(put.pathOf("Item"), null, "Member must not be null");
            }
            AttributeNames.checkKeys(put, "Item", item);
            ConditionInput condition = condition(put, false);
            return new TransactWriteItems.Action(TransactWriteItems.Kind.PUT, table, AttributeValueJson.readItem(item), null, null, condition);
        }
        Members m = update != null ? update : delete != null ? delete : check;
        String table = Shapes.tableName(m);
        Map<String, Object> key = m.map("Key");
        if (key == null) {
            m.violations().add(m.pathOf("Key"), null, "Member must not be null");
        }
        AttributeNames.checkKeys(m, "Key", key);
        String updateExpression = null;
        if (update != null) {
            updateExpression = update.string("UpdateExpression").required().get();
        }
        ConditionInput condition = condition(m, check != null);
        TransactWriteItems.Kind kind = update != null ? TransactWriteItems.Kind.UPDATE
                : delete != null ? TransactWriteItems.Kind.DELETE : TransactWriteItems.Kind.CONDITION_CHECK;
        return new TransactWriteItems.Action(kind, table, null, AttributeValueJson.readAttributes(key), updateExpression, condition);
    }

    /** An action's condition members; ConditionCheck requires its expression. */
    private static ConditionInput condition(Members m, boolean required) {
        var expression = m.string("ConditionExpression");
        if (required) {
            expression.required();
        }
        String onFailure = m.string("ReturnValuesOnConditionCheckFailure")
                .oneOf(Shapes.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE).get();
        ItemCodec.expressionNames(m);
        m.map("ExpressionAttributeValues");
        m.finish();
        return new ConditionInput(expression.get(), ItemCodec.names(m), ItemCodec.attributeValues(m), null, null,
                "ALL_OLD".equals(onFailure));
    }
}
