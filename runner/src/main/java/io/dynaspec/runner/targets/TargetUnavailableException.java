package io.dynaspec.runner.targets;

/** A target that cannot be started on this machine; the message is the one-line reason. */
public final class TargetUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TargetUnavailableException(String reason) {
        super(reason);
    }

    public TargetUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
