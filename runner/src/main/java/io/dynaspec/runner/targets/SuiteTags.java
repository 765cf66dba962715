package io.dynaspec.runner.targets;

/** The tags the features use to say what a scenario needs; features/README.md explains each. */
public final class SuiteTags {

    /** Scenarios that need engine internals: skipped (never failed) on targets without them. */
    public static final String REFERENCE_ONLY = "@reference-only";

    /**
     * Scenarios that fail or recover zones or hold replication: the reference target can record
     * each one's model-level trace, which TLC then follows with the spec's actions.
     */
    public static final String FAULTS = "@faults";

    /**
     * Scenarios that see what every scenario shares through the public API (ListTables names
     * every scenario's tables): they run alone, with no other scenario in flight, as
     * {@link #REFERENCE_ONLY} scenarios do on a target with engine internals.
     */
    public static final String SERIAL = "@serial";

    /** Scenarios that need the engine's cluster layer (faults, replicas), which has no API yet. */
    public static final String PENDING_CLUSTER = "@pending-cluster";

    /** What every run leaves out unless the user asks for it with --tags. */
    public static final String DEFAULT = "not " + PENDING_CLUSTER;

    /**
     * The reference engine's default. It implements every area the features cover, so it leaves
     * out what every target does; an area it lacked would be excluded here, and
     * features/README.md would say so.
     */
    public static final String REFERENCE_DEFAULT = DEFAULT;

    private SuiteTags() {
    }
}
