package io.dynaspec.runner.targets;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** SDK clients for endpoints that run on this machine and accept any credentials. */
final class EmulatorClients {

    private EmulatorClients() {
    }

    /**
     * No retries: a conformance check must see the endpoint's first answer, and the transcript
     * must show exactly one request per call.
     */
    static DynamoDbClient connect(URI endpoint, ExecutionInterceptor recorder) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("dynaspec", "dynaspec")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)
                        .retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
