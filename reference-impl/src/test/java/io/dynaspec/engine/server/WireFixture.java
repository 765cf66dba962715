package io.dynaspec.engine.server;

import io.dynaspec.engine.ReferenceEngine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running engine and one AWS SDK client for all wire tests of a JVM: the SDK client takes
 * about a second to build, so it is built once. Each test names its own tables.
 */
final class WireFixture {
    static final ReferenceEngine ENGINE = ReferenceEngine.start("127.0.0.1", 0);
    static final DynamoDbClient CLIENT = DynamoDbClient.builder()
            .endpointOverride(ENGINE.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
            .build();
    private static final AtomicInteger TABLES = new AtomicInteger();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            CLIENT.close();
            ENGINE.close();
        }));
    }

    private WireFixture() {
    }

    /** A table name no other test uses. */
    static String uniqueTable(String base) {
        return base + "-" + TABLES.incrementAndGet();
    }
}
