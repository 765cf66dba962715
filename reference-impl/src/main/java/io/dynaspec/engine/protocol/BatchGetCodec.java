package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.BatchGetItem;
import io.dynaspec.engine.api.Capacity;
import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request shape and response of BatchGetItem (API_BatchGetItem.html, API_KeysAndAttributes.html). */
final class BatchGetCodec {
    private final BatchGetItem batchGetItem;

    BatchGetCodec(Cluster cluster) {
        this.batchGetItem = new BatchGetItem(cluster);
    }

    void batchGetItem(Members in, JsonGenerator out) throws IOException {
        ReturnConsumedCapacity rcc = Shapes.returnConsumedCapacity(in);
        Map<String, Object> requestItems = in.map("RequestItems");
        Map<String, Members> tables = new LinkedHashMap<>();
        if (requestItems == null) {
            in.violations().add(in.pathOf("RequestItems"), null, "Member must not be null");
        } else {
            if (requestItems.isEmpty()) {
                in.violations().add(in.pathOf("RequestItems"), "{}", "Member must have length greater than or equal to 1");
            } else if (requestItems.size() > BatchGetItem.MAX_KEYS) {
                in.violations().add(in.pathOf("RequestItems"), requestItems,
                        "Member must have length less than or equal to " + BatchGetItem.MAX_KEYS);
            }
            for (Map.Entry<String, Object> e : requestItems.entrySet()) {
                tables.put(e.getKey(), in.entry("RequestItems", e.getKey(), e.getValue()));
            }
            for (String table : requestItems.keySet()) {
                if (table.length() < 3 || table.length() > 255 || !Shapes.TABLE_NAME.matcher(table).matches()) {
                    in.violations().add(in.pathOf("RequestItems"), requestItems,
                            "Map keys must satisfy constraint: [Member must have length less than or equal to 255, "
                                    + "Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: "
                                    + Shapes.TABLE_NAME.pattern() + "]");
                    break;
                }
            }
        }
        Map<String, List<Object>> keysJson = new LinkedHashMap<>();
        Map<String, List<String>> toGet = new LinkedHashMap<>();
        for (Map.Entry<String, Members> e : tables.entrySet()) {
            Members t = e.getValue();
            List<Object> keys = t.list("Keys");
            if (keys == null) {
                t.violations().add(t.pathOf("Keys"), null, "Member must not be null");
            } else {
                t.count("Keys", keys, 1, BatchGetItem.MAX_KEYS);
                for (Object k : keys) {
                    if (!(k instanceof Map<?, ?> m)) {
                        throw Members.wrongType("Keys", k, "Map");
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> key = (Map<String, Object>) m;
                    AttributeNames.checkKeys(t, "Keys", key);
                }
            }
            keysJson.put(e.getKey(), keys);
            toGet.put(e.getKey(), ItemCodec.attributesToGet(t));
            t.bool("ConsistentRead");
            t.string("ProjectionExpression");
            ItemCodec.expressionNames(t);
        }
        in.finish();

        Map<String, BatchGetItem.KeysAndAttributes> request = new LinkedHashMap<>();
        for (Map.Entry<String, Members> e : tables.entrySet()) {
            Members t = e.getValue();
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (Object k : keysJson.get(e.getKey())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> key = (Map<String, Object>) k;
                keys.add(AttributeValueJson.readAttributes(key));
            }
            request.put(e.getKey(), new BatchGetItem.KeysAndAttributes(keys,
                    Boolean.TRUE.equals(t.bool("ConsistentRead").get()), t.string("ProjectionExpression").get(),
                    ItemCodec.names(t), toGet.get(e.getKey())));
        }
        batchGetItem(new BatchGetItem.Request(request, rcc), out);
    }

    /** Executes a BatchGetItem request, however it was read, and writes its result. */
    void batchGetItem(BatchGetItem.Request request, JsonGenerator out) throws IOException {
        BatchGetItem.Result r = batchGetItem.execute(request);
        out.writeObjectFieldStart("Responses");
        for (Map.Entry<String, List<Item>> e : r.responses().entrySet()) {
            out.writeArrayFieldStart(e.getKey());
            for (Item item : e.getValue()) {
                AttributeValueJson.writeAttributes(out, item.attributes());
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        out.writeObjectFieldStart("UnprocessedKeys");
        for (Map.Entry<String, BatchGetItem.KeysAndAttributes> e : r.unprocessedKeys().entrySet()) {
            BatchGetItem.KeysAndAttributes ka = e.getValue();
            out.writeObjectFieldStart(e.getKey());
            out.writeArrayFieldStart("Keys");
            for (Map<String, AttributeValue> key : ka.keys()) {
                AttributeValueJson.writeAttributes(out, key);
            }
            out.writeEndArray();
            if (ka.consistentRead()) {
                out.writeBooleanField("ConsistentRead", true);
            }
            if (ka.projectionExpression() != null) {
                out.writeStringField("ProjectionExpression", ka.projectionExpression());
            }
            if (ka.attributeNames() != null) {
                out.writeObjectFieldStart("ExpressionAttributeNames");
                for (Map.Entry<String, String> n : ka.attributeNames().entrySet()) {
                    out.writeStringField(n.getKey(), n.getValue());
                }
                out.writeEndObject();
            }
            if (ka.attributesToGet() != null) {
                out.writeArrayFieldStart("AttributesToGet");
                for (String a : ka.attributesToGet()) {
                    out.writeString(a);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndObject();
        ItemCodec.writeConsumedList(out, r.consumedCapacity(), request.returnConsumedCapacity());
    }
}
