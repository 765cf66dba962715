package io.dynaspec.runner.targets;

import java.util.Map;

/** The reference engine, embedded in the runner's JVM and listening on a free port. */
final class ReferenceTarget {

    private ReferenceTarget() {
    }

    static Target start(Map<String, String> engineOptions) {
        throw new TargetUnavailableException("the reference engine is not part of this build");
    }
}
