package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynaspec.engine.api.BatchGetItem;
import io.dynaspec.engine.api.BatchWriteItem;
import io.dynaspec.engine.api.ConditionInput;
import io.dynaspec.engine.api.DeleteItem;
import io.dynaspec.engine.api.GetItem;
import io.dynaspec.engine.api.PutItem;
import io.dynaspec.engine.api.Query;
import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.api.ReturnValues;
import io.dynaspec.engine.api.Scan;
import io.dynaspec.engine.api.Select;
import io.dynaspec.engine.api.TransactGetItems;
import io.dynaspec.engine.api.TransactWriteItems;
import io.dynaspec.engine.api.UpdateItem;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * PutItem, GetItem, DeleteItem, UpdateItem, BatchWriteItem, BatchGetItem, Query, Scan,
 * TransactGetItems and TransactWriteItems requests read with Jackson's streaming parser straight
 * from the body's bytes into the api layer's request records, without the tree of
 * {@link JsonTree} and {@link Members}.
 *
 * <p>Only a request in the shape clients send when nothing is wrong is read here: every member of
 * the JSON type its shape declares and within its constraints, no duplicate or null member, each
 * attribute value with exactly one valid type. At the first thing that is not so — malformed
 * JSON, a wrong type, a violated constraint, a legacy parameter (Expected, AttributeUpdates,
 * AttributesToGet, ConditionalOperator, KeyConditions, QueryFilter, ScanFilter) — the reader gives up and returns null, and the request
 * is read again through the tree, which alone words DynamoDB's errors. So the two paths cannot
 * differ in what they answer: this one either builds the very record the tree path would build,
 * or leaves the request to it. Members an operation does not declare are skipped, as the tree
 * path ignores them.
 */
final class StreamedRequests {
    private static final int TABLE_NAME = 1;
    private static final int ITEM = 1 << 1;
    private static final int KEY = 1 << 2;
    private static final int CONDITION_EXPRESSION = 1 << 3;
    private static final int UPDATE_EXPRESSION = 1 << 4;
    private static final int PROJECTION_EXPRESSION = 1 << 5;
    private static final int RETURN_VALUES = 1 << 6;
    private static final int RETURN_CONSUMED_CAPACITY = 1 << 7;
    private static final int RETURN_ITEM_COLLECTION_METRICS = 1 << 8;
    private static final int RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = 1 << 9;
    private static final int EXPRESSION_ATTRIBUTE_NAMES = 1 << 10;
    private static final int EXPRESSION_ATTRIBUTE_VALUES = 1 << 11;
    private static final int CONSISTENT_READ = 1 << 12;
    /** Members this reader leaves to the tree path whenever the operation declares them. */
    private static final int LEGACY = 1 << 13;
    private static final int INDEX_NAME = 1 << 14;
    private static final int SELECT = 1 << 15;
    private static final int LIMIT = 1 << 16;
    private static final int FILTER_EXPRESSION = 1 << 17;
    private static final int EXCLUSIVE_START_KEY = 1 << 18;
    private static final int KEY_CONDITION_EXPRESSION = 1 << 19;
    private static final int SCAN_INDEX_FORWARD = 1 << 20;
    private static final int SEGMENT = 1 << 21;
    private static final int TOTAL_SEGMENTS = 1 << 22;
    private static final int REQUEST_ITEMS = 1 << 23;
    private static final int KEYS = 1 << 24;
    private static final int TRANSACT_ITEMS = 1 << 25;
    private static final int CLIENT_REQUEST_TOKEN = 1 << 26;

    private static final int CONDITION = CONDITION_EXPRESSION | RETURN_VALUES_ON_CONDITION_CHECK_FAILURE
            | EXPRESSION_ATTRIBUTE_NAMES | EXPRESSION_ATTRIBUTE_VALUES | LEGACY;
    private static final int WRITE = TABLE_NAME | RETURN_VALUES | RETURN_CONSUMED_CAPACITY | RETURN_ITEM_COLLECTION_METRICS | CONDITION;
    /** The members each operation declares (API_PutItem.html and the others, "Request Parameters"). */
    private static final int PUT = WRITE | ITEM;
    private static final int DELETE = WRITE | KEY;
    private static final int UPDATE = WRITE | KEY | UPDATE_EXPRESSION;
    private static final int GET = TABLE_NAME | KEY | CONSISTENT_READ | RETURN_CONSUMED_CAPACITY | PROJECTION_EXPRESSION
            | EXPRESSION_ATTRIBUTE_NAMES | LEGACY;
    private static final int QUERY = TABLE_NAME | INDEX_NAME | SELECT | LIMIT | CONSISTENT_READ | PROJECTION_EXPRESSION
            | FILTER_EXPRESSION | RETURN_CONSUMED_CAPACITY | EXCLUSIVE_START_KEY | EXPRESSION_ATTRIBUTE_NAMES
            | EXPRESSION_ATTRIBUTE_VALUES | KEY_CONDITION_EXPRESSION | SCAN_INDEX_FORWARD | LEGACY;
    private static final int SCAN = TABLE_NAME | INDEX_NAME | SELECT | LIMIT | CONSISTENT_READ | PROJECTION_EXPRESSION
            | FILTER_EXPRESSION | RETURN_CONSUMED_CAPACITY | EXCLUSIVE_START_KEY | EXPRESSION_ATTRIBUTE_NAMES
            | EXPRESSION_ATTRIBUTE_VALUES | SEGMENT | TOTAL_SEGMENTS | LEGACY;
    private static final int BATCH_GET = REQUEST_ITEMS | RETURN_CONSUMED_CAPACITY;
    private static final int BATCH_WRITE = REQUEST_ITEMS | RETURN_CONSUMED_CAPACITY | RETURN_ITEM_COLLECTION_METRICS;
    /** API_KeysAndAttributes.html. */
    private static final int KEYS_AND_ATTRIBUTES = KEYS | CONSISTENT_READ | PROJECTION_EXPRESSION | EXPRESSION_ATTRIBUTE_NAMES | LEGACY;
    private static final int TRANSACT_GET = TRANSACT_ITEMS | RETURN_CONSUMED_CAPACITY;
    private static final int TRANSACT_WRITE = TRANSACT_ITEMS | RETURN_CONSUMED_CAPACITY | RETURN_ITEM_COLLECTION_METRICS
            | CLIENT_REQUEST_TOKEN;
    /**
     * The members of a transaction's actions (API_Get.html; API_Put.html, API_Delete.html,
     * API_Update.html, API_ConditionCheck.html): they declare no legacy member, so one is ignored.
     */
    private static final int GET_ACTION = TABLE_NAME | KEY | PROJECTION_EXPRESSION | EXPRESSION_ATTRIBUTE_NAMES;
    private static final int ACTION_CONDITION = TABLE_NAME | CONDITION_EXPRESSION | EXPRESSION_ATTRIBUTE_NAMES
            | EXPRESSION_ATTRIBUTE_VALUES | RETURN_VALUES_ON_CONDITION_CHECK_FAILURE;
    private static final int PUT_ACTION = ACTION_CONDITION | ITEM;
    private static final int KEY_ACTION = ACTION_CONDITION | KEY;
    private static final int UPDATE_ACTION = KEY_ACTION | UPDATE_EXPRESSION;
    /** API_TransactWriteItems.html, "ClientRequestToken": 1 to 36 characters. */
    private static final int MAX_TOKEN_LENGTH = 36;

    /** Signals that the request is left to the tree path; never escapes this class. */
    private static final class GiveUp extends Exception {
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    /** The members read so far. */
    private int seen;
    private String tableName;
    private Map<String, AttributeValue> attributes;
    private String conditionExpression;
    private String updateExpression;
    private String projectionExpression;
    private String returnValues;
    private String returnConsumedCapacity;
    private String returnItemCollectionMetrics;
    private String returnValuesOnConditionCheckFailure;
    private Map<String, String> names;
    private Map<String, AttributeValue> values;
    private boolean consistentRead;
    private String indexName;
    private String select;
    private Integer limit;
    private String filterExpression;
    private Map<String, AttributeValue> startKey;
    private String keyConditionExpression;
    private Boolean scanIndexForward;
    private Integer segment;
    private Integer totalSegments;
    private Map<String, BatchGetItem.KeysAndAttributes> requestItems;
    private Map<String, List<BatchWriteItem.Write>> writes;
    private List<Map<String, AttributeValue>> keys;
    private List<TransactGetItems.Get> gets;
    private List<TransactWriteItems.Action> actions;
    private String clientRequestToken;

    private StreamedRequests() {
    }

    /** A PutItem request, or null to read it through the tree. */
    static PutItem.Request putItem(byte[] buffer, int offset, int length) {
        StreamedRequests r = read(buffer, offset, length, PUT);
        if (r == null || r.attributes == null) {
            return null;
        }
        return new PutItem.Request(r.tableName, Item.of(r.attributes), r.condition(), r.returnValues(),
                r.returnConsumedCapacity(), r.returnItemCollectionMetrics());
    }

    /** A DeleteItem request, or null to read it through the tree. */
    static DeleteItem.Request deleteItem(byte[] buffer, int offset, int length) {
        StreamedRequests r = read(buffer, offset, length, DELETE);
        if (r == null || r.attributes == null) {
            return null;
        }
        return new DeleteItem.Request(r.tableName, r.attributes, r.condition(), r.returnValues(),
                r.returnConsumedCapacity(), r.returnItemCollectionMetrics());
    }

    /** An UpdateItem request, or null to read it through the tree. */
    static UpdateItem.Request updateItem(byte[] buffer, int offset, int length) {
        StreamedRequests r = read(buffer, offset, length, UPDATE);
        if (r == null || r.attributes == null) {
            return null;
        }
        return new UpdateItem.Request(r.tableName, r.attributes, r.updateExpression, r.condition(), r.returnValues(),
                r.returnConsumedCapacity(), r.returnItemCollectionMetrics(), null);
    }

    /** A GetItem request, or null to read it through the tree. */
    static GetItem.Request getItem(byte[] buffer, int offset, int length) {
        StreamedRequests r = read(buffer, offset, length, GET);
        if (r == null || r.attributes == null) {
            return null;
        }
        return new GetItem.Request(r.tableName, r.attributes, r.consistentRead, r.projectionExpression, r.names, null,
                r.returnConsumedCapacity());
    }

    /** A Query request, or null to read it through the tree (API_Query.html, "Request Parameters"). */
    static Query.Request query(byte[] buffer, int offset, int length) {
        StreamedRequests r = read(buffer, offset, length, QUERY);
        if (r == null) {
            return null;
        }
        return new Query.Request(r.tableName, r.indexName, r.keyConditionExpression, null, r.filterExpression, null, null,
                r.projectionExpression, null, r.names, r.values, r.select == null ? null : Select.valueOf(r.select),
                r.scanIndexForward == null || r.scanIndexForward, r.limit, r.consistentRead, r.startKey,
                r.returnConsumedCapacity());
    }

    /** A Scan request, or null to read it through the tree (API_Scan.html, "Request Parameters"). */
    static Scan.Request scan(byte[] buffer, int offset, int length) {
        StreamedRequests r = read(buffer, offset, length, SCAN);
        if (r == null) {
            return null;
        }
        Map<String, AttributeValue> startKey = r.startKey;
        return new Scan.Request(r.tableName, r.indexName, r.filterExpression, null, null, r.projectionExpression, null,
                r.names, r.values, r.select == null ? null : Select.valueOf(r.select), r.limit, r.segment, r.totalSegments,
                r.consistentRead, startKey == null ? null : () -> startKey, r.returnConsumedCapacity());
    }

    /**
     * A BatchGetItem request, or null to read it through the tree: RequestItems maps each table
     * (a valid table name) to its KeysAndAttributes, with 1 to 100 keys in all (API_BatchGetItem.html).
     */
    static BatchGetItem.Request batchGetItem(byte[] buffer, int offset, int length) {
        StreamedRequests r = read(buffer, offset, length, BATCH_GET);
        if (r == null || r.requestItems == null) {
            return null;
        }
        return new BatchGetItem.Request(r.requestItems, r.returnConsumedCapacity());
    }

    /** A TransactGetItems request, or null to read it through the tree (API_TransactGetItems.html). */
    static TransactGetItems.Request transactGetItems(byte[] buffer, int offset, int length) {
        StreamedRequests r = read(buffer, offset, length, TRANSACT_GET);
        if (r == null || r.gets == null) {
            return null;
        }
        return new TransactGetItems.Request(r.gets, r.returnConsumedCapacity());
    }

    /** A TransactWriteItems request, or null to read it through the tree (API_TransactWriteItems.html). */
    static TransactWriteItems.Request transactWriteItems(byte[] buffer, int offset, int length) {
        StreamedRequests r = read(buffer, offset, length, TRANSACT_WRITE);
        if (r == null || r.actions == null) {
            return null;
        }
        return new TransactWriteItems.Request(r.actions, r.returnConsumedCapacity(), r.returnItemCollectionMetrics(),
                r.clientRequestToken);
    }

    /**
     * A BatchWriteItem request, or null to read it through the tree: RequestItems maps each table
     * (a valid table name) to 1 to 25 write requests, each exactly one PutRequest with its Item or
     * DeleteRequest with its Key (API_BatchWriteItem.html, API_WriteRequest.html).
     */
    static BatchWriteItem.Request batchWriteItem(byte[] buffer, int offset, int length) {
        StreamedRequests r = read(buffer, offset, length, BATCH_WRITE);
        if (r == null || r.writes == null) {
            return null;
        }
        return new BatchWriteItem.Request(r.writes, r.returnConsumedCapacity(), r.returnItemCollectionMetrics());
    }

    /** BatchWriteItem's RequestItems: valid table names to their 1 to 25 write requests. */
    private static Map<String, List<BatchWriteItem.Write>> writeRequests(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t != JsonToken.START_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        Map<String, List<BatchWriteItem.Write>> writes = new LinkedHashMap<>();
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
            String table = p.currentName();
            if (!validName(table) || p.nextToken() != JsonToken.START_ARRAY) {
                throw GiveUp.INSTANCE;
            }
            List<BatchWriteItem.Write> list = new ArrayList<>();
            for (JsonToken w = p.nextToken(); w != JsonToken.END_ARRAY; w = p.nextToken()) {
                list.add(write(p, w));
            }
            if (list.isEmpty() || list.size() > BatchWriteItem.MAX_WRITES || writes.put(table, list) != null) {
                throw GiveUp.INSTANCE;
            }
        }
        if (writes.isEmpty()) {
            throw GiveUp.INSTANCE;
        }
        return writes;
    }

    /** One write request: {"PutRequest": {"Item": ...}} or {"DeleteRequest": {"Key": ...}}, nothing else. */
    private static BatchWriteItem.Write write(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
            throw GiveUp.INSTANCE;
        }
        String kind = p.currentName();
        boolean put = kind.equals("PutRequest");
        if (!put && !kind.equals("DeleteRequest")
                || p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                || !p.currentName().equals(put ? "Item" : "Key")) {
            throw GiveUp.INSTANCE;
        }
        Map<String, AttributeValue> attributes = attributeMap(p, p.nextToken());
        if (p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != JsonToken.END_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        return put ? new BatchWriteItem.Write(Item.of(attributes), null) : new BatchWriteItem.Write(null, attributes);
    }

    /** The members an operation declares, read and judged; null when the tree path must read them. */
    private static StreamedRequests read(byte[] buffer, int offset, int length, int declared) {
        if (length == 0) {
            return null;
        }
        try (JsonParser p = JsonTree.FACTORY.createParser(buffer, offset, length)) {
            StreamedRequests r = object(p, p.nextToken(), declared);
            return p.nextToken() == null ? r : null;
        } catch (GiveUp | IOException | RuntimeException e) {
            // Malformed JSON or any value the tree path words an error for: it reads the request again.
            return null;
        }
    }

    /** One JSON object of the members {@code declared}, read and judged. */
    private static StreamedRequests object(JsonParser p, JsonToken t, int declared) throws IOException, GiveUp {
        if (t != JsonToken.START_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        StreamedRequests r = new StreamedRequests();
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
            r.member(p, p.currentName(), declared);
        }
        if (!r.valid(declared)) {
            throw GiveUp.INSTANCE;
        }
        return r;
    }

    private void member(JsonParser p, String name, int declared) throws IOException, GiveUp {
        int m = memberBit(name);
        if ((m & declared) == 0) {
            // Not a member of this operation: ignored, as the tree path ignores it.
            p.nextToken();
            p.skipChildren();
            return;
        }
        if ((seen & m) != 0 || m == LEGACY) {
            throw GiveUp.INSTANCE;
        }
        seen |= m;
        JsonToken t = p.nextToken();
        switch (m) {
            case TABLE_NAME -> tableName = string(p, t);
            case ITEM, KEY -> attributes = attributeMap(p, t);
            case CONDITION_EXPRESSION -> conditionExpression = string(p, t);
            case UPDATE_EXPRESSION -> updateExpression = string(p, t);
            case PROJECTION_EXPRESSION -> projectionExpression = string(p, t);
            case RETURN_VALUES -> returnValues = string(p, t);
            case RETURN_CONSUMED_CAPACITY -> returnConsumedCapacity = string(p, t);
            case RETURN_ITEM_COLLECTION_METRICS -> returnItemCollectionMetrics = string(p, t);
            case RETURN_VALUES_ON_CONDITION_CHECK_FAILURE -> returnValuesOnConditionCheckFailure = string(p, t);
            case EXPRESSION_ATTRIBUTE_NAMES -> names = nameMap(p, t);
            case EXPRESSION_ATTRIBUTE_VALUES -> values = valueMap(p, t);
            case CONSISTENT_READ -> consistentRead = bool(t);
            case INDEX_NAME -> indexName = string(p, t);
            case SELECT -> select = string(p, t);
            case LIMIT -> limit = integer(p, t, 1, Integer.MAX_VALUE);
            case FILTER_EXPRESSION -> filterExpression = string(p, t);
            case EXCLUSIVE_START_KEY -> startKey = attributeMap(p, t);
            case KEY_CONDITION_EXPRESSION -> keyConditionExpression = string(p, t);
            case SCAN_INDEX_FORWARD -> scanIndexForward = bool(t);
            case SEGMENT -> segment = integer(p, t, 0, ReadCodec.MAX_SEGMENT);
            case TOTAL_SEGMENTS -> totalSegments = integer(p, t, 1, ReadCodec.MAX_TOTAL_SEGMENTS);
            case REQUEST_ITEMS -> {
                if (declared == BATCH_WRITE) {
                    writes = writeRequests(p, t);
                } else {
                    requestItems = keysAndAttributes(p, t);
                }
            }
            case KEYS -> keys = keys(p, t);
            case TRANSACT_ITEMS -> transactItems(p, t, declared == TRANSACT_WRITE);
            case CLIENT_REQUEST_TOKEN -> clientRequestToken = string(p, t);
            default -> throw GiveUp.INSTANCE;
        }
    }

    private static int memberBit(String name) {
        return switch (name) {
            case "TableName" -> TABLE_NAME;
            case "Item" -> ITEM;
            case "Key" -> KEY;
            case "ConditionExpression" -> CONDITION_EXPRESSION;
            case "UpdateExpression" -> UPDATE_EXPRESSION;
            case "ProjectionExpression" -> PROJECTION_EXPRESSION;
            case "ReturnValues" -> RETURN_VALUES;
            case "ReturnConsumedCapacity" -> RETURN_CONSUMED_CAPACITY;
            case "ReturnItemCollectionMetrics" -> RETURN_ITEM_COLLECTION_METRICS;
            case "ReturnValuesOnConditionCheckFailure" -> RETURN_VALUES_ON_CONDITION_CHECK_FAILURE;
            case "ExpressionAttributeNames" -> EXPRESSION_ATTRIBUTE_NAMES;
            case "ExpressionAttributeValues" -> EXPRESSION_ATTRIBUTE_VALUES;
            case "ConsistentRead" -> CONSISTENT_READ;
            case "IndexName" -> INDEX_NAME;
            case "Select" -> SELECT;
            case "Limit" -> LIMIT;
            case "FilterExpression" -> FILTER_EXPRESSION;
            case "ExclusiveStartKey" -> EXCLUSIVE_START_KEY;
            case "KeyConditionExpression" -> KEY_CONDITION_EXPRESSION;
            case "ScanIndexForward" -> SCAN_INDEX_FORWARD;
            case "Segment" -> SEGMENT;
            case "TotalSegments" -> TOTAL_SEGMENTS;
            case "RequestItems" -> REQUEST_ITEMS;
            case "Keys" -> KEYS;
            case "TransactItems" -> TRANSACT_ITEMS;
            case "ClientRequestToken" -> CLIENT_REQUEST_TOKEN;
            case "Expected", "ConditionalOperator", "AttributeUpdates", "AttributesToGet", "KeyConditions", "QueryFilter",
                 "ScanFilter" -> LEGACY;
            default -> 0;
        };
    }

    /**
     * The constraints the tree path judges before it reads any attribute value (Shapes,
     * AttributeNames): when one fails, the tree path words the ValidationException.
     */
    private boolean valid(int declared) {
        return (tableName == null ? (declared & TABLE_NAME) == 0
                    : validName(tableName))
                && (returnValues == null || Shapes.RETURN_VALUES.contains(returnValues))
                && (returnConsumedCapacity == null || Shapes.RETURN_CONSUMED_CAPACITY.contains(returnConsumedCapacity))
                && (returnItemCollectionMetrics == null || Shapes.RETURN_ITEM_COLLECTION_METRICS.contains(returnItemCollectionMetrics))
                && (returnValuesOnConditionCheckFailure == null
                    || Shapes.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE.contains(returnValuesOnConditionCheckFailure))
                && (indexName == null || validName(indexName))
                && (select == null || Shapes.SELECT.contains(select))
                && (clientRequestToken == null || !clientRequestToken.isEmpty() && clientRequestToken.length() <= MAX_TOKEN_LENGTH);
    }

    /** BatchGetItem's RequestItems: valid table names to KeysAndAttributes, 1 to 100 keys in all. */
    private static Map<String, BatchGetItem.KeysAndAttributes> keysAndAttributes(JsonParser p, JsonToken t)
            throws IOException, GiveUp {
        if (t != JsonToken.START_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        Map<String, BatchGetItem.KeysAndAttributes> out = new LinkedHashMap<>();
        int total = 0;
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
            String table = p.currentName();
            StreamedRequests r = object(p, p.nextToken(), KEYS_AND_ATTRIBUTES);
            if (r.keys == null || r.keys.isEmpty() || !validName(table)
                    || out.put(table, new BatchGetItem.KeysAndAttributes(r.keys, r.consistentRead, r.projectionExpression,
                            r.names, null)) != null) {
                throw GiveUp.INSTANCE;
            }
            total += r.keys.size();
        }
        // More keys than a request may hold, or more tables, or none: the tree path words it.
        if (out.isEmpty() || total > BatchGetItem.MAX_KEYS) {
            throw GiveUp.INSTANCE;
        }
        return out;
    }

    /** KeysAndAttributes' Keys: a list of keys. */
    private static List<Map<String, AttributeValue>> keys(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t != JsonToken.START_ARRAY) {
            throw GiveUp.INSTANCE;
        }
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            out.add(attributeMap(p, e));
        }
        return out;
    }

    /**
     * TransactItems: 1 to 100 elements, each an object of exactly one action — Get for
     * TransactGetItems (API_TransactGetItem.html), ConditionCheck, Put, Delete or Update for
     * TransactWriteItems (API_TransactWriteItem.html).
     */
    private void transactItems(JsonParser p, JsonToken t, boolean write) throws IOException, GiveUp {
        if (t != JsonToken.START_ARRAY) {
            throw GiveUp.INSTANCE;
        }
        List<TransactGetItems.Get> getList = new ArrayList<>();
        List<TransactWriteItems.Action> actionList = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
                throw GiveUp.INSTANCE;
            }
            String kind = p.currentName();
            if (write) {
                actionList.add(action(p, kind));
            } else if (kind.equals("Get")) {
                StreamedRequests g = object(p, p.nextToken(), GET_ACTION);
                if (g.attributes == null) {
                    throw GiveUp.INSTANCE;
                }
                getList.add(new TransactGetItems.Get(g.tableName, g.attributes, g.projectionExpression, g.names));
            } else {
                throw GiveUp.INSTANCE;
            }
            if (p.nextToken() != JsonToken.END_OBJECT) {
                throw GiveUp.INSTANCE;
            }
        }
        int n = write ? actionList.size() : getList.size();
        if (n == 0 || n > (write ? TransactWriteItems.MAX_ACTIONS : TransactGetItems.MAX_ITEMS)) {
            throw GiveUp.INSTANCE;
        }
        if (write) {
            actions = actionList;
        } else {
            gets = getList;
        }
    }

    /** One write action; ConditionCheck requires its ConditionExpression, Update its UpdateExpression. */
    private static TransactWriteItems.Action action(JsonParser p, String kind) throws IOException, GiveUp {
        TransactWriteItems.Kind k = switch (kind) {
            case "Put" -> TransactWriteItems.Kind.PUT;
            case "Delete" -> TransactWriteItems.Kind.DELETE;
            case "Update" -> TransactWriteItems.Kind.UPDATE;
            case "ConditionCheck" -> TransactWriteItems.Kind.CONDITION_CHECK;
            default -> throw GiveUp.INSTANCE;
        };
        boolean put = k == TransactWriteItems.Kind.PUT;
        StreamedRequests a = object(p, p.nextToken(),
                put ? PUT_ACTION : k == TransactWriteItems.Kind.UPDATE ? UPDATE_ACTION : KEY_ACTION);
        if (a.attributes == null || k == TransactWriteItems.Kind.UPDATE && a.updateExpression == null
                || k == TransactWriteItems.Kind.CONDITION_CHECK && a.conditionExpression == null) {
            throw GiveUp.INSTANCE;
        }
        return new TransactWriteItems.Action(k, a.tableName, put ? Item.of(a.attributes) : null, put ? null : a.attributes,
                a.updateExpression, a.condition());
    }

    /**
     * A table or index name within its constraints (API_CreateTable.html, TableName and IndexName:
     * 3 to 255 characters of {@link Shapes#TABLE_NAME}, [a-zA-Z0-9_.-]+).
     */
    private static boolean validName(String s) {
        return s.length() >= 3 && s.length() <= 255 && tableNameCharacters(s);
    }

    /** {@link Shapes#TABLE_NAME}: [a-zA-Z0-9_.-]+. */
    private static boolean tableNameCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private ConditionInput condition() {
        return new ConditionInput(conditionExpression, names, values, null, null, "ALL_OLD".equals(returnValuesOnConditionCheckFailure));
    }

    private ReturnValues returnValues() {
        return returnValues == null ? ReturnValues.NONE : ReturnValues.valueOf(returnValues);
    }

    private ReturnConsumedCapacity returnConsumedCapacity() {
        return returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : ReturnConsumedCapacity.valueOf(returnConsumedCapacity);
    }

    private boolean returnItemCollectionMetrics() {
        return "SIZE".equals(returnItemCollectionMetrics);
    }

    private static boolean bool(JsonToken t) throws GiveUp {
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw GiveUp.INSTANCE;
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** Limit, Segment, TotalSegments: a JSON integer from min to max; anything else the tree path judges. */
    private static Integer integer(JsonParser p, JsonToken t, long min, long max) throws IOException, GiveUp {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw GiveUp.INSTANCE;
        }
        String text = p.getText();
        if (text.length() > 10 || text.startsWith("-")) {
            throw GiveUp.INSTANCE;
        }
        long v = Long.parseLong(text);
        if (v < min || v > max) {
            throw GiveUp.INSTANCE;
        }
        return (int) v;
    }

    private static String string(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t != JsonToken.VALUE_STRING) {
            throw GiveUp.INSTANCE;
        }
        return p.getText();
    }

    /** Item or Key: attribute names, each within DynamoDB's name limit, to values. */
    private static Map<String, AttributeValue> attributeMap(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t != JsonToken.START_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        return attributes(p, 0);
    }

    /**
     * The members of an object of attributes whose START_OBJECT is read: names within DynamoDB's
     * name limit, each once, to values held at {@code depth}.
     */
    private static Map<String, AttributeValue> attributes(JsonParser p, int depth) throws IOException, GiveUp {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
            String name = p.currentName();
            if (Item.nameTooLong(name) || out.put(name, value(p, p.nextToken(), depth)) != null) {
                throw GiveUp.INSTANCE;
            }
        }
        return out;
    }

    /** ExpressionAttributeNames: placeholders to attribute names, each within the name limit. */
    private static Map<String, String> nameMap(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t != JsonToken.START_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
            String placeholder = p.currentName();
            String name = string(p, p.nextToken());
            if (Item.nameTooLong(name) || out.put(placeholder, name) != null) {
                throw GiveUp.INSTANCE;
            }
        }
        return out;
    }

    /** ExpressionAttributeValues: placeholders to values. */
    private static Map<String, AttributeValue> valueMap(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t != JsonToken.START_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
            String placeholder = p.currentName();
            if (out.put(placeholder, value(p, p.nextToken(), 0)) != null) {
                throw GiveUp.INSTANCE;
            }
        }
        return out;
    }

    /**
     * One attribute value, {@code {"<type>": ...}} with exactly one member, read by the rules of
     * {@link AttributeValueJson}; {@code depth} counts the maps and lists that hold it.
     */
    private static AttributeValue value(JsonParser p, JsonToken t, int depth) throws IOException, GiveUp {
        if (t != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
            throw GiveUp.INSTANCE;
        }
        String type = p.currentName();
        JsonToken b = p.nextToken();
        AttributeValue v = switch (type) {
            case "S" -> new AttributeValue.S(string(p, b));
            case "N" -> new AttributeValue.N(DynamoNumber.parse(string(p, b)));
            case "B" -> new AttributeValue.B(Bytes.fromBase64(AttributeValueJson.canonicalBase64(string(p, b))));
            case "BOOL" -> {
                if (b != JsonToken.VALUE_TRUE && b != JsonToken.VALUE_FALSE) {
                    throw GiveUp.INSTANCE;
                }
                yield AttributeValue.Bool.of(b == JsonToken.VALUE_TRUE);
            }
            case "NULL" -> {
                if (b != JsonToken.VALUE_TRUE) {
                    throw GiveUp.INSTANCE;
                }
                yield AttributeValue.Null.INSTANCE;
            }
            case "SS" -> {
                List<String> members = strings(p, b);
                LinkedHashSet<String> set = new LinkedHashSet<>(members);
                if (set.size() != members.size()) {
                    throw GiveUp.INSTANCE;
                }
                yield new AttributeValue.SS(set);
            }
            case "NS" -> {
                List<String> texts = strings(p, b);
                List<DynamoNumber> members = new ArrayList<>(texts.size());
                for (String s : texts) {
                    members.add(DynamoNumber.parse(s));
                }
                if (new HashSet<>(members).size() != members.size()) {
                    throw GiveUp.INSTANCE;
                }
                yield new AttributeValue.NS(new LinkedHashSet<>(members));
            }
            case "BS" -> {
                List<String> texts = strings(p, b);
                List<Bytes> members = new ArrayList<>(texts.size());
                for (String s : texts) {
                    members.add(Bytes.fromBase64(AttributeValueJson.canonicalBase64(s)));
                }
                if (new HashSet<>(members).size() != members.size()) {
                    throw GiveUp.INSTANCE;
                }
                yield new AttributeValue.BS(new LinkedHashSet<>(members));
            }
            case "M" -> {
                if (depth >= AttributeValueJson.MAX_DEPTH - 1 || b != JsonToken.START_OBJECT) {
                    throw GiveUp.INSTANCE;
                }
                yield new AttributeValue.M(attributes(p, depth + 1));
            }
            case "L" -> {
                if (depth >= AttributeValueJson.MAX_DEPTH - 1 || b != JsonToken.START_ARRAY) {
                    throw GiveUp.INSTANCE;
                }
                List<AttributeValue> elements = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    elements.add(value(p, e, depth + 1));
                }
                yield new AttributeValue.L(elements);
            }
            default -> throw GiveUp.INSTANCE;
        };
        if (p.nextToken() != JsonToken.END_OBJECT) {
            // A second member, even a null or an unknown one: the tree path judges it.
            throw GiveUp.INSTANCE;
        }
        return v;
    }

    /** The members of a set: a non-empty JSON array of strings. */
    private static List<String> strings(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t != JsonToken.START_ARRAY) {
            throw GiveUp.INSTANCE;
        }
        List<String> out = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            out.add(string(p, e));
        }
        if (out.isEmpty()) {
            throw GiveUp.INSTANCE;
        }
        return out;
    }
}
