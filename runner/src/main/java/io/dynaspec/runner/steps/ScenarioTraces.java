package io.dynaspec.runner.steps;

import io.dynaspec.runner.targets.Cluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a run records the model-level trace of each {@code @faults} scenario: one JSON Lines file
 * per scenario, {@code <feature>--<scenario>.jsonl}, which {@code dynaspec trace-check} reads.
 * The trace covers the scenario's steps and the heal after it (recovering zones, releasing holds),
 * which is engine behaviour too.
 */
public final class ScenarioTraces {

    /** Keeps file names short enough for every file system while still telling scenarios apart. */
    private static final int MAX_SLUG = 100;

    private final Path folder;
    private final Set<String> names = new HashSet<>();
    private String current;

    ScenarioTraces(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name of a scenario's trace, and of its file less {@code .jsonl}:
     * {@code <feature>--<scenario>} in lower case words joined by dashes. A second scenario of the
     * same name in the same run (an outline's rows) gets {@code -2}, and so on.
     *
     * @param feature the feature file, by name or path or URI
     */
    public static String traceName(String feature, String scenario) {
        String file = feature.substring(feature.lastIndexOf('/') + 1).replaceFirst("\\.feature$", "");
        return slug(file) + "--" + slug(scenario);
    }

    /** Installs a fresh recorder for the scenario, named after it and unique in the run. */
    synchronized void start(Cluster cluster, URI feature, String scenario) {
        String base = traceName(feature.toString(), scenario);
        String name = base;
        for (int n = 2; !names.add(name); n++) {
            name = base + "-" + n;
        }
        current = name;
        cluster.startModelTrace(name);
    }

    /** Writes the scenario's traces and turns recording off; nothing when none was started. */
    synchronized void finish(Cluster cluster) {
        if (current == null) {
            return;
        }
        Path file = folder.resolve(current + ".jsonl");
        current = null;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            cluster.finishModelTrace(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Lower case words joined by dashes: "the leader's AZ" becomes "the-leaders-az". */
    private static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        return s.isEmpty() ? "scenario" : s;
    }
}
