package io.dynaspec.runner.tlc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counterexample of spec/broken.cfg, as a table and as a file. */
class CounterexampleTableTest {

    private static Counterexample broken() throws IOException {
        TlcOutputParser parser = new TlcOutputParser(p -> { });
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CounterexampleTableTest.class.getResourceAsStream("broken-tool-output.txt")), StandardCharsets.UTF_8))) {
            in.lines().forEach(parser::accept);
        }
        return new Counterexample("broken", "MCWritePath", Outcome.SAFETY_FAILURE, parser.property(),
                parser.steps(), parser.loop());
    }

    @Test
    void theTableTellsTheStoryStepByStep() throws IOException {
        String table = CounterexampleTable.render(broken());
        String[] lines = table.split("\n");

        assertEquals("NoAcknowledgedWriteLost violated (safety failure), 5 states:", lines[0]);
        assertTrue(lines[2].matches("step +action +partition +leader +epoch +log a +log b +log c +acknowledged +refused"),
                lines[2]);
        assertTrue(lines[3].matches(" +1 +Init +P1 +a +1 +\\[] +\\[] +\\[] +\\[] +\\[]"), lines[3]);
        assertTrue(lines[4].matches(" +2 +PutItem \\(k1, 1\\) = v1 -> w1 Accepted +P1 +a +1 +\\[1] +\\[] +\\[] +\\[] +\\[]"),
                lines[4]);
        assertTrue(lines[5].matches(" +3 +Acknowledge w1 \\(P1\\) +P1 +a +1 +\\[1] +\\[] +\\[] +\\[1] +\\[]"), lines[5]);
        assertTrue(lines[6].matches(" +4 +FailAZ a +P1 +a +1 +\\[1] down +\\[] +\\[] +\\[1] +\\[]"), lines[6]);
        assertTrue(lines[7].matches(" +5 +ElectLeader b \\(P1, epoch 2\\) +P1 +b +2 +\\[1] down +\\[] +\\[] +\\[1] +\\[]"),
                lines[7]);
        assertTrue(table.contains("  w1  PutItem (k1, 1) = v1\n"), table);
    }

    @Test
    void theFileReadsBackAsTheSameCounterexample(@TempDir Path dir) throws IOException {
        Counterexample written = broken();
        Path file = dir.resolve("nested").resolve("broken-counterexample.json");
        written.write(file);

        Counterexample read = Counterexample.read(file);
        assertEquals(written.toJson(), read.toJson());
        assertEquals("NoAcknowledgedWriteLost", read.property());
        assertEquals("PutItem", read.steps().get(1).actionName());
        assertEquals("[\"k1\",1]", read.steps().get(1).action().path("key").toString());
        assertEquals(Optional.empty(), read.loop());
    }

    @Test
    void aLivenessLoopIsSaidAfterTheTable() {
        Counterexample stuck = new Counterexample("liveness", "MCWritePath", Outcome.LIVENESS_FAILURE,
                "EventuallySyncUp", java.util.List.of(), Optional.of(Counterexample.Loop.backToState(3)));
        String text = CounterexampleTable.render(stuck);
        assertTrue(text.startsWith("EventuallySyncUp violated (liveness failure), 0 states:"), text);
        assertTrue(text.contains("returns to step 3"), text);
        assertEquals(stuck.toJson(), Counterexample.fromJson(stuck.toJson()).toJson());
    }
}
