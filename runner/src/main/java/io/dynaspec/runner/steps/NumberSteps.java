package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;

/**
 * Numbers as DynamoDB writes them back. Every other step compares numbers by value, so that
 * {@code 1.50} and {@code 1.5} are the same; these steps compare the text of each {@code N} and
 * of each {@code NS} member exactly, for the scenarios on the one form DynamoDB returns a number
 * in: leading and trailing zeros trimmed (HowItWorks.NamingRulesDataTypes.html, "Number"), no
 * exponent. Set members are still compared in any order.
 */
public final class NumberSteps {

    private final World world;

    public NumberSteps(World world) {
        this.world = world;
    }

    @Then("the {word} in the response is, with every number written exactly so:")
    public void memberWrittenExactly(String member, String expected) {
        if (world.lastError() != null) {
            throw new AssertionError(world.lastOperation() + " failed with " + World.describe(world.lastError()));
        }
        JsonNode response = world.lastResponseJson();
        if (!response.has(member)) {
            throw new AssertionError("the response has no " + member + ": " + DynamoJson.pretty(response));
        }
        JsonNode want = DynamoJson.parse(expected);
        if (!DynamoJson.writtenAlike(want, response.get(member))) {
            throw new AssertionError(member + " differs, number for number as written.\nexpected: "
                    + DynamoJson.pretty(want) + "\nactual:   " + DynamoJson.pretty(response.get(member)));
        }
    }

    /** The plural form, for Items and Attributes. */
    @Then("the {word} in the response are, with every number written exactly so:")
    public void membersWrittenExactly(String member, String expected) {
        memberWrittenExactly(member, expected);
    }
}
