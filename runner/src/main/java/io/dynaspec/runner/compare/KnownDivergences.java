package io.dynaspec.runner.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynaspec.runner.steps.DynamoJson;
import io.dynaspec.runner.steps.ScenarioResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The divergences recorded for one kind of target, read from {@code divergences/<kind>.json}
 * on the classpath. A kind with no file has none recorded.
 *
 * @param kind    the target kind
 * @param version the version of the target the divergences were recorded against
 * @param entries the divergences
 */
public record KnownDivergences(String kind, String version, List<Divergence> entries) {

    public static KnownDivergences forKind(String kind) {
        String resource = "/divergences/" + kind + ".json";
        try (InputStream in = KnownDivergences.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new KnownDivergences(kind, "", List.of());
            }
            JsonNode json = DynamoJson.MAPPER.readTree(in);
            List<Divergence> entries = new ArrayList<>();
            for (JsonNode d : json.path("divergences")) {
                entries.add(new Divergence(d.path("feature").asText(), d.path("scenario").asText(),
                        d.path("differs").asText(), d.path("why").asText(), d.path("doc").asText()));
            }
            return new KnownDivergences(kind, json.path("version").asText(), List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public Optional<Divergence> find(ScenarioResult scenario) {
        return entries.stream().filter(d -> d.covers(scenario.feature(), scenario.name())).findFirst();
    }
}
