package io.dynaspec.runner.tlc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * {@code spec/manifest.json}: for each config of the spec, how it is checked and what TLC is
 * expected to find, as data the test suite compares with TLC's results.
 *
 * @param spec   the spec module, e.g. {@code WritePath}
 * @param models one entry per config
 */
public record Manifest(String spec, List<Model> models) {

    /** The manifest's file name in the spec folder. */
    public static final String FILE_NAME = "manifest.json";

    public Manifest {
        models = List.copyOf(models);
    }

    /**
     * One config and its expected result.
     *
     * @param name           the config's name; its file is {@code <name>.cfg}
     * @param module         the module TLC checks
     * @param mode           how TLC searches: {@code "exhaustive search"}
     * @param checkedBy      {@code "mvn verify"} (the test suite runs it) or {@code "manual"}
     * @param workers        the worker count the recorded figures were measured with
     * @param result         what TLC finds
     * @param property       for a violation, the invariant or property TLC reports violated
     * @param distinctStates distinct states TLC reports (for a violation: when it stops, which
     *                       depends on the worker count)
     * @param depth          the search depth TLC reports
     * @param traceLength    for a violation, the states in the counterexample
     */
    public record Model(String name, String module, String mode, String checkedBy, int workers,
                        Outcome result, Optional<String> property, OptionalLong distinctStates,
                        OptionalInt depth, OptionalInt traceLength) {

        /** Whether the test suite checks this config on every build. */
        public boolean checkedByTests() {
            return "mvn verify".equals(checkedBy);
        }
    }

    /** Reads {@code <specDir>/manifest.json}. */
    public static Manifest read(Path specDir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(specDir.resolve(FILE_NAME).toFile());
        List<Model> models = new ArrayList<>();
        for (JsonNode node : root.path("models")) {
            models.add(new Model(
                    required(node, "name").asText(),
                    required(node, "module").asText(),
                    node.path("mode").asText("exhaustive search"),
                    node.path("checkedBy").asText("manual"),
                    node.path("workers").asInt(2),
                    Outcome.fromManifestName(required(node, "result").asText()),
                    node.hasNonNull("property") ? Optional.of(node.get("property").asText()) : Optional.empty(),
                    node.hasNonNull("distinctStates") ? OptionalLong.of(node.get("distinctStates").asLong())
                            : OptionalLong.empty(),
                    node.hasNonNull("depth") ? OptionalInt.of(node.get("depth").asInt()) : OptionalInt.empty(),
                    node.hasNonNull("traceLength") ? OptionalInt.of(node.get("traceLength").asInt())
                            : OptionalInt.empty()));
        }
        return new Manifest(required(root, "spec").asText(), models);
    }

    /** The entry for the config named {@code name}. */
    public Optional<Model> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * How {@code result} differs from what this manifest expects of its config; empty when it
     * matches. State counts and depth are compared when TLC explored the whole state space, or
     * when it ran with the worker count the manifest records (where it stops at a violation
     * depends on how work was shared between workers). A simulation is compared by its result
     * alone: it samples behaviours, and counts no distinct states.
     */
    public List<String> differences(ModelCheckResult result) {
        String config = result.request().config();
        Optional<Model> entry = model(config);
        if (entry.isEmpty()) {
            return List.of("the manifest has no entry for config " + config);
        }
        Model expected = entry.get();
        List<String> differences = new ArrayList<>();
        if (expected.result() != result.outcome()) {
            differences.add("result: expected " + expected.result().manifestName() + ", TLC found "
                    + result.outcome().manifestName());
        }
        expected.property().filter(p -> expected.result().isViolation() && !p.equals(result.property())).ifPresent(p ->
                differences.add("violated property: expected " + p + ", TLC reported "
                        + (result.property().isEmpty() ? "none" : result.property())));
        ModelCheckRequest request = result.request();
        boolean comparable = !request.simulation() && (result.queue() == 0
                || !request.distributed() && request.workers() == expected.workers());
        if (comparable) {
            expected.distinctStates().ifPresent(n -> {
                if (n != result.distinctStates()) {
                    differences.add("distinct states: expected " + n + ", TLC found " + result.distinctStates());
                }
            });
            expected.depth().ifPresent(d -> {
                if (d != result.depth() && !(request.distributed() && result.depth() < 0)) {
                    differences.add("depth: expected " + d + ", TLC reported " + result.depth());
                }
            });
        }
        if (!request.simulation()) {
            expected.traceLength().ifPresent(n -> {
                int actual = result.counterexample().map(c -> c.steps().size()).orElse(0);
                if (n != actual) {
                    differences.add("counterexample length: expected " + n + " states, TLC gave " + actual);
                }
            });
        }
        return differences;
    }

    private static JsonNode required(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException(FILE_NAME + ": missing \"" + field + "\" in " + node);
        }
        return node.get(field);
    }
}
