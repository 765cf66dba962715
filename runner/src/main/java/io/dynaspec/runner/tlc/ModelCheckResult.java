package io.dynaspec.runner.tlc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a TLC run found.
 *
 * @param request         the run's request
 * @param outcome         the verdict: from TLC's messages, or from its exit code when it printed none
 * @param property        the violated invariant or property, or empty
 * @param statesGenerated states generated, duplicates included
 * @param distinctStates  distinct states found
 * @param queue           states left unexplored (more than 0 when TLC stopped at a violation)
 * @param depth           the search depth TLC reported, or -1
 * @param time            wall-clock time of the child JVM
 * @param exitCode        the child JVM's exit code (TLC's exit status)
 * @param counterexample  the violating behaviour, when TLC printed one
 * @param errors          TLC's error messages, when it could not check the model
 * @param log             TLC's whole output, kept in the work folder
 */
public record ModelCheckResult(ModelCheckRequest request, Outcome outcome, String property,
                               long statesGenerated, long distinctStates, long queue, int depth,
                               Duration time, int exitCode, Optional<Counterexample> counterexample,
                               List<String> errors, Path log) {

    public ModelCheckResult {
        errors = List.copyOf(errors);
    }
}
