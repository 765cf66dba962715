package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Zones crash under writers, on a real disk with group commit: the crashed replicas keep only
 * what they forced, restart from their files and catch up, and a restart of the engine finds
 * every acknowledged write. A crashed leader that no one could replace may not restart: it never
 * leads again (Durability.tla's DRecoverAZ).
 */
class ZoneCrashTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);

    @Test
    void crashedZonesRestartAndTheEngineRestartsWithEveryAcknowledgedWrite(@TempDir Path dir) throws Exception {
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Cluster cluster = open(dir);
        Table t = cluster.createTable(TableMetadata.of("T", KEY, 4));
        // Writers run while zone a crashes and restarts, then zone b.
        runWriters(t, acknowledged, 0, 100);
        cluster.faults().crashAz(AvailabilityZone.A);
        runWriters(t, acknowledged, 100, 200);
        assertTrue(cluster.faults().restartAz(AvailabilityZone.A).isEmpty(), "a's files were whole");
        cluster.faults().crashAz(AvailabilityZone.B);
        runWriters(t, acknowledged, 200, 300);
        cluster.faults().restartAz(AvailabilityZone.B);
        runWriters(t, acknowledged, 300, 400);
        check(t, acknowledged);
        // A second engine may not open the folder while the first holds it.
        java.io.IOException inUse = assertThrows(java.io.IOException.class, () -> open(dir));
        assertTrue(inUse.getMessage().contains("in use by another engine"), inUse.getMessage());
        cluster.closeData();

        Cluster again = open(dir);
        assertEquals(1, again.recovery().tables());
        check(again.table("T"), acknowledged);
        again.closeData();
    }

    @Test
    void aCrashedLeaderThatNoOneReplacedMayNotRestart(@TempDir Path dir) throws Exception {
        Cluster cluster = open(dir);
        Table t = cluster.createTable(TableMetadata.of("T", KEY, 1));
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        runWriters(t, acknowledged, 0, 20);
        // With c failed, the leader in a crashes: b alone cannot elect anyone.
        cluster.faults().failAz(AvailabilityZone.C);
        cluster.faults().crashAz(AvailabilityZone.A);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> cluster.faults().restartAz(AvailabilityZone.A));
        assertTrue(refused.getMessage().contains("never leads again"), refused.getMessage());
        // c recovers, b and c elect a leader, and a may return as a follower.
        cluster.faults().recoverAz(AvailabilityZone.C);
        assertEquals(AvailabilityZone.B, t.partitions().get(0).leaderZone());
        cluster.faults().restartAz(AvailabilityZone.A);
        runWriters(t, acknowledged, 20, 40);
        check(t, acknowledged);
        assertEquals(t.partitions().get(0).logLength(), t.partitions().get(0).replica(AvailabilityZone.A).appliedSequence());
        cluster.closeData();
    }

    /**
     * Group commit bounded by time as well: each force waits up to 200 µs for more writes (or
     * none once 4 KB wait); every acknowledged write is still there after a restart.
     */
    @Test
    void aForceThatWaitsForMoreWritesStillAcknowledgesEveryOne(@TempDir Path dir) throws Exception {
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Cluster cluster = new Cluster(AckRule.QUORUM, 1, 64);
        io.dynaspec.engine.cluster.storage.GroupCommit commit = io.dynaspec.engine.cluster.storage.GroupCommit.background(
                2, 4096, 200_000, failure -> {
                    throw new AssertionError("storage failed", failure);
                });
        // Small snapshots, so that logs are also cut over while forces wait.
        cluster.openData(new DataDirectory(new io.dynaspec.engine.cluster.storage.DiskVolume(dir), commit, 8192, failure -> { }));
        Table t = cluster.createTable(TableMetadata.of("T", KEY, 2));
        runWriters(t, acknowledged, 0, 150);
        cluster.closeData();
        Cluster again = open(dir);
        check(again.table("T"), acknowledged);
        again.closeData();
    }

    private static Cluster open(Path dir) throws Exception {
        Cluster c = new Cluster(AckRule.QUORUM, 1, 64);
        c.openData(DataDirectory.onDisk(dir, failure -> {
            throw new AssertionError("storage failed", failure);
        }));
        return c;
    }

    /** Four writers, each over its own keys, writing versions from..to with a condition on the one before. */
    private static void runWriters(Table t, Map<String, Long> acknowledged, int from, int to) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            Thread th = new Thread(() -> {
                try {
                    for (int v = from + 1; v <= to; v++) {
                        String key = "w" + writer + "-" + (v % 10);
                        long prev = acknowledged.getOrDefault(key, 0L);
                        Precondition pre = existing -> version(existing) == prev;
                        long next = v;
                        t.write(new PrimaryKey(new AttributeValue.S(key), null), pre, Mutation.put(item(key, next)));
                        acknowledged.put(key, next);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    private static void check(Table t, Map<String, Long> acknowledged) {
        for (Map.Entry<String, Long> e : acknowledged.entrySet()) {
            Item got = t.read(new PrimaryKey(new AttributeValue.S(e.getKey()), null), true);
            assertEquals((long) e.getValue(), version(got), e.getKey());
        }
    }

    private static Item item(String key, long version) {
        return Item.of(Map.of("pk", new AttributeValue.S(key), "v", AttributeValue.N.of(Long.toString(version))));
    }

    private static long version(Item item) {
        return item == null ? 0 : ((AttributeValue.N) item.get("v")).value().toBigDecimal().longValueExact();
    }
}
