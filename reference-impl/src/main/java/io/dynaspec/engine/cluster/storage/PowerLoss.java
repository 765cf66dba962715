package io.dynaspec.engine.cluster.storage;

/**
 * The power went off under a {@link CrashingVolume}: thrown by the operation that met the crash
 * point and by every later one, so that nothing more reaches the volume. An Error, so that no
 * handler of the engine's own failures mistakes it for one and carries on.
 */
public final class PowerLoss extends Error {
    public PowerLoss(String message) {
        super(message, null, false, false);
    }
}
