package io.dynaspec.engine.trace;

import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.value.AttributeValue;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records, per partition group, the steps of the model ({@code spec/WritePath.tla}) the group
 * takes — the spec's action names and arguments — and the model-level state after each: the
 * leader of the current epoch, the epoch, the AZs that are up, each replica's log as the ids of
 * its writes, each replica's joined epoch ({@code replicaEpoch}) and the acknowledged writes.
 *
 * <p>Write ids number a group's appended writes from 1, as the model numbers a partition's
 * writes. A write is acknowledged, in the model's sense, when the commit point passes it; the
 * recorder reads the commit point after every step and records one Acknowledge step per write
 * it passed, in log order. An election is recorded as the model's ElectLeader followed by
 * CutToLeader, the engine's addition: the election cuts, on every replica, the entries past the
 * new leader's log (spec/trace/README.md says why that refines the model).
 *
 * <p>A group whose replicas are kept in files also records the steps of
 * {@code spec/Durability.tla}: Force (a replica's log forced further), CrashAZ and RestartAZ
 * (Durability's RecoverAZ of a crashed zone), and in every state each replica's durable prefix
 * and the crashed zones; a crashed replica's log is its durable prefix, what it kept
 * ({@code spec/trace/TraceDurability.tla}).
 *
 * <p>Install it with {@code Cluster.setTrace} before the first write. Hooks run under their
 * group's lock; groups record independently.
 */
public final class ModelTraceRecorder implements TraceRecorder {

    private final String name;
    private final Map<PartitionGroup, PartitionTrace> traces = new IdentityHashMap<>();
    private final List<PartitionTrace> inOrder = new ArrayList<>();

    /** @param name the run's name: each partition's trace is named {@code name/p<index>} */
    public ModelTraceRecorder(String name) {
        this.name = name;
    }

    /** One model step and the state after it. */
    public record Step(String action, Map<String, Object> args, State state) {
    }

    /**
     * The model-level state of one partition.
     *
     * @param leader       the leader of the current epoch, up or not
     * @param epoch        the current epoch
     * @param up           the AZs whose replica is up
     * @param log          each replica's log, as write ids
     * @param replicaEpoch each replica's joined epoch
     * @param acknowledged the ids of the writes acknowledged so far
     * @param durable      when the group keeps its replicas in files: how many entries of its log
     *                     each replica holds forced (spec/Durability.tla's {@code durable});
     *                     null in memory
     * @param crashed      when in files: the AZs whose replica crashed and has not restarted
     *                     (Durability's {@code crashed}); null in memory
     */
    public record State(AvailabilityZone leader, long epoch, Set<AvailabilityZone> up,
                        Map<AvailabilityZone, List<Integer>> log, Map<AvailabilityZone, Long> replicaEpoch,
                        Set<Integer> acknowledged, Map<AvailabilityZone, Long> durable, Set<AvailabilityZone> crashed) {
    }

    /** One partition's trace. */
    public record Trace(String name, List<Step> steps) {
    }

    /** The traces recorded so far, one per partition group, in the order the groups first acted. */
    public synchronized List<Trace> traces() {
        List<Trace> all = new ArrayList<>();
        for (PartitionTrace t : inOrder) {
            synchronized (t) {
                all.add(new Trace(t.name, List.copyOf(t.steps)));
            }
        }
        return all;
    }

    /** Writes every trace as JSON Lines: one step a line, with its trace's name and its number. */
    public void writeJsonLines(Writer out) throws IOException {
        for (Trace t : traces()) {
            int n = 0;
            for (Step s : t.steps()) {
                out.write(TraceJson.line(t.name(), ++n, s));
                out.write('\n');
            }
        }
    }

    private synchronized PartitionTrace of(PartitionGroup group) {
        PartitionTrace t = traces.get(group);
        if (t == null) {
            long same = inOrder.stream().filter(o -> o.index == group.index()).count();
            t = new PartitionTrace(name + "/p" + group.index() + (same == 0 ? "" : "#" + same), group.index());
            traces.put(group, t);
            inOrder.add(t);
        }
        return t;
    }

    @Override
    public void onAppend(PartitionGroup group, LogEntry entry) {
        of(group).append(group, entry);
    }

    @Override
    public void onReplicate(PartitionGroup group, AvailabilityZone zone, LogEntry entry) {
        of(group).replicate(group, zone, entry);
    }

    @Override
    public void onCatchUp(PartitionGroup group, AvailabilityZone zone) {
        of(group).catchUp(group, zone);
    }

    @Override
    public void onFail(PartitionGroup group, AvailabilityZone zone) {
        of(group).record(group, "FailAZ", args("az", zone.name()));
    }

    @Override
    public void onRecover(PartitionGroup group, AvailabilityZone zone) {
        of(group).record(group, "RecoverAZ", args("az", zone.name()));
    }

    @Override
    public void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
        of(group).elect(group, leader, epoch);
    }

    @Override
    public void onForce(PartitionGroup group, AvailabilityZone zone, long length) {
        of(group).record(group, "Force", args("az", zone.name(), "length", length));
    }

    @Override
    public void onCrash(PartitionGroup group, AvailabilityZone zone) {
        of(group).record(group, "CrashAZ", args("az", zone.name()));
    }

    @Override
    public void onRestart(PartitionGroup group, AvailabilityZone zone, long length) {
        of(group).record(group, "RestartAZ", args("az", zone.name(), "length", length));
    }

    private static Map<String, Object> args(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** What the recorder knows of one group: its log as write ids, and the steps so far. */
    /** A partition key as the traces name it: a string's text, a number's digits. */
    static String keyText(AttributeValue v) {
        return PartitionTrace.keyText(v);
    }

    private static final class PartitionTrace {
        final String name;
        final int index;
        final List<Step> steps = new ArrayList<>();
        /** The write id at each position of the group's log. */
        final List<Integer> ids = new ArrayList<>();
        final Set<Integer> acknowledged = new TreeSet<>();
        /** Sort keys as the model's natural numbers, in order of first appearance. */
        final Map<AttributeValue, Integer> sortKeys = new HashMap<>();
        long acknowledgedThrough;
        int writes;

        PartitionTrace(String name, int index) {
            this.name = name;
            this.index = index;
        }

        synchronized void append(PartitionGroup group, LogEntry entry) {
            int id = ++writes;
            ids.add(id);
            String pk = keyText(entry.key().partition());
            int sk = entry.key().sort() == null ? 0 : sortKeys.computeIfAbsent(entry.key().sort(), k -> sortKeys.size());
            record(group, entry.item() == null ? "DeleteItem" : "PutItem", args("key", pk, "sort", sk, "write", id));
        }

        synchronized void replicate(PartitionGroup group, AvailabilityZone zone, LogEntry entry) {
            int at = (int) entry.sequence();
            record(group, "Replicate", args("az", zone.name(), "write", ids.get(at - 1), "index", at));
        }

        synchronized void catchUp(PartitionGroup group, AvailabilityZone zone) {
            record(group, "CatchUp", args("az", zone.name(), "length", ids.size()));
        }

        synchronized void elect(PartitionGroup group, AvailabilityZone leader, long epoch) {
            State before = steps.isEmpty() ? null : steps.get(steps.size() - 1).state();
            State now = state(group);
            // The model's ElectLeader changes no log: the logs before the election's cut.
            Map<AvailabilityZone, List<Integer>> uncut = before == null ? now.log() : before.log();
            // Nor does it change what is forced: the durable prefixes before the cut too.
            Map<AvailabilityZone, Long> uncutDurable = before == null ? now.durable() : before.durable();
            steps.add(new Step("ElectLeader", args("az", leader.name(), "epoch", epoch),
                    new State(now.leader(), now.epoch(), now.up(), uncut, now.replicaEpoch(), now.acknowledged(),
                            uncutDurable, now.crashed())));
            int keep = (int) group.logLength();
            ids.subList(keep, ids.size()).clear();
            acknowledgedThrough = Math.min(acknowledgedThrough, keep);
            record(group, "CutToLeader", args("length", keep));
        }

        /** Records the step, then one Acknowledge step per write the commit point passed. */
        synchronized void record(PartitionGroup group, String action, Map<String, Object> args) {
            steps.add(new Step(action, args, state(group)));
            long committed = group.committedSequence();
            for (long s = acknowledgedThrough + 1; s <= committed; s++) {
                int id = ids.get((int) s - 1);
                if (acknowledged.add(id)) {
                    steps.add(new Step("Acknowledge", args("write", id, "index", s), state(group)));
                }
            }
            acknowledgedThrough = Math.max(acknowledgedThrough, committed);
        }

        State state(PartitionGroup group) {
            Set<AvailabilityZone> up = new TreeSet<>();
            Map<AvailabilityZone, List<Integer>> log = new EnumMap<>(AvailabilityZone.class);
            Map<AvailabilityZone, Long> joined = new EnumMap<>(AvailabilityZone.class);
            boolean onDisk = group.onDisk();
            Map<AvailabilityZone, Long> durable = onDisk ? new EnumMap<>(AvailabilityZone.class) : null;
            Set<AvailabilityZone> crashed = onDisk ? new TreeSet<>() : null;
            for (AvailabilityZone z : AvailabilityZone.values()) {
                if (group.replica(z).isUp()) {
                    up.add(z);
                }
                long held = group.replica(z).appliedSequence();
                if (onDisk) {
                    long forced = group.durablePrefix(z);
                    durable.put(z, forced);
                    if (group.isCrashed(z)) {
                        // Its process is gone: what it held in memory is lost, the forced prefix kept.
                        crashed.add(z);
                        held = forced;
                    }
                }
                int applied = (int) Math.min(held, ids.size());
                log.put(z, List.copyOf(ids.subList(0, applied)));
                joined.put(z, group.joinedEpoch(z));
            }
            return new State(group.leaderOfEpoch(), group.epoch(), up, log, joined, new TreeSet<>(acknowledged),
                    durable, crashed);
        }

        static String keyText(AttributeValue v) {
            if (v instanceof AttributeValue.S s) {
                return s.value();
            }
            if (v instanceof AttributeValue.N n) {
                return n.value().toString();
            }
            return v.toString();
        }
    }
}
