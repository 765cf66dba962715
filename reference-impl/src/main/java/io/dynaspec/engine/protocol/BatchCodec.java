package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.BatchWriteItem;
import io.dynaspec.engine.api.Capacity;
import io.dynaspec.engine.api.ItemCollectionMetrics;
import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.error.Errors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request shape and response of BatchWriteItem (API_BatchWriteItem.html). */
final class BatchCodec {
    private final BatchWriteItem batchWriteItem;

    BatchCodec(Cluster cluster) {
        this.batchWriteItem = new BatchWriteItem(cluster);
    }

    @SuppressWarnings("unchecked")
    void batchWriteItem(Members in, JsonGenerator out) throws IOException {
        Map<String, Object> requestItems = in.map("RequestItems");
        if (requestItems == null) {
            in.violations().add(in.pathOf("RequestItems"), null, "Member must not be null");
        } else if (requestItems.isEmpty()) {
            in.violations().add(in.pathOf("RequestItems"), "{}", "Member must have length greater than or equal to 1");
        } else {
            for (Map.Entry<String, Object> e : requestItems.entrySet()) {
                if (!(e.getValue() instanceof List<?>)) {
                    throw Members.wrongType("RequestItems", e.getValue(), "List");
                }
            }
            for (Map.Entry<String, Object> e : requestItems.entrySet()) {
                List<?> l = (List<?>) e.getValue();
                if (l.isEmpty() || l.size() > BatchWriteItem.MAX_WRITES) {
                    in.violations().add(in.pathOf("RequestItems"), describe(requestItems),
                            "Map value must satisfy constraint: [Member must have length less than or equal to "
                                    + BatchWriteItem.MAX_WRITES + ", Member must have length greater than or equal to 1]");
                    break;
                }
            }
            for (String table : requestItems.keySet()) {
                if (table.length() < 3 || table.length() > 255 || !Shapes.TABLE_NAME.matcher(table).matches()) {
                    in.violations().add(in.pathOf("RequestItems"), describe(requestItems),
                            "Map keys must satisfy constraint: [Member must have length less than or equal to 255, "
                                    + "Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: "
                                    + Shapes.TABLE_NAME.pattern() + "]");
                    break;
                }
            }
            missingItemsAndKeys(in, requestItems);
        }
        ReturnConsumedCapacity rcc = Shapes.returnConsumedCapacity(in);
        boolean metrics = Shapes.returnItemCollectionMetrics(in);
        in.finish();

        Map<String, List<BatchWriteItem.Write>> writes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : requestItems.entrySet()) {
            List<BatchWriteItem.Write> list = new ArrayList<>();
            for (Object o : (List<Object>) e.getValue()) {
                if (!(o instanceof Map)) {
                    throw Members.wrongType("RequestItems", o, "Structure");
                }
                Members w = Members.of((Map<String, Object>) o);
                Members put = w.structure("PutRequest");
                Members delete = w.structure("DeleteRequest");
                if ((put == null) == (delete == null)) {
                    // A WriteRequest holds exactly one of its two members, as an attribute value holds
                    // one type, and DynamoDB words it alike (recorded for {"abc": [{}]}).
                    throw Errors.validation(
                            "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
                }
                if (put != null) {
                    Map<String, Object> item = put.map("Item");
                    AttributeNames.checkKeys(put, "Item", item);
                    put.finish();
                    list.add(new BatchWriteItem.Write(AttributeValueJson.readItem(item), null));
                } else {
                    Map<String, Object> key = delete.map("Key");
                    AttributeNames.checkKeys(delete, "Key", key);
                    delete.finish();
                    list.add(new BatchWriteItem.Write(null, AttributeValueJson.readAttributes(key)));
                }
            }
            writes.put(e.getKey(), list);
        }
        batchWriteItem(new BatchWriteItem.Request(writes, rcc, metrics), out);
    }

    /** Executes a BatchWriteItem request, however it was read, and writes its result. */
    void batchWriteItem(BatchWriteItem.Request request, JsonGenerator out) throws IOException {
        BatchWriteItem.Result r = batchWriteItem.execute(request);
        ReturnConsumedCapacity rcc = request.returnConsumedCapacity();
        boolean metrics = request.returnItemCollectionMetrics();
        out.writeObjectFieldStart("UnprocessedItems");
        for (Map.Entry<String, List<BatchWriteItem.Write>> e : r.unprocessedItems().entrySet()) {
            out.writeArrayFieldStart(e.getKey());
            for (BatchWriteItem.Write w : e.getValue()) {
                out.writeStartObject();
                if (w.item() != null) {
                    out.writeObjectFieldStart("PutRequest");
                    AttributeValueJson.writeAttributesField(out, "Item", w.item().attributes());
                } else {
                    out.writeObjectFieldStart("DeleteRequest");
                    AttributeValueJson.writeAttributesField(out, "Key", w.key());
                }
                out.writeEndObject();
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        ItemCodec.writeConsumedList(out, r.consumedCapacity(), rcc);
        if (metrics) {
            ItemCodec.writeMetricsByTable(out, r.itemCollectionMetrics());
        }
    }

    /**
     * A PutRequest without its Item or a DeleteRequest without its Key, judged with the request's
     * other members: DynamoDB names each by its table and its 1-based place in the table's list,
     * {@code requestItems.<table>.member.<n>.member.putRequest.item}, the DeleteRequest's before
     * the PutRequest's (API_WriteRequest.html; the path as DynamoDB's recorded answers give it).
     */
    private static void missingItemsAndKeys(Members in, Map<String, Object> requestItems) {
        String path = in.pathOf("RequestItems");
        for (Map.Entry<String, Object> e : requestItems.entrySet()) {
            int n = 0;
            for (Object o : (List<?>) e.getValue()) {
                n++;
                if (!(o instanceof Map<?, ?> w)) {
                    continue;
                }
                String at = path + "." + e.getKey() + ".member." + n + ".member.";
                if (w.get("DeleteRequest") instanceof Map<?, ?> delete && delete.get("Key") == null) {
                    in.violations().add(at + "deleteRequest.key", null, "Member must not be null");
                }
                if (w.get("PutRequest") instanceof Map<?, ?> put && put.get("Item") == null) {
                    in.violations().add(at + "putRequest.item", null, "Member must not be null");
                }
            }
        }
    }

    /** DynamoDB prints the request map in its message; the engine prints its shape. */
    private static String describe(Map<String, Object> requestItems) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, Object> e : requestItems.entrySet()) {
            if (b.length() > 1) {
                b.append(", ");
            }
            int n = e.getValue() instanceof List<?> l ? l.size() : 0;
            b.append(e.getKey()).append("=[").append(n).append(" write requests]");
        }
        return b.append('}').toString();
    }
}
