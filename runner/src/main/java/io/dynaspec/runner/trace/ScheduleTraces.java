package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule;
import io.dynaspec.engine.trace.ModelTraceRecorder;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/**
 * The model-level traces of one seeded random fault schedule — the engine's
 * {@link RandomFaultSchedule}, the generator of its reliability test — as a
 * {@link ModelTraceRecorder} recorded them, one trace per partition.
 *
 * @param recorder  the recorder that holds the traces
 * @param lostWrite whether an acknowledged write was later cut from its partition's log
 */
public record ScheduleTraces(ModelTraceRecorder recorder, boolean lostWrite, int transfersCommitted) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The recorded traces, one per partition, as {@link RecordedTrace#read} would read them from the recorder's JSON Lines. */
    public List<RecordedTrace> traces() throws IOException {
        StringWriter out = new StringWriter();
        recorder.writeJsonLines(out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return RecordedTrace.group(lines);
    }

    /**
     * Plays the seed's schedule, {@code steps} steps and the heal, recording its traces.
     *
     * @param writers runs the writes that wait for their quorum: {@link RandomFaultSchedule#writerPool()}
     */
    public static ScheduleTraces record(AckRule rule, long seed, int steps, ExecutorService writers) throws Exception {
        return record(rule, seed, steps, writers, false);
    }

    /**
     * As {@link #record(AckRule, long, int, ExecutorService)}; with {@code transfers}, some steps
     * are transfers between accounts (TransactWriteItems) and snapshots of them
     * (TransactGetItems), so that the partitions' logs also carry transactions' PREPARE, COMMIT
     * and CANCEL entries, replicated, acknowledged, cut and caught up like any write.
     */
    public static ScheduleTraces record(AckRule rule, long seed, int steps, ExecutorService writers, boolean transfers)
            throws Exception {
        ModelTraceRecorder recorder = new ModelTraceRecorder(
                "seed-" + seed + (transfers ? "-transfers" : "")
                        + (rule == AckRule.QUORUM ? "" : "-" + rule.name().toLowerCase(Locale.ROOT)));
        LostWriteWatch watch = new LostWriteWatch();
        new RandomFaultSchedule(rule, seed, writers, recorder, watch, transfers).play(steps);
        return new ScheduleTraces(recorder, watch.lost, watch.transfers);
    }

    /**
     * Plays the seed's schedule with crashes ({@link RandomFaultSchedule#withCrashes}): the tables on
     * disk, replicas forcing their logs, zones crashing and restarting from their files, a write
     * counted towards its quorum by {@code counts}. Its traces carry each replica's durable prefix
     * and the crashed zones, for spec/trace/TraceDurability.tla.
     */
    public static ScheduleTraces recordWithCrashes(AckCounts counts, long seed, int steps, ExecutorService writers)
            throws Exception {
        ModelTraceRecorder recorder = new ModelTraceRecorder("seed-" + seed + "-crashes"
                + (counts == AckCounts.DURABLE_COPIES ? "" : "-" + counts.name().toLowerCase(Locale.ROOT)));
        LostWriteWatch watch = new LostWriteWatch();
        RandomFaultSchedule.withCrashes(counts, seed, writers, recorder, watch).play(steps);
        return new ScheduleTraces(recorder, watch.lost, watch.transfers);
    }

    /**
     * Plays the seed's schedule with crashes and power cuts ({@link RandomFaultSchedule#withPowerCuts}):
     * as {@link #recordWithCrashes}, and some steps cut the power of the whole engine, which starts
     * again from its replicas' files. The traces with a cut are for spec/trace/TracePowerCut.tla.
     * A write is watched in the run of the engine that acknowledged it; whether it survives a
     * restart is the trace's Restart step, which the model checks.
     */
    public static ScheduleTraces recordWithPowerCuts(AckCounts counts, long seed, int steps, ExecutorService writers)
            throws Exception {
        ModelTraceRecorder recorder = new ModelTraceRecorder("seed-" + seed + "-power-cuts"
                + (counts == AckCounts.DURABLE_COPIES ? "" : "-" + counts.name().toLowerCase(Locale.ROOT)));
        LostWriteWatch watch = new LostWriteWatch();
        RandomFaultSchedule.withPowerCuts(counts, seed, writers, recorder, watch).play(steps);
        return new ScheduleTraces(recorder, watch.lost, watch.transfers);
    }

    /** Looks, after every step, for an acknowledged write no longer in its log. */
    private static final class LostWriteWatch implements RandomFaultSchedule.Observer {
        private final List<RandomFaultSchedule.Write> acknowledged = new ArrayList<>();
        private boolean lost;
        private int transfers;

        @Override
        public void onTransferCommitted(String from, String to, long amount) {
            transfers++;
        }

        @Override
        public void onWrite(RandomFaultSchedule.Write write) {
            if (write.outcome() == RandomFaultSchedule.Outcome.ACKNOWLEDGED) {
                acknowledged.add(write);
            }
        }

        @Override
        public boolean afterStep(long step) {
            lost |= acknowledged.stream().anyMatch(w -> !w.inLog());
            return true;
        }
    }
}
