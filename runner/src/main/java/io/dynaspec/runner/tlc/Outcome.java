package io.dynaspec.runner.tlc;

import java.util.Arrays;

/**
 * What a TLC run found, named as the manifest of tlaplus/Examples names results, so that
 * {@code spec/manifest.json} and a run's result compare as strings.
 */
public enum Outcome {
    /** The whole state space was explored and every invariant and property holds. */
    SUCCESS("success"),
    /** An invariant or action property is violated: TLC gives a finite counterexample. */
    SAFETY_FAILURE("safety failure"),
    /** A temporal property is violated: the counterexample ends in a loop or in stuttering. */
    LIVENESS_FAILURE("liveness failure"),
    /** A reachable state has no successor while deadlock checking is on. */
    DEADLOCK_FAILURE("deadlock failure"),
    /** An ASSUME of the spec is false for the config's constants. */
    ASSUMPTION_FAILURE("assumption failure"),
    /** TLC could not check the model: parse, configuration or evaluation error, or the run was stopped. */
    ERROR("error");

    private final String manifestName;

    Outcome(String manifestName) {
        this.manifestName = manifestName;
    }

    /** The name the manifest uses, e.g. {@code "safety failure"}. */
    public String manifestName() {
        return manifestName;
    }

    /** The outcome the manifest names {@code name}. */
    public static Outcome fromManifestName(String name) {
        return Arrays.stream(values())
                .filter(o -> o.manifestName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown result \"" + name
                        + "\"; expected one of " + Arrays.stream(values()).map(Outcome::manifestName).toList()));
    }

    /**
     * The outcome TLC's exit code stands for: 0 no error, 10 assumption, 11 deadlock, 12 safety,
     * 13 liveness, 14 assert (a safety failure), anything else an error.
     */
    public static Outcome fromExitCode(int exitCode) {
        return switch (exitCode) {
            case 0 -> SUCCESS;
            case 10 -> ASSUMPTION_FAILURE;
            case 11 -> DEADLOCK_FAILURE;
            case 12, 14 -> SAFETY_FAILURE;
            case 13 -> LIVENESS_FAILURE;
            default -> ERROR;
        };
    }

    /** Whether TLC found the model wrong (as opposed to passing it, or failing to check it). */
    public boolean isViolation() {
        return this != SUCCESS && this != ERROR;
    }
}
