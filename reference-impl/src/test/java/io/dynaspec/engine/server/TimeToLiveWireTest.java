package io.dynaspec.engine.server;

import io.dynaspec.engine.api.UpdateTimeToLive;
import io.dynaspec.engine.cluster.Cluster;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import java.util.Map;

import static io.dynaspec.engine.server.DocTables.n;
import static io.dynaspec.engine.server.DocTables.s;
import static io.dynaspec.engine.server.DocTables.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UpdateTimeToLive, DescribeTimeToLive and the deletion of expired items, through the AWS SDK, as
 * API_UpdateTimeToLive.html and TTL.html describe them. The engine's clock is moved by the test:
 * an expired item stays readable until a sweep, which runs when the clock is advanced.
 */
class TimeToLiveWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;
    private static final Cluster CLUSTER = WireFixture.ENGINE.cluster();

    private static long nowSeconds() {
        return CLUSTER.clock().millis() / 1000;
    }

    private static String enable(String table, String attribute) {
        DDB.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(s -> s.enabled(true).attributeName(attribute)));
        return table;
    }

    private static String failure(Runnable call) {
        DynamoDbException e = assertThrows(DynamoDbException.class, call::run);
        return e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("Id", n(id));
    }

    @Test
    void describeShowsTheSettingAndUpdateEchoesTheSpecification() {
        String table = DocTables.productCatalog();
        TimeToLiveDescription before = DDB.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.DISABLED, before.timeToLiveStatus());
        assertNull(before.attributeName());

        var echoed = DDB.updateTimeToLive(b -> b.tableName(table)
                .timeToLiveSpecification(s -> s.enabled(true).attributeName("ExpiresAt"))).timeToLiveSpecification();
        assertTrue(echoed.enabled());
        assertEquals("ExpiresAt", echoed.attributeName());
        TimeToLiveDescription after = DDB.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, after.timeToLiveStatus());
        assertEquals("ExpiresAt", after.attributeName());
    }

    @Test
    void aChangeIsRefusedWhenItChangesNothingOrComesWithinAnHourOfTheLast() {
        String table = DocTables.productCatalog();
        assertEquals("ValidationException: TimeToLive is already disabled",
                failure(() -> DDB.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(s -> s.enabled(false).attributeName("T")))));
        enable(table, "T");
        assertEquals("ValidationException: TimeToLive is already enabled",
                failure(() -> enable(table, "T")));
        assertEquals("ValidationException: TimeToLive is already enabled",
                failure(() -> enable(table, "Other")));
        assertEquals("ValidationException: Time to live has been modified multiple times within a fixed interval",
                failure(() -> DDB.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(s -> s.enabled(false).attributeName("T")))));

        CLUSTER.advanceClock(UpdateTimeToLive.CHANGE_INTERVAL_MILLIS);
        DDB.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(s -> s.enabled(false).attributeName("T")));
        assertEquals(TimeToLiveStatus.DISABLED, DDB.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription().timeToLiveStatus());
    }

    @Test
    void theSpecificationIsValidatedAsItsShapeSays() {
        String message = failure(() -> DDB.updateTimeToLive(b -> b.tableName("NoSuchTable")
                .timeToLiveSpecification(s -> s.enabled(true).attributeName(""))));
        assertEquals("ValidationException: 1 validation error detected: Value '' at 'timeToLiveSpecification.attributeName' "
                + "failed to satisfy constraint: Member must have length greater than or equal to 1", message);
        assertEquals("ResourceNotFoundException: Requested resource not found: Table: NoSuchTable not found",
                failure(() -> enable("NoSuchTable", "T")));
    }

    @Test
    void anExpiredItemIsReadableUntilTheSweepDeletesIt() {
        String table = enable(DocTables.productCatalog(), "ExpiresAt");
        long now = nowSeconds();
        DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("1"), "ExpiresAt", n(Long.toString(now + 60)))));
        DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("2"), "ExpiresAt", n(Long.toString(now + 7200)))));
        DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("3"), "ExpiresAt", s(Long.toString(now - 60)))));
        DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("4"), "ExpiresAt", n(Long.toString(now - 6L * 366 * 86400)))));
        DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("5"))));

        assertEquals(0, CLUSTER.sweepExpiredItems());
        CLUSTER.clock().advance(120_000);
        assertFalse(stored(table, key("1")).isEmpty(), "expired but not yet swept: still readable");

        assertEquals(1, CLUSTER.sweepExpiredItems());
        assertTrue(stored(table, key("1")).isEmpty());
        assertFalse(stored(table, key("2")).isEmpty(), "not yet expired");
        assertFalse(stored(table, key("3")).isEmpty(), "a string is not a TTL");
        assertFalse(stored(table, key("4")).isEmpty(), "more than five years in the past is ignored");
        assertFalse(stored(table, key("5")).isEmpty(), "no TTL attribute");

        CLUSTER.advanceClock(7200_000);
        assertTrue(stored(table, key("2")).isEmpty(), "advancing the clock sweeps");
    }

    @Test
    void anItemWhoseTtlIsMovedOnBeforeTheSweepIsKeptAndTheDeleteConsumesNoCapacity() {
        String table = enable(DocTables.productCatalog(), "ExpiresAt");
        long now = nowSeconds();
        DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("1"), "ExpiresAt", n(Long.toString(now + 10)))));
        CLUSTER.clock().advance(20_000);
        DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("1"), "ExpiresAt", n(Long.toString(now + 3600)))));
        assertEquals(0, CLUSTER.sweepExpiredItems());
        assertFalse(stored(table, key("1")).isEmpty());

        // The sweeper's delete is a system write: a client's reads and writes see no capacity for it.
        var consumed = DDB.putItem(b -> b.tableName(table).item(Map.of("Id", n("9"), "ExpiresAt", n(Long.toString(now))))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        assertEquals(1.0, consumed.capacityUnits());
        assertEquals(1, CLUSTER.sweepExpiredItems());
        assertTrue(stored(table, key("9")).isEmpty());
    }
}
