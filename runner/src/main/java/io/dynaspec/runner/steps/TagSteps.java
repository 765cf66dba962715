package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.When;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The tagging operations name a table by its ARN (API_TagResource.html, "ResourceArn"), whose
 * region and account differ from target to target: the step asks the target for the ARN of the
 * scenario's table, so that a feature names the table as every other step does.
 */
public final class TagSteps {

    private final World world;

    public TagSteps(World world) {
        this.world = world;
    }

    /**
     * An operation on a table's ARN, the rest of its request in the API's JSON. A table the
     * scenario has not created gets the ARN it would have: another of the scenario's tables' ARN,
     * with the name changed.
     */
    @When("I call {word} on the ARN of table {word} with:")
    public void callOnArn(String operation, String table, String requestJson) {
        ObjectNode request = (ObjectNode) DynamoJson.parse(requestJson);
        request.put("ResourceArn", arnOf(table));
        world.send(operation, request);
    }

    @When("I call {word} on the ARN of table {word}")
    public void callOnArn(String operation, String table) {
        callOnArn(operation, table, "{}");
    }

    private String arnOf(String logical) {
        String physical = world.table(logical);
        try {
            return world.db().describeTable(b -> b.tableName(physical)).table().tableArn();
        } catch (ResourceNotFoundException e) {
            String other = world.createdTables().stream().findFirst().orElseThrow(() ->
                    new IllegalStateException("the scenario has no table whose ARN shows the target's region and account"));
            String arn = world.db().describeTable(b -> b.tableName(other)).table().tableArn();
            return arn.substring(0, arn.lastIndexOf('/') + 1) + physical;
        }
    }
}
