package io.dynaspec.runner.steps;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One run of the suite on one target.
 *
 * @param target      the target's name
 * @param kind        the target's kind, which selects its recorded divergences
 * @param tags        the tag expression the run used
 * @param scenarios   every scenario the tag expression selected, in run order
 * @param duration    wall time of the run, start-up of the target included
 * @param unavailable the one-line reason the target could not run here, if it could not
 * @param reports     the folder holding Cucumber's HTML, JUnit XML and message reports
 */
public record SuiteResult(String target, String kind, String tags, List<ScenarioResult> scenarios,
        Duration duration, Optional<String> unavailable, Path reports) {

    public long count(ScenarioResult.Outcome outcome) {
        return scenarios.stream().filter(s -> s.outcome() == outcome).count();
    }

    public List<ScenarioResult> failures() {
        return scenarios.stream().filter(s -> s.outcome() == ScenarioResult.Outcome.FAILED).toList();
    }

    /** The closing line of a run: "N passed, N failed, N skipped". */
    public String tally() {
        return count(ScenarioResult.Outcome.PASSED) + " passed, " + count(ScenarioResult.Outcome.FAILED)
                + " failed, " + count(ScenarioResult.Outcome.SKIPPED) + " skipped";
    }
}
