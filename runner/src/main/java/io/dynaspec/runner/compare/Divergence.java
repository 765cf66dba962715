package io.dynaspec.runner.compare;

/**
 * A known, explained difference between a target and DynamoDB: one scenario that fails there
 * because the target does not do what DynamoDB's documentation says.
 *
 * @param feature  the feature file, such as {@code put_item.feature}
 * @param scenario the scenario's name (for an outline example, with its values filled in)
 * @param differs  what the target does differently
 * @param why      why the scenario's expectation stands
 * @param doc      the DynamoDB documentation page that says what DynamoDB does
 */
public record Divergence(String feature, String scenario, String differs, String why, String doc) {

    public boolean covers(String featureFile, String scenarioName) {
        return feature.equals(featureFile) && scenario.equals(scenarioName);
    }
}
