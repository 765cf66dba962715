package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One partition's trace as the engine recorded it (io.dynaspec.engine.trace.ModelTraceRecorder):
 * its name and its steps, each a JSON object with {@code action}, {@code args} and the
 * model-level {@code state} after it.
 *
 * @param name  the trace's name, e.g. {@code seed-17/p0}
 * @param steps the steps, in order
 */
public record RecordedTrace(String name, List<JsonNode> steps) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public RecordedTrace {
        steps = List.copyOf(steps);
    }

    /** The traces of JSON Lines files, grouped by trace name in order of first appearance. */
    public static List<RecordedTrace> read(List<Path> files) throws IOException {
        List<JsonNode> steps = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = in.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode step;
                    try {
                        step = JSON.readTree(line);
                    } catch (IOException e) {
                        throw new IOException(file + ":" + number + ": not a JSON step: " + e.getMessage(), e);
                    }
                    if (!step.hasNonNull("trace") || !step.hasNonNull("action") || !step.has("state")) {
                        throw new IOException(file + ":" + number + ": a step needs trace, action and state");
                    }
                    steps.add(step);
                }
            }
        }
        return group(steps);
    }

    /** Steps of any number of traces, grouped by trace name in order of first appearance. */
    public static List<RecordedTrace> group(List<JsonNode> steps) {
        Map<String, List<JsonNode>> byName = new LinkedHashMap<>();
        for (JsonNode step : steps) {
            byName.computeIfAbsent(step.get("trace").asText(), n -> new ArrayList<>()).add(step);
        }
        List<RecordedTrace> traces = new ArrayList<>();
        byName.forEach((name, s) -> traces.add(new RecordedTrace(name, s)));
        return traces;
    }
}
