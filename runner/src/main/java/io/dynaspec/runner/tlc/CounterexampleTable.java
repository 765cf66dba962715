package io.dynaspec.runner.tlc;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A counterexample as a table a person reads top to bottom: one row per step and partition,
 * with the step's action, the partition's leader and epoch, every replica's log (write ids, in
 * log order; "down" when the replica's AZ is down) and the acknowledged and refused writes. A
 * legend then says what each write id was.
 *
 * <p>The columns are read from the WritePath spec's variables ({@code leader}, {@code epoch},
 * {@code log}, {@code up}, {@code acknowledged}, {@code refused}, {@code sent}); a trace without
 * them is printed state by state instead.
 */
public final class CounterexampleTable {

    private CounterexampleTable() {
    }

    /** The counterexample as text, ending with a newline. */
    public static String render(Counterexample counterexample) {
        StringBuilder out = new StringBuilder();
        out.append(counterexample.property().isEmpty() ? "Temporal properties" : counterexample.property())
                .append(" violated (").append(counterexample.result().manifestName()).append("), ")
                .append(counterexample.steps().size()).append(" states:\n\n");
        List<TraceStep> steps = counterexample.steps();
        if (steps.isEmpty() || !hasWritePathVariables(steps.get(0).state())) {
            for (TraceStep step : steps) {
                out.append(step.index()).append(": ").append(step.actionName()).append('\n');
                step.state().properties().forEach(e ->
                        out.append("    ").append(e.getKey()).append(" = ").append(e.getValue()).append('\n'));
            }
        } else {
            out.append(table(steps));
            out.append(legend(steps.get(steps.size() - 1).state().path("sent")));
        }
        counterexample.loop().ifPresent(loop -> out.append(loop.stuttering()
                ? "\nThen nothing more happens: the last state repeats forever.\n"
                : "\nThen the behaviour returns to step " + loop.backTo() + " and repeats forever.\n"));
        return out.toString();
    }

    private static boolean hasWritePathVariables(JsonNode state) {
        return state.has("leader") && state.has("epoch") && state.has("log") && state.has("up");
    }

    private static String table(List<TraceStep> steps) {
        Set<String> azs = new LinkedHashSet<>();
        for (TraceStep step : steps) {
            step.state().path("log").forEach(byAz -> byAz.properties().forEach(e -> azs.add(e.getKey())));
        }
        List<String> header = new ArrayList<>(List.of("step", "action", "partition", "leader", "epoch"));
        azs.forEach(az -> header.add("log " + az));
        header.add("acknowledged");
        header.add("refused");
        List<List<String>> rows = new ArrayList<>();
        for (TraceStep step : steps) {
            JsonNode state = step.state();
            Set<String> up = texts(state.path("up"));
            boolean first = true;
            for (Map.Entry<String, JsonNode> leader : state.path("leader").properties()) {
                String partition = leader.getKey();
                List<String> row = new ArrayList<>();
                row.add(first ? Integer.toString(step.index()) : "");
                row.add(first ? describe(step.action()) : "");
                row.add(partition);
                row.add(leader.getValue().asText());
                row.add(state.path("epoch").path(partition).asText());
                for (String az : azs) {
                    String log = ids(state.path("log").path(partition).path(az));
                    row.add(up.contains(az) ? log : log + " down");
                }
                row.add(first ? ids(state.path("acknowledged")) : "");
                row.add(first ? ids(state.path("refused")) : "");
                rows.add(row);
                first = false;
            }
        }
        return layout(header, rows);
    }

    private static String layout(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, header, widths);
        for (List<String> row : rows) {
            appendRow(out, row, widths);
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (c == 0) {
                line.append(" ".repeat(widths[c] - cell.length())).append(cell);
            } else {
                line.append("  ").append(cell).append(" ".repeat(widths[c] - cell.length()));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** One line for a step's action and its arguments, e.g. {@code PutItem (k1, 1) = v1 -> w1 Accepted}. */
    static String describe(JsonNode action) {
        String name = action.path("name").asText();
        return switch (name) {
            case "PutItem" -> name + " " + key(action.path("key")) + " = " + action.path("value").asText()
                    + condition(action.path("condition")) + outcomes(action.path("writes"));
            case "DeleteItem" -> name + " " + key(action.path("key")) + outcomes(action.path("writes"));
            case "BatchWriteItem" -> {
                StringJoiner puts = new StringJoiner(", ");
                action.path("puts").forEach(put ->
                        puts.add(key(put.path("key")) + " = " + put.path("value").asText()));
                yield name + " " + puts + outcomes(action.path("writes"));
            }
            case "Replicate" -> name + " w" + action.path("write").asText() + " to "
                    + action.path("az").asText() + " (" + action.path("p").asText() + ")";
            case "CatchUp" -> name + " " + action.path("az").asText() + " (" + action.path("p").asText()
                    + ", " + action.path("length").asText() + " entries)";
            case "Acknowledge" -> name + " w" + action.path("write").asText() + " ("
                    + action.path("p").asText() + ")";
            case "FailAZ", "RecoverAZ" -> name + " " + action.path("az").asText();
            case "ElectLeader" -> name + " " + action.path("az").asText() + " (" + action.path("p").asText()
                    + ", epoch " + action.path("epoch").asText() + ")";
            case "RefuseDiscardedWrite" -> name + " w" + action.path("write").asText();
            default -> {
                StringJoiner args = new StringJoiner(", ", name + " ", "").setEmptyValue(name);
                action.properties().stream().filter(e -> !e.getKey().equals("name"))
                        .forEach(e -> args.add(e.getKey() + "=" + e.getValue()));
                yield args.toString();
            }
        };
    }

    private static String outcomes(JsonNode writes) {
        StringJoiner out = new StringJoiner(", ", " -> ", "").setEmptyValue("");
        writes.forEach(w -> out.add("w" + w.path("write").asText() + " " + w.path("outcome").asText()));
        return out.toString();
    }

    private static String condition(JsonNode condition) {
        return switch (condition.path("kind").asText()) {
            case "attribute_not_exists" -> " if attribute_not_exists";
            case "equals" -> " if val = " + condition.path("value").asText();
            default -> "";
        };
    }

    private static String key(JsonNode key) {
        StringJoiner parts = new StringJoiner(", ", "(", ")");
        key.forEach(part -> parts.add(part.asText()));
        return parts.toString();
    }

    private static String ids(JsonNode ids) {
        StringJoiner out = new StringJoiner(" ", "[", "]");
        ids.forEach(id -> out.add(id.asText()));
        return out.toString();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** What each write id was, from the last state's {@code sent}. */
    private static String legend(JsonNode sent) {
        if (!sent.isArray() || sent.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nWrites:\n");
        for (JsonNode w : sent) {
            // A write path entry names its request; a transactions entry its kind and transaction.
            String what = w.has("kind") ? w.path("kind").asText() + (w.path("tx").asInt() > 0 ? " t" + w.path("tx").asText() : "")
                    : w.path("request").asText();
            out.append("  w").append(w.path("id").asText()).append("  ").append(what)
                    .append(' ').append(key(w.path("key")));
            if (w.has("value")) {
                out.append(" = ").append(w.path("value").asText());
            }
            out.append(condition(w.path("condition")));
            if (w.path("missed").size() > 0) {
                out.append("  (judged without acknowledged ").append(ids(w.path("missed"))).append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
