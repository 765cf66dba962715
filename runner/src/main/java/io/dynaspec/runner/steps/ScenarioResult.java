package io.dynaspec.runner.steps;

import java.util.List;

/**
 * How one scenario (or one example row of an outline) ended on one target.
 *
 * @param feature    the feature file's name, such as {@code put_item.feature}
 * @param line       the scenario's (or example row's) line in that file
 * @param name       the scenario's name, unique within its feature
 * @param tags       its tags, inherited ones included
 * @param outcome    passed, failed or skipped
 * @param message    why it failed or was skipped; empty when it passed
 * @param transcript every request it sent and what came back
 */
public record ScenarioResult(String feature, int line, String name, List<String> tags, Outcome outcome,
        String message, List<Exchange> transcript) {

    /** How a scenario ended. Cucumber's undefined, pending and ambiguous steps count as failures. */
    public enum Outcome { PASSED, FAILED, SKIPPED }

    /** The key two runs of the same features share: file and line. */
    public String id() {
        return feature + ":" + line;
    }
}
