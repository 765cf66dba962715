package io.dynaspec.runner.tlc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A behaviour TLC found that violates a property, in a form later tools can replay: each step
 * names its action and that action's arguments, and gives the whole state after it.
 *
 * <p>The file form ({@link #write}, {@link #read}), format version {@value #FORMAT}:
 * <pre>{@code
 * {
 *   "format": 1,
 *   "config": "broken", "module": "MCWritePath",
 *   "violation": {"result": "safety failure", "property": "NoAcknowledgedWriteLost"},
 *   "steps": [
 *     {"index": 1, "action": {"name": "Init"}, "tlcAction": "Initial predicate", "location": "",
 *      "state": {"leader": {"P1": "a"}, "epoch": {"P1": 1}, "log": {"P1": {"a": [], ...}}, ...}},
 *     {"index": 2, "action": {"name": "PutItem", "key": ["k1", 1], "value": "v1", ...}, ...},
 *     ...
 *   ],
 *   "loop": null
 * }
 * }</pre>
 * {@code loop} is {@code null} for a safety counterexample; for a liveness counterexample it is
 * {@code {"kind": "stuttering"}} (the last state repeats forever) or
 * {@code {"kind": "back-to-state", "index": n}} (the behaviour returns to step n and loops).
 * Values follow {@link TlaValues}.
 *
 * @param config   the config TLC checked, e.g. {@code broken}
 * @param module   the module TLC checked, e.g. {@code MCWritePath}
 * @param result   what kind of violation it is
 * @param property the violated invariant or property, or empty when TLC does not name it
 * @param steps    the states of the behaviour, in order
 * @param loop     how a liveness counterexample continues forever, or empty
 */
public record Counterexample(String config, String module, Outcome result, String property,
                             List<TraceStep> steps, Optional<Loop> loop) {

    /** The version of the file form; a reader refuses other versions. */
    public static final int FORMAT = 1;

    /** The spec variable that records each step's action and arguments. */
    public static final String ACTION_VARIABLE = "lastAction";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Counterexample {
        steps = List.copyOf(steps);
    }

    /**
     * How a liveness counterexample goes on forever.
     *
     * @param stuttering true if the last state repeats forever
     * @param backTo     otherwise, the index of the step the behaviour returns to
     */
    public record Loop(boolean stuttering, int backTo) {
        public static Loop stutter() {
            return new Loop(true, 0);
        }

        public static Loop backToState(int index) {
            return new Loop(false, index);
        }
    }

    /** The counterexample as JSON, in the file form. */
    public ObjectNode toJson() {
        ObjectNode root = JSON.objectNode();
        root.put("format", FORMAT);
        root.put("config", config);
        root.put("module", module);
        ObjectNode violation = root.putObject("violation");
        violation.put("result", result.manifestName());
        violation.put("property", property);
        ArrayNode stepArray = root.putArray("steps");
        for (TraceStep step : steps) {
            ObjectNode node = stepArray.addObject();
            node.put("index", step.index());
            node.set("action", step.action());
            node.put("tlcAction", step.tlcAction());
            node.put("location", step.location());
            node.set("state", step.state());
        }
        if (loop.isEmpty()) {
            root.putNull("loop");
        } else if (loop.get().stuttering()) {
            root.putObject("loop").put("kind", "stuttering");
        } else {
            root.putObject("loop").put("kind", "back-to-state").put("index", loop.get().backTo());
        }
        return root;
    }

    /** Reads a counterexample from its file form. */
    public static Counterexample fromJson(JsonNode root) {
        int format = root.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new IllegalArgumentException("counterexample format " + format + " is not " + FORMAT);
        }
        List<TraceStep> steps = new ArrayList<>();
        for (JsonNode node : root.path("steps")) {
            steps.add(new TraceStep(node.path("index").asInt(), node.path("action"),
                    node.path("tlcAction").asText(), node.path("location").asText(),
                    (ObjectNode) node.path("state")));
        }
        JsonNode loopNode = root.path("loop");
        Optional<Loop> loop = Optional.empty();
        if (loopNode.isObject()) {
            loop = Optional.of(loopNode.path("kind").asText().equals("stuttering")
                    ? Loop.stutter() : Loop.backToState(loopNode.path("index").asInt()));
        }
        JsonNode violation = root.path("violation");
        return new Counterexample(root.path("config").asText(), root.path("module").asText(),
                Outcome.fromManifestName(violation.path("result").asText()),
                violation.path("property").asText(), steps, loop);
    }

    /** Writes the file form to {@code file}, creating its folder. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        MAPPER.writeValue(file.toFile(), toJson());
    }

    /** Reads a counterexample written by {@link #write}. */
    public static Counterexample read(Path file) throws IOException {
        return fromJson(MAPPER.readTree(file.toFile()));
    }
}
