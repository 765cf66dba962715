package io.dynaspec.engine.trace;

import io.dynaspec.engine.cluster.AvailabilityZone;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * One recorded step as one line of JSON: {@code {"trace": ..., "step": n, "action": ...,
 * "args": {...}, "state": {"leader", "epoch", "up", "log", "replicaEpoch", "acknowledged"}}},
 * with {@code "durable"} and {@code "crashed"} in the state of a group kept in files.
 * Written by hand: the engine has no JSON library, and the values are names, numbers and lists.
 */
final class TraceJson {

    private TraceJson() {
    }

    static String line(String trace, int step, ModelTraceRecorder.Step s) {
        StringBuilder b = new StringBuilder(256);
        b.append("{\"trace\":");
        string(b, trace);
        b.append(",\"step\":").append(step).append(",\"action\":");
        string(b, s.action());
        b.append(",\"args\":");
        value(b, s.args());
        ModelTraceRecorder.State st = s.state();
        b.append(",\"state\":{\"leader\":");
        string(b, st.leader().name());
        b.append(",\"epoch\":").append(st.epoch()).append(",\"up\":");
        value(b, st.up());
        b.append(",\"log\":");
        value(b, st.log());
        b.append(",\"replicaEpoch\":");
        value(b, st.replicaEpoch());
        b.append(",\"acknowledged\":");
        value(b, new TreeSet<>(st.acknowledged()));
        if (st.durable() != null) {
            b.append(",\"durable\":");
            value(b, st.durable());
            b.append(",\"crashed\":");
            value(b, st.crashed());
        }
        return b.append("}}").toString();
    }

    private static void value(StringBuilder b, Object v) {
        if (v instanceof Number) {
            b.append(v);
        } else if (v instanceof AvailabilityZone z) {
            string(b, z.name());
        } else if (v instanceof Map<?, ?> m) {
            // An object: keys are names (an AZ by its name).
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(b, e.getKey() instanceof AvailabilityZone z ? z.name() : String.valueOf(e.getKey()));
                b.append(':');
                value(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof Collection<?> c) {
            b.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                value(b, o);
            }
            b.append(']');
        } else {
            string(b, String.valueOf(v));
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
