package io.dynaspec.runner.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynaspec.runner.steps.Exchange;
import io.dynaspec.runner.steps.ScenarioResult;
import io.dynaspec.runner.steps.SuiteResult;
import io.dynaspec.runner.steps.SuiteRun;
import io.dynaspec.runner.targets.TargetSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scenarios run several at once as they run one at a time: the same outcomes, each scenario's
 * transcript its own requests only, results and reports in the order of the features' lines; and
 * a scenario that would see the others through what every scenario shares fails unless its tags
 * make it run alone.
 */
class ParallelSuiteTest {

    /** Areas with engine-wide steps (held transactions, the clock), listings of every table, and plain ones. */
    private static final String AREAS = "@transactions or @list_tables or @time_to_live or @numbers";

    private static SuiteResult run(String features, String name, int threads, String tags) {
        return new SuiteRun(Path.of(features), Path.of("target", "dynaspec-reports", name), Path.of("target", "cache"))
                .withThreads(threads).run(TargetSpec.parse("reference"), tags);
    }

    /**
     * Each scenario's operations, in the order it sent them, less DescribeTable: waiting for a
     * table or index to be ACTIVE polls it as often as it takes.
     */
    private static Map<String, List<String>> operations(SuiteResult r) {
        return r.scenarios().stream().collect(Collectors.toMap(ScenarioResult::id,
                s -> s.transcript().stream().map(Exchange::operation).filter(o -> !o.equals("DescribeTable")).toList()));
    }

    @Test
    void fourAtOnceEndAsOneAtATime() throws IOException {
        SuiteResult serial = run("../features", "parallel-1", 1, AREAS);
        SuiteResult parallel = run("../features", "parallel-4", 4, AREAS);

        assertTrue(serial.scenarios().size() > 50, serial.tally());
        assertEquals(List.of(), parallel.failures().stream().map(ScenarioResult::id).toList(), parallel.tally());
        Function<SuiteResult, Map<String, ScenarioResult.Outcome>> outcomes = r -> r.scenarios().stream()
                .collect(Collectors.toMap(ScenarioResult::id, ScenarioResult::outcome));
        assertEquals(outcomes.apply(serial), outcomes.apply(parallel));
        assertEquals(List.of(), parallel.scenarios().stream().filter(s -> s.transcript().isEmpty()).map(ScenarioResult::id).toList(),
                "every scenario's requests are in its transcript");
        assertEquals(operations(serial), operations(parallel), "each transcript holds its own scenario's requests");

        Comparator<ScenarioResult> byPlace = Comparator.comparing(ScenarioResult::feature).thenComparingInt(ScenarioResult::line);
        assertEquals(parallel.scenarios().stream().sorted(byPlace).toList(), parallel.scenarios());
        assertEquals(testCases(Path.of("target", "dynaspec-reports", "parallel-1")),
                testCases(Path.of("target", "dynaspec-reports", "parallel-4")), "the JUnit XML report lists the scenarios alike");
    }

    /** The JUnit XML report's test cases, in its order. */
    private static List<String> testCases(Path reports) throws IOException {
        Matcher m = Pattern.compile("<testcase [^>]*?name=\"([^\"]*)\"").matcher(Files.readString(reports.resolve("cucumber-junit.xml")));
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void aScenarioThatWouldSeeTheOthersMustRunAlone() {
        SuiteResult result = run("src/test/resources/gate", "gate", 4, null);
        Map<String, ScenarioResult> byName = result.scenarios().stream()
                .collect(Collectors.toMap(ScenarioResult::name, Function.identity()));
        ScenarioResult listing = byName.get("A listing of every table, untagged");
        assertEquals(ScenarioResult.Outcome.FAILED, listing.outcome());
        assertTrue(listing.message().contains("lists every table of the target (ListTables)")
                && listing.message().contains("@serial"), listing.message());
        ScenarioResult zone = byName.get("A zone failed, untagged");
        assertEquals(ScenarioResult.Outcome.FAILED, zone.outcome());
        assertTrue(zone.message().contains("uses the engine's internals") && zone.message().contains("@reference-only"),
                zone.message());
        assertEquals(ScenarioResult.Outcome.PASSED, byName.get("A listing of every table, tagged to run alone").outcome());
    }
}
