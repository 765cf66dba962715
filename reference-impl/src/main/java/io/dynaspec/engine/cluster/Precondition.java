package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.Item;

/**
 * The condition a write is judged on, against the leader's current item (null when absent).
 * The cluster knows nothing of expression syntax: the api layer hands it a compiled condition.
 */
@FunctionalInterface
public interface Precondition {
    Precondition NONE = existing -> true;

    boolean test(Item existing);
}
