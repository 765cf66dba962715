package io.dynaspec.runner.compare;

import io.dynaspec.runner.steps.ScenarioResult;
import io.dynaspec.runner.steps.ScenarioResult.Outcome;
import io.dynaspec.runner.steps.SuiteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two runs of the same features, scenario by scenario: where the targets behave the same, where
 * they differ for a recorded reason, and where they differ with none (which fails a comparison).
 *
 * @param a    the first run
 * @param b    the second run
 * @param rows one row per scenario either run selected, in the first run's order
 */
public record Comparison(SuiteResult a, SuiteResult b, List<Row> rows) {

    /** What a scenario's two results amount to. */
    public enum Verdict {
        /** Same outcome on both targets. */
        SAME,
        /** Different outcomes, explained by a recorded divergence of the failing target. */
        RECORDED,
        /** Different outcomes and no recorded reason: the comparison fails. */
        UNRECORDED,
        /** Skipped on one side, or selected on one side only: nothing to compare. */
        NOT_COMPARED
    }

    /**
     * One scenario on both targets.
     *
     * @param a          its result on the first target, if that run selected it
     * @param b          its result on the second target, if that run selected it
     * @param verdict    what the two results amount to
     * @param divergence the recorded divergence explaining a difference, if any
     */
    public record Row(Optional<ScenarioResult> a, Optional<ScenarioResult> b, Verdict verdict,
            Optional<Divergence> divergence) {

        public ScenarioResult any() {
            return a.or(() -> b).orElseThrow();
        }
    }

    public static Comparison of(SuiteResult a, SuiteResult b) {
        return of(a, KnownDivergences.forKind(a.kind()), b, KnownDivergences.forKind(b.kind()));
    }

    public static Comparison of(SuiteResult a, KnownDivergences knownA, SuiteResult b, KnownDivergences knownB) {
        Map<String, ScenarioResult> onB = new LinkedHashMap<>();
        b.scenarios().forEach(s -> onB.put(s.id(), s));
        List<Row> rows = new ArrayList<>();
        for (ScenarioResult sa : a.scenarios()) {
            rows.add(row(Optional.of(sa), Optional.ofNullable(onB.remove(sa.id())), knownA, knownB));
        }
        onB.values().forEach(sb -> rows.add(row(Optional.empty(), Optional.of(sb), knownA, knownB)));
        return new Comparison(a, b, List.copyOf(rows));
    }

    private static Row row(Optional<ScenarioResult> a, Optional<ScenarioResult> b,
            KnownDivergences knownA, KnownDivergences knownB) {
        if (a.isEmpty() || b.isEmpty()
                || a.get().outcome() == Outcome.SKIPPED || b.get().outcome() == Outcome.SKIPPED) {
            return new Row(a, b, Verdict.NOT_COMPARED, Optional.empty());
        }
        if (a.get().outcome() == b.get().outcome()) {
            return new Row(a, b, Verdict.SAME, Optional.empty());
        }
        Optional<Divergence> recorded = a.get().outcome() == Outcome.FAILED
                ? knownA.find(a.get())
                : knownB.find(b.get());
        return new Row(a, b, recorded.isPresent() ? Verdict.RECORDED : Verdict.UNRECORDED, recorded);
    }

    public long count(Verdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** A comparison passes when every difference is a recorded divergence. */
    public boolean passes() {
        return a.unavailable().isEmpty() && b.unavailable().isEmpty() && count(Verdict.UNRECORDED) == 0;
    }
}
