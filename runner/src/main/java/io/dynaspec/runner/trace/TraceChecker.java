package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynaspec.runner.tlc.ModelCheckRequest;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.TlaValues;
import io.dynaspec.runner.tlc.TlcLauncher;
import io.dynaspec.runner.tlc.TlcProgress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks recorded traces against the model in one TLC run: renders them with
 * {@link TraceModule}, puts that module next to {@code WritePath.tla}, {@code WritePathCut.tla},
 * {@code TraceWritePath.tla}
 * and its config in a folder of their own, runs TLC through {@link TlcLauncher}, and
 * reads the verdict TraceWritePath prints for each trace. Traces recorded with the tables on
 * disk are checked the same way with {@code spec/trace/TraceDurability.tla} ({@link TraceSpec}),
 * in runs of their own.
 */
public final class TraceChecker {

    /** What TraceWritePath prints first in a verdict; TLC may put a space after the {@code <<}. */
    private static final Pattern VERDICT = Pattern.compile("^<<\\s*\"trace-verdict\"");
    private final Path specDir;
    private final Path workDir;
    private final int workers;
    private final Duration timeout;
    private int batches;

    /** The most traces checked in one TLC run. */
    static final int BATCH = 200;

    /**
     * @param specDir the folder of WritePath.tla, WritePathCut.tla and TraceWritePath.tla, with
     *                trace/TraceWritePath.cfg (and Durability.tla, with trace/TraceDurability's
     *                files, for traces recorded on disk)
     * @param workDir this check's own folder; emptied first
     */
    public TraceChecker(Path specDir, Path workDir, int workers, Duration timeout) {
        this.specDir = specDir;
        this.workDir = workDir;
        this.workers = workers;
        this.timeout = timeout;
    }

    /**
     * Checks the traces, in batches of at most {@link #BATCH} traces per TLC run: TLC's parser
     * takes time more than linear in the size of a module, and a batch of 200 traces (some 3 MB
     * of record literals) parses in a few seconds.
     */
    public TraceCheckResult check(List<RecordedTrace> traces, Consumer<TlcProgress> progress)
            throws IOException, InterruptedException {
        Map<TraceSpec, List<RecordedTrace>> bySpec = new EnumMap<>(TraceSpec.class);
        for (RecordedTrace t : traces) {
            bySpec.computeIfAbsent(TraceSpec.of(t), s -> new ArrayList<>()).add(t);
        }
        return check(traces, bySpec, progress);
    }

    /** Checks every trace with the given spec: a broken rule's config, say. */
    public TraceCheckResult check(List<RecordedTrace> traces, TraceSpec spec, Consumer<TlcProgress> progress)
            throws IOException, InterruptedException {
        Map<TraceSpec, List<RecordedTrace>> bySpec = new EnumMap<>(TraceSpec.class);
        bySpec.put(spec, traces);
        return check(traces, bySpec, progress);
    }

    private TraceCheckResult check(List<RecordedTrace> traces, Map<TraceSpec, List<RecordedTrace>> bySpec,
                                   Consumer<TlcProgress> progress) throws IOException, InterruptedException {
        List<TraceVerdict> verdicts = new ArrayList<>();
        List<ModelCheckResult> runs = new ArrayList<>();
        for (Map.Entry<TraceSpec, List<RecordedTrace>> e : bySpec.entrySet()) {
            List<RecordedTrace> ofSpec = e.getValue();
            for (int from = 0; from < ofSpec.size(); from += BATCH) {
                List<RecordedTrace> batch = ofSpec.subList(from, Math.min(ofSpec.size(), from + BATCH));
                ModelCheckResult tlc = run(e.getKey(), batch, progress);
                runs.add(tlc);
                verdicts.addAll(verdicts(tlc.log()));
            }
        }
        Set<String> unjudged = new LinkedHashSet<>();
        long steps = 0;
        for (RecordedTrace t : traces) {
            unjudged.add(t.name());
            steps += t.steps().size();
        }
        for (TraceVerdict v : verdicts) {
            unjudged.remove(v.trace());
        }
        return new TraceCheckResult(verdicts, new ArrayList<>(unjudged), steps, runs);
    }

    private ModelCheckResult run(TraceSpec spec, List<RecordedTrace> traces, Consumer<TlcProgress> progress)
            throws IOException, InterruptedException {
        Path model = workDir.toAbsolutePath().resolve("model");
        Path run = workDir.toAbsolutePath().resolve("tlc");
        TlcLauncher.freshModelFolder(model, spec.files(specDir));
        Files.writeString(model.resolve(TraceModule.MODULE + ".tla"), new TraceModule(traces).module(),
                StandardCharsets.UTF_8);
        ModelCheckResult tlc = new TlcLauncher().run(
                new ModelCheckRequest(model, spec.module(), spec.config(), workers, run, timeout), progress);
        // The next batch empties the run folder: keep this one's output.
        Path kept = workDir.toAbsolutePath().resolve("tlc-" + (++batches) + ".log");
        Files.copy(tlc.log(), kept, StandardCopyOption.REPLACE_EXISTING);
        return new ModelCheckResult(tlc.request(), tlc.outcome(), tlc.property(), tlc.statesGenerated(),
                tlc.distinctStates(), tlc.queue(), tlc.depth(), tlc.time(), tlc.exitCode(), tlc.counterexample(),
                tlc.errors(), kept);
    }

    /**
     * The verdicts in TLC's output, one per trace. TLC prints a long value over several lines:
     * the lines of one verdict are joined until they read as one value.
     */
    static List<TraceVerdict> verdicts(Path log) throws IOException {
        List<TraceVerdict> verdicts = new ArrayList<>();
        Set<String> judged = new HashSet<>();
        StringBuilder pending = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (pending == null) {
                if (!VERDICT.matcher(line).find()) {
                    continue;
                }
                pending = new StringBuilder();
            }
            pending.append(line).append('\n');
            JsonNode value;
            try {
                value = TlaValues.parse(pending.toString().trim());
            } catch (IllegalArgumentException incomplete) {
                continue;
            }
            TraceVerdict v = TraceVerdict.of(value);
            if (judged.add(v.trace())) {
                verdicts.add(v);
            }
            pending = null;
        }
        return verdicts;
    }
}
