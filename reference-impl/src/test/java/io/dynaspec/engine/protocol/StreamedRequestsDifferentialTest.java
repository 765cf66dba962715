package io.dynaspec.engine.protocol;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Cluster;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming read of PutItem, GetItem, DeleteItem, UpdateItem, BatchWriteItem, BatchGetItem, Query, Scan,
 * TransactGetItems and TransactWriteItems against the tree read it
 * stands in for: two engines with the same seed and tables, one reading those requests with the
 * streaming parser first, the other through the tree only, are sent the same seeded sequence of
 * requests — valid ones, and valid ones broken one way each (a member of another JSON type, a
 * duplicate or null member, an invalid attribute value, a constraint violated, a legacy member,
 * broken JSON) — and must answer every one with the same status and the same bytes. Writes that
 * succeed change both engines alike, so later reads compare the items written.
 * {@code -Ddifferential.seed} (default 1) and {@code -Ddifferential.requests} (default 3000)
 * choose the run.
 */
class StreamedRequestsDifferentialTest {
    private static final long SEED = Long.getLong("differential.seed", 1L);
    private static final int REQUESTS = Integer.getInteger("differential.requests", 3000);
    private static final String PREFIX = Protocol.TARGET_PREFIX;
    private static final String[] OPERATIONS = {"PutItem", "GetItem", "DeleteItem", "UpdateItem", "BatchWriteItem", "Query",
        "Scan", "BatchGetItem", "TransactGetItems", "TransactWriteItems"};

    private final SplittableRandom random = new SplittableRandom(SEED);

    @Test
    void bothReadsAnswerEveryRequestAlike() {
        Protocol streaming = new Protocol(new Cluster(AckRule.QUORUM, 11), true);
        Protocol tree = new Protocol(new Cluster(AckRule.QUORUM, 11), false);
        for (Protocol p : List.of(streaming, tree)) {
            assertEquals(200, p.handle(PREFIX + "CreateTable", bytes("{\"TableName\":\"Diff\",\"AttributeDefinitions\":["
                    + "{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
                    + "\"BillingMode\":\"PAY_PER_REQUEST\"}")).status());
            assertEquals(200, p.handle(PREFIX + "CreateTable", bytes("{\"TableName\":\"Solo\",\"AttributeDefinitions\":["
                    + "{\"AttributeName\":\"id\",\"AttributeType\":\"B\"}],\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                    + "\"BillingMode\":\"PAY_PER_REQUEST\"}")).status());
        }
        int ok = 0;
        // Per operation: requests sent, requests the streaming read answered, successes.
        Map<String, int[]> counts = new TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
            byte[] body = request(operation);
            long streamedBefore = streaming.streamedRequests();
            Protocol.Response a = streaming.handle(PREFIX + operation, body);
            Protocol.Response b = tree.handle(PREFIX + operation, body);
            String what = "request " + i + ", " + operation + ": " + new String(body, StandardCharsets.UTF_8);
            assertEquals(b.status(), a.status(), what);
            assertEquals(new String(b.body(), StandardCharsets.UTF_8), new String(a.body(), StandardCharsets.UTF_8), what);
            int[] c = counts.computeIfAbsent(operation, k -> new int[3]);
            c[0]++;
            c[1] += (int) (streaming.streamedRequests() - streamedBefore);
            if (a.status() == 200) {
                ok++;
                c[2]++;
            }
        }
        assertEquals(0, tree.streamedRequests(), "the reference reads everything through the tree");
        // Both sides of the comparison are exercised: many requests take the streaming read, many
        // are left to the tree, and many succeed.
        assertTrue(streaming.streamedRequests() > REQUESTS / 4, streaming.streamedRequests() + " streamed");
        assertTrue(streaming.streamedRequests() < REQUESTS * 3 / 4, streaming.streamedRequests() + " streamed");
        assertTrue(ok > REQUESTS / 5, ok + " succeeded");
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            String figures = e.getKey() + ": " + c[0] + " requests, " + c[1] + " streamed, " + c[2] + " succeeded";
            assertTrue(c[1] > c[0] / 10 && c[1] < c[0] * 9 / 10 && c[2] > c[0] / 10, figures);
        }
    }

    // --- requests ---

    /** A request body: a valid one, broken one way half of the time. */
    private byte[] request(String operation) {
        if (operation.equals("BatchWriteItem")) {
            return batch();
        }
        switch (operation) {
            case "Query" -> {
                return query();
            }
            case "Scan" -> {
                return scan();
            }
            case "BatchGetItem" -> {
                return batchGet();
            }
            case "TransactGetItems" -> {
                return transactGet();
            }
            case "TransactWriteItems" -> {
                return transactWrite();
            }
            default -> {
            }
        }
        boolean solo = random.nextInt(4) == 0;
        List<String[]> members = new ArrayList<>();
        members.add(new String[]{"TableName", quote(solo ? "Solo" : "Diff")});
        String keyMember = operation.equals("PutItem") ? "Item" : "Key";
        members.add(new String[]{keyMember, operation.equals("PutItem") ? item(solo) : key(solo)});
        List<String> placeholders = new ArrayList<>();
        List<String> valuePlaceholders = new ArrayList<>();
        switch (operation) {
            case "GetItem" -> {
                if (random.nextBoolean()) {
                    members.add(new String[]{"ConsistentRead", random.nextBoolean() ? "true" : "false"});
                }
                if (random.nextInt(3) == 0) {
                    members.add(new String[]{"ProjectionExpression", quote(pick("#a, n", "#a", "m.x, l[0]", "#a.b"))});
                    placeholders.add("#a");
                }
            }
            case "UpdateItem" -> {
                String update = pick("SET #a = :v", "SET n = n + :one", "ADD cnt :one", "REMOVE #a", "SET #a = :v REMOVE q",
                        "SET #a = if_not_exists(#a, :v)", "SET l = list_append(:l, :l)");
                members.add(new String[]{"UpdateExpression", quote(update)});
                collect(update, placeholders, valuePlaceholders);
            }
            default -> {
            }
        }
        if (!operation.equals("GetItem")) {
            if (random.nextBoolean()) {
                String condition = pick("attribute_not_exists(pk)", "attribute_exists(#a)", "#a = :v", "size(#a) > :one",
                        "begins_with(#a, :v) OR n < :one", "attribute_type(#a, :t)");
                members.add(new String[]{"ConditionExpression", quote(condition)});
                collect(condition, placeholders, valuePlaceholders);
                if (random.nextBoolean()) {
                    members.add(new String[]{"ReturnValuesOnConditionCheckFailure", quote(pick("ALL_OLD", "NONE"))});
                }
            }
            if (random.nextBoolean()) {
                members.add(new String[]{"ReturnValues", quote(pick("NONE", "ALL_OLD", "ALL_NEW", "UPDATED_OLD", "UPDATED_NEW"))});
            }
            if (random.nextInt(3) == 0) {
                members.add(new String[]{"ReturnItemCollectionMetrics", quote(pick("SIZE", "NONE"))});
            }
        }
        if (random.nextInt(3) == 0) {
            members.add(new String[]{"ReturnConsumedCapacity", quote(pick("TOTAL", "INDEXES", "NONE"))});
        }
        if (!placeholders.isEmpty()) {
            StringBuilder names = new StringBuilder("{");
            for (String p : placeholders) {
                names.append(names.length() > 1 ? "," : "").append(quote(p)).append(':').append(quote(pick("a", "s", "n", "pk")));
            }
            members.add(new String[]{"ExpressionAttributeNames", names.append('}').toString()});
        }
        if (!valuePlaceholders.isEmpty()) {
            StringBuilder values = new StringBuilder("{");
            for (String p : valuePlaceholders) {
                String v = switch (p) {
                    case ":one" -> "{\"N\":\"1\"}";
                    case ":t" -> quoteValue("S", pick("S", "N", "SS", "M"));
                    case ":l" -> "{\"L\":[" + value(2) + "]}";
                    default -> value(1);
                };
                values.append(values.length() > 1 ? "," : "").append(quote(p)).append(':').append(v);
            }
            members.add(new String[]{"ExpressionAttributeValues", values.append('}').toString()});
        }
        if (random.nextBoolean()) {
            breakOneWay(members);
        }
        StringBuilder json = new StringBuilder("{");
        for (String[] m : members) {
            json.append(json.length() > 1 ? "," : "").append(quote(m[0])).append(':').append(m[1]);
        }
        String text = json.append('}').toString();
        if (random.nextInt(25) == 0) {
            text = brokenJson(text);
        }
        return bytes(text);
    }

    /** A Query body on either table, broken one way half of the time. */
    private byte[] query() {
        boolean solo = random.nextInt(4) == 0;
        List<String[]> members = new ArrayList<>();
        members.add(new String[]{"TableName", quote(solo ? "Solo" : "Diff")});
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String keyCondition = solo ? "id = :id" : pick("pk = :p", "pk = :p AND sk > :s", "#k = :p AND sk BETWEEN :s AND :t",
                "pk = :p AND begins_with(sk, :s)");
        members.add(new String[]{"KeyConditionExpression", quote(keyCondition)});
        collect(keyCondition, names, values);
        if (random.nextInt(3) == 0) {
            String filter = pick("attribute_exists(#a)", "#a = :v", "size(#a) > :one");
            members.add(new String[]{"FilterExpression", quote(filter)});
            collect(filter, names, values);
        }
        if (random.nextInt(4) == 0) {
            members.add(new String[]{"ProjectionExpression", quote(pick("pk, sk, #a", "#a", "m.x"))});
            if (!names.contains("#a")) {
                names.add("#a");
            }
        }
        if (random.nextBoolean()) {
            members.add(new String[]{"Limit", pick("1", "2", "5", "100", "2147483647")});
        }
        if (random.nextInt(3) == 0) {
            members.add(new String[]{"ScanIndexForward", random.nextBoolean() ? "true" : "false"});
        }
        if (random.nextInt(3) == 0) {
            members.add(new String[]{"ConsistentRead", random.nextBoolean() ? "true" : "false"});
        }
        if (random.nextInt(4) == 0) {
            members.add(new String[]{"Select", quote(pick("ALL_ATTRIBUTES", "COUNT", "SPECIFIC_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"))});
        }
        if (random.nextInt(5) == 0) {
            members.add(new String[]{"IndexName", quote(pick("ByA", "NoSuchIndex"))});
        }
        if (random.nextInt(4) == 0) {
            members.add(new String[]{"ExclusiveStartKey", key(solo)});
        }
        if (random.nextInt(3) == 0) {
            members.add(new String[]{"ReturnConsumedCapacity", quote(pick("TOTAL", "INDEXES", "NONE"))});
        }
        if (!names.isEmpty()) {
            StringBuilder json = new StringBuilder("{");
            for (String n : names) {
                json.append(json.length() > 1 ? "," : "").append(quote(n)).append(':').append(quote(n.equals("#k") ? "pk" : pick("a", "n", "s")));
            }
            members.add(new String[]{"ExpressionAttributeNames", json.append('}').toString()});
        }
        StringBuilder json = new StringBuilder("{");
        for (String v : values) {
            String value = switch (v) {
                case ":p" -> quoteValue("S", "k" + random.nextInt(6));
                case ":s", ":t" -> quoteValue("N", pick("0", "1", "2", "3.5"));
                case ":id" -> quoteValue("B", pick("AA==", "AQI="));
                case ":one" -> "{\"N\":\"1\"}";
                default -> value(1);
            };
            json.append(json.length() > 1 ? "," : "").append(quote(v)).append(':').append(value);
        }
        members.add(new String[]{"ExpressionAttributeValues", json.append('}').toString()});
        if (random.nextBoolean()) {
            if (random.nextBoolean()) {
                breakOneWay(members);
            } else {
                members.add(random.nextInt(members.size() + 1), switch (random.nextInt(9)) {
                    case 0 -> new String[]{"Limit", pick("0", "-1", "1.5", "2.0", "\"3\"", "1e3", "2147483648", "99999999999999999999", "null")};
                    case 1 -> new String[]{"Select", quote(pick("ALL", "count", ""))};
                    case 2 -> new String[]{"IndexName", quote(pick("ab", "bad name", "x".repeat(256)))};
                    case 3 -> new String[]{"ExclusiveStartKey", pick("{\"pk\":" + brokenValue() + "}", "[]", "null", "{}")};
                    case 4 -> new String[]{"ScanIndexForward", pick("\"false\"", "0", "null")};
                    case 5 -> new String[]{pick("KeyConditions", "QueryFilter", "ConditionalOperator", "AttributesToGet"),
                            pick("{\"pk\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"S\":\"k1\"}]}}", "\"AND\"", "[\"pk\"]")};
                    case 6 -> new String[]{"KeyConditionExpression", pick("null", "1", "\"\"", "\"pk = :nope\"")};
                    case 7 -> new String[]{"FilterExpression", pick("{}", "\"#nope = :p\"", "\"\"")};
                    default -> new String[]{"Limit", pick("1", "3")};
                });
            }
        }
        StringBuilder text = new StringBuilder("{");
        for (String[] m : members) {
            text.append(text.length() > 1 ? "," : "").append(quote(m[0])).append(':').append(m[1]);
        }
        String body = text.append('}').toString();
        if (random.nextInt(25) == 0) {
            body = brokenJson(body);
        }
        return bytes(body);
    }

    /** A Scan body on either table, maybe one segment of a parallel scan, broken one way half of the time. */
    private byte[] scan() {
        boolean solo = random.nextInt(4) == 0;
        List<String[]> members = new ArrayList<>();
        members.add(new String[]{"TableName", quote(solo ? "Solo" : "Diff")});
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            String filter = pick("attribute_exists(#a)", "#a = :v", "size(#a) > :one", "sk > :one", "attribute_not_exists(n)");
            members.add(new String[]{"FilterExpression", quote(filter)});
            collect(filter, names, values);
        }
        if (random.nextInt(4) == 0) {
            members.add(new String[]{"ProjectionExpression", quote(pick("pk, sk, #a", "#a", "m.x", "id"))});
            if (!names.contains("#a")) {
                names.add("#a");
            }
        }
        if (random.nextBoolean()) {
            members.add(new String[]{"Limit", pick("1", "2", "5", "100", "2147483647")});
        }
        if (random.nextInt(3) == 0) {
            int total = 1 + random.nextInt(4);
            members.add(new String[]{"TotalSegments", Integer.toString(total)});
            members.add(new String[]{"Segment", Integer.toString(random.nextInt(total + random.nextInt(2)))});
        }
        if (random.nextInt(3) == 0) {
            members.add(new String[]{"ConsistentRead", random.nextBoolean() ? "true" : "false"});
        }
        if (random.nextInt(4) == 0) {
            members.add(new String[]{"Select", quote(pick("ALL_ATTRIBUTES", "COUNT", "SPECIFIC_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"))});
        }
        if (random.nextInt(6) == 0) {
            members.add(new String[]{"IndexName", quote(pick("ByA", "NoSuchIndex"))});
        }
        if (random.nextInt(4) == 0) {
            members.add(new String[]{"ExclusiveStartKey", pick(key(solo), key(!solo), "{}")});
        }
        if (random.nextInt(3) == 0) {
            members.add(new String[]{"ReturnConsumedCapacity", quote(pick("TOTAL", "INDEXES", "NONE"))});
        }
        if (!names.isEmpty()) {
            StringBuilder json = new StringBuilder("{");
            for (String n : names) {
                json.append(json.length() > 1 ? "," : "").append(quote(n)).append(':').append(quote(pick("a", "n", "s")));
            }
            members.add(new String[]{"ExpressionAttributeNames", json.append('}').toString()});
        }
        if (!values.isEmpty()) {
            StringBuilder json = new StringBuilder("{");
            for (String v : values) {
                json.append(json.length() > 1 ? "," : "").append(quote(v)).append(':').append(v.equals(":one") ? "{\"N\":\"1\"}" : value(1));
            }
            members.add(new String[]{"ExpressionAttributeValues", json.append('}').toString()});
        }
        if (random.nextBoolean()) {
            // breakOneWay breaks the second member as a key when asked to: a scan of its table alone has none.
            if (random.nextBoolean() && members.size() > 1) {
                breakOneWay(members);
            } else {
                members.add(random.nextInt(members.size() + 1), switch (random.nextInt(8)) {
                    case 0 -> new String[]{"Limit", pick("0", "-1", "1.5", "\"3\"", "2147483648", "null")};
                    case 1 -> new String[]{"Segment", pick("-1", "0", "3", "999999", "1000000", "1.0", "\"0\"", "-0", "null")};
                    case 2 -> new String[]{"TotalSegments", pick("0", "1", "2", "1000000", "1000001", "2.5", "\"2\"", "null")};
                    case 3 -> new String[]{"ExclusiveStartKey", pick("{\"pk\":" + brokenValue() + "}", "[]", "null")};
                    case 4 -> new String[]{pick("ScanFilter", "ConditionalOperator", "AttributesToGet"),
                            pick("{\"a\":{\"ComparisonOperator\":\"NOT_NULL\"}}", "\"AND\"", "[\"pk\"]")};
                    case 5 -> new String[]{"Select", quote(pick("ALL", "count", ""))};
                    case 6 -> new String[]{"FilterExpression", pick("{}", "\"#nope = :p\"", "\"\"")};
                    default -> new String[]{"IndexName", quote(pick("ab", "bad name", "x".repeat(256)))};
                });
            }
        }
        return body(members);
    }

    /** A BatchGetItem body: up to three tables of up to four keys, broken one way half of the time. */
    private byte[] batchGet() {
        boolean broken = random.nextBoolean();
        int brokenAt = random.nextInt(14);
        StringBuilder tables = new StringBuilder("{");
        int n = 1 + random.nextInt(3);
        boolean solo = random.nextBoolean();
        for (int t = 0; t < n; t++) {
            // Each table at most once: Diff, then Solo, then Diff again only when broken that way.
            boolean thisSolo = t == 1 ? !solo : solo;
            if (t == 2 && !(broken && brokenAt == 0)) {
                break;
            }
            List<String[]> members = new ArrayList<>();
            int k = broken && t == 0 && brokenAt == 1 ? pick(0, 101) : 1 + random.nextInt(4);
            StringBuilder keys = new StringBuilder("[");
            for (int i = 0; i < k; i++) {
                keys.append(i > 0 ? "," : "").append(broken && t == 0 && brokenAt == 2 && i == 0
                        ? pick("{\"pk\":" + brokenValue() + "}", "null", "[]", "\"k\"", "{\"" + "n".repeat(65_536) + "\":{\"S\":\"x\"}}")
                        : key(thisSolo));
            }
            members.add(new String[]{"Keys", keys.append(']').toString()});
            if (random.nextInt(3) == 0) {
                members.add(new String[]{"ConsistentRead", random.nextBoolean() ? "true" : "false"});
            }
            if (random.nextInt(3) == 0) {
                members.add(new String[]{"ProjectionExpression", quote(pick("#a, pk", "#a", "id, m.x"))});
                members.add(new String[]{"ExpressionAttributeNames", "{\"#a\":" + quote(pick("a", "n", "s")) + "}"});
            }
            if (broken && t == 0) {
                switch (brokenAt) {
                    case 3 -> {
                        int i = random.nextInt(members.size());
                        if (random.nextBoolean()) {
                            members.get(i)[1] = pick("1", "true", "null", "[]", "{}", "\"x\"", "[{}]", "{\"#a\":1}");
                        } else {
                            members.add(new String[]{members.get(i)[0], members.get(i)[1]});
                        }
                    }
                    case 4 -> members.add(random.nextInt(members.size() + 1), new String[]{pick("AttributesToGet", "Unknown", "Keys"),
                            pick("[\"pk\"]", "1", "null", "{}")});
                    case 5 -> members.remove(0);
                    default -> {
                    }
                }
            }
            String table = thisSolo ? "Solo" : "Diff";
            if (broken && t == 0 && brokenAt == 6) {
                table = pick("ab", "bad name!", "Nope", "x".repeat(256));
            }
            String ka = broken && t == 0 && brokenAt == 7 ? pick("[]", "null", "\"x\"", "1") : object(members);
            tables.append(t > 0 ? "," : "").append(quote(table)).append(':').append(ka);
        }
        if (broken && brokenAt == 8) {
            // 101 keys in all over two tables, each within its own limit.
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 101; i++) {
                many.append(i > 0 ? "," : "").append("{\"pk\":{\"S\":\"m").append(i).append("\"},\"sk\":{\"N\":\"1\"}}");
            }
            tables = new StringBuilder("{\"Diff\":{\"Keys\":[" + many + "]}");
        }
        String requestItems = broken && brokenAt == 9 ? pick("{}", "[]", "null", "1") : tables.append('}').toString();
        StringBuilder json = new StringBuilder("{\"RequestItems\":").append(requestItems);
        if (random.nextInt(3) == 0 || broken && brokenAt == 10) {
            json.append(",\"ReturnConsumedCapacity\":").append(quote(pick("TOTAL", "INDEXES", "NONE", broken ? "ALL" : "NONE")));
        }
        if (broken && brokenAt == 11) {
            json.append(pick(",\"RequestItems\":{}", ",\"Unknown\":[1,{}]", ",\"ReturnConsumedCapacity\":null", ",\"ConsistentRead\":1"));
        }
        String text = json.append('}').toString();
        if (random.nextInt(25) == 0) {
            text = brokenJson(text);
        }
        return bytes(text);
    }

    /** A TransactGetItems body of up to four gets, broken one way half of the time. */
    private byte[] transactGet() {
        boolean broken = random.nextBoolean();
        int brokenAt = random.nextInt(9);
        int n = broken && brokenAt == 0 ? pick(0, 101) : 1 + random.nextInt(4);
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            boolean solo = random.nextInt(3) == 0;
            List<String[]> get = new ArrayList<>();
            get.add(new String[]{"TableName", quote(solo ? "Solo" : "Diff")});
            get.add(new String[]{"Key", key(solo)});
            if (random.nextInt(3) == 0) {
                get.add(new String[]{"ProjectionExpression", quote(pick("#a, pk", "#a", "id, m.x"))});
                get.add(new String[]{"ExpressionAttributeNames", "{\"#a\":" + quote(pick("a", "n", "s")) + "}"});
            }
            if (broken && i == 0 && brokenAt == 1) {
                breakOneWay(get);
            }
            String element = "{\"Get\":" + object(get) + "}";
            if (broken && i == 0) {
                element = switch (brokenAt) {
                    case 2 -> pick("{}", "null", "[]", "{\"Get\":null}", "{\"Get\":[]}");
                    case 3 -> "{\"Get\":" + object(get) + "," + quote(pick("Get", "Put", "Unknown")) + ":{}}";
                    case 4 -> "{" + quote(pick("Put", "ConditionCheck", "get")) + ":" + object(get) + "}";
                    default -> element;
                };
            }
            items.append(i > 0 ? "," : "").append(element);
        }
        StringBuilder json = new StringBuilder("{\"TransactItems\":")
                .append(broken && brokenAt == 5 ? pick("{}", "null", "\"x\"") : items.append(']').toString());
        if (random.nextInt(3) == 0 || broken && brokenAt == 6) {
            json.append(",\"ReturnConsumedCapacity\":").append(quote(pick("TOTAL", "INDEXES", "NONE", broken ? "ALL" : "NONE")));
        }
        if (broken && brokenAt == 7) {
            json.append(pick(",\"TransactItems\":[]", ",\"Unknown\":[1,{}]", ",\"ReturnConsumedCapacity\":null", ",\"ClientRequestToken\":\"\""));
        }
        String text = json.append('}').toString();
        if (random.nextInt(25) == 0) {
            text = brokenJson(text);
        }
        return bytes(text);
    }

    /** A TransactWriteItems body of up to four actions, broken one way half of the time. */
    private byte[] transactWrite() {
        boolean broken = random.nextBoolean();
        int brokenAt = random.nextInt(11);
        int n = broken && brokenAt == 0 ? pick(0, 101) : 1 + random.nextInt(4);
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            boolean solo = random.nextInt(3) == 0;
            String kind = pick("Put", "Delete", "Update", "ConditionCheck");
            List<String[]> action = new ArrayList<>();
            action.add(new String[]{"TableName", quote(solo ? "Solo" : "Diff")});
            action.add(new String[]{kind.equals("Put") ? "Item" : "Key", kind.equals("Put") ? item(solo) : key(solo)});
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            if (kind.equals("Update")) {
                String update = pick("SET #a = :v", "ADD cnt :one", "REMOVE #a", "SET n = if_not_exists(n, :one)");
                action.add(new String[]{"UpdateExpression", quote(update)});
                collect(update, names, values);
            }
            if (kind.equals("ConditionCheck") || random.nextInt(3) == 0) {
                String condition = pick("attribute_not_exists(pk)", "attribute_exists(#a)", "#a = :v", "size(#a) > :one",
                        "attribute_not_exists(id)");
                action.add(new String[]{"ConditionExpression", quote(condition)});
                collect(condition, names, values);
                if (random.nextBoolean()) {
                    action.add(new String[]{"ReturnValuesOnConditionCheckFailure", quote(pick("ALL_OLD", "NONE"))});
                }
            }
            if (!names.isEmpty()) {
                action.add(new String[]{"ExpressionAttributeNames", "{\"#a\":" + quote(pick("a", "n", "s")) + "}"});
            }
            if (!values.isEmpty()) {
                StringBuilder json = new StringBuilder("{");
                for (String v : values) {
                    json.append(json.length() > 1 ? "," : "").append(quote(v)).append(':').append(v.equals(":one") ? "{\"N\":\"1\"}" : value(1));
                }
                action.add(new String[]{"ExpressionAttributeValues", json.append('}').toString()});
            }
            if (broken && i == 0 && brokenAt == 1) {
                breakOneWay(action);
            }
            if (broken && i == 0 && brokenAt == 2) {
                action.add(random.nextInt(action.size() + 1), new String[]{pick("Expected", "ConditionalOperator", "Unknown",
                        "UpdateExpression", "ConditionExpression", "Item", "Key"), pick("\"SET a = :v\"", "{\"a\":{\"Exists\":false}}", "\"AND\"", "null", "1")});
            }
            String element = "{" + quote(kind) + ":" + object(action) + "}";
            if (broken && i == 0) {
                element = switch (brokenAt) {
                    case 3 -> pick("{}", "null", "[]", "{" + quote(kind) + ":null}", "{\"Put\":[]}");
                    case 4 -> "{" + quote(kind) + ":" + object(action) + "," + quote(pick("Put", "Delete", "Unknown", kind)) + ":"
                            + pick("{}", "null", object(action)) + "}";
                    case 5 -> "{" + quote(pick("Get", "put", "Check")) + ":" + object(action) + "}";
                    default -> element;
                };
            }
            items.append(i > 0 ? "," : "").append(element);
        }
        StringBuilder json = new StringBuilder("{\"TransactItems\":")
                .append(broken && brokenAt == 6 ? pick("{}", "null", "\"x\"") : items.append(']').toString());
        if (random.nextInt(3) == 0 || broken && brokenAt == 7) {
            json.append(",\"ReturnConsumedCapacity\":").append(quote(pick("TOTAL", "INDEXES", "NONE", broken ? "ALL" : "NONE")));
        }
        if (random.nextInt(3) == 0 || broken && brokenAt == 8) {
            json.append(",\"ReturnItemCollectionMetrics\":").append(quote(pick("SIZE", "NONE", broken ? "size" : "NONE")));
        }
        if (random.nextInt(4) == 0 || broken && brokenAt == 9) {
            // A token names one request: sent again with another body it is refused, with the same one it is answered alike.
            json.append(",\"ClientRequestToken\":").append(broken && brokenAt == 9
                    ? pick("\"\"", quote("t".repeat(37)), "1", "null") : quote("token-" + random.nextInt(8)));
        }
        if (broken && brokenAt == 10) {
            json.append(pick(",\"TransactItems\":[]", ",\"Unknown\":[1,{}]", ",\"ReturnConsumedCapacity\":null"));
        }
        String text = json.append('}').toString();
        if (random.nextInt(25) == 0) {
            text = brokenJson(text);
        }
        return bytes(text);
    }

    /** A JSON object of the members in order. */
    private static String object(List<String[]> members) {
        StringBuilder json = new StringBuilder("{");
        for (String[] m : members) {
            json.append(json.length() > 1 ? "," : "").append(quote(m[0])).append(':').append(m[1]);
        }
        return json.append('}').toString();
    }

    /** A request body of the members in order, broken JSON now and then. */
    private byte[] body(List<String[]> members) {
        String text = object(members);
        if (random.nextInt(25) == 0) {
            text = brokenJson(text);
        }
        return bytes(text);
    }

    /** A BatchWriteItem body: one or two tables of up to four writes, broken one way half of the time. */
    private byte[] batch() {
        boolean broken = random.nextBoolean();
        int brokenAt = random.nextInt(16);
        StringBuilder tables = new StringBuilder("{");
        // One table or both, each named once: a table named twice is one of the broken shapes (12).
        int n = 1 + random.nextInt(2);
        boolean first = random.nextBoolean();
        for (int t = 0; t < n; t++) {
            boolean solo = t == 0 ? first : !first;
            StringBuilder writes = new StringBuilder("[");
            int w = broken && brokenAt == 0 && t == 0 ? 26 : 1 + random.nextInt(4);
            for (int i = 0; i < w; i++) {
                String write = random.nextBoolean() ? "{\"PutRequest\":{\"Item\":" + item(solo) + "}}"
                        : "{\"DeleteRequest\":{\"Key\":" + key(solo) + "}}";
                if (broken && t == 0 && i == 0) {
                    write = switch (brokenAt) {
                        case 1 -> "{\"PutRequest\":{\"Item\":" + item(solo) + "},\"DeleteRequest\":{\"Key\":" + key(solo) + "}}";
                        case 2 -> "{}";
                        case 3 -> "{\"PutRequest\":{\"Item\":null}}";
                        case 4 -> "{\"PutRequest\":null,\"DeleteRequest\":{\"Key\":" + key(solo) + "}}";
                        case 5 -> "{\"PutRequest\":{\"Key\":" + key(solo) + "}}";
                        case 6 -> "{\"PutRequest\":{\"Item\":" + item(solo) + ",\"Extra\":1}}";
                        case 7 -> "{\"DeleteRequest\":{\"Key\":{\"pk\":" + brokenValue() + "}}}";
                        case 8 -> pick("[]", "\"x\"", "null", "1");
                        case 9 -> "{\"PutRequest\":{\"Item\":{\"" + "n".repeat(65_536) + "\":{\"S\":\"x\"}}}}";
                        default -> write;
                    };
                }
                writes.append(i > 0 ? "," : "").append(write);
            }
            String table = solo ? "Solo" : "Diff";
            if (broken && t == 0 && brokenAt == 10) {
                table = pick("ab", "bad name!", "Nope", "x".repeat(256));
            }
            String list = broken && t == 0 && brokenAt == 11 ? pick("[]", "{}", "null", "\"x\"") : writes.append(']').toString();
            tables.append(t > 0 ? "," : "").append(quote(table)).append(':').append(list);
        }
        if (broken && brokenAt == 12) {
            tables.append(",\"Diff\":[{\"DeleteRequest\":{\"Key\":" + key(false) + "}}]");
        }
        String requestItems = broken && brokenAt == 13 ? pick("{", "[]", "null", "1") : tables.append('}').toString();
        if (requestItems.equals("{")) {
            requestItems = "{}";
        }
        StringBuilder json = new StringBuilder("{\"RequestItems\":").append(requestItems);
        if (random.nextInt(3) == 0 || broken && brokenAt == 14) {
            json.append(",\"ReturnConsumedCapacity\":").append(quote(pick("TOTAL", "INDEXES", "NONE", broken ? "ALL" : "NONE")));
        }
        if (random.nextInt(3) == 0) {
            json.append(",\"ReturnItemCollectionMetrics\":").append(quote(pick("SIZE", "NONE")));
        }
        if (broken && brokenAt == 15) {
            json.append(pick(",\"RequestItems\":{}", ",\"Unknown\":[1,{}]", ",\"ReturnConsumedCapacity\":null"));
        }
        String text = json.append('}').toString();
        if (random.nextInt(25) == 0) {
            text = brokenJson(text);
        }
        return bytes(text);
    }

    /** Breaks a valid request in one of the ways a client might. */
    private void breakOneWay(List<String[]> members) {
        int i = random.nextInt(members.size());
        switch (random.nextInt(12)) {
            case 0 -> members.get(i)[1] = pick("1", "1.5", "true", "null", "[]", "[\"x\"]", "{}", "\"x\"", "-7");
            case 1 -> members.add(new String[]{members.get(i)[0], members.get(i)[1]});
            case 2 -> members.remove(i);
            case 3 -> members.add(random.nextInt(members.size() + 1),
                    new String[]{pick("Unknown", "tableName", "Limit", "Item", "Key", "Select"), pick("1", "{}", "\"x\"", "null")});
            case 4 -> members.add(new String[]{pick("Expected", "AttributesToGet", "ConditionalOperator", "AttributeUpdates"),
                    pick("{\"a\":{\"Exists\":false}}", "[\"a\"]", "\"AND\"", "{\"a\":{\"Action\":\"DELETE\"}}", "null")});
            case 5 -> members.get(0)[1] = quote(pick("ab", "bad name!", "x".repeat(256), "Unknown", "Diff\u00e9", "Solo"));
            case 6 -> members.add(new String[]{pick("ReturnValues", "ReturnConsumedCapacity", "ReturnItemCollectionMetrics",
                    "ReturnValuesOnConditionCheckFailure"), quote(pick("all_old", "SOME", "", "TOTAL", "SIZE"))});
            case 7 -> members.get(1)[1] = "{\"pk\":" + brokenValue() + ",\"sk\":{\"N\":\"1\"},\"id\":{\"B\":\"AA==\"}}";
            case 8 -> members.get(1)[1] = members.get(1)[1].replaceFirst("\\{", "{\"x\":" + brokenValue() + ",");
            case 9 -> members.add(new String[]{"ExpressionAttributeNames", pick("{\"#a\":null}", "{\"#a\":1}", "{\"#a\":\"a\",\"#a\":\"b\"}",
                    "{\"#a\":\"" + "n".repeat(65_536) + "\"}", "[]")});
            case 10 -> members.add(new String[]{"ExpressionAttributeValues", "{\":v\":" + brokenValue() + "}"});
            default -> members.add(new String[]{"ConsistentRead", pick("\"true\"", "1", "null", "true")});
        }
    }

    /** An attribute value DynamoDB refuses, or one the tree reads differently from its first member. */
    private String brokenValue() {
        return pick("{}", "{\"S\":\"a\",\"N\":\"1\"}", "{\"S\":1}", "{\"N\":\"abc\"}", "{\"N\":\"1e200\"}", "{\"B\":\"abc\"}",
                "{\"SS\":[]}", "{\"SS\":[\"a\",\"a\"]}", "{\"NS\":[\"1\",\"1.0\"]}", "{\"BS\":[\"AA==\",\"AA==\"]}", "{\"NULL\":false}",
                "{\"BOOL\":\"x\"}", "{\"X\":\"y\"}", "{\"S\":\"x\",\"N\":null}", "{\"S\":null}", "{\"S\":\"a\",\"S\":\"b\"}",
                "{\"S\":\"x\",\"Z\":1}", "{\"M\":{\"a\":{\"S\":\"x\"},\"a\":{\"N\":\"2\"}}}", "[]", "\"S\"", deep(31), deep(32),
                "{\"M\":{\"" + "m".repeat(65_536) + "\":{\"S\":\"x\"}}}", "{\"L\":{}}", "{\"M\":[]}", "{\"NS\":[1]}", "{\"B\":\"AB==\"}");
    }

    /** A value {@code levels} maps deep. */
    private static String deep(int levels) {
        return "{\"M\":{\"d\":".repeat(levels) + "{\"S\":\"x\"}" + "}}".repeat(levels);
    }

    private String brokenJson(String text) {
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> text + pick("}", " x", ",", "{}");
            case 2 -> {
                int at = random.nextInt(text.length());
                yield text.substring(0, at) + pick("\"", "{", "]", ":", "\\u00", "\u0000") + text.substring(at + 1);
            }
            default -> "";
        };
    }

    private String key(boolean solo) {
        return solo ? "{\"id\":{\"B\":\"" + pick("AA==", "AQI=", "AAEC") + "\"}}"
                : "{\"pk\":" + quoteValue("S", "k" + random.nextInt(6)) + ",\"sk\":" + quoteValue("N", pick("1", "2", "3.5", "-1")) + "}";
    }

    private String item(boolean solo) {
        String key = key(solo);
        StringBuilder b = new StringBuilder(key.substring(0, key.length() - 1));
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(",\"").append(pick("a", "s", "n", "m", "l", "cnt", "q", "bin")).append(i).append("\":").append(value(3));
        }
        if (random.nextBoolean()) {
            b.append(",\"a\":").append(value(2));
        }
        return b.append('}').toString();
    }

    /** A valid attribute value of a random type, nested at most {@code depth} levels. */
    private String value(int depth) {
        int kinds = depth > 0 ? 10 : 8;
        return switch (random.nextInt(kinds)) {
            case 0 -> quoteValue("S", pick("x", "", "hello", "\u00fcml\u00e4ut", "\ud83d\ude00", "a\\\"b"));
            case 1 -> quoteValue("N", pick("0", "1", "-2.5", "1E+3", "12345678901234567890123456789012345678", "0.001"));
            case 2 -> quoteValue("B", pick("AA==", "AQID", "aGVsbG8="));
            case 3 -> "{\"BOOL\":" + random.nextBoolean() + "}";
            case 4 -> "{\"NULL\":true}";
            case 5 -> "{\"SS\":[" + pick("\"a\"", "\"a\",\"b\"", "\"z\",\"y\",\"x\"") + "]}";
            case 6 -> "{\"NS\":[" + pick("\"1\"", "\"1\",\"2.5\"", "\"-3\",\"3\"") + "]}";
            case 7 -> "{\"BS\":[" + pick("\"AA==\"", "\"AA==\",\"AQ==\"") + "]}";
            case 8 -> "{\"M\":{" + (random.nextBoolean() ? "" : "\"x\":" + value(depth - 1) + ",\"y\":" + value(depth - 1)) + "}}";
            default -> "{\"L\":[" + (random.nextBoolean() ? "" : value(depth - 1) + "," + value(depth - 1)) + "]}";
        };
    }

    /** The placeholders an expression uses. */
    private static void collect(String expression, List<String> names, List<String> values) {
        for (String token : expression.split("[^#:a-z]+")) {
            List<String> into = token.startsWith("#") ? names : token.startsWith(":") ? values : null;
            if (into != null && !into.contains(token)) {
                into.add(token);
            }
        }
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private int pick(int a, int b) {
        return random.nextBoolean() ? a : b;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static String quoteValue(String type, String v) {
        return "{\"" + type + "\":\"" + v + "\"}";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
