package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.Item;

/**
 * A write's effect as a function of the existing item (null when absent): the whole new item, or
 * null to delete. It may throw a DynamoException (for instance an update whose result is too
 * large); then nothing is written.
 */
@FunctionalInterface
public interface Mutation {
    Item apply(Item existing);

    /** A put: the new item replaces whatever was there. */
    static Mutation put(Item item) {
        return existing -> item;
    }

    /** A delete. */
    Mutation DELETE = existing -> null;
}
