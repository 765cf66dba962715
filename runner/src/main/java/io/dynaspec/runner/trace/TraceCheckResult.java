package io.dynaspec.runner.trace;

import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of checking recorded traces, in one TLC run per batch of traces.
 *
 * @param verdicts one per trace that TLC followed to an end, in the order TLC printed them
 * @param unjudged the names of traces TLC gave no verdict for (TLC stopped early, or failed)
 * @param steps    the steps of all traces together
 * @param runs     TLC's runs: outcome, states, time and log of each
 */
public record TraceCheckResult(List<TraceVerdict> verdicts, List<String> unjudged, long steps,
                               List<ModelCheckResult> runs) {

    public TraceCheckResult {
        verdicts = List.copyOf(verdicts);
        unjudged = List.copyOf(unjudged);
        runs = List.copyOf(runs);
    }

    public List<TraceVerdict> rejected() {
        return verdicts.stream().filter(v -> !v.accepted()).toList();
    }

    public long acceptedCount() {
        return verdicts.stream().filter(TraceVerdict::accepted).count();
    }

    /** SUCCESS when every run explored its traces to the end; otherwise the first other outcome. */
    public Outcome outcome() {
        return runs.stream().map(ModelCheckResult::outcome).filter(o -> o != Outcome.SUCCESS).findFirst()
                .orElse(Outcome.SUCCESS);
    }

    /** The runs' wall-clock time together. */
    public Duration time() {
        return runs.stream().map(ModelCheckResult::time).reduce(Duration.ZERO, Duration::plus);
    }

    public long distinctStates() {
        return runs.stream().mapToLong(ModelCheckResult::distinctStates).sum();
    }
}
