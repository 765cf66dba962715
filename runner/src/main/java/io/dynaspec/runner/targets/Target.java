package io.dynaspec.runner.targets;

import java.util.Optional;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB-compatible endpoint the conformance suite runs against. A target owns whatever it
 * started (an embedded engine, a dynalite process, a container) and stops it on {@link #close()}.
 */
public interface Target extends AutoCloseable {

    /** The name the user gave, such as {@code dynalite} or {@code endpoint:http://127.0.0.1:8000}. */
    String name();

    /** The kind of target; known divergences are recorded per kind ({@code divergences/<kind>.json}). */
    String kind();

    /**
     * Builds the run's one SDK client (building one costs about a second, so the suite builds
     * exactly one per run). The interceptor records every request and response for the reports.
     */
    DynamoDbClient connect(ExecutionInterceptor recorder);

    /** The physical name of a table the suite calls {@code logical}. */
    default String tableName(String logical) {
        return logical;
    }

    /** The engine's partitions, replicas and zones, where the target exposes them. */
    default Optional<Cluster> cluster() {
        return Optional.empty();
    }

    /** Why scenarios needing engine internals cannot run here; shown when they are skipped. */
    default String whyNoCluster() {
        return name() + " exposes no engine internals (fault injection, partition map, replica reads)";
    }

    /** The tag expression a run uses when the user gives none. */
    default String defaultTags() {
        return SuiteTags.DEFAULT;
    }

    /** Stops what the target started; idempotent. */
    @Override
    void close();
}
