package io.dynaspec.runner.trace;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule;
import io.dynaspec.engine.trace.ModelTraceRecorder;

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
public record ScheduleTraces(ModelTraceRecorder recorder, boolean lostWrite) {

    /**
     * Plays the seed's schedule, {@code steps} steps and the heal, recording its traces.
     *
     * @param writers runs the writes that wait for their quorum: {@link RandomFaultSchedule#writerPool()}
     */
    public static ScheduleTraces record(AckRule rule, long seed, int steps, ExecutorService writers) throws Exception {
        ModelTraceRecorder recorder = new ModelTraceRecorder(
                "seed-" + seed + (rule == AckRule.QUORUM ? "" : "-" + rule.name().toLowerCase(Locale.ROOT)));
        LostWriteWatch watch = new LostWriteWatch();
        new RandomFaultSchedule(rule, seed, writers, recorder, watch).play(steps);
        return new ScheduleTraces(recorder, watch.lost);
    }

    /** Looks, after every step, for an acknowledged write no longer in its log. */
    private static final class LostWriteWatch implements RandomFaultSchedule.Observer {
        private final List<RandomFaultSchedule.Write> acknowledged = new ArrayList<>();
        private boolean lost;

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
