package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;

/**
 * The trace specs that follow the engine's recorded traces step by step: which module TLC runs,
 * and the files it needs from the spec folder. A trace recorded with the tables on disk carries
 * each replica's durable prefix and the crashed zones, and is followed with Durability's actions;
 * one with a power cut of the whole engine, with PowerCut's too.
 */
public enum TraceSpec {
    /** spec/TraceWritePath.tla: WritePath's actions, and the engine's election cut. */
    WRITE_PATH("TraceWritePath", List.of("WritePath.tla", "WritePathCut.tla", "TraceWritePath.tla",
            "trace/TraceWritePath.cfg")),
    /** spec/trace/TraceDurability.tla: Durability's actions (forces, crashes, restarts), and the cut. */
    DURABILITY("TraceDurability", List.of("WritePath.tla", "WritePathCut.tla", "Durability.tla",
            "trace/DurabilityCut.tla", "trace/TraceDurability.tla", "trace/TraceDurability.cfg")),
    /** spec/trace/TracePowerCut.tla: TraceDurability's steps, and PowerCut's power cuts and restarts. */
    POWER_CUT("TracePowerCut", List.of("WritePath.tla", "WritePathCut.tla", "Durability.tla", "PowerCut.tla",
            "trace/DurabilityCut.tla", "trace/TraceDurability.tla", "trace/TracePowerCut.tla", "trace/TracePowerCut.cfg")),
    /**
     * spec/trace/TracePowerCut.tla under the broken restart (RestartRule = "FirstUp"), checking
     * NoAcknowledgedWriteLostToCrashes: for a trace whose restart chose a leader the engine's rule
     * would not, to have TLC name what that choice breaks. Never chosen by {@link #of}.
     */
    POWER_CUT_FIRST_UP("TracePowerCut", "TracePowerCutFirstUp", List.of("WritePath.tla", "WritePathCut.tla",
            "Durability.tla", "PowerCut.tla", "trace/DurabilityCut.tla", "trace/TraceDurability.tla",
            "trace/TracePowerCut.tla", "trace/TracePowerCutFirstUp.cfg"));

    private final String module;
    private final String config;
    private final List<String> files;

    TraceSpec(String module, List<String> files) {
        this(module, module, files);
    }

    TraceSpec(String module, String config, List<String> files) {
        this.module = module;
        this.config = config;
        this.files = files;
    }

    /** The module TLC runs. */
    public String module() {
        return module;
    }

    /** The name of its config. */
    public String config() {
        return config;
    }

    /** The files TLC needs, in the spec folder. */
    List<Path> files(Path specDir) {
        return files.stream().map(specDir::resolve).toList();
    }

    /**
     * The spec that follows a trace: Durability's for a trace whose states carry durable prefixes,
     * PowerCut's for one with a power cut.
     */
    public static TraceSpec of(RecordedTrace trace) {
        List<JsonNode> steps = trace.steps();
        if (steps.stream().anyMatch(s -> "PowerCut".equals(s.path("action").asText()))) {
            return POWER_CUT;
        }
        return !steps.isEmpty() && steps.get(0).path("state").has("durable") ? DURABILITY : WRITE_PATH;
    }
}
