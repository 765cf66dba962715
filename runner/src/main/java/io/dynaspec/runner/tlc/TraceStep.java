package io.dynaspec.runner.tlc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One state of a counterexample.
 *
 * @param index     the state's position in the trace, from 1 (the initial state)
 * @param action    the step that produced the state, with its arguments: the spec's
 *                  {@code lastAction} record ({@code name}, then e.g. {@code p}, {@code az},
 *                  {@code epoch}, {@code key}, {@code value}, {@code writes}); for a spec without
 *                  that variable, just {@code {"name": tlcAction}}
 * @param tlcAction the action TLC names in its trace ({@code "Initial predicate"} for the first
 *                  state); it may be an enclosing disjunct such as {@code Next}
 * @param location  where TLC says that action is defined, or empty
 * @param state     the state's variables (other than {@code lastAction}), as JSON
 */
public record TraceStep(int index, JsonNode action, String tlcAction, String location, ObjectNode state) {

    /**
     * A state as TLC prints it, {@code /\ var = value} lines; its {@code lastAction}, when the
     * spec has that variable, is the step's action. Values TLC prints that cannot be read are kept
     * as text and said in {@code errors}.
     */
    public static TraceStep parse(int index, String tlcAction, List<String> lines, List<String> errors) {
        return TlcOutputParser.step(index, tlcAction, "", lines, errors);
    }

    /** The action's name: {@code action.name} when given, else TLC's. */
    public String actionName() {
        JsonNode name = action.get("name");
        return name != null ? name.asText() : tlcAction;
    }
}
