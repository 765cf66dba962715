package io.dynaspec.engine.server;

import io.dynaspec.engine.cluster.AvailabilityZone;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin API of a running engine, outside DynamoDB's namespace: where a key lives, and zone
 * faults with the status they leave (HowItWorks.Partitions.html for the partition map).
 */
class AdminApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BASE = WireFixture.ENGINE.endpoint() + "/dynaspec/";

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void locateNamesThePartitionAndTheReplicasHoldingAnItem() throws Exception {
        String t = WireFixture.uniqueTable("Students");
        WireFixture.CLIENT.createTable(ControlPlaneWireTest.simpleTable(t).build());
        WireFixture.CLIENT.putItem(b -> b.tableName(t).item(Map.of("LoginAlias", AttributeValue.fromS("tomer"))));
        HttpResponse<String> r = post("locate", "{\"TableName\":\"" + t + "\",\"Key\":{\"LoginAlias\":{\"S\":\"tomer\"}}}");
        assertEquals(200, r.statusCode(), r.body());
        int partition = WireFixture.ENGINE.cluster().table(t).partitionFor(
                new io.dynaspec.engine.value.PrimaryKey(new io.dynaspec.engine.value.AttributeValue.S("tomer"), null)).index();
        assertTrue(r.body().contains("\"partition\" : " + partition), r.body());
        assertEquals(3, r.body().split("\"holdsItem\" : true").length - 1, "all three replicas hold it: " + r.body());
    }

    @Test
    void unknownCallsAndZonesAreClientErrors() throws Exception {
        assertEquals(404, post("nothing", "").statusCode());
        assertEquals(400, post("faults/fail-az/d", "").statusCode());
        assertEquals(400, post("locate", "{}").statusCode());
    }

    @Test
    void aCoordinatorFailureArmedShowsInTheStatusAndARecoveryAnswers() throws Exception {
        try {
            HttpResponse<String> r = post("transactions/fail-coordinator/after-decide", "");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"coordinatorFailureArmed\" : \"after-decide\""), r.body());
        } finally {
            WireFixture.ENGINE.cluster().faults().failCoordinator(null);
        }
        HttpResponse<String> r = post("transactions/recover-coordinator", "");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"coordinatorFailureArmed\" : null") && r.body().contains("\"failedCoordinators\" : [ ]"), r.body());
        assertEquals(400, post("transactions/fail-coordinator/later", "").statusCode());
    }

    @Test
    void holdAndReleaseShowInTheStatus() throws Exception {
        HttpResponse<String> r = post("faults/hold/c", "");
        try {
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"heldZones\" : [ \"c\" ]"), r.body());
        } finally {
            WireFixture.ENGINE.cluster().scheduler().release(AvailabilityZone.C);
        }
    }

    @Test
    void theSweepAndTheClockDeleteExpiredItems() throws Exception {
        String t = WireFixture.uniqueTable("Sessions");
        WireFixture.CLIENT.createTable(ControlPlaneWireTest.simpleTable(t).build());
        WireFixture.CLIENT.updateTimeToLive(b -> b.tableName(t).timeToLiveSpecification(s -> s.enabled(true).attributeName("Exp")));
        long now = WireFixture.ENGINE.cluster().clock().millis() / 1000;
        Map<String, AttributeValue> a = Map.of("LoginAlias", AttributeValue.fromS("a"));
        Map<String, AttributeValue> b = Map.of("LoginAlias", AttributeValue.fromS("b"));
        WireFixture.CLIENT.putItem(r -> r.tableName(t).item(Map.of("LoginAlias", AttributeValue.fromS("a"),
                "Exp", AttributeValue.fromN(Long.toString(now - 1)))));
        WireFixture.CLIENT.putItem(r -> r.tableName(t).item(Map.of("LoginAlias", AttributeValue.fromS("b"),
                "Exp", AttributeValue.fromN(Long.toString(now + 60)))));

        assertEquals(200, post("ttl/sweep", "").statusCode());
        assertTrue(DocTables.stored(t, a).isEmpty());
        assertFalse(DocTables.stored(t, b).isEmpty());
        assertEquals(200, post("clock/advance", "{\"Millis\": 120000}").statusCode());
        assertTrue(DocTables.stored(t, b).isEmpty(), "advancing the clock sweeps");
    }

    @Test
    void theRollCallClosesAStreamsOpenShardsThatHoldARecord() throws Exception {
        String t = WireFixture.uniqueTable("Rolling");
        WireFixture.CLIENT.createTable(ControlPlaneWireTest.simpleTable(t)
                .tags(software.amazon.awssdk.services.dynamodb.model.Tag.builder().key("dynaspec:partitions").value("1").build())
                .streamSpecification(s -> s.streamEnabled(true).streamViewType("KEYS_ONLY")).build());
        WireFixture.CLIENT.putItem(r -> r.tableName(t).item(Map.of("LoginAlias", AttributeValue.fromS("a"))));
        var stream = WireFixture.ENGINE.cluster().table(t).stream();
        String first = stream.shards().get(0).id();

        assertEquals(200, post("streams/roll/" + t, "").statusCode());
        assertEquals(2, stream.shards().size());
        assertEquals(first, stream.shards().get(1).parentId());
        assertEquals(200, post("streams/roll/" + t, "").statusCode());
        assertEquals(2, stream.shards().size(), "the child holds no record yet: it stays open");
        assertEquals(400, post("streams/roll/NoSuchTable", "").statusCode());
    }
}
