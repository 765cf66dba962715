package io.dynaspec.runner.targets;

import java.util.UUID;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Real DynamoDB through the default AWS credential chain. The suite only creates tables whose
 * names start with this run's unique {@code dynaspec-} prefix, deletes each one when its
 * scenario ends, and touches nothing else in the account.
 */
final class AwsTarget implements Target {

    private final Region region;
    private final String prefix;

    /** The prefix is random on purpose: two runs in one account must never share a table. */
    AwsTarget(String region) {
        this.region = region == null || region.isBlank()
                ? new DefaultAwsRegionProviderChain().getRegion()
                : Region.of(region);
        this.prefix = "dynaspec-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    /** Said before the run starts, because this target costs money and writes to an account. */
    String notice() {
        return "dynaspec: running against real DynamoDB in " + region + ": the suite creates tables named "
                + prefix + "*, deletes each after its scenario, and touches nothing else.";
    }

    @Override
    public String name() {
        return "aws:" + region;
    }

    @Override
    public String kind() {
        return "aws";
    }

    @Override
    public String tableName(String logical) {
        return prefix + logical;
    }

    @Override
    public DynamoDbClient connect(ExecutionInterceptor recorder) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(region)
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder))
                .build();
    }

    @Override
    public void close() {
        // Tables are deleted by the scenarios that created them; nothing else was started.
    }
}
