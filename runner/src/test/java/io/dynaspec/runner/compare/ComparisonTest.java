package io.dynaspec.runner.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynaspec.runner.compare.Comparison.Verdict;
import io.dynaspec.runner.steps.Exchange;
import io.dynaspec.runner.steps.ScenarioResult;
import io.dynaspec.runner.steps.ScenarioResult.Outcome;
import io.dynaspec.runner.steps.SuiteResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Verdicts per scenario, and a report that shows the request and both answers where they differ. */
class ComparisonTest {

    private static final Exchange PUT = new Exchange("PutItem", "{\"TableName\":\"Employee\"}", 200, "{}");

    private static ScenarioResult scenario(String name, int line, Outcome outcome, Exchange... transcript) {
        return new ScenarioResult("put_item.feature", line, name, List.of(), outcome,
                outcome == Outcome.FAILED ? "expected ValidationException" : "", List.of(transcript));
    }

    private static SuiteResult run(String target, String kind, ScenarioResult... scenarios) {
        return new SuiteResult(target, kind, "not @pending-cluster", List.of(scenarios), Duration.ofSeconds(1),
                Optional.empty(), Path.of("target"));
    }

    @Test
    void recordedDifferencesPassAndUnrecordedOnesFail() {
        Divergence known = new Divergence("put_item.feature", "recorded", "accepts it", "DynamoDB rejects it",
                "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html");
        SuiteResult a = run("reference", "reference", scenario("same", 1, Outcome.PASSED),
                scenario("recorded", 2, Outcome.PASSED), scenario("skipped", 3, Outcome.SKIPPED));
        SuiteResult b = run("other", "other", scenario("same", 1, Outcome.PASSED),
                scenario("recorded", 2, Outcome.FAILED), scenario("skipped", 3, Outcome.PASSED));
        Comparison c = Comparison.of(a, new KnownDivergences("reference", "", List.of()), b,
                new KnownDivergences("other", "1", List.of(known)));
        assertEquals(List.of(Verdict.SAME, Verdict.RECORDED, Verdict.NOT_COMPARED),
                c.rows().stream().map(Comparison.Row::verdict).toList());
        assertTrue(c.passes());

        Comparison unrecorded = Comparison.of(a, new KnownDivergences("reference", "", List.of()), b,
                new KnownDivergences("other", "1", List.of()));
        assertFalse(unrecorded.passes());
    }

    @Test
    void theReportShowsTheRequestAndBothResponsesOfADifference() {
        Exchange rejected = new Exchange("PutItem", PUT.request(), 400,
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ValidationException\",\"message\":\"no\"}");
        SuiteResult a = run("reference", "reference", scenario("differs", 1, Outcome.PASSED, PUT));
        SuiteResult b = run("other", "other", scenario("differs", 1, Outcome.FAILED, rejected));
        ComparisonReport report = new ComparisonReport(Comparison.of(a, new KnownDivergences("reference", "", List.of()),
                b, new KnownDivergences("other", "", List.of())));
        String md = report.markdown();
        assertTrue(md.contains("UNRECORDED DIFFERENCE"), md);
        assertTrue(md.contains("\"TableName\" : \"Employee\""), md);
        assertTrue(md.contains("HTTP 200") && md.contains("HTTP 400") && md.contains("ValidationException"), md);
        assertTrue(report.html().contains("(responses differ)"));
    }
}
