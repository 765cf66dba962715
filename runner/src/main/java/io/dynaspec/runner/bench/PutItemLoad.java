package io.dynaspec.runner.bench;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A PutItem load generator on the AWS SDK for Java v2: N client threads write distinct items of a
 * given size to one table for a fixed time after a warm-up, recording every call's latency.
 * Optionally each put carries {@code attribute_not_exists(pk)}, the seed's create-only write.
 */
public final class PutItemLoad {

    /**
     * Settings of one run.
     *
     * @param concurrency  client threads
     * @param seconds      measured seconds
     * @param warmupSeconds unmeasured seconds before
     * @param itemBytes    approximate item size
     * @param conditional  whether puts carry attribute_not_exists(pk)
     * @param seed         seeds the keys and payloads
     */
    public record Settings(int concurrency, int seconds, int warmupSeconds, int itemBytes, boolean conditional, long seed) {
    }

    /**
     * What one run measured.
     *
     * @param endpoint   where
     * @param operations successful puts in the measured window
     * @param errors     failed puts in the measured window
     * @param seconds    the measured window's length
     * @param p50Micros  median latency
     * @param p99Micros  99th percentile latency
     * @param maxMicros  slowest call
     */
    public record Result(String endpoint, long operations, long errors, double seconds, long p50Micros, long p99Micros, long maxMicros) {
        public double throughput() {
            return operations / seconds;
        }
    }

    private PutItemLoad() {
    }

    /** Builds a client for the endpoint with dummy credentials, as for any local endpoint. */
    public static DynamoDbClient client(URI endpoint, int concurrency) {
        System.setProperty("http.maxConnections", Integer.toString(Math.max(5, concurrency * 2)));
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)).build())
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    public static Result run(URI endpoint, Settings s, java.io.PrintStream progress) throws InterruptedException {
        try (DynamoDbClient ddb = client(endpoint, s.concurrency())) {
            String table = "dynaspec-bench-" + Long.toHexString(System.nanoTime());
            ddb.createTable(b -> b.tableName(table)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
            ddb.waiter().waitUntilTableExists(b -> b.tableName(table));
            try {
                return measure(ddb, endpoint.toString(), table, s, progress);
            } finally {
                ddb.deleteTable(b -> b.tableName(table));
            }
        }
    }

    private static Result measure(DynamoDbClient ddb, String endpoint, String table, Settings s, java.io.PrintStream progress)
            throws InterruptedException {
        long warmupEnd = System.nanoTime() + s.warmupSeconds() * 1_000_000_000L;
        long end = warmupEnd + s.seconds() * 1_000_000_000L;
        AtomicLong ops = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[s.concurrency()][];
        int[] counts = new int[s.concurrency()];
        CountDownLatch done = new CountDownLatch(s.concurrency());
        String payload = "x".repeat(Math.max(1, s.itemBytes() - 40));
        for (int t = 0; t < s.concurrency(); t++) {
            int id = t;
            Thread th = new Thread(() -> {
                SplittableRandom rnd = new SplittableRandom(s.seed() * 1_000_003L + id);
                long[] lat = new long[1 << 16];
                int n = 0;
                long seq = 0;
                try {
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= end) {
                            break;
                        }
                        Map<String, AttributeValue> item = new HashMap<>(4);
                        item.put("pk", AttributeValue.fromS(id + "-" + (seq++) + "-" + Long.toHexString(rnd.nextLong())));
                        item.put("payload", AttributeValue.fromS(payload));
                        item.put("n", AttributeValue.fromN(Integer.toString(rnd.nextInt(1_000_000))));
                        PutItemRequest.Builder req = PutItemRequest.builder().tableName(table).item(item);
                        if (s.conditional()) {
                            req.conditionExpression("attribute_not_exists(pk)");
                        }
                        boolean ok = true;
                        long t0 = System.nanoTime();
                        try {
                            ddb.putItem(req.build());
                        } catch (ConditionalCheckFailedException e) {
                            ok = true;
                        } catch (RuntimeException e) {
                            ok = false;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= warmupEnd) {
                            if (ok) {
                                ops.incrementAndGet();
                                if (n == lat.length) {
                                    lat = Arrays.copyOf(lat, n * 2);
                                }
                                lat[n++] = (t1 - t0) / 1000;
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } finally {
                    latencies[id] = lat;
                    counts[id] = n;
                    done.countDown();
                }
            }, "bench-" + t);
            th.setDaemon(true);
            th.start();
        }
        long lastOps = 0;
        while (!done.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            long now = System.nanoTime();
            if (now > warmupEnd && progress != null) {
                long o = ops.get();
                progress.printf("  %s: %,d puts/s in the last second, %,d errors so far%n", endpoint, o - lastOps, errors.get());
                lastOps = o;
            }
        }
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int k = 0;
        for (int t = 0; t < latencies.length; t++) {
            System.arraycopy(latencies[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        return new Result(endpoint, ops.get(), errors.get(), s.seconds(), percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1]);
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
