package io.dynaspec.runner.tlc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What to check and where.
 *
 * @param specDir the folder holding the spec's modules and configs ({@code spec/})
 * @param module  the module TLC checks, e.g. {@code MCWritePath}
 * @param config  the config's name, e.g. {@code ci} for {@code ci.cfg}
 * @param workers TLC worker threads
 * @param workDir this run's own folder: the model is copied there and TLC's temporary files,
 *                states and output log go there; it is emptied before the run
 * @param timeout the run is stopped, with outcome {@link Outcome#ERROR}, after this long
 * @param options more of TLC's options, e.g. {@code -dump dot FILE} or {@code -simulate num=N}
 * @param distributedWorkers 0 to run TLC in one JVM; otherwise TLC's own distributed mode: a
 *                TLCServer JVM and this many TLCWorker JVMs on 127.0.0.1, each worker running
 *                {@code workers} threads
 */
public record ModelCheckRequest(Path specDir, String module, String config, int workers, Path workDir,
                                Duration timeout, List<String> options, int distributedWorkers) {

    public ModelCheckRequest(Path specDir, String module, String config, int workers, Path workDir,
                             Duration timeout) {
        this(specDir, module, config, workers, workDir, timeout, List.of());
    }

    public ModelCheckRequest(Path specDir, String module, String config, int workers, Path workDir,
                             Duration timeout, List<String> options) {
        this(specDir, module, config, workers, workDir, timeout, options, 0);
    }

    public ModelCheckRequest {
        Objects.requireNonNull(specDir, "specDir");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(timeout, "timeout");
        options = List.copyOf(options);
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        if (distributedWorkers < 0) {
            throw new IllegalArgumentException("distributedWorkers must not be negative, not " + distributedWorkers);
        }
    }

    /** Whether TLC runs in its distributed mode. */
    public boolean distributed() {
        return distributedWorkers > 0;
    }

    /** Whether TLC samples random behaviours ({@code -simulate}) instead of exploring every state. */
    public boolean simulation() {
        return options.contains("-simulate");
    }

    /** The config file, {@code <specDir>/<config>.cfg}. */
    public Path configFile() {
        return specDir.resolve(config + ".cfg");
    }
}
