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
 * <p>Across a power cut of the whole engine it records the steps of {@code spec/PowerCut.tla}:
 * PowerCut, when told of the cut ({@code onPowerCut}), with every replica down and crashed and
 * its log cut to its durable prefix; then, when the engine started again from its files starts
 * the partition's new group ({@code onStart}), Restart, with the leader the start chose and its
 * epoch, and the new group's steps continue the same trace. The new group's log is read back
 * from its files: a position holds the write id recorded there only if it holds the same entry
 * (epoch, key, item), else a write id the model never sent. The start's own catch-ups are part
 * of Restart; the forces that follow it are Force steps
 * ({@code spec/trace/TracePowerCut.tla}).
 *
 * <p>Install it with {@code Cluster.setTrace} before the first write. Hooks run under their
 * group's lock; groups record independently.
 */
public final class ModelTraceRecorder implements TraceRecorder {

    private final String name;
    private final Map<PartitionGroup, PartitionTrace> traces = new IdentityHashMap<>();
    private final List<PartitionTrace> inOrder = new ArrayList<>();
    /** Groups that a power cut ended: what they report afterwards is not a step of the model. */
    private final Set<PartitionGroup> gone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The traces of groups a power cut ended, until the restarted engine's group of their partition starts. */
    private final List<PartitionTrace> awaitingStart = new ArrayList<>();

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

    /** The group's trace; null for a group a power cut ended, or one starting after it (until onStart). */
    private PartitionTrace live(PartitionGroup group) {
        PartitionTrace t = of(group);
        return t == null || t.starting ? null : t;
    }

    private synchronized PartitionTrace of(PartitionGroup group) {
        if (gone.contains(group)) {
            return null;
        }
        PartitionTrace t = traces.get(group);
        if (t == null) {
            for (PartitionTrace waiting : awaitingStart) {
                if (waiting.index == group.index()) {
                    // The restarted engine's group of a partition the power cut stopped: its
                    // start's catch-ups are part of the Restart that onStart records.
                    awaitingStart.remove(waiting);
                    waiting.starting = true;
                    traces.put(group, waiting);
                    return waiting;
                }
            }
            long same = inOrder.stream().filter(o -> o.index == group.index()).count();
            t = new PartitionTrace(name + "/p" + group.index() + (same == 0 ? "" : "#" + same), group.index());
            traces.put(group, t);
            inOrder.add(t);
        }
        return t;
    }

    @Override
    public void onAppend(PartitionGroup group, LogEntry entry) {
        PartitionTrace t = live(group);
        if (t != null) {
            t.append(group, entry);
        }
    }

    @Override
    public void onReplicate(PartitionGroup group, AvailabilityZone zone, LogEntry entry) {
        PartitionTrace t = live(group);
        if (t != null) {
            t.replicate(group, zone, entry);
        }
    }

    @Override
    public void onCatchUp(PartitionGroup group, AvailabilityZone zone) {
        PartitionTrace t = live(group);
        if (t != null) {
            t.catchUp(group, zone);
        }
    }

    @Override
    public void onFail(PartitionGroup group, AvailabilityZone zone) {
        PartitionTrace t = live(group);
        if (t != null) {
            t.record(group, "FailAZ", args("az", zone.name()));
        }
    }

    @Override
    public void onRecover(PartitionGroup group, AvailabilityZone zone) {
        PartitionTrace t = live(group);
        if (t != null) {
            t.record(group, "RecoverAZ", args("az", zone.name()));
        }
    }

    @Override
    public void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
        PartitionTrace t = live(group);
        if (t != null) {
            t.elect(group, leader, epoch);
        }
    }

    @Override
    public void onForce(PartitionGroup group, AvailabilityZone zone, long length) {
        PartitionTrace t = live(group);
        if (t != null) {
            t.record(group, "Force", args("az", zone.name(), "length", length));
        }
    }

    @Override
    public void onCrash(PartitionGroup group, AvailabilityZone zone) {
        PartitionTrace t = live(group);
        if (t != null) {
            t.record(group, "CrashAZ", args("az", zone.name()));
        }
    }

    @Override
    public void onRestart(PartitionGroup group, AvailabilityZone zone, long length) {
        PartitionTrace t = live(group);
        if (t != null) {
            t.record(group, "RestartAZ", args("az", zone.name(), "length", length));
        }
    }

    @Override
    public void onPowerCut(PartitionGroup group) {
        PartitionTrace t = live(group);
        if (t == null) {
            return;
        }
        t.powerCut(group);
        synchronized (this) {
            traces.remove(group);
            gone.add(group);
            awaitingStart.add(t);
        }
    }

    @Override
    public void onStart(PartitionGroup group) {
        PartitionTrace t = of(group);
        if (t != null && t.starting) {
            t.start(group);
        }
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
        /** The entry at each position of the group's log, to know it again after a restart. */
        final List<LogEntry> entries = new ArrayList<>();
        /** Whether the group is a restarted engine's, starting: its steps wait for onStart. */
        volatile boolean starting;
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
            entries.add(entry);
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
            entries.subList(Math.min(keep, entries.size()), entries.size()).clear();
            acknowledgedThrough = Math.min(acknowledgedThrough, keep);
            record(group, "CutToLeader", args("length", keep));
        }

        /**
         * The power went off: every replica is down and crashed, its log cut to what it forced;
         * leader, epochs and what each replica forced as they were (PowerCut.tla's PowerCut).
         */
        synchronized void powerCut(PartitionGroup group) {
            State now = state(group);
            Map<AvailabilityZone, List<Integer>> kept = new EnumMap<>(AvailabilityZone.class);
            for (AvailabilityZone z : AvailabilityZone.values()) {
                int forced = (int) Math.min(now.durable().get(z), ids.size());
                kept.put(z, List.copyOf(ids.subList(0, forced)));
            }
            steps.add(new Step("PowerCut", args(), new State(now.leader(), now.epoch(), new TreeSet<>(), kept,
                    now.replicaEpoch(), now.acknowledged(), now.durable(), new TreeSet<>(List.of(AvailabilityZone.values())))));
        }

        /**
         * The restarted engine's group started from its files (PowerCut.tla's Restart): its log is
         * the leader's, read back; a position keeps its write id only if it holds the entry
         * recorded there.
         */
        synchronized void start(PartitionGroup group) {
            starting = false;
            List<LogEntry> read = group.logSnapshot();
            int length = (int) group.logLength();
            int base = length - read.size();
            for (int i = 0; i < length; i++) {
                LogEntry e = i >= base ? read.get(i - base) : null;
                boolean same = i < ids.size() && (e == null || e.equals(entries.get(i)));
                if (!same) {
                    // Not the entry recorded here: a write the model never sent.
                    ids.subList(i, ids.size()).clear();
                    entries.subList(i, entries.size()).clear();
                    ids.add(++writes);
                    entries.add(e);
                }
            }
            ids.subList(length, ids.size()).clear();
            entries.subList(length, entries.size()).clear();
            acknowledgedThrough = Math.min(acknowledgedThrough, length);
            record(group, "Restart", args("az", group.leaderOfEpoch().name(), "epoch", group.epoch()));
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
