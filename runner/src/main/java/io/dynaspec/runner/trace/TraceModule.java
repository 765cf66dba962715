package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders recorded traces as TLA+: the module {@code TraceData}, which defines the traces as
 * record literals ({@code Traces}) and the constants they need (their keys, the write and
 * failure budgets, a crash counting as a failure), for {@code spec/TraceWritePath.tla} (or
 * {@code spec/trace/TraceDurability.tla}) to extend and its config to name. Standard modules only: TLC reads the traces
 * as it reads any definition, and evaluates it once.
 */
public final class TraceModule {

    /** The module's name: TraceWritePath extends it. */
    public static final String MODULE = "TraceData";

    /** Fields of a state that are sets in the model; every other array is a sequence. */
    private static final Set<String> SET_FIELDS = Set.of("up", "acknowledged", "crashed");

    private final List<RecordedTrace> traces;

    public TraceModule(List<RecordedTrace> traces) {
        if (traces.isEmpty()) {
            throw new IllegalArgumentException("no trace to check");
        }
        this.traces = List.copyOf(traces);
    }

    /** The module's text. */
    public String module() {
        Set<String> keys = new TreeSet<>();
        Set<Integer> sortKeys = new TreeSet<>();
        sortKeys.add(0);
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("---- MODULE ").append(MODULE).append(" ----\n");
        b.append("\\* Recorded by the reference engine; rendered by dynaspec trace-check. Do not edit.\n");
        b.append("EXTENDS Naturals\n\n");
        StringBuilder records = new StringBuilder(64 * 1024);
        records.append("Traces == <<\n");
        for (Iterator<RecordedTrace> it = traces.iterator(); it.hasNext(); ) {
            RecordedTrace t = it.next();
            records.append("  [name |-> ");
            string(records, t.name());
            records.append(", steps |-> <<");
            boolean first = true;
            for (JsonNode step : t.steps()) {
                records.append(first ? "\n    " : ",\n    ");
                first = false;
                JsonNode args = step.path("args");
                if (args.has("key")) {
                    keys.add(args.get("key").asText());
                    sortKeys.add(args.path("sort").asInt());
                }
                step(records, step);
            }
            records.append(">>]").append(it.hasNext() ? ",\n" : "\n");
        }
        records.append(">>\n");
        b.append("TraceKeys == ");
        set(b, keys.isEmpty() ? Set.of("none") : keys);
        b.append("\nTraceSortKeys == ").append(sortKeys.toString().replace('[', '{').replace(']', '}'));
        b.append("\nTraceAZs == {\"A\", \"B\", \"C\"}\n");
        b.append("TracePartitions == {\"P\"}\n");
        b.append("TraceHash == [k \\in TraceKeys |-> \"P\"]\n");
        b.append("TraceValues == {\"v\"}\n");
        b.append("TraceAckRule == \"Quorum\"\n");
        b.append("TraceMaxWrites == ").append(most("PutItem", "DeleteItem")).append('\n');
        // A power cut is one fault of the budget, however many zones it stops (spec/PowerCut.tla).
        b.append("TraceMaxFailures == ").append(most("FailAZ", "CrashAZ", "PowerCut")).append('\n');
        b.append("TraceMaxPowerCuts == ").append(most("PowerCut")).append("\n\n");
        b.append(records);
        b.append("====\n");
        return b.toString();
    }

    /** The most steps of these actions in one trace, and at least 1: a budget of the model. */
    private int most(String... actions) {
        Set<String> counted = Set.of(actions);
        int most = 1;
        for (RecordedTrace t : traces) {
            int n = 0;
            for (JsonNode step : t.steps()) {
                if (counted.contains(step.get("action").asText())) {
                    n++;
                }
            }
            most = Math.max(most, n);
        }
        return most;
    }

    /** A step as one record: the action, its arguments as fields, and the state after it. */
    private static void step(StringBuilder b, JsonNode step) {
        b.append("[action |-> ");
        string(b, step.get("action").asText());
        for (Map.Entry<String, JsonNode> a : step.path("args").properties()) {
            b.append(", ").append(a.getKey()).append(" |-> ");
            value(b, a.getKey(), a.getValue());
        }
        b.append(", state |-> ");
        value(b, "state", step.get("state"));
        b.append(']');
    }

    private static void value(StringBuilder b, String field, JsonNode v) {
        if (v.isObject()) {
            b.append('[');
            boolean first = true;
            for (Map.Entry<String, JsonNode> f : v.properties()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(f.getKey()).append(" |-> ");
                value(b, f.getKey(), f.getValue());
            }
            b.append(']');
        } else if (v.isArray()) {
            boolean isSet = SET_FIELDS.contains(field);
            b.append(isSet ? "{" : "<<");
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                value(b, "", v.get(i));
            }
            b.append(isSet ? "}" : ">>");
        } else if (v.isIntegralNumber()) {
            b.append(v.asLong());
        } else if (v.isBoolean()) {
            b.append(v.asBoolean() ? "TRUE" : "FALSE");
        } else {
            string(b, v.asText());
        }
    }

    private static void set(StringBuilder b, Set<String> members) {
        b.append('{');
        boolean first = true;
        for (String m : members) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            string(b, m);
        }
        b.append('}');
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c < 0x20 ? ' ' : c);
        }
        b.append('"');
    }
}
