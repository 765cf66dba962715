package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * What TLC made of one trace.
 *
 * @param trace     the trace's name
 * @param accepted  whether the model matched every step
 * @param steps     accepted: the trace's length; rejected: the first step the model could not
 *                  match, from 1
 * @param action    rejected: that step's action; accepted: empty
 * @param reason    rejected: whether the model could not take the action there, or took it
 *                  and reached another state; accepted: empty
 * @param engine    rejected: the step as the engine recorded it, with the state after it
 * @param model     rejected: the model's state before the step
 * @param modelAfter rejected: the model's state after taking the action (its state before, when
 *                  it could not take it)
 */
public record TraceVerdict(String trace, boolean accepted, int steps, String action, String reason,
                           Optional<JsonNode> engine, Optional<JsonNode> model, Optional<JsonNode> modelAfter) {

    /** Reads a verdict TraceWritePath printed: {@code <<"trace-verdict", "accepted"|"rejected", ...>>}. */
    static TraceVerdict of(JsonNode printed) {
        String trace = printed.get(2).asText();
        int step = printed.get(3).asInt();
        if (printed.get(1).asText().equals("accepted")) {
            return new TraceVerdict(trace, true, step, "", "", Optional.empty(), Optional.empty(), Optional.empty());
        }
        return new TraceVerdict(trace, false, step, printed.get(4).asText(), printed.get(5).asText(),
                Optional.of(printed.get(6)), Optional.of(printed.get(7)), Optional.of(printed.get(8)));
    }
}
