package io.dynaspec.engine.trace;

import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.TraceRecorder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records the whole cluster's state, in the variables of {@code spec/Transactions.tla}, after
 * every step any partition group takes, so that TLC can evaluate the model's transaction
 * properties (atomicity, commits in timestamp order, no acknowledged transaction lost) on each
 * state the engine went through ({@code spec/trace/TraceTransactions.tla}).
 *
 * <p>Entry ids number the entries every group appends, in append order, across the cluster, as
 * the model's {@code sent} numbers them; an entry keeps its id for as long as it stays in its
 * group's log. A partition is a group, named by its index and, for a second table's group with
 * the same index, {@code #n}. A transaction is numbered by its timestamp's rank, as the model
 * numbers transactions in the order they start. It starts, in the model's sense, with its first
 * PREPARE entry; it is decided (the model's ledger) when the coordinator first runs its second
 * phase at a group.
 *
 * <p>Hooks run under their group's lock and read only that group, so recording takes no lock
 * of another group; the recorder's own lock orders the states.
 */
public final class TransactionStateRecorder implements TraceRecorder {

    /**
     * One entry as the model's {@code sent} holds it.
     *
     * @param kind        Write, Prepare, Commit or Cancel
     * @param transaction the engine's transaction timestamp, 0 for a write
     * @param key         the item's partition key, as text
     */
    public record Entry(String kind, long transaction, String key) {
    }

    /**
     * The cluster's state after a step, per partition.
     *
     * @param leader       each partition's leader of the current epoch
     * @param log          each partition's replicas' logs, as entry ids
     * @param acknowledged the ids of acknowledged entries
     * @param ledger       each started transaction's state: pending, commit or cancel
     * @param participants each started transaction's items, by key
     */
    public record State(Map<String, AvailabilityZone> leader, Map<String, Map<AvailabilityZone, List<Integer>>> log, Set<Integer> acknowledged,
                        Map<Long, String> ledger, Map<Long, Set<String>> participants) {
    }

    /** What the recorder keeps of one group. */
    private static final class Group {
        final String name;
        /** The ids of the group's log, in log order. */
        final List<Integer> ids = new ArrayList<>();
        AvailabilityZone leader;
        Map<AvailabilityZone, List<Integer>> log = new EnumMap<>(AvailabilityZone.class);

        Group(String name) {
            this.name = name;
        }
    }

    private final Map<PartitionGroup, Group> groups = new IdentityHashMap<>();
    private final Map<String, Group> byName = new LinkedHashMap<>();
    private final List<Entry> sent = new ArrayList<>();
    private final Set<Integer> acknowledged = new TreeSet<>();
    private final Map<Long, String> ledger = new LinkedHashMap<>();
    private final Map<Long, Set<String>> participants = new LinkedHashMap<>();
    private final List<State> states = new ArrayList<>();

    /** The entries appended so far, id i at index i - 1. */
    public synchronized List<Entry> sent() {
        return List.copyOf(sent);
    }

    /** The states recorded so far, one after every step. */
    public synchronized List<State> states() {
        return List.copyOf(states);
    }

    @Override
    public synchronized void onAppend(PartitionGroup group, LogEntry entry) {
        Group g = of(group);
        sent.add(new Entry(kind(entry.kind()), entry.transaction(), ModelTraceRecorder.keyText(entry.key().partition())));
        int id = sent.size();
        int at = (int) entry.sequence();
        while (g.ids.size() >= at) {
            g.ids.remove(g.ids.size() - 1);
        }
        g.ids.add(id);
        if (entry.kind() == LogEntry.Kind.PREPARE) {
            ledger.putIfAbsent(entry.transaction(), "pending");
            participants.computeIfAbsent(entry.transaction(), t -> new TreeSet<>()).add(sent.get(id - 1).key());
        }
        record(group, g);
    }

    @Override
    public synchronized void onReplicate(PartitionGroup group, AvailabilityZone zone, LogEntry entry) {
        record(group, of(group));
    }

    @Override
    public synchronized void onCatchUp(PartitionGroup group, AvailabilityZone zone) {
        record(group, of(group));
    }

    @Override
    public synchronized void onAcknowledge(PartitionGroup group, LogEntry entry) {
        record(group, of(group));
    }

    @Override
    public synchronized void onFail(PartitionGroup group, AvailabilityZone zone) {
        record(group, of(group));
    }

    @Override
    public synchronized void onRecover(PartitionGroup group, AvailabilityZone zone) {
        record(group, of(group));
    }

    @Override
    public synchronized void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
        Group g = of(group);
        int keep = (int) group.logLength();
        while (g.ids.size() > keep) {
            g.ids.remove(g.ids.size() - 1);
        }
        record(group, g);
    }

    @Override
    public synchronized void onFinish(PartitionGroup group, long transaction, boolean commit) {
        if ("pending".equals(ledger.get(transaction))) {
            ledger.put(transaction, commit ? "commit" : "cancel");
        }
        record(group, of(group));
    }

    private Group of(PartitionGroup group) {
        return groups.computeIfAbsent(group, k -> {
            String base = "p" + k.index();
            String name = base;
            for (int n = 1; byName.containsKey(name); n++) {
                name = base + "#" + n;
            }
            Group g = new Group(name);
            byName.put(name, g);
            return g;
        });
    }

    /** Reads the group's state (its own lock is held) and records the whole cluster's. */
    private void record(PartitionGroup group, Group g) {
        g.leader = group.leaderOfEpoch();
        g.log = new EnumMap<>(AvailabilityZone.class);
        for (AvailabilityZone z : AvailabilityZone.values()) {
            int applied = (int) Math.min(group.replica(z).appliedSequence(), g.ids.size());
            g.log.put(z, List.copyOf(g.ids.subList(0, applied)));
        }
        long committed = Math.min(group.committedSequence(), g.ids.size());
        for (int s = 1; s <= committed; s++) {
            acknowledged.add(g.ids.get(s - 1));
        }
        Map<String, AvailabilityZone> leaders = new LinkedHashMap<>();
        Map<String, Map<AvailabilityZone, List<Integer>>> logs = new LinkedHashMap<>();
        for (Group each : byName.values()) {
            leaders.put(each.name, each.leader);
            logs.put(each.name, Map.copyOf(each.log));
        }
        Map<Long, Set<String>> parts = new LinkedHashMap<>();
        participants.forEach((t, keys) -> parts.put(t, Set.copyOf(keys)));
        states.add(new State(leaders, logs, Set.copyOf(acknowledged), Map.copyOf(ledger), parts));
    }

    private static String kind(LogEntry.Kind kind) {
        return switch (kind) {
            case WRITE -> "Write";
            case PREPARE -> "Prepare";
            case COMMIT -> "Commit";
            case CANCEL -> "Cancel";
        };
    }
}
