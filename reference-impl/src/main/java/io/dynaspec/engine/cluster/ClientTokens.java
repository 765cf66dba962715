package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.Item;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * ClientRequestToken idempotency (API_TransactWriteItems.html, "ClientRequestToken"): a token is
 * valid for 10 minutes after the first request that uses it is completed; within the window the
 * same token with the same parameters returns the first result without writing again, with other
 * parameters it is IdempotentParameterMismatchException, and while the first request is still
 * running it is TransactionInProgressException. Time is the cluster's {@link Clock}.
 * <p>
 * With a data directory a completed token outlives a restart: the transaction's commit decision
 * is forced to the coordinator's ledger ({@link DecisionLog}) with the token, a fingerprint of
 * the request's parameters and the time, so that the token is known again exactly when the
 * transaction's writes are. After a restart, parameters are compared by that fingerprint (a
 * SHA-256 of a canonical text of them: map members and set elements sorted, so that a retry whose
 * JSON lists the same members in another order is the same request, as it is before a restart).
 */
public final class ClientTokens {
    /** How long a completed request's token stays valid. */
    public static final long WINDOW_MILLIS = 10 * 60 * 1000;

    /**
     * @param parameters  what the request asked for, compared with a later request's; null for a
     *                    token recovered from the ledger
     * @param fingerprint the parameters' fingerprint, compared where they are not at hand
     * @param result      the completed request's result, or null while it runs
     * @param expiresAt   when the window closes; unset while it runs
     */
    private record Use(Object parameters, String fingerprint, Object result, long expiresAt) {
        boolean sameRequest(Object otherParameters, String otherFingerprint) {
            return parameters != null ? parameters.equals(otherParameters) : fingerprint.equals(otherFingerprint);
        }
    }

    /**
     * A token a running request holds, as the ledger keeps it with the transaction's decision.
     *
     * @param token       the ClientRequestToken
     * @param fingerprint its request's parameters' fingerprint
     */
    public record Held(String token, String fingerprint) {
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
        String fingerprint = fingerprint(parameters);
        if (use == null) {
            uses.put(token, new Use(parameters, fingerprint, null, Long.MAX_VALUE));
            return null;
        }
        if (!use.sameRequest(parameters, fingerprint)) {
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
            uses.put(token, new Use(use.parameters, use.fingerprint, Objects.requireNonNull(result), clock.millis() + WINDOW_MILLIS));
        }
    }

    /** The request failed: it changed nothing, and the token may be used again. */
    public synchronized void release(String token) {
        Use use = uses.get(token);
        if (use != null && use.result == null) {
            uses.remove(token);
        }
    }

    /** The token a running request claimed, for the ledger; null when it holds none. */
    public synchronized Held held(String token) {
        Use use = token == null ? null : uses.get(token);
        return use == null || use.result != null ? null : new Held(token, use.fingerprint);
    }

    /**
     * A token the ledger kept: its transaction was decided at {@code decidedMillis}, and a repeat
     * within the window returns {@code result} without writing again.
     */
    synchronized void restore(String token, String fingerprint, long decidedMillis, Object result) {
        long expiresAt = decidedMillis + WINDOW_MILLIS;
        if (expiresAt > clock.millis()) {
            uses.put(token, new Use(null, fingerprint, result, expiresAt));
        }
    }

    /** The engine's time, as the window is measured. */
    long now() {
        return clock.millis();
    }

    /** Whether a token decided at {@code decidedMillis} is still within its window. */
    boolean withinWindow(long decidedMillis) {
        return decidedMillis + WINDOW_MILLIS > clock.millis();
    }

    static String fingerprint(Object parameters) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical(parameters).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The parameters as text that does not depend on the order of members: records by their
     * components, items and maps by their entries sorted by key, sets by their elements sorted,
     * lists in their order, anything else by its own text.
     */
    static String canonical(Object value) {
        if (value instanceof Item item) {
            return canonical(item.attributes());
        }
        if (value instanceof Map<?, ?> map) {
            java.util.List<String> entries = new java.util.ArrayList<>();
            map.forEach((k, v) -> entries.add(canonical(k) + "=" + canonical(v)));
            java.util.Collections.sort(entries);
            return "{" + String.join(",", entries) + "}";
        }
        if (value instanceof Set<?> set) {
            java.util.List<String> members = new java.util.ArrayList<>();
            set.forEach(m -> members.add(canonical(m)));
            java.util.Collections.sort(members);
            return "<" + String.join(",", members) + ">";
        }
        if (value instanceof java.util.List<?> list) {
            java.util.List<String> elements = new java.util.ArrayList<>();
            list.forEach(e -> elements.add(canonical(e)));
            return "[" + String.join(",", elements) + "]";
        }
        if (value instanceof Record record) {
            StringBuilder b = new StringBuilder(record.getClass().getSimpleName()).append('(');
            java.lang.reflect.RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                java.lang.reflect.Method accessor = components[i].getAccessor();
                try {
                    accessor.setAccessible(true);
                    b.append(i == 0 ? "" : ",").append(components[i].getName()).append('=')
                            .append(canonical(accessor.invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + components[i] + " of a request's parameters", e);
                }
            }
            return b.append(')').toString();
        }
        return value == null ? "null" : quote(value.toString());
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
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
