package io.dynaspec.runner.steps;

import java.util.concurrent.Semaphore;

/**
 * Lets scenarios run at once where they cannot see each other, and one alone where it can.
 * Each scenario has its own tables, so most share the target freely; a scenario that changes or
 * reads what the whole target shares (failed zones, held replication, transactions or indexes, the
 * engine's clock, the model-level trace, the list of every table) runs with no other scenario in
 * flight. Fair, so a scenario waiting to run alone is not starved by those arriving after it.
 * Not tied to threads: a scenario may leave from another thread than the one it entered on.
 */
final class ScenarioGate {

    /** More permits than scenarios ever run at once: one each when sharing, all of them alone. */
    private static final int PERMITS = 1 << 16;

    private final Semaphore permits = new Semaphore(PERMITS, true);

    /** Waits until the scenario may run: alongside others, or once none is in flight when {@code alone}. */
    void enter(boolean alone) throws InterruptedException {
        permits.acquire(alone ? PERMITS : 1);
    }

    /** Lets the next scenarios in, as {@link #enter} let this one in. */
    void leave(boolean alone) {
        permits.release(alone ? PERMITS : 1);
    }
}
