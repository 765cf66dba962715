package io.dynaspec.runner.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects each finished scenario's outcome and transcript for {@link SuiteResult}, from whichever thread ran it. */
final class ScenarioCollector implements ConcurrentEventListener {

    private final SuiteSession session;
    private final List<Finished> finished = new ArrayList<>();

    /** A result with its feature's whole URI, which orders the results. */
    private record Finished(String uri, ScenarioResult result) {
    }

    ScenarioCollector(SuiteSession session) {
        this.session = session;
        session.keepTranscripts();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finish);
    }

    private synchronized void finish(TestCaseFinished event) {
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
        finished.add(new Finished(test.getUri().toString(), new ScenarioResult(feature, test.getLocation().getLine(),
                test.getName(), List.copyOf(test.getTags()), outcome, message,
                session.takeTranscript(test.getId().toString()))));
    }

    /**
     * Every finished scenario, in the order of the features' URIs and lines whatever order they
     * finished in, so that two runs list their scenarios alike.
     */
    synchronized List<ScenarioResult> results() {
        return finished.stream()
                .sorted(Comparator.comparing(Finished::uri).thenComparingInt(f -> f.result().line()))
                .map(Finished::result)
                .toList();
    }
}
