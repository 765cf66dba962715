package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.ItemPage;
import io.dynaspec.engine.api.Query;
import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.api.Scan;
import io.dynaspec.engine.api.Select;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.ComparisonOperator;
import io.dynaspec.engine.expression.ConditionalOperator;
import io.dynaspec.engine.expression.LegacyCondition;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request shapes and responses of the reads of many items, Query and Scan. */
final class ReadCodec {
    /** API_Scan.html: Segment 0 to 999999, TotalSegments 1 to 1000000. */
    static final long MAX_SEGMENT = 999_999;
    static final long MAX_TOTAL_SEGMENTS = 1_000_000;

    private final Query query;
    private final Scan scan;

    ReadCodec(Cluster cluster) {
        this.query = new Query(cluster);
        this.scan = new Scan(cluster);
    }

    /** API_Query.html, "Request Parameters". */
    void query(Members in, JsonGenerator out) throws IOException {
        String table = Shapes.tableName(in);
        Common common = common(in);
        Map<String, LegacyShape> keyConditions = legacyConditions(in, "KeyConditions");
        Map<String, LegacyShape> queryFilter = legacyConditions(in, "QueryFilter");
        String keyConditionExpression = in.string("KeyConditionExpression").get();
        Boolean forward = in.bool("ScanIndexForward").get();
        in.finish();
        query(new Query.Request(table, common.indexName, keyConditionExpression,
                read(keyConditions), common.filterExpression, read(queryFilter), common.conditionalOperator,
                common.projectionExpression, common.attributesToGet, ItemCodec.names(in), ItemCodec.attributeValues(in),
                common.select, forward == null || forward, common.limit, common.consistentRead,
                startKey(in), common.returnConsumedCapacity), out);
    }

    /** Executes a Query request, however it was read, and writes its result. */
    void query(Query.Request request, JsonGenerator out) throws IOException {
        write(out, query.execute(request), request.returnConsumedCapacity());
    }

    /** API_Scan.html, "Request Parameters". */
    void scan(Members in, JsonGenerator out) throws IOException {
        String table = Shapes.tableName(in);
        Common common = common(in);
        Map<String, LegacyShape> scanFilter = legacyConditions(in, "ScanFilter");
        Long segment = in.integer("Segment").atLeast(0).atMost(MAX_SEGMENT).get();
        Long totalSegments = in.integer("TotalSegments").atLeast(1).atMost(MAX_TOTAL_SEGMENTS).get();
        in.finish();
        // The values of ScanFilter and ExclusiveStartKey are read when Scan comes to judge them,
        // so that their problems are reported in DynamoDB's order among the request's others.
        scan(new Scan.Request(table, common.indexName, common.filterExpression,
                scanFilter == null ? null : () -> read(scanFilter), common.conditionalOperator, common.projectionExpression, common.attributesToGet,
                ItemCodec.names(in), ItemCodec.attributeValues(in), common.select, common.limit,
                segment == null ? null : segment.intValue(), totalSegments == null ? null : totalSegments.intValue(),
                common.consistentRead, in.map("ExclusiveStartKey") == null ? null : () -> startKey(in),
                common.returnConsumedCapacity), out);
    }

    /** Executes a Scan request, however it was read, and writes its result. */
    void scan(Scan.Request request, JsonGenerator out) throws IOException {
        write(out, scan.execute(request), request.returnConsumedCapacity());
    }

    /** The members Query and Scan share, with their constraints. */
    private record Common(String indexName, Select select, List<String> attributesToGet, Integer limit,
                          boolean consistentRead, ConditionalOperator conditionalOperator, String projectionExpression,
                          String filterExpression, ReturnConsumedCapacity returnConsumedCapacity) {
    }

    private static Common common(Members in) {
        // API_Query.html, "IndexName": 3 to 255 characters, as a table name.
        String indexName = in.string("IndexName").length(3, 255).pattern(Shapes.TABLE_NAME).get();
        String select = in.string("Select").oneOf(Shapes.SELECT).get();
        List<String> attributesToGet = ItemCodec.attributesToGet(in);
        Long limit = in.integer("Limit").atLeast(1).get();
        boolean consistent = Boolean.TRUE.equals(in.bool("ConsistentRead").get());
        String operator = in.string("ConditionalOperator").oneOf(Shapes.CONDITIONAL_OPERATOR).get();
        String projection = in.string("ProjectionExpression").get();
        String filter = in.string("FilterExpression").get();
        ReturnConsumedCapacity rcc = Shapes.returnConsumedCapacity(in);
        AttributeNames.checkKeys(in, "ExclusiveStartKey", in.map("ExclusiveStartKey"));
        ItemCodec.expressionNames(in);
        in.map("ExpressionAttributeValues");
        return new Common(indexName,
                select == null || !Shapes.SELECT.contains(select) ? null : Select.valueOf(select),
                attributesToGet,
                limit == null || limit < 1 ? null : (int) Math.min(limit, Integer.MAX_VALUE),
                consistent,
                operator == null || !Shapes.CONDITIONAL_OPERATOR.contains(operator) ? null : ConditionalOperator.valueOf(operator),
                projection, filter, rcc);
    }

    /** One entry of KeyConditions, QueryFilter or ScanFilter, shape-checked, values not yet read. */
    private record LegacyShape(String operator, List<Object> values) {
    }

    /** API_Condition.html: ComparisonOperator is required; AttributeValueList is a list. */
    private static Map<String, LegacyShape> legacyConditions(Members in, String member) {
        Map<String, Object> json = in.map(member);
        if (json == null) {
            return null;
        }
        AttributeNames.checkKeys(in, member, json);
        Map<String, LegacyShape> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : json.entrySet()) {
            Members entry = in.entry(member, e.getKey(), e.getValue());
            String op = entry.string("ComparisonOperator").required().oneOf(Shapes.COMPARISON_OPERATORS).get();
            out.put(e.getKey(), new LegacyShape(op, entry.list("AttributeValueList")));
        }
        return out;
    }

    /** The entries' values, read once the whole shape is known valid. */
    private static Map<String, LegacyCondition> read(Map<String, LegacyShape> shapes) {
        if (shapes == null) {
            return null;
        }
        Map<String, LegacyCondition> out = new LinkedHashMap<>();
        for (Map.Entry<String, LegacyShape> e : shapes.entrySet()) {
            List<AttributeValue> values = null;
            if (e.getValue().values() != null) {
                values = new ArrayList<>();
                for (Object o : e.getValue().values()) {
                    values.add(AttributeValueJson.read(o));
                }
            }
            out.put(e.getKey(), new LegacyCondition(ComparisonOperator.fromName(e.getValue().operator()), values));
        }
        return out;
    }

    /** ExclusiveStartKey; an invalid value is reported as an invalid starting key. */
    private static Map<String, AttributeValue> startKey(Members in) {
        Map<String, Object> json = in.map("ExclusiveStartKey");
        if (json == null) {
            return null;
        }
        try {
            return AttributeValueJson.readAttributes(json);
        } catch (DynamoException e) {
            if (e.type() != ErrorType.VALIDATION) {
                throw e;
            }
            throw startKeyPrefixed(e.getMessage()) ? Errors.validation("The provided starting key is invalid: " + e.getMessage()) : e;
        }
    }

    /**
     * Which faults of a starting key's values DynamoDB reports as an invalid starting key: an
     * empty value or one of several types, a NULL that is not true, an empty string or binary set.
     * A number that is no number or out of range, an empty number set and a set's duplicates are
     * reported as they are elsewhere (dynalite's suite records of live DynamoDB, scan and query
     * validations).
     */
    private static boolean startKeyPrefixed(String message) {
        return !(message.contains("numeric value") || message.contains("significant digits")
                || message.startsWith("Number overflow") || message.startsWith("Number underflow")
                || message.contains("contains duplicates") || message.contains("An number set"));
    }

    /** API_Query.html and API_Scan.html, "Response Elements". */
    private static void write(JsonGenerator out, ItemPage page, ReturnConsumedCapacity rcc) throws IOException {
        if (page.items() != null) {
            out.writeArrayFieldStart("Items");
            for (Item item : page.items()) {
                AttributeValueJson.writeAttributes(out, item.attributes());
            }
            out.writeEndArray();
        }
        out.writeNumberField("Count", page.count());
        out.writeNumberField("ScannedCount", page.scannedCount());
        if (page.lastEvaluatedKey() != null) {
            AttributeValueJson.writeAttributesField(out, "LastEvaluatedKey", page.lastEvaluatedKey());
        }
        ItemCodec.writeConsumed(out, page.consumedCapacity(), rcc);
    }
}
