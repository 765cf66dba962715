package io.dynaspec.runner.trace;

import io.dynaspec.engine.cluster.StreamFeed;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ties the engine's stream to spec/Streams.tla: the table's state after every acknowledgement and
 * every entry its stream is told of, in seeded schedules of puts, refused conditional puts,
 * updates that change nothing, deletes, zone failures, failovers that cut a put never
 * acknowledged, and shard rollovers (by the table's option and on demand), recorded in the
 * model's variables with each partition's shards read parent before child as the model's one
 * shard, must satisfy the model's stream invariants in every state and ShardOnlyGrows in every
 * step, which TLC evaluates (spec/trace/TraceStreams.tla). The engine under the unsafe feed (a
 * record made as the leader appends the write) leaves a state TLC rejects with
 * StreamShowsOnlyAcknowledgedWrites; so do corrupted copies of a run: one with a record twice
 * (EachChangeAppearsOnce), one that loses a record (ShardOnlyGrows).
 *
 * <p>{@code -Dtrace.streamSchedules=N} checks N schedules (24 by default).
 */
class StreamStatesTest {
    private static final int SCHEDULES = Integer.getInteger("trace.streamSchedules", 24);
    private static final int STEPS = 60;
    private static final Path SPEC = Path.of("..", "spec");
    private static final Path WORK = Path.of("target", "trace-check", "streams");

    @Test
    void everyStateAndStepOfTheSchedulesSatisfiesTheModelsStreamProperties() throws Exception {
        List<StreamStates.Run> runs = new ArrayList<>();
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            runs.add(StreamStates.record(seed, STEPS, StreamFeed.COMMITTED));
        }
        int states = StreamStates.stateCount(runs);
        int records = runs.stream().mapToInt(StreamStates.Run::records).sum();
        int rollovers = runs.stream().mapToInt(StreamStates.Run::rollovers).sum();
        int cut = runs.stream().mapToInt(StreamStates.Run::cut).sum();
        int refused = runs.stream().mapToInt(StreamStates.Run::refused).sum();
        int writes = runs.stream().mapToInt(r -> r.sent().size()).sum();
        ModelCheckResult result = StreamStates.check(SPEC, WORK.resolve("engine"), runs, Duration.ofMinutes(5));
        System.out.printf("stream states: %d schedules, %d writes appended, %d records, %d rollovers, %d puts cut by a failover, "
                        + "%d conditional puts refused, %d states: %s, %d distinct states in %d ms%n",
                SCHEDULES, writes, records, rollovers, cut, refused, states, result.outcome(), result.distinctStates(), result.time().toMillis());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result);
        assertEquals(states, result.distinctStates(), "TLC visited every recorded state");
        assertTrue(records < writes, "some writes changed nothing and made no record: " + records + " of " + writes);
        assertTrue(rollovers >= SCHEDULES, "shards rolled over: " + rollovers);
        assertTrue(cut >= SCHEDULES / 2, "failovers cut puts: " + cut);
        assertTrue(refused > 0, "conditional puts were refused: " + refused);
    }

    /**
     * The mutation of the engine: under the unsafe feed (the model's StreamFeed = "LeaderAppend"),
     * the stream takes the record of a put the leader appended before its quorum, and TLC rejects
     * that state.
     */
    @Test
    void theUnsafeFeedLeavesARecordOfAnUnacknowledgedWrite() throws Exception {
        List<StreamStates.Run> runs = List.of(StreamStates.record(1, STEPS, StreamFeed.COMMITTED),
                StreamStates.record(2, STEPS, StreamFeed.UNSAFE_LEADER_APPEND));
        ModelCheckResult result = StreamStates.check(SPEC, WORK.resolve("unsafe"), runs, Duration.ofMinutes(5));
        System.out.printf("stream states, unsafe feed: %s %s after %d distinct states%n",
                result.outcome(), result.property(), result.distinctStates());
        assertEquals(Outcome.SAFETY_FAILURE, result.outcome(), () -> "TLC: " + result);
        assertEquals("StreamShowsOnlyAcknowledgedWrites", result.property());
    }

    @Test
    void aRecordThatAppearsTwiceIsRejected() throws Exception {
        List<StreamStates.Run> runs = List.of(StreamStates.withRecordTwice(StreamStates.record(3, STEPS, StreamFeed.COMMITTED)));
        ModelCheckResult result = StreamStates.check(SPEC, WORK.resolve("twice"), runs, Duration.ofMinutes(5));
        assertEquals(Outcome.SAFETY_FAILURE, result.outcome(), () -> "TLC: " + result);
        assertEquals("EachChangeAppearsOnce", result.property());
    }

    @Test
    void aShardThatLosesARecordIsRejected() throws Exception {
        List<StreamStates.Run> runs = List.of(StreamStates.losingARecord(StreamStates.record(4, STEPS, StreamFeed.COMMITTED)));
        ModelCheckResult result = StreamStates.check(SPEC, WORK.resolve("lost"), runs, Duration.ofMinutes(5));
        assertEquals(Outcome.SAFETY_FAILURE, result.outcome(), () -> "TLC: " + result);
        // TLC names a violated action property by the definition it expands to: the model's own.
        assertEquals("STR!ShardOnlyGrows", result.property());
    }
}
