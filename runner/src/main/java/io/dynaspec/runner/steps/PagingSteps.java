package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading a whole table or item collection page by page, as Query.Pagination.html and
 * Scan.html ("Paginating the results", "Parallel scan") describe: each request after the first
 * passes the previous page's LastEvaluatedKey as ExclusiveStartKey, until a page comes back
 * without one. Scan order is not promised, so what the pages return together is compared as a
 * collection.
 */
public final class PagingSteps {

    /** A bound on the pages of one read, so that a target that never ends a scan fails the scenario. */
    private static final int MAX_PAGES = 1000;

    private final World world;
    private final List<JsonNode> items = new ArrayList<>();
    private final List<JsonNode> streams = new ArrayList<>();
    private int pages;

    public PagingSteps(World world) {
        this.world = world;
    }

    /** Scans the table to its end with the request's members (without TableName). */
    @When("I scan {word} to the end with:")
    public void scanToEnd(String table, String requestJson) {
        readToEnd("Scan", table, (ObjectNode) DynamoJson.parse(requestJson));
    }

    /** Queries the table to the end of what the key condition selects, with the request's members. */
    @When("I query {word} to the end with:")
    public void queryToEnd(String table, String requestJson) {
        readToEnd("Query", table, (ObjectNode) DynamoJson.parse(requestJson));
    }

    /** Scans every segment of a parallel scan to its end, one after another. */
    @When("I scan each of {int} segments of {word} to the end with:")
    public void scanSegments(int totalSegments, String table, String requestJson) {
        for (int segment = 0; segment < totalSegments; segment++) {
            ObjectNode request = (ObjectNode) DynamoJson.parse(requestJson);
            request.put("Segment", segment);
            request.put("TotalSegments", totalSegments);
            readToEnd("Scan", table, request);
        }
    }

    /** The same operation again, its request's members plus the last response's LastEvaluatedKey as ExclusiveStartKey. */
    @When("I {word} {word} from the last LastEvaluatedKey with:")
    public void resume(String verb, String table, String requestJson) {
        JsonNode lastKey = world.lastResponseJson().get("LastEvaluatedKey");
        if (lastKey == null) {
            throw new AssertionError("the last response has no LastEvaluatedKey: " + DynamoJson.pretty(world.lastResponseJson()));
        }
        ObjectNode request = (ObjectNode) DynamoJson.parse(requestJson);
        request.put("TableName", table);
        request.set("ExclusiveStartKey", lastKey);
        world.send(switch (verb) {
            case "scan" -> "Scan";
            case "query" -> "Query";
            default -> throw new IllegalArgumentException("scan or query, not " + verb);
        }, request);
    }

    /**
     * Lists a table's streams page by page (API_streams_ListStreams.html): each request after the
     * first passes the previous page's LastEvaluatedStreamArn as ExclusiveStartStreamArn, until a
     * page comes back without one.
     */
    @When("I list the streams of table {word} to the end, {int} at a time")
    public void listStreamsToEnd(String table, int limit) {
        String startArn = null;
        do {
            ObjectNode request = DynamoJson.MAPPER.createObjectNode();
            request.put("TableName", table);
            request.put("Limit", limit);
            if (startArn != null) {
                request.put("ExclusiveStartStreamArn", startArn);
            }
            world.send("ListStreams", request);
            new ResponseSteps(world).succeeds();
            if (++pages > MAX_PAGES) {
                throw new AssertionError("ListStreams of " + table + " did not end within " + MAX_PAGES + " pages");
            }
            JsonNode response = world.lastResponseJson();
            if (response.get("Streams").size() > limit) {
                throw new AssertionError("a page listed more than Limit " + limit + " streams: " + DynamoJson.pretty(response));
            }
            response.get("Streams").forEach(streams::add);
            JsonNode last = response.get("LastEvaluatedStreamArn");
            startArn = last == null || last.isNull() ? null : last.asText();
        } while (startArn != null);
    }

    @Then("the pages listed {int} stream(s) of table {word}, each once")
    public void streamsListed(int expected, String table) {
        List<String> arns = new ArrayList<>();
        for (JsonNode s : streams) {
            String name = s.path("TableName").asText();
            if (!name.equals(table) && !name.equals(world.table(table))) {
                throw new AssertionError("a stream of another table was listed: " + s);
            }
            arns.add(s.path("StreamArn").asText());
        }
        if (arns.size() != expected || arns.stream().distinct().count() != expected) {
            throw new AssertionError("the pages listed " + arns + "; expected " + expected + " streams of " + table + ", each once");
        }
    }

    @Then("the pages returned these items, each once, in any order:")
    public void pagesReturned(String expected) {
        ArrayNode actual = DynamoJson.MAPPER.createArrayNode();
        items.forEach(actual::add);
        ResponseSteps.assertSameInAnyOrder("the items of the pages", DynamoJson.parse(expected), actual);
    }

    @Then("it took {int} page(s)")
    public void pageCount(int expected) {
        if (pages != expected) {
            throw new AssertionError("the read took " + pages + " pages; expected " + expected);
        }
    }

    /** The last response's Items, in any order (a Scan's order is not promised). */
    @Then("the scan returns these items in any order:")
    public void scanReturned(String expected) {
        new ResponseSteps(world).succeeds();
        ResponseSteps.assertSameInAnyOrder("the items of the scan", DynamoJson.parse(expected), world.lastResponseJson().get("Items"));
    }

    private void readToEnd(String operation, String table, ObjectNode members) {
        JsonNode startKey = null;
        do {
            ObjectNode request = members.deepCopy();
            request.put("TableName", table);
            if (startKey != null) {
                request.set("ExclusiveStartKey", startKey);
            }
            world.send(operation, request);
            new ResponseSteps(world).succeeds();
            if (++pages > MAX_PAGES) {
                throw new AssertionError(operation + " of " + table + " did not end within " + MAX_PAGES + " pages");
            }
            JsonNode response = world.lastResponseJson();
            JsonNode limit = members.get("Limit");
            if (limit != null && response.get("ScannedCount").asInt() > limit.asInt()) {
                throw new AssertionError("a page read more than Limit " + limit + " items: " + DynamoJson.pretty(response));
            }
            response.get("Items").forEach(items::add);
            startKey = response.get("LastEvaluatedKey");
        } while (startKey != null);
    }
}
