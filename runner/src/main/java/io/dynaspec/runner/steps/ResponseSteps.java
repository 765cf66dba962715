package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * What came back, and what the table holds afterwards. Responses are judged on their wire JSON
 * (what the AWS CLI prints), errors on their type and, in {@code @strict} scenarios, their
 * exact message. The table's contents are read back with strongly consistent reads, which
 * return every write acknowledged before them (HowItWorks.ReadConsistency.html).
 */
public final class ResponseSteps {
    /** The most an item collection of a table with local secondary indexes may hold, in GB (LSI.html). */
    private static final java.math.BigDecimal MAX_COLLECTION_GB = java.math.BigDecimal.TEN;


    private final World world;

    public ResponseSteps(World world) {
        this.world = world;
    }

    @Then("the request succeeds")
    public void succeeds() {
        AwsServiceException e = world.lastError();
        if (e != null) {
            throw new AssertionError(world.lastOperation() + " failed with " + World.describe(e));
        }
    }

    @Then("the request fails with {word}")
    public void failsWith(String errorType) {
        AwsServiceException e = world.lastError();
        if (e == null) {
            throw new AssertionError(world.lastOperation() + " succeeded; expected " + errorType
                    + ". Response: " + world.lastResponseJson());
        }
        String actual = e.awsErrorDetails().errorCode();
        if (!errorType.equals(actual)) {
            throw new AssertionError(world.lastOperation() + " failed with " + World.describe(e)
                    + "; expected " + errorType);
        }
    }

    /**
     * Either of two error types, where the documentation leaves the choice open: a Put in a
     * transaction whose own item passes 400 KB is an item PutItem refuses with
     * ValidationException, and one API_TransactWriteItems.html cancels the transaction for ("An
     * item size becomes too large (bigger than 400 KB)").
     */
    @Then("the request fails with {word} or {word}")
    public void failsWithEither(String one, String other) {
        AwsServiceException e = world.lastError();
        if (e == null) {
            throw new AssertionError(world.lastOperation() + " succeeded; expected " + one + " or " + other
                    + ". Response: " + world.lastResponseJson());
        }
        String actual = e.awsErrorDetails().errorCode();
        if (!one.equals(actual) && !other.equals(actual)) {
            throw new AssertionError(world.lastOperation() + " failed with " + World.describe(e)
                    + "; expected " + one + " or " + other);
        }
    }

    @Then("the error message is {string}")
    public void errorMessage(String message) {
        AwsServiceException e = world.lastError();
        if (e == null) {
            throw new AssertionError(world.lastOperation() + " succeeded; expected the error message: " + message);
        }
        if (!message.equals(e.awsErrorDetails().errorMessage())) {
            throw new AssertionError("error message was \"" + e.awsErrorDetails().errorMessage()
                    + "\"; expected \"" + message + "\"");
        }
    }

    /**
     * A message whose recorded form holds a part DynamoDB fills from the request as it pleases,
     * such as its rendering of a whole RequestItems map: the doc string is a regular expression
     * the whole message must match, as dynalite's tests match DynamoDB's messages.
     */
    @Then("the error message matches:")
    public void errorMessageMatches(String pattern) {
        AwsServiceException e = world.lastError();
        if (e == null) {
            throw new AssertionError(world.lastOperation() + " succeeded; expected an error message matching: " + pattern);
        }
        String message = e.awsErrorDetails().errorMessage();
        if (message == null || !java.util.regex.Pattern.compile(pattern.strip()).matcher(message).matches()) {
            throw new AssertionError("error message was \"" + message + "\"; expected one matching " + pattern.strip());
        }
    }

    /**
     * A message of several shape violations: "N validation errors detected: " then the
     * violations joined by "; ", in an order DynamoDB does not keep from one request to the next
     * (dynalite's tests, which record DynamoDB's messages, match them in any order). One violation
     * a line.
     */
    @Then("the error message lists these validation errors, in any order:")
    public void errorMessageListsViolations(String lines) {
        AwsServiceException e = world.lastError();
        if (e == null) {
            throw new AssertionError(world.lastOperation() + " succeeded; expected validation errors");
        }
        List<String> expected = lines.lines().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
        String prefix = expected.size() + " validation error" + (expected.size() == 1 ? "" : "s") + " detected: ";
        String message = e.awsErrorDetails().errorMessage();
        if (message == null || !message.startsWith(prefix)
                || !java.util.Arrays.stream(message.substring(prefix.length()).split("; ")).sorted().toList().equals(expected)) {
            throw new AssertionError("error message was \"" + message + "\"; expected \"" + prefix + "\" and, in any order: " + expected);
        }
    }

    /** The AWS CLI's own rendering of an error, as the seed notes quote it. */
    @Then("the command fails with:")
    public void commandFailsWith(String expected) {
        AwsServiceException e = world.lastError();
        String actual = e == null
                ? world.lastOperation() + " succeeded"
                : "An error occurred (" + e.awsErrorDetails().errorCode() + ") when calling the "
                        + world.lastOperation() + " operation: " + e.awsErrorDetails().errorMessage();
        if (!expected.strip().equals(actual)) {
            throw new AssertionError("got:      " + actual + "\nexpected: " + expected.strip());
        }
    }

    /** A condition either held (the write happened) or failed with ConditionalCheckFailedException. */
    @Then("the write is {word}")
    public void writeOutcome(String outcome) {
        switch (outcome) {
            case "accepted" -> succeeds();
            case "rejected" -> failsWith("ConditionalCheckFailedException");
            default -> throw new IllegalArgumentException("a write is accepted or rejected, not " + outcome);
        }
    }

    @Then("the response is:")
    public void responseIs(String expected) {
        succeeds();
        assertSame("the response", DynamoJson.parse(expected), world.lastResponseJson());
    }

    /**
     * The response has at least these members. For ConsumedCapacity, whose API shape also has
     * ReadCapacityUnits and WriteCapacityUnits members (API_ConsumedCapacity.html) that not
     * every endpoint fills in, the scenarios state what the documentation promises.
     */
    @Then("the response includes:")
    public void responseIncludes(String expected) {
        succeeds();
        assertIncludes("the response", DynamoJson.parse(expected), world.lastResponseJson());
    }

    @Then("the {word} in the response includes:")
    public void responseMemberIncludes(String member, String expected) {
        JsonNode response = world.lastResponseJson();
        if (!response.has(member)) {
            throw new AssertionError("the response has no " + member + ": " + DynamoJson.pretty(response));
        }
        assertIncludes(member, DynamoJson.parse(expected), response.get(member));
    }

    @Then("the response has no {word}")
    public void responseLacks(String member) {
        JsonNode response = world.lastResponseJson();
        if (response.has(member)) {
            throw new AssertionError("the response has " + member + ": " + DynamoJson.pretty(response));
        }
    }

    @Then("the {word} in the response is:")
    public void responseMember(String member, String expected) {
        JsonNode response = world.lastResponseJson();
        if (!response.has(member)) {
            throw new AssertionError("the response has no " + member + ": " + DynamoJson.pretty(response));
        }
        assertSame(member, DynamoJson.parse(expected), response.get(member));
    }

    @Then("the returned item is:")
    public void returnedItem(String expected) {
        succeeds();
        responseMember("Item", expected);
    }

    @Then("no item is returned")
    public void noItemReturned() {
        succeeds();
        responseLacks("Item");
    }

    @Then("the returned attributes are:")
    public void returnedAttributes(String expected) {
        succeeds();
        responseMember("Attributes", expected);
    }

    @Then("the query returns the items:")
    public void queryItems(String expected) {
        succeeds();
        responseMember("Items", expected);
    }

    @Then("the query returns the {word} values in this order:")
    public void queryOrder(String attribute, String expected) {
        succeeds();
        JsonNode items = world.lastResponseJson().get("Items");
        var actual = DynamoJson.MAPPER.createArrayNode();
        items.forEach(i -> actual.add(i.get(attribute)));
        assertSame(attribute + " values", DynamoJson.parse(expected), actual);
    }

    @Then("{word} holds the item:")
    public void tableHolds(String table, String expected) {
        Map<String, AttributeValue> item = DynamoJson.item(DynamoJson.parse(expected));
        GetItemResponse got = world.db().getItem(r -> r.tableName(world.table(table))
                .key(world.keyOf(table, item)).consistentRead(true));
        if (!got.hasItem()) {
            throw new AssertionError(table + " holds no item with key " + DynamoJson.toJson(world.keyOf(table, item)));
        }
        assertSame(table + "'s item", DynamoJson.toJson(item), DynamoJson.toJson(got.item()));
    }

    @Then("{word} holds no item with key:")
    public void tableLacks(String table, String key) {
        GetItemResponse got = world.db().getItem(r -> r.tableName(world.table(table))
                .key(DynamoJson.item(DynamoJson.parse(key))).consistentRead(true));
        if (got.hasItem()) {
            throw new AssertionError(table + " holds " + DynamoJson.toJson(got.item()));
        }
    }

    /** The generated item the scenario last wrote (too large to type), read back whole. */
    @Then("{word} holds the item as written")
    public void tableHoldsWritten(String table) {
        tableHolds(table, DynamoJson.toJson(world.itemAsWritten()).toString());
    }

    @Then("{word} holds the {int} new items")
    public void tableHoldsNewItems(String table, int count) {
        for (int i = 1; i <= count; i++) {
            tableHolds(table, DynamoJson.toJson(world.newItem(table, i)).toString());
        }
    }

    @Then("{word} holds none of the {int} new items")
    public void tableHoldsNoNewItems(String table, int count) {
        for (int i = 1; i <= count; i++) {
            tableLacks(table, DynamoJson.toJson(world.newItem(table, i)).toString());
        }
    }

    /**
     * ItemCollectionMetrics names the item collection written to and estimates its size as a
     * two-element range, lower bound first (API_PutItem.html, "ItemCollectionMetrics"); the
     * estimate's precision is explicitly not promised, so only its shape is checked, and that its
     * lower bound lies within what an item collection may hold (LSI.html, "Item collection size
     * limit": "The maximum size of any item collection for a table which has one or more local
     * secondary indexes is 10 GB").
     */
    @Then("the response has ItemCollectionMetrics for the item collection:")
    public void itemCollectionMetrics(String key) {
        succeeds();
        JsonNode metrics = world.lastResponseJson().get("ItemCollectionMetrics");
        if (metrics == null) {
            throw new AssertionError("the response has no ItemCollectionMetrics: " + world.lastResponseJson());
        }
        assertSame("ItemCollectionKey", DynamoJson.parse(key), metrics.get("ItemCollectionKey"));
        assertSizeRange(metrics.get("SizeEstimateRangeGB"));
    }

    /**
     * BatchWriteItem's ItemCollectionMetrics (API_BatchWriteItem.html): per table, one entry for
     * each item collection written, in no promised order; each names its collection and
     * estimates its size.
     */
    @Then("the response has ItemCollectionMetrics of {word} for the item collections, in any order:")
    public void itemCollectionMetricsOfTable(String table, String keys) {
        succeeds();
        JsonNode metrics = world.lastResponseJson().path("ItemCollectionMetrics").path(table);
        if (!metrics.isArray()) {
            throw new AssertionError("the response has no ItemCollectionMetrics for " + table + ": " + world.lastResponseJson());
        }
        List<JsonNode> actual = new ArrayList<>();
        for (JsonNode m : metrics) {
            actual.add(m.get("ItemCollectionKey"));
            assertSizeRange(m.get("SizeEstimateRangeGB"));
        }
        List<JsonNode> expected = new ArrayList<>();
        DynamoJson.parse(keys).forEach(expected::add);
        if (actual.size() != expected.size() || !actual.containsAll(expected)) {
            throw new AssertionError("the item collections of " + table + " were " + actual + "; expected, in any order: " + expected);
        }
    }

    static void assertSizeRange(JsonNode range) {
        if (range == null || !range.isArray() || range.size() != 2 || !range.get(0).isNumber()
                || !range.get(1).isNumber() || range.get(0).decimalValue().compareTo(range.get(1).decimalValue()) > 0) {
            throw new AssertionError("SizeEstimateRangeGB is not a [lower, upper] range: " + range);
        }
        if (range.get(0).decimalValue().signum() < 0 || range.get(0).decimalValue().compareTo(MAX_COLLECTION_GB) > 0) {
            throw new AssertionError("SizeEstimateRangeGB's lower bound is outside the 0 to 10 GB an item collection may hold: " + range);
        }
    }

    static void assertIncludes(String what, JsonNode expected, JsonNode actual) {
        if (!DynamoJson.includes(expected, actual)) {
            throw new AssertionError(what + " does not include what was expected.\nexpected at least: "
                    + DynamoJson.pretty(expected) + "\nactual: " + DynamoJson.pretty(actual));
        }
    }

    /**
     * A list compared as a multiset: each expected element matched by one actual element, numbers
     * and sets compared as DynamoDB compares them, whatever the order (Scan pages, BatchGetItem
     * Responses and UnprocessedKeys promise none).
     */
    static void assertSameInAnyOrder(String what, JsonNode expected, JsonNode actual) {
        List<JsonNode> left = new ArrayList<>();
        if (actual != null) {
            actual.forEach(left::add);
        }
        List<JsonNode> missing = new ArrayList<>();
        for (JsonNode e : expected) {
            JsonNode match = left.stream().filter(a -> DynamoJson.same(e, a)).findFirst().orElse(null);
            if (match == null) {
                missing.add(e);
            } else {
                left.remove(match);
            }
        }
        if (actual == null || !missing.isEmpty() || !left.isEmpty()) {
            throw new AssertionError(what + " differ (in any order).\nmissing: " + missing
                    + "\nnot expected or repeated: " + (actual == null ? "nothing was returned" : left.toString()));
        }
    }

    static void assertSame(String what, JsonNode expected, JsonNode actual) {
        if (!DynamoJson.same(expected, actual)) {
            throw new AssertionError(what + " differs.\nexpected: " + DynamoJson.pretty(expected)
                    + "\nactual:   " + DynamoJson.pretty(actual));
        }
    }
}
