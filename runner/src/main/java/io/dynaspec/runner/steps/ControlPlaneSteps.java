package io.dynaspec.runner.steps;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Table descriptions and table listings: members whose values differ from run to run (ARNs,
 * ids, creation times) are checked for their documented shape, and ListTables is paged with
 * the scenario's own table names.
 */
public final class ControlPlaneSteps {

    /** ARN format (reference-identity-arns.html): arn:partition:dynamodb:region:account-id:table/name. */
    private static final String ARN_PREFIX = "arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:[0-9]{12}:table/";

    private final World world;

    public ControlPlaneSteps(World world) {
        this.world = world;
    }

    /**
     * UpdateTable is asynchronous: the table is UPDATING and a new index CREATING until DynamoDB
     * has applied the change (API_UpdateTable.html, GSI.OnlineOps.html). Polls DescribeTable, at
     * growing intervals, until the table and every global index are ACTIVE; an emulator that
     * applies the change at once answers ACTIVE the first time.
     */
    @When("{word} and its indexes are ACTIVE")
    public void awaitTableAndIndexesActive(String table) {
        String name = world.table(table);
        pollUntil(Duration.ofMinutes(30), Duration.ofSeconds(10), () -> {
            var t = world.db().describeTable(b -> b.tableName(name)).table();
            return "ACTIVE".equals(t.tableStatusAsString())
                    && t.globalSecondaryIndexes().stream().allMatch(ix -> "ACTIVE".equals(ix.indexStatusAsString()));
        }, () -> table + " or one of its indexes is still not ACTIVE after 30 minutes");
    }

    /**
     * A global secondary index is eventually consistent (GSI.html: changes "are propagated to the
     * global secondary indexes within a fraction of a second, under normal conditions"): scans the
     * index, at growing intervals, until it holds that many entries, so that a scenario reads the
     * index only once the writes before it have reached it. An emulator that updates its indexes
     * with each write holds them at the first scan.
     */
    @When("index {word} of {word} holds {int} entries")
    public void awaitIndexEntries(String index, String table, int entries) {
        String name = world.table(table);
        int[] seen = new int[1];
        pollUntil(Duration.ofMinutes(2), Duration.ofSeconds(1), () -> (seen[0] = countEntries(name, index)) == entries,
                () -> "index " + index + " of " + table + " holds " + seen[0] + " entries, not " + entries);
    }

    /**
     * Asks {@code done} at pauses that start at 2 ms and double up to {@code longestPause}, until
     * it holds; fails with {@code why} once {@code limit} has passed. A target that is already
     * there answers at the first ask, without a pause.
     */
    private static void pollUntil(Duration limit, Duration longestPause, java.util.function.BooleanSupplier done,
                                  java.util.function.Supplier<String> why) {
        Duration pause = Duration.ofMillis(2);
        Instant deadline = Instant.now().plus(limit);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(why.get());
            }
            pause(pause);
            pause = pause.multipliedBy(2).compareTo(longestPause) > 0 ? longestPause : pause.multipliedBy(2);
        }
    }

    private int countEntries(String table, String index) {
        int count = 0;
        java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> start = null;
        do {
            var from = start;
            var page = world.db().scan(b -> b.tableName(table).indexName(index).select("COUNT").exclusiveStartKey(from));
            count += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }

    /** ListTables with the request's members; ExclusiveStartTableName names one of the scenario's tables. */
    @When("I list the tables with:")
    public void listTables(String requestJson) {
        ObjectNode request = (ObjectNode) DynamoJson.parse(requestJson);
        if (request.has("ExclusiveStartTableName")) {
            request.put("ExclusiveStartTableName", world.table(request.get("ExclusiveStartTableName").asText()));
        }
        world.send("ListTables", request);
    }

    /** The names ListTables returned that belong to this scenario, in the order returned. */
    @Then("the listed tables of this scenario are:")
    public void listedTables(String expected) {
        new ResponseSteps(world).succeeds();
        var names = DynamoJson.MAPPER.createArrayNode();
        world.lastResponseJson().get("TableNames").forEach(n -> {
            if (world.createdTables().contains(world.table(n.asText()))) {
                names.add(n.asText());
            }
        });
        ResponseSteps.assertSame("TableNames", DynamoJson.parse(expected), names);
    }

    @Then("{string} in the response is {string}")
    public void memberIs(String pointer, String expectedJson) {
        ResponseSteps.assertSame(pointer, DynamoJson.parse(expectedJson), member(pointer));
    }

    @Then("{string} is not in the response")
    public void memberAbsent(String pointer) {
        new ResponseSteps(world).succeeds();
        JsonNode value = world.lastResponseJson().at(JsonPointer.compile(pointer));
        if (!value.isMissingNode()) {
            throw new AssertionError("the response has " + pointer + ": " + value);
        }
    }

    /** An array member whose order the API does not promise (AttributeDefinitions, index lists). */
    @Then("{string} in the response holds, in any order:")
    public void memberHolds(String pointer, String expectedJson) {
        JsonNode actual = member(pointer);
        JsonNode expected = DynamoJson.parse(expectedJson);
        java.util.List<JsonNode> left = new java.util.ArrayList<>();
        actual.forEach(left::add);
        for (JsonNode e : expected) {
            if (!left.removeIf(a -> DynamoJson.includes(e, a))) {
                throw new AssertionError(pointer + " holds nothing like " + e + ": " + DynamoJson.pretty(actual));
            }
        }
        if (!left.isEmpty()) {
            throw new AssertionError(pointer + " holds more than expected: " + left);
        }
    }

    @Then("{string} in the response is the ARN of table {word}")
    public void tableArn(String pointer, String table) {
        matches(pointer, ARN_PREFIX + Pattern.quote(world.table(table)));
    }

    @Then("{string} in the response is the ARN of index {word} of table {word}")
    public void indexArn(String pointer, String index, String table) {
        matches(pointer, ARN_PREFIX + Pattern.quote(world.table(table) + "/index/" + index));
    }

    /** TableId (API_TableDescription.html): "Unique identifier for the table", a UUID. */
    @Then("{string} in the response is a UUID")
    public void uuid(String pointer) {
        String text = member(pointer).asText();
        try {
            if (!UUID.fromString(text).toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException(text);
            }
        } catch (IllegalArgumentException e) {
            throw new AssertionError(pointer + " is not a UUID: " + text);
        }
    }

    /** A date-time member, in seconds since the epoch, no earlier than the given minutes ago and not in the future. */
    @Then("{string} in the response is a time in the last {int} minutes")
    public void recentTime(String pointer, int minutes) {
        JsonNode value = member(pointer);
        if (!value.isNumber()) {
            throw new AssertionError(pointer + " is not a number of seconds since the epoch: " + value);
        }
        double seconds = value.doubleValue();
        // The endpoint's own now where it shows its clock: the engine's clock is moved on by
        // scenarios about retention and Time to Live, and stays moved for those that follow.
        Instant now = world.target().cluster()
                .map(c -> Instant.ofEpochMilli(c.clockMillis()))
                .orElseGet(Instant::now);
        // One minute's grace for clocks that disagree between the client and the endpoint.
        double latest = now.plus(Duration.ofMinutes(1)).toEpochMilli() / 1000.0;
        double earliest = now.minus(Duration.ofMinutes(minutes)).toEpochMilli() / 1000.0;
        if (seconds < earliest || seconds > latest) {
            throw new AssertionError(pointer + " is " + seconds + " s since the epoch; expected a time between "
                    + earliest + " and " + latest);
        }
    }

    private void matches(String pointer, String regex) {
        String text = member(pointer).asText();
        if (!Pattern.matches(regex, text)) {
            throw new AssertionError(pointer + " is \"" + text + "\"; expected it to match " + regex);
        }
    }

    /** A member a description leaves out, below the response's top level (JSON Pointer). */
    @Then("the response has nothing at {string}")
    public void absent(String pointer) {
        new ResponseSteps(world).succeeds();
        JsonNode value = world.lastResponseJson().at(JsonPointer.compile(pointer));
        if (!value.isMissingNode()) {
            throw new AssertionError("the response has " + pointer + " = " + value + ": " + DynamoJson.pretty(world.lastResponseJson()));
        }
    }

    private JsonNode member(String pointer) {
        new ResponseSteps(world).succeeds();
        JsonNode value = world.lastResponseJson().at(JsonPointer.compile(pointer));
        if (value.isMissingNode()) {
            throw new AssertionError("the response has no " + pointer + ": " + DynamoJson.pretty(world.lastResponseJson()));
        }
        return value;
    }
}
