package io.dynaspec.runner.tlc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TLC's distributed mode through the launcher: a TLCServer and two TLCWorker JVMs on 127.0.0.1
 * explore the {@code ci} config and find exactly the distinct states one JVM finds (the
 * manifest's count, which {@link WritePathModelCheckTest} checks on every build), and every JVM
 * is gone afterwards.
 *
 * <p>Opt-in ({@code -Ddynaspec.distributed=true}): three JVMs exchanging states over RMI take
 * longer than the single-JVM run, over a minute on a loaded 2-core machine.
 */
@EnabledIfSystemProperty(named = "dynaspec.distributed", matches = "true")
class DistributedModelCheckTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    @Test
    void twoWorkersFindTheStatesOneJvmFinds() throws Exception {
        Manifest manifest = Manifest.read(ManifestTest.SPEC);
        Manifest.Model ci = manifest.model("ci").orElseThrow();
        Path work = Path.of("target", "model-check", "ci-distributed");
        ModelCheckRequest request = new ModelCheckRequest(ManifestTest.SPEC, ci.module(), ci.name(), 1, work,
                TIMEOUT, List.of(), 2);
        List<TlcProgress> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        ModelCheckResult result = new TlcLauncher().run(request, progress::add);
        System.out.printf("model-check ci --distributed 2: %s, %,d distinct states, %.1f s%n",
                result.outcome().manifestName(), result.distinctStates(), result.time().toMillis() / 1000.0);

        assertEquals(Outcome.SUCCESS, result.outcome(), () -> String.join("\n", result.errors()));
        assertEquals(ci.distinctStates().orElseThrow(), result.distinctStates());
        // TLCServer counts the depth of the state graph one less than a single TLC JVM does (the
        // same graph: ci gives 15 distributed against 16): every other figure must agree.
        assertEquals(List.of(), manifest.differences(result).stream().filter(d -> !d.startsWith("depth:")).toList());
        assertFalse(progress.isEmpty(), "the server's progress is passed on");
        for (int i = 1; i <= 2; i++) {
            String log = Files.readString(work.toAbsolutePath().resolve("worker-" + i + ".log"));
            assertTrue(log.contains("TLC Worker"), "worker " + i + " ran: " + log);
        }
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive),
                "every TLC JVM is stopped");
    }
}
