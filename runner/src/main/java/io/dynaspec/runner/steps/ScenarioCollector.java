package io.dynaspec.runner.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import java.util.ArrayList;
import java.util.List;

/** Collects each finished scenario's outcome and transcript for {@link SuiteResult}. */
final class ScenarioCollector implements ConcurrentEventListener {

    private final SuiteSession session;
    private final List<ScenarioResult> results = new ArrayList<>();

    ScenarioCollector(SuiteSession session) {
        this.session = session;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private synchronized void finished(TestCaseFinished event) {
        TestCase test = event.getTestCase();
        Result result = event.getResult();
        ScenarioResult.Outcome outcome = switch (result.getStatus()) {
            case PASSED -> ScenarioResult.Outcome.PASSED;
            case SKIPPED -> ScenarioResult.Outcome.SKIPPED;
            default -> ScenarioResult.Outcome.FAILED;
        };
        String message = result.getError() != null
                ? String.valueOf(result.getError().getMessage())
                : outcome == ScenarioResult.Outcome.PASSED ? "" : result.getStatus().name().toLowerCase();
        // The last segment of the feature's URI: a file: URI in the kit, a classpath: one from the jar.
        String path = test.getUri().getSchemeSpecificPart();
        String feature = path.substring(path.lastIndexOf('/') + 1);
        results.add(new ScenarioResult(feature, test.getLocation().getLine(), test.getName(),
                List.copyOf(test.getTags()), outcome, message, session.recorder().exchanges()));
    }

    synchronized List<ScenarioResult> results() {
        return List.copyOf(results);
    }
}
