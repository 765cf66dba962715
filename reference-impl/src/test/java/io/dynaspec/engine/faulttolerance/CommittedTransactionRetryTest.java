package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Clock;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.protocol.Protocol;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A transaction whose commit is decided but cannot yet reach a partition's quorum answers with a
 * retryable InternalServerError ("retry with the same ClientRequestToken"): now two zones are down
 * between the phases. The coordinator finishes the commit when they recover, and the retry the
 * error asked for returns success without writing again (API_TransactWriteItems.html,
 * ClientRequestToken: a repeat within 10 minutes "returns a successful response" and changes nothing).
 */
class CommittedTransactionRetryTest {
    /** 2026-01-01T00:00:00Z. */
    private static final long START = 1_767_225_600_000L;

    @Test
    void aTransactionCommittedButNotYetEverywhereIsNotAppliedTwiceByTheRetryItAsksFor() throws Exception {
        Clock clock = Clock.fixed(START);
        Cluster cluster = new Cluster(AckRule.QUORUM, 7, 4, clock);
        Protocol protocol = new Protocol(cluster);
        java.util.function.BiFunction<String, String, Protocol.Response> send =
                (op, body) -> protocol.handle(Protocol.TARGET_PREFIX + op, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, send.apply("CreateTable", """
                {"TableName":"Accounts","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"Tags":[{"Key":"dynaspec:partitions","Value":"1"}]}""").status());
        assertEquals(200, send.apply("PutItem", "{\"TableName\":\"Accounts\",\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"0\"}}}").status());
        String increment = """
                {"ClientRequestToken":"once","TransactItems":[
                  {"Update":{"TableName":"Accounts","Key":{"id":{"S":"a"}},"UpdateExpression":"SET n = n + :one",
                             "ExpressionAttributeValues":{":one":{"N":"1"}}}},
                  {"ConditionCheck":{"TableName":"Accounts","Key":{"id":{"S":"b"}},"ConditionExpression":"attribute_not_exists(id)"}}]}""";

        // Prepared, then held; two zones fail, so the commit is decided but cannot reach a quorum.
        cluster.transactions().holdBetweenPhases();
        java.util.concurrent.CompletableFuture<Protocol.Response> first =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> send.apply("TransactWriteItems", increment));
        assertTrue(cluster.transactions().awaitHeld(1, 10_000));
        cluster.faults().failAz(io.dynaspec.engine.cluster.AvailabilityZone.B);
        cluster.faults().failAz(io.dynaspec.engine.cluster.AvailabilityZone.C);
        cluster.transactions().releaseBetweenPhases();
        Protocol.Response answer = first.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(500, answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
        assertTrue(new String(answer.body(), StandardCharsets.UTF_8).contains("InternalServerError"));

        // The zones recover, the coordinator completes the commit, and the client retries as told.
        cluster.faults().recoverAz(io.dynaspec.engine.cluster.AvailabilityZone.B);
        cluster.faults().recoverAz(io.dynaspec.engine.cluster.AvailabilityZone.C);
        assertEquals(0, cluster.transactions().unfinished());
        assertEquals(200, send.apply("TransactWriteItems", increment).status());
        String item = new String(send.apply("GetItem",
                "{\"TableName\":\"Accounts\",\"Key\":{\"id\":{\"S\":\"a\"}},\"ConsistentRead\":true}").body(), StandardCharsets.UTF_8);
        assertTrue(item.contains("\"n\":{\"N\":\"1\"}"), item);
    }
}
