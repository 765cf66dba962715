package io.dynaspec.runner.targets;

import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.ForwardingTraceRecorder;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Replica;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.cluster.TransactionCoordinator;
import io.dynaspec.engine.trace.ModelTraceRecorder;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The reference engine's cluster seen through {@link Cluster}: its own classes, in the seed's words. */
final class ReferenceCluster implements Cluster {

    /** Attempts to move a leader by failing and recovering its zone before giving up. */
    private static final int LEADER_MOVES = 3;

    /** A bound on waiting for a write to reach its leader, so that a broken engine fails rather than hangs. */
    private static final long APPEND_TIMEOUT_SECONDS = 10;

    private final io.dynaspec.engine.cluster.Cluster engine;

    /** The model-level recording in progress, or null. */
    private ModelTraceRecorder recording;

    ReferenceCluster(io.dynaspec.engine.cluster.Cluster engine) {
        this.engine = engine;
    }

    @Override
    public List<String> replicaZones(String table, Map<String, AttributeValue> key) {
        PartitionGroup group = group(table, key);
        return Arrays.stream(AvailabilityZone.values()).map(z -> group.replica(z).zone().label()).toList();
    }

    @Override
    public String leaderZone(String table, Map<String, AttributeValue> key) {
        AvailabilityZone zone = group(table, key).leaderZone();
        return zone == null ? "none" : zone.label();
    }

    /**
     * The engine elects leaders only on failure, so leadership moves by failing the leader's
     * zone and recovering it; every replica is caught up in between, so nothing is lost.
     */
    @Override
    public void placeLeader(String table, Map<String, AttributeValue> key, String zone) {
        PartitionGroup group = group(table, key);
        for (int i = 0; i < LEADER_MOVES && group.leaderZone() != AvailabilityZone.parse(zone); i++) {
            AvailabilityZone current = group.leaderZone();
            engine.faults().failAz(current);
            engine.faults().recoverAz(current);
        }
        if (group.leaderZone() != AvailabilityZone.parse(zone)) {
            throw new IllegalStateException("the engine did not move the leader to AZ " + zone);
        }
    }

    @Override
    public String partitionOf(String table, Map<String, AttributeValue> key) {
        return "partition-" + group(table, key).index();
    }

    @Override
    public List<Map<String, AttributeValue>> itemsOn(String table, String partition, String zone) {
        int index = Integer.parseInt(partition.substring("partition-".length()));
        Replica replica = table(table).partitions().get(index).replica(AvailabilityZone.parse(zone));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Iterator<io.dynaspec.engine.value.AttributeValue> keys = replica.partitionKeys(); keys.hasNext(); ) {
            replica.collection(keys.next()).values().forEach(item -> items.add(toSdk(item)));
        }
        return items;
    }

    @Override
    public Optional<Map<String, AttributeValue>> readFromReplica(String zone, String table,
            Map<String, AttributeValue> key) {
        Table t = table(table);
        Replica replica = group(table, key).replica(AvailabilityZone.parse(zone));
        Item item = replica.get(t.keySchema().keyOfKeyParameter(toEngine(key)));
        return Optional.ofNullable(item).map(ReferenceCluster::toSdk);
    }

    @Override
    public long lag(String zone, String table, Map<String, AttributeValue> key) {
        PartitionGroup group = group(table, key);
        return group.logLength() - group.replica(AvailabilityZone.parse(zone)).appliedSequence();
    }

    @Override
    public void failZone(String zone) {
        engine.faults().failAz(AvailabilityZone.parse(zone));
    }

    @Override
    public void recoverZone(String zone) {
        engine.faults().recoverAz(AvailabilityZone.parse(zone));
    }

    /**
     * Event-driven: the engine's trace tells when the leader appends; no polling, no sleeping.
     * The watcher passes every step on to the recorder it stands in for, so that a trace being
     * recorded meanwhile misses none.
     */
    @Override
    public void awaitLeaderAppend(String table, Map<String, AttributeValue> key, Runnable start) {
        PartitionGroup group = group(table, key);
        CountDownLatch appended = new CountDownLatch(1);
        TraceRecorder previous = engine.trace();
        engine.setTrace(new ForwardingTraceRecorder(previous) {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                super.onAppend(g, entry);
                if (g == group) {
                    appended.countDown();
                }
            }
        });
        try {
            start.run();
            if (!appended.await(APPEND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the leader did not append the write within " + APPEND_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the write", e);
        } finally {
            engine.setTrace(previous);
        }
    }

    @Override
    public void holdReplication(String zone) {
        engine.scheduler().hold(AvailabilityZone.parse(zone));
    }

    @Override
    public void deliverReplication() {
        for (AvailabilityZone zone : engine.scheduler().heldZones()) {
            engine.scheduler().release(zone);
        }
    }

    @Override
    public void holdTransactions() {
        engine.transactions().holdBetweenPhases();
    }

    @Override
    public void releaseTransactions() {
        engine.transactions().releaseBetweenPhases();
    }

    @Override
    public void failCoordinator(String point) {
        engine.faults().failCoordinator(switch (point) {
            case "prepare" -> TransactionCoordinator.FailurePoint.AFTER_PREPARE;
            case "decision" -> TransactionCoordinator.FailurePoint.AFTER_DECIDE;
            default -> throw new IllegalArgumentException("no coordinator failure point " + point + " (prepare or decision)");
        });
    }

    @Override
    public void recoverCoordinator() {
        engine.faults().recoverCoordinator();
    }

    @Override
    public void awaitHeldTransaction(Runnable start) {
        int before = engine.transactions().heldBetweenPhases();
        start.run();
        try {
            if (!engine.transactions().awaitHeld(before + 1, APPEND_TIMEOUT_SECONDS * 1000)) {
                throw new AssertionError("the transaction was not held between its phases within " + APPEND_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void advanceClock(java.time.Duration by) {
        engine.advanceClock(by.toMillis());
    }

    @Override
    public long clockMillis() {
        return engine.clock().millis();
    }

    @Override
    public void sweepExpiredItems() {
        engine.sweepExpiredItems();
    }

    @Override
    public void rollStreamShards(String table) {
        io.dynaspec.engine.cluster.Table t = engine.table(table);
        if (t == null || t.stream() == null) {
            throw new IllegalArgumentException("table " + table + " has no stream");
        }
        t.stream().rollOver();
    }

    @Override
    public void holdIndex(String table, String index) {
        globalIndex(table, index).hold();
    }

    @Override
    public void releaseIndex(String table, String index) {
        globalIndex(table, index).release();
    }

    @Override
    public void holdIndexBeforeCreation(String table, String index) {
        engine.faults().holdIndexBeforeCreation(table, index);
    }

    private io.dynaspec.engine.cluster.GlobalIndex globalIndex(String table, String index) {
        io.dynaspec.engine.cluster.Table t = engine.table(table);
        io.dynaspec.engine.cluster.GlobalIndex g = t == null ? null : t.globalIndex(index);
        if (g == null) {
            throw new IllegalArgumentException("table " + table + " has no global secondary index " + index);
        }
        return g;
    }

    @Override
    public void heal() {
        engine.faults().failCoordinator(null);
        releaseTransactions();
        deliverReplication();
        for (AvailabilityZone zone : engine.faults().failedZones()) {
            engine.faults().recoverAz(zone);
        }
        engine.faults().recoverCoordinator();
    }

    @Override
    public void startModelTrace(String name) {
        recording = new ModelTraceRecorder(name);
        engine.setTrace(recording);
    }

    @Override
    public int finishModelTrace(Writer out) throws IOException {
        if (recording == null) {
            throw new IllegalStateException("no model trace is being recorded");
        }
        engine.setTrace(TraceRecorder.OFF);
        ModelTraceRecorder finished = recording;
        recording = null;
        finished.writeJsonLines(out);
        return finished.traces().stream().mapToInt(t -> t.steps().size()).sum();
    }

    private Table table(String name) {
        Table t = engine.table(name);
        if (t == null) {
            throw new IllegalArgumentException("the engine has no table " + name);
        }
        return t;
    }

    /** The partition group holding the key's partition key value; the sort key plays no part. */
    private PartitionGroup group(String table, Map<String, AttributeValue> key) {
        Table t = table(table);
        AttributeValue partitionValue = key.get(t.keySchema().partitionName());
        if (partitionValue == null) {
            throw new IllegalArgumentException("key lacks the partition key " + t.keySchema().partitionName());
        }
        return t.partitionFor(new PrimaryKey(toEngine(partitionValue), null));
    }

    private static Map<String, io.dynaspec.engine.value.AttributeValue> toEngine(Map<String, AttributeValue> item) {
        Map<String, io.dynaspec.engine.value.AttributeValue> out = new LinkedHashMap<>();
        item.forEach((k, v) -> out.put(k, toEngine(v)));
        return out;
    }

    private static io.dynaspec.engine.value.AttributeValue toEngine(AttributeValue v) {
        return switch (v.type()) {
            case S -> new io.dynaspec.engine.value.AttributeValue.S(v.s());
            case N -> new io.dynaspec.engine.value.AttributeValue.N(DynamoNumber.parse(v.n()));
            case B -> new io.dynaspec.engine.value.AttributeValue.B(Bytes.copyOf(v.b().asByteArray()));
            case BOOL -> io.dynaspec.engine.value.AttributeValue.Bool.of(v.bool());
            case NUL -> new io.dynaspec.engine.value.AttributeValue.Null();
            case SS -> new io.dynaspec.engine.value.AttributeValue.SS(new LinkedHashSet<>(v.ss()));
            case NS -> new io.dynaspec.engine.value.AttributeValue.NS(new LinkedHashSet<>(
                    v.ns().stream().map(DynamoNumber::parse).toList()));
            case BS -> new io.dynaspec.engine.value.AttributeValue.BS(new LinkedHashSet<>(
                    v.bs().stream().map(b -> Bytes.copyOf(b.asByteArray())).toList()));
            case M -> new io.dynaspec.engine.value.AttributeValue.M(toEngine(v.m()));
            case L -> new io.dynaspec.engine.value.AttributeValue.L(v.l().stream().map(ReferenceCluster::toEngine).toList());
            default -> throw new IllegalArgumentException("unknown attribute value " + v);
        };
    }

    private static Map<String, AttributeValue> toSdk(Item item) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        item.attributes().forEach((k, v) -> out.put(k, toSdk(v)));
        return out;
    }

    private static AttributeValue toSdk(io.dynaspec.engine.value.AttributeValue v) {
        if (v instanceof io.dynaspec.engine.value.AttributeValue.S s) {
            return AttributeValue.fromS(s.value());
        } else if (v instanceof io.dynaspec.engine.value.AttributeValue.N n) {
            return AttributeValue.fromN(n.value().toString());
        } else if (v instanceof io.dynaspec.engine.value.AttributeValue.B b) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(b.value().toArray()));
        } else if (v instanceof io.dynaspec.engine.value.AttributeValue.Bool b) {
            return AttributeValue.fromBool(b.value());
        } else if (v instanceof io.dynaspec.engine.value.AttributeValue.Null) {
            return AttributeValue.fromNul(true);
        } else if (v instanceof io.dynaspec.engine.value.AttributeValue.SS ss) {
            return AttributeValue.fromSs(List.copyOf(ss.values()));
        } else if (v instanceof io.dynaspec.engine.value.AttributeValue.NS ns) {
            return AttributeValue.fromNs(ns.values().stream().map(DynamoNumber::toString).toList());
        } else if (v instanceof io.dynaspec.engine.value.AttributeValue.BS bs) {
            return AttributeValue.fromBs(bs.values().stream().map(b -> SdkBytes.fromByteArray(b.toArray())).toList());
        } else if (v instanceof io.dynaspec.engine.value.AttributeValue.M m) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            m.values().forEach((k, x) -> out.put(k, toSdk(x)));
            return AttributeValue.fromM(out);
        } else if (v instanceof io.dynaspec.engine.value.AttributeValue.L l) {
            return AttributeValue.fromL(l.values().stream().map(ReferenceCluster::toSdk).toList());
        }
        throw new IllegalArgumentException("unknown attribute value " + v);
    }
}
