package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.Errors;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * ClientRequestToken idempotency (API_TransactWriteItems.html, "ClientRequestToken"): a token is
 * valid for 10 minutes after the first request that uses it is completed; within the window the
 * same token with the same parameters returns the first result without writing again, with other
 * parameters it is IdempotentParameterMismatchException, and while the first request is still
 * running it is TransactionInProgressException. Time is the cluster's {@link Clock}.
 */
public final class ClientTokens {
    /** How long a completed request's token stays valid. */
    public static final long WINDOW_MILLIS = 10 * 60 * 1000;

    /**
     * @param parameters what the request asked for, compared with a later request's
     * @param result     the completed request's result, or null while it runs
     * @param expiresAt  when the window closes; unset while it runs
     */
    private record Use(Object parameters, Object result, long expiresAt) {
    }

    private final Clock clock;
    private final Map<String, Use> uses = new HashMap<>();

    ClientTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * Claims the token for a request. Returns null when the request is to run (then
     * {@link #complete} or {@link #release} must follow), or the first request's result when this
     * one repeats it within the window.
     */
    public synchronized Object claim(String token, Object parameters) {
        long now = clock.millis();
        expire(now);
        Use use = uses.get(token);
        if (use == null) {
            uses.put(token, new Use(parameters, null, Long.MAX_VALUE));
            return null;
        }
        if (!use.parameters.equals(parameters)) {
            throw Errors.idempotentParameterMismatch();
        }
        if (use.result == null) {
            throw Errors.transactionInProgress();
        }
        return use.result;
    }

    /** The request ran to success: its result is kept for the window from now. */
    public synchronized void complete(String token, Object result) {
        Use use = uses.get(token);
        if (use != null && use.result == null) {
            uses.put(token, new Use(use.parameters, Objects.requireNonNull(result), clock.millis() + WINDOW_MILLIS));
        }
    }

    /** The request failed: it changed nothing, and the token may be used again. */
    public synchronized void release(String token) {
        Use use = uses.get(token);
        if (use != null && use.result == null) {
            uses.remove(token);
        }
    }

    private void expire(long now) {
        for (Iterator<Use> it = uses.values().iterator(); it.hasNext(); ) {
            Use u = it.next();
            if (u.expiresAt <= now) {
                it.remove();
            }
        }
    }
}
