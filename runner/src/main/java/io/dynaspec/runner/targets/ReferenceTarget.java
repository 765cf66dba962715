package io.dynaspec.runner.targets;

import io.dynaspec.engine.ReferenceEngine;
import io.dynaspec.engine.cluster.AckRule;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The reference engine, embedded in the runner's JVM on a free port. The only target that
 * shows its internals, so the only one that runs {@code @reference-only} scenarios.
 * Engine options: {@code ack=quorum} (the default) or {@code ack=leader-only}, the deliberately
 * unsafe rule under which the failover scenarios must fail.
 */
final class ReferenceTarget implements Target {

    private final ReferenceEngine engine;
    private final String name;
    private final ReferenceCluster cluster;

    private ReferenceTarget(ReferenceEngine engine, String name) {
        this.engine = engine;
        this.name = name;
        this.cluster = new ReferenceCluster(engine.cluster());
    }

    static Target start(Map<String, String> engineOptions) {
        ReferenceEngine.Builder builder = ReferenceEngine.builder().host("127.0.0.1").port(0);
        for (Map.Entry<String, String> option : engineOptions.entrySet()) {
            switch (option.getKey()) {
                case "ack" -> builder.ackRule(switch (option.getValue()) {
                    case "quorum" -> AckRule.QUORUM;
                    case "leader-only" -> AckRule.UNSAFE_LEADER_ONLY;
                    default -> throw new IllegalArgumentException("ack is quorum or leader-only, not " + option.getValue());
                });
                case "seed" -> builder.seed(Long.parseLong(option.getValue()));
                default -> throw new IllegalArgumentException("unknown engine option " + option.getKey()
                        + ": the reference target takes ack=quorum|leader-only and seed=N");
            }
        }
        String name = engineOptions.isEmpty() ? "reference" : "reference:" + String.join(",",
                engineOptions.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        return new ReferenceTarget(builder.start(), name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return "reference";
    }

    @Override
    public DynamoDbClient connect(ExecutionInterceptor recorder) {
        return EmulatorClients.connect(engine.endpoint(), recorder);
    }

    @Override
    public Optional<Cluster> cluster() {
        return Optional.of(cluster);
    }

    @Override
    public String defaultTags() {
        return SuiteTags.REFERENCE_DEFAULT;
    }

    @Override
    public void close() {
        engine.close();
    }
}
