package io.dynaspec.runner.tlc;

import java.time.Duration;

/**
 * A snapshot of a running model check.
 *
 * @param elapsed          time since the child JVM started
 * @param statesGenerated  states TLC has generated, duplicates included
 * @param distinctStates   distinct states found so far
 * @param queue            states found but not yet explored
 * @param depth            the breadth-first level TLC is exploring
 * @param statesPerSecond  states generated per second since the previous snapshot
 */
public record TlcProgress(Duration elapsed, long statesGenerated, long distinctStates, long queue,
                          int depth, long statesPerSecond) {
}
