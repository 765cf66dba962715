package io.dynaspec.runner.tlc;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading TLC's tool-mode output: verdict, statistics, trace, progress. */
class TlcOutputParserTest {

    private static TlcOutputParser parse(List<String> lines, List<TlcProgress> progress) {
        TlcOutputParser parser = new TlcOutputParser(progress::add);
        lines.forEach(parser::accept);
        return parser;
    }

    private static List<String> resource(String name) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TlcOutputParserTest.class.getResourceAsStream(name), name),
                StandardCharsets.UTF_8))) {
            return in.lines().toList();
        }
    }

    /** broken-tool-output.txt: TLC 2.18 on spec/broken.cfg with one worker. */
    @Test
    void aSafetyViolationGivesItsInvariantStatisticsAndTrace() throws IOException {
        TlcOutputParser parser = parse(resource("broken-tool-output.txt"), new ArrayList<>());

        assertEquals(Outcome.SAFETY_FAILURE, parser.verdict().orElseThrow());
        assertEquals("NoAcknowledgedWriteLost", parser.property());
        assertEquals(1414, parser.distinctStates());
        assertEquals(2588, parser.statesGenerated());
        assertEquals(5, parser.depth());
        assertTrue(parser.loop().isEmpty());
        assertTrue(parser.errors().isEmpty(), parser.errors().toString());

        List<TraceStep> steps = parser.steps();
        assertEquals(List.of("Init", "PutItem", "Acknowledge", "FailAZ", "ElectLeader"),
                steps.stream().map(TraceStep::actionName).toList());
        assertEquals("Initial predicate", steps.get(0).tlcAction());
        TraceStep elect = steps.get(4);
        assertEquals("b", elect.action().path("az").asText());
        assertEquals(2, elect.action().path("epoch").asInt());
        assertEquals("b", elect.state().path("leader").path("P1").asText());
        assertEquals("[1]", elect.state().path("acknowledged").toString());
        assertEquals("[]", elect.state().path("log").path("P1").path("b").toString());
        assertTrue(elect.state().path("lastAction").isMissingNode(), "lastAction is the step's action, not state");
    }

    @Test
    void aLivenessViolationEndsInStutteringOrALoop() {
        List<String> stuttering = List.of(
                "@!@!@STARTMSG 2116:1 @!@!@", "Temporal properties were violated.", "", "@!@!@ENDMSG 2116 @!@!@",
                "@!@!@STARTMSG 2264:1 @!@!@", "The following behavior constitutes a counter-example:", "",
                "@!@!@ENDMSG 2264 @!@!@",
                "@!@!@STARTMSG 2217:4 @!@!@", "1: <Initial predicate>", "/\\ x = 0",
                "/\\ lastAction = [name |-> \"Init\"]", "", "@!@!@ENDMSG 2217 @!@!@",
                "@!@!@STARTMSG 2217:4 @!@!@", "2: <Step line 9, col 5 to line 9, col 20 of module M>", "/\\ x = 1",
                "/\\ lastAction = [name |-> \"Step\", by |-> 1]", "", "@!@!@ENDMSG 2217 @!@!@",
                "@!@!@STARTMSG 2218:4 @!@!@", "3: Stuttering", "@!@!@ENDMSG 2218 @!@!@");
        TlcOutputParser parser = parse(stuttering, new ArrayList<>());
        assertEquals(Outcome.LIVENESS_FAILURE, parser.verdict().orElseThrow());
        assertEquals(2, parser.steps().size());
        assertEquals("Step", parser.steps().get(1).tlcAction());
        assertEquals("line 9, col 5 to line 9, col 20 of module M", parser.steps().get(1).location());
        assertEquals(1, parser.steps().get(1).action().path("by").asInt());
        assertTrue(parser.loop().orElseThrow().stuttering());
        assertTrue(parser.errors().isEmpty(), parser.errors().toString());

        TlcOutputParser looping = parse(List.of(
                "@!@!@STARTMSG 2116:1 @!@!@", "Temporal properties were violated.", "@!@!@ENDMSG 2116 @!@!@",
                "@!@!@STARTMSG 2122:4 @!@!@", "4: Back to state: 2", "@!@!@ENDMSG 2122 @!@!@"), new ArrayList<>());
        assertEquals(2, looping.loop().orElseThrow().backTo());
    }

    @Test
    void progressLinesFromTheChildJvmArriveEvenInsideMessages() {
        List<TlcProgress> progress = new ArrayList<>();
        parse(List.of(
                TlcChild.PROGRESS_PREFIX + "1000 500 300 120 4",
                "@!@!@STARTMSG 2217:4 @!@!@",
                TlcChild.PROGRESS_PREFIX + "2000 2500 1300 400 6",
                "1: <Initial predicate>", "/\\ x = 0", "@!@!@ENDMSG 2217 @!@!@"), progress);
        assertEquals(2, progress.size());
        TlcProgress second = progress.get(1);
        assertEquals(1300, second.distinctStates());
        assertEquals(400, second.queue());
        assertEquals(6, second.depth());
        assertEquals(2000, second.statesPerSecond());
    }

    @Test
    void errorsAreKeptWithTheLinesBeforeThem() {
        TlcOutputParser parser = parse(List.of(
                "Semantic errors:", "Unknown operator: `p'.",
                "@!@!@STARTMSG 1000:1 @!@!@", "Parsing or semantic analysis failed.", "@!@!@ENDMSG 1000 @!@!@"),
                new ArrayList<>());
        assertTrue(parser.verdict().isEmpty());
        assertTrue(parser.errors().contains("Parsing or semantic analysis failed."), parser.errors().toString());
        assertTrue(parser.errors().contains("Unknown operator: `p'."), parser.errors().toString());
    }
}
