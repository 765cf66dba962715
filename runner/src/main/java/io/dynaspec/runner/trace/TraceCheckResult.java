package io.dynaspec.runner.trace;

import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;

import java.util.List;

/**
 * The outcome of checking recorded traces in one TLC run.
 *
 * @param verdicts  one per trace that TLC followed to an end, in the order TLC printed them
 * @param unjudged  the names of traces TLC gave no verdict for (TLC stopped early, or failed)
 * @param steps     the steps of all traces together
 * @param tlc       TLC's run: its outcome, states, time and log
 */
public record TraceCheckResult(List<TraceVerdict> verdicts, List<String> unjudged, long steps, ModelCheckResult tlc) {

    public TraceCheckResult {
        verdicts = List.copyOf(verdicts);
        unjudged = List.copyOf(unjudged);
    }

    public List<TraceVerdict> rejected() {
        return verdicts.stream().filter(v -> !v.accepted()).toList();
    }

    public long acceptedCount() {
        return verdicts.stream().filter(TraceVerdict::accepted).count();
    }

    /** Every trace was followed to its end and matched step by step. */
    public boolean allAccepted() {
        return unjudged.isEmpty() && rejected().isEmpty() && tlc.outcome() == Outcome.SUCCESS;
    }
}
