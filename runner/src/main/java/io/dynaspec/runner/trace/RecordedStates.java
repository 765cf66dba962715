package io.dynaspec.runner.trace;

import io.dynaspec.runner.tlc.ModelCheckRequest;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.TlcLauncher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the recorded engine states of one model are checked by TLC: the model's module (beside
 * {@code WritePath.tla}), the trace module and its config are copied into a fresh model folder
 * with the data module that holds the runs, and TLC checks every state and step of them.
 */
final class RecordedStates {
    private RecordedStates() {
    }

    /**
     * Checks the runs written out as {@code dataText} (module {@code dataModule}) with
     * {@code spec/trace/<traceModule>.tla} under {@code spec/trace/<config>.cfg}.
     */
    static ModelCheckResult check(Path specDir, Path workDir, String modelModule, String traceModule, String config,
            String dataModule, String dataText, Duration timeout) throws IOException, InterruptedException {
        Path model = workDir.toAbsolutePath().resolve("model");
        TlcLauncher.freshModelFolder(model, List.of(specDir.resolve("WritePath.tla"), specDir.resolve(modelModule + ".tla"),
                specDir.resolve("trace").resolve(traceModule + ".tla"), specDir.resolve("trace").resolve(config + ".cfg")));
        Files.writeString(model.resolve(dataModule + ".tla"), dataText, StandardCharsets.UTF_8);
        return new TlcLauncher().run(new ModelCheckRequest(model, traceModule, config, 2,
                workDir.toAbsolutePath().resolve("tlc"), timeout), p -> { });
    }
}
