package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.dynaspec.runner.targets.Cluster;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * TransactWriteItems and TransactGetItems as their users see them: the cancellation reasons the
 * SDK parses from a TransactionCanceledException, and — on targets exposing their internals — a
 * transaction held between its prepare and commit phases, so that a conflict with it can be
 * shown, and the engine's clock moved past the idempotency window.
 */
public final class TransactionSteps {

    private final World world;

    public TransactionSteps(World world) {
        this.world = world;
    }

    private Cluster cluster() {
        return world.cluster();
    }

    private TransactionCanceledException canceled() {
        AwsServiceException e = world.lastError();
        if (!(e instanceof TransactionCanceledException t)) {
            throw new AssertionError(world.lastOperation() + (e == null ? " succeeded" : " failed with " + World.describe(e))
                    + "; expected TransactionCanceledException");
        }
        return t;
    }

    /** API_CancellationReason.html: one code per action, in the request's order. */
    @Then("the cancellation reasons are {string}")
    public void reasons(String codes) {
        List<String> expected = Arrays.stream(codes.split(",")).map(String::trim).toList();
        List<String> actual = canceled().cancellationReasons().stream().map(CancellationReason::code).toList();
        if (!expected.equals(actual)) {
            throw new AssertionError("cancellation reasons were " + actual + "; expected " + expected);
        }
    }

    /** ReturnValuesOnConditionCheckFailure ALL_OLD: the item is in that action's reason. */
    @Then("cancellation reason {int} carries the item:")
    public void reasonItem(int position, String item) {
        CancellationReason r = canceled().cancellationReasons().get(position - 1);
        ResponseSteps.assertSame("the item of cancellation reason " + position, DynamoJson.parse(item),
                DynamoJson.toJson(r.item()));
    }

    /** TransactionCanceledException's documentation: each code's message (ConditionalCheckFailed: "The conditional request failed"). */
    @Then("cancellation reason {int} says {string}")
    public void reasonMessage(int position, String message) {
        CancellationReason r = canceled().cancellationReasons().get(position - 1);
        if (!message.equals(r.message())) {
            throw new AssertionError("cancellation reason " + position + " says " + r.message() + "; expected " + message);
        }
    }

    @Then("cancellation reason {int} carries no item")
    public void reasonWithoutItem(int position) {
        CancellationReason r = canceled().cancellationReasons().get(position - 1);
        if (r.hasItem()) {
            throw new AssertionError("cancellation reason " + position + " carries " + r.item());
        }
    }

    /** Items keyed {@code item-01}, {@code item-02}, ... put by one TransactWriteItems. */
    @When("I write {int} new items into {word} in one transaction")
    public void transactGenerated(int count, String table) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        var actions = request.putArray("TransactItems");
        for (int i = 1; i <= count; i++) {
            ObjectNode put = actions.addObject().putObject("Put");
            put.put("TableName", table);
            put.set("Item", DynamoJson.toJson(world.newItem(table, i)));
        }
        world.send("TransactWriteItems", request);
    }

    @When("transactions are held between their phases")
    public void hold() {
        cluster().holdTransactions();
    }

    /** The transaction is sent and prepares; it stays in flight until released. */
    @When("I start a transaction with:")
    public void start(String requestJson) {
        ObjectNode request = (ObjectNode) DynamoJson.parse(requestJson);
        cluster().awaitHeldTransaction(() -> world.sendInFlight("TransactWriteItems", request));
    }

    /** The held transaction commits, and its answer becomes the last response. */
    @When("the held transaction is released")
    public void release() {
        cluster().releaseTransactions();
        world.awaitInFlight();
    }

    /** The next transaction to reach the point ("prepare" or "decision") loses its coordinator there. */
    @Given("the transaction coordinator fails after the next transaction's {word}")
    public void failCoordinator(String point) {
        cluster().failCoordinator(point);
    }

    @When("another coordinator finishes the transactions whose coordinator failed")
    public void recoverCoordinator() {
        cluster().recoverCoordinator();
    }

    @When("{int} minutes pass")
    public void minutesPass(int minutes) {
        cluster().advanceClock(Duration.ofMinutes(minutes));
    }
}
