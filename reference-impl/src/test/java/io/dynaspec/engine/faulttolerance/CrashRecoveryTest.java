package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.StreamRecord;
import io.dynaspec.engine.cluster.StreamShard;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.storage.CrashingVolume;
import io.dynaspec.engine.cluster.storage.PowerLoss;
import io.dynaspec.engine.protocol.JsonTree;
import io.dynaspec.engine.protocol.Protocol;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The power goes off at every kind of moment — in the middle of a log append, between an append
 * and its force, while a snapshot is written or renamed, while a stream's records are appended,
 * while the transactions' ledger takes a decision, while a zone's replicas crash or restart — and
 * the whole engine restarts from what its disks kept (every replica, the catalog, the ledger and
 * the stream's files at once): every acknowledged write is there, and nothing that was never
 * written is; each acknowledged write's stream record is there exactly once, in increasing
 * sequence numbers, and the records replay to the items (Streams.html: "each stream record
 * appears exactly once"); a TransactWriteItems retried with its ClientRequestToken after the
 * restart is recognised and changes nothing (API_TransactWriteItems.html: "a subsequent call with
 * the same client token returns successfully without making any changes"). Each seed plays a
 * workload of PutItem, UpdateItem and DeleteItem (some conditional), TransactWriteItems with
 * tokens, zone failures, crashes and restarts on a {@link CrashingVolume}, through the wire
 * protocol, and then replays it with the power cut at chosen steps, the unforced part of each
 * file kept as a torn prefix or not at all.
 */
class CrashRecoveryTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    private static final int KEYS = 6;
    private static final int OPERATIONS = 40;
    /** Small, so that snapshots and new logs happen within a short workload. */
    private static final long SNAPSHOT_BYTES = 700;
    private static final int SEEDS = Integer.getInteger("crashSeeds", 100);
    private static final int CRASH_POINTS_PER_SEED = 12;

    /** What a workload did, as far as its client knows. */
    private static final class History {
        boolean tableCreated;
        boolean streamEnabled;
        /** The last acknowledged value of each key ("" for deleted or never written). */
        final Map<String, String> acknowledged = new HashMap<>();
        /** Per key, the values of writes after the last acknowledged one whose outcome is not known. */
        final Map<String, Set<String>> unknown = new HashMap<>();
        /**
         * Two-item transactions whose outcome is not known (keys, value, request): each must show
         * on both items or on neither, and one that shows is known by its token.
         */
        final List<String[]> unknownTransactions = new ArrayList<>();
        /** Every value ever sent for each key. */
        final Map<String, Set<String>> sent = new HashMap<>();
        /** The writes acknowledged to the client ("value on key"): each has exactly one stream record. */
        final Set<String> acknowledgedValues = new HashSet<>();
        /** The acknowledged TransactWriteItems requests, each with its ClientRequestToken. */
        final List<String> acknowledgedTransactions = new ArrayList<>();
        /**
         * Per partition, the latest epoch whose election finished (its leader free to take a
         * write): a start must number its own past it, entries of it on disk or not.
         */
        final Map<Integer, Long> electedEpochs = new HashMap<>();

        void send(String key, String value) {
            sent.computeIfAbsent(key, k -> new HashSet<>()).add(value);
        }

        void acknowledge(String key, String value) {
            acknowledged.put(key, value);
            unknown.remove(key);
            if (!value.isEmpty()) {
                acknowledgedValues.add(value + " on " + key);
            }
        }

        void mayHaveHappened(String key, String value) {
            unknown.computeIfAbsent(key, k -> new HashSet<>()).add(value);
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAPowerCutAtAnyStep() {
        int runs = 0;
        long writes = 0;
        long transactions = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            CrashingVolume dry = new CrashingVolume();
            History whole = play(seed, dry);
            writes += whole.acknowledgedValues.size();
            transactions += whole.acknowledgedTransactions.size();
            long steps = dry.steps();
            Random points = new Random(seed * 7919);
            for (int p = 0; p < CRASH_POINTS_PER_SEED; p++) {
                long step = 1 + points.nextInt((int) steps);
                CrashingVolume volume = new CrashingVolume();
                volume.crashAtStep(step);
                History h = play(seed, volume);
                boolean tear = points.nextBoolean();
                CrashingVolume after = volume.afterPowerLoss(new Random(seed * 31 + step), tear);
                check(h, after, "seed " + seed + ", power cut at step " + step + " of " + steps + (tear ? ", torn" : ""));
                runs++;
            }
        }
        assertTrue(runs >= 1000, "only " + runs + " crash points");
        // The workloads are not vacuous: most writes are acknowledged when the power stays on.
        assertTrue(writes >= SEEDS * 15L, "only " + writes + " writes acknowledged in " + SEEDS + " workloads");
        assertTrue(transactions >= SEEDS, "only " + transactions + " transactions acknowledged in " + SEEDS + " workloads");
    }

    @Test
    void aReplicaWhoseLogIsDamagedInTheMiddleRebuildsFromTheOthers() {
        CrashingVolume volume = new CrashingVolume();
        History h = play(3, volume);
        volume.powerOff();
        CrashingVolume after = volume.afterPowerLoss(new Random(3), false);
        // Damage the first record of replica b's log in partition 0, and lose replica c's
        // files in partition 1 entirely.
        String wal = after.names().stream().filter(n -> n.contains("/p0/b/wal-")).findFirst().orElseThrow();
        assertTrue(after.forced(wal) > 40, "the log holds several records");
        after.damage(wal, 12);
        for (String n : after.names()) {
            if (n.contains("/p1/c/")) {
                try {
                    after.delete(n);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }
        Cluster c = check(h, after, "damaged");
        List<String> notes = c.recovery().notes();
        assertTrue(notes.stream().anyMatch(n -> n.contains("partition 0 replica b: refused its files")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("partition 1 replica c: refused its files")), notes.toString());
        // The rebuilt replicas now hold everything: with the zones that kept their files down one
        // at a time, the acknowledged writes are still read.
        c.faults().failAz(AvailabilityZone.A);
        assertAcknowledged(h, c.table("Items"), "after rebuild, zone a down");
        c.faults().recoverAz(AvailabilityZone.A);
    }

    /** Plays seed's workload on the volume until it ends or the power goes off. */
    private static History play(long seed, CrashingVolume volume) {
        Random r = new Random(seed);
        History h = new History();
        Cluster cluster = new Cluster(AckRule.QUORUM, seed, 4);
        cluster.setBackground(Runnable::run);
        String inFlightKey = null;
        String inFlightValue = null;
        String[] inFlightTransaction = null;
        try {
            cluster.openData(DataDirectory.inline(volume, SNAPSHOT_BYTES));
            Table t = cluster.createTable(TableMetadata.of("Items", KEY, 2));
            h.tableCreated = true;
            t.enableStream(StreamViewType.NEW_AND_OLD_IMAGES);
            h.streamEnabled = true;
            Protocol protocol = new Protocol(cluster);
            AvailabilityZone down = null;
            boolean crashed = false;
            for (int op = 0; op < OPERATIONS; op++) {
                int kind = r.nextInt(100);
                if (kind >= 70 && kind < 78) {
                    // A transaction putting one value on two keys (often on both partitions).
                    String k1 = "k" + r.nextInt(KEYS);
                    String k2 = "k" + ((Integer.parseInt(k1.substring(1)) + 1 + r.nextInt(KEYS - 1)) % KEYS);
                    String value = "t" + seed + "-" + op;
                    h.send(k1, value);
                    h.send(k2, value);
                    String request = transaction(k1, k2, value);
                    inFlightTransaction = new String[] {k1, k2, value, request};
                    String outcome = outcome(protocol.handle(Protocol.TARGET_PREFIX + "TransactWriteItems", bytes(request)));
                    if (outcome == null) {
                        h.acknowledge(k1, value);
                        h.acknowledge(k2, value);
                        h.acknowledgedTransactions.add(request);
                    } else if (!outcome.equals("TransactionCanceledException")) {
                        h.mayHaveHappened(k1, value);
                        h.mayHaveHappened(k2, value);
                        h.unknownTransactions.add(inFlightTransaction);
                    }
                    inFlightTransaction = null;
                } else if (kind < 80) {
                    String key = "k" + r.nextInt(KEYS);
                    // PutItem, UpdateItem (SET) or DeleteItem, a third of them conditional on the
                    // value the client last saw acknowledged.
                    String operation = kind >= 70 ? "DeleteItem" : kind % 2 == 0 ? "PutItem" : "UpdateItem";
                    String value = operation.equals("DeleteItem") ? "" : "v" + seed + "-" + op;
                    String condition = r.nextInt(3) == 0 ? h.acknowledged.getOrDefault(key, "") : null;
                    h.send(key, value);
                    inFlightKey = key;
                    inFlightValue = value;
                    String outcome = outcome(protocol.handle(Protocol.TARGET_PREFIX + operation,
                            bytes(request(operation, key, value, condition))));
                    if (outcome == null) {
                        h.acknowledge(key, value);
                    } else if (!outcome.equals("ConditionalCheckFailedException")) {
                        h.mayHaveHappened(key, value);
                    }
                    inFlightKey = null;
                } else if (down == null && kind < 85) {
                    down = AvailabilityZone.values()[r.nextInt(3)];
                    crashed = false;
                    cluster.faults().failAz(down);
                } else if (down == null && kind < 92) {
                    down = AvailabilityZone.values()[r.nextInt(3)];
                    crashed = true;
                    cluster.faults().crashAz(down);
                } else if (down != null) {
                    if (crashed) {
                        cluster.faults().restartAz(down);
                    } else {
                        cluster.faults().recoverAz(down);
                    }
                    down = null;
                }
                for (PartitionGroup g : t.partitions()) {
                    h.electedEpochs.merge(g.index(), g.epoch(), Math::max);
                }
            }
        } catch (PowerLoss lost) {
            if (inFlightKey != null) {
                h.mayHaveHappened(inFlightKey, inFlightValue);
            }
            if (inFlightTransaction != null) {
                h.mayHaveHappened(inFlightTransaction[0], inFlightTransaction[2]);
                h.mayHaveHappened(inFlightTransaction[1], inFlightTransaction[2]);
                h.unknownTransactions.add(inFlightTransaction);
            }
        } catch (RuntimeException | java.io.IOException e) {
            if (!volume.isOff()) {
                throw new AssertionError("seed " + seed + ": " + e, e);
            }
            if (inFlightKey != null) {
                h.mayHaveHappened(inFlightKey, inFlightValue);
            }
            if (inFlightTransaction != null) {
                h.mayHaveHappened(inFlightTransaction[0], inFlightTransaction[2]);
                h.mayHaveHappened(inFlightTransaction[1], inFlightTransaction[2]);
                h.unknownTransactions.add(inFlightTransaction);
            }
        }
        return h;
    }

    /** A PutItem, UpdateItem or DeleteItem of the key, conditional on its value when {@code expected} is set. */
    private static String request(String operation, String key, String value, String expected) {
        StringBuilder b = new StringBuilder("{\"TableName\":\"Items\",");
        if (operation.equals("PutItem")) {
            b.append("\"Item\":{\"pk\":{\"S\":\"").append(key).append("\"},\"v\":{\"S\":\"").append(value).append("\"}}");
        } else {
            b.append("\"Key\":{\"pk\":{\"S\":\"").append(key).append("\"}}");
        }
        List<String> values = new ArrayList<>();
        if (operation.equals("UpdateItem")) {
            b.append(",\"UpdateExpression\":\"SET v = :v\"");
            values.add("\":v\":{\"S\":\"" + value + "\"}");
        }
        if (expected != null) {
            if (expected.isEmpty()) {
                b.append(",\"ConditionExpression\":\"attribute_not_exists(pk)\"");
            } else {
                b.append(",\"ConditionExpression\":\"v = :e\"");
                values.add("\":e\":{\"S\":\"" + expected + "\"}");
            }
        }
        if (!values.isEmpty()) {
            b.append(",\"ExpressionAttributeValues\":{").append(String.join(",", values)).append('}');
        }
        return b.append('}').toString();
    }

    /** A TransactWriteItems putting the value on both keys, its ClientRequestToken named after the value. */
    private static String transaction(String k1, String k2, String value) {
        return """
                {"ClientRequestToken":"token-%s","TransactItems":[
                 {"Put":{"TableName":"Items","Item":{"pk":{"S":"%s"},"v":{"S":"%s"}}}},
                 {"Put":{"TableName":"Items","Item":{"pk":{"S":"%s"},"v":{"S":"%s"}}}}]}""".formatted(value, k1, value, k2, value);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Null for a 200 answer; else the error's type, without its namespace. */
    private static String outcome(Protocol.Response response) {
        if (response.status() == 200) {
            return null;
        }
        Map<String, Object> body = JsonTree.parseObject(response.body());
        String type = String.valueOf(body.get("__type"));
        type = type.substring(type.indexOf('#') + 1);
        if (response.status() == 400 && !type.equals("ConditionalCheckFailedException") && !type.equals("TransactionCanceledException")) {
            // Only faults may fail a request (500): the workload's requests are all valid.
            throw new AssertionError("a request was refused: " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return type;
    }

    private static Cluster check(History h, CrashingVolume volume, String where) {
        Cluster c = new Cluster(AckRule.QUORUM, 1, 4);
        try {
            c.openData(DataDirectory.inline(volume, SNAPSHOT_BYTES));
        } catch (Exception e) {
            throw new AssertionError(where + ": recovery failed: " + e, e);
        }
        Table t = c.table("Items");
        if (!h.tableCreated) {
            return c;
        }
        assertNotNull(t, where + ": the table CreateTable acknowledged is gone");
        assertAcknowledged(h, t, where);
        // An epoch number names one leader across runs: the start's is past every epoch elected before.
        for (PartitionGroup g : t.partitions()) {
            long before = h.electedEpochs.getOrDefault(g.index(), 1L);
            assertTrue(g.epoch() > before, where + ": partition " + g.index() + " restarted in epoch " + g.epoch()
                    + ", which an earlier leader may have held (elected up to " + before + ")");
        }
        // Nothing is present that was never written.
        for (PartitionGroup g : t.partitions()) {
            List<Item> items = g.readItems(true, view -> {
                List<Item> all = new ArrayList<>();
                view.partitionKeysFrom(null, true).forEachRemaining(k -> all.addAll(view.collection(k.value()).values()));
                return all;
            });
            for (Item item : items) {
                String key = ((AttributeValue.S) item.get("pk")).value();
                assertTrue(h.sent.getOrDefault(key, Set.of()).contains(valueOf(item)),
                        where + ": " + key + " holds " + valueOf(item) + ", which was never written");
            }
        }
        // A transaction is all or nothing, and none holds its items after the restart.
        List<String> committed = new ArrayList<>(h.acknowledgedTransactions);
        for (String[] tx : h.unknownTransactions) {
            String v1 = valueOf(t.read(new PrimaryKey(new AttributeValue.S(tx[0]), null), true));
            String v2 = valueOf(t.read(new PrimaryKey(new AttributeValue.S(tx[1]), null), true));
            if (v1.equals(tx[2]) || v2.equals(tx[2])) {
                // Its client never heard, but it committed: its token was kept with the decision.
                committed.add(tx[3]);
            }
            boolean laterWrite = h.acknowledged.containsKey(tx[0]) && !h.unknown.getOrDefault(tx[0], Set.of()).contains(tx[2])
                    || h.acknowledged.containsKey(tx[1]) && !h.unknown.getOrDefault(tx[1], Set.of()).contains(tx[2]);
            if (!laterWrite) {
                assertEquals(v1.equals(tx[2]), v2.equals(tx[2]), where + ": transaction " + tx[2] + " shows on " + tx[0] + " ('" + v1
                        + "') and " + tx[1] + " ('" + v2 + "') unequally");
            }
        }
        for (PartitionGroup g : t.partitions()) {
            if (g.leaderZone() != null) {
                assertEquals(0, g.replica(g.leaderZone()).preparedCount(), where + ": items still prepared after the restart");
            }
        }
        if (h.streamEnabled) {
            assertStream(h, t, where);
        }
        // Each committed transaction retried with its token: recognised, nothing written.
        Protocol protocol = new Protocol(c);
        for (String request : committed) {
            long[] before = logLengths(t);
            Protocol.Response again = protocol.handle(Protocol.TARGET_PREFIX + "TransactWriteItems", bytes(request));
            assertEquals(200, again.status(), where + ": a retry of a committed transaction with its token: "
                    + new String(again.body(), StandardCharsets.UTF_8) + "\n" + request);
            assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(logLengths(t)),
                    where + ": a retry of a committed transaction with its token wrote again\n" + request);
        }
        // The engine takes writes again, and keeps them through another restart.
        t.write(new PrimaryKey(new AttributeValue.S("after"), null), Precondition.NONE, Mutation.put(item("after", "x")));
        return c;
    }

    /**
     * The stream after the restart: in each shard sequence numbers increase; each acknowledged
     * write's record is there exactly once, a write of unknown outcome's at most once, and none
     * of a value never sent; replayed in order, the records give each item as it is read now.
     */
    private static void assertStream(History h, Table t, String where) {
        assertNotNull(t.stream(), where + ": the stream is gone");
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> replayed = new HashMap<>();
        for (StreamShard shard : t.stream().shards()) {
            long last = 0;
            for (StreamRecord r : shard.recordsFrom(0, Integer.MAX_VALUE)) {
                assertTrue(r.sequence() > last, where + ": shard " + shard.id() + " has sequence " + r.sequence() + " after " + last);
                last = r.sequence();
                String key = ((AttributeValue.S) r.key().partition()).value();
                String value = valueOf(r.newImage());
                replayed.put(key, value);
                if (!value.isEmpty()) {
                    assertTrue(h.sent.getOrDefault(key, Set.of()).contains(value),
                            where + ": a record of " + key + " shows " + value + ", which was never written");
                    seen.merge(value + " on " + key, 1, Integer::sum);
                }
            }
        }
        seen.forEach((write, n) -> assertEquals(1, n, where + ": the record of " + write + " appears " + n + " times"));
        for (String write : h.acknowledgedValues) {
            assertTrue(seen.containsKey(write), where + ": the acknowledged write of " + write + " has no stream record");
        }
        for (int k = 0; k < KEYS; k++) {
            String key = "k" + k;
            String got = valueOf(t.read(new PrimaryKey(new AttributeValue.S(key), null), true));
            assertEquals(got, replayed.getOrDefault(key, ""), where + ": the stream's records of " + key + " replay to another item");
        }
    }

    private static long[] logLengths(Table t) {
        return t.partitions().stream().mapToLong(PartitionGroup::logLength).toArray();
    }

    private static void assertAcknowledged(History h, Table t, String where) {
        for (int k = 0; k < KEYS; k++) {
            String key = "k" + k;
            String got = valueOf(t.read(new PrimaryKey(new AttributeValue.S(key), null), true));
            String acked = h.acknowledged.getOrDefault(key, "");
            Set<String> allowed = new HashSet<>(h.unknown.getOrDefault(key, Set.of()));
            allowed.add(acked);
            if (!allowed.contains(got)) {
                fail(where + ": " + key + " reads '" + got + "', expected the acknowledged '" + acked + "'"
                        + (allowed.size() > 1 ? " or one of " + allowed : ""));
            }
        }
    }

    private static Item item(String key, String value) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("pk", new AttributeValue.S(key));
        m.put("v", new AttributeValue.S(value));
        return Item.of(m);
    }

    private static String valueOf(Item item) {
        return item == null ? "" : ((AttributeValue.S) item.get("v")).value();
    }
}
