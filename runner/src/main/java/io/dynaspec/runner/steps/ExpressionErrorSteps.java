package io.dynaspec.runner.steps;

import io.cucumber.java.en.Then;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The start of an error message, for refusals whose record gives DynamoDB's wording only up to
 * a point: a syntax error's rule but not the token it quotes, or the rule and the function but
 * not an order DynamoDB does not keep (the valid type names of attribute_type).
 */
public final class ExpressionErrorSteps {

    private final World world;

    public ExpressionErrorSteps(World world) {
        this.world = world;
    }

    @Then("the error message starts with {string}")
    public void errorMessageStartsWith(String start) {
        AwsServiceException e = world.lastError();
        if (e == null) {
            throw new AssertionError(world.lastOperation() + " succeeded; expected an error message starting: " + start);
        }
        String message = e.awsErrorDetails().errorMessage();
        if (message == null || !message.startsWith(start)) {
            throw new AssertionError("error message was \"" + message + "\"; expected it to start with \"" + start + "\"");
        }
    }
}
