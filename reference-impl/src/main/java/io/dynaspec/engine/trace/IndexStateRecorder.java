package io.dynaspec.engine.trace;

import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.GlobalIndex;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Records one table's state, in the variables of {@code spec/Indexes.tla} that its global
 * secondary index properties read, after every acknowledgement on the table and every step of
 * one of its global indexes: the acknowledged writes ({@code acknowledged}) and, per base item,
 * the index's entry and the version it came from ({@code gsi}, {@code gsiVersion}), so that TLC
 * can evaluate IndexShowsOnlyAcknowledgedWrites and IndexNeverGoesBack on each state the engine
 * went through ({@code spec/trace/TraceIndexes.tla}).
 *
 * <p>Write ids number the entries the table's partition groups append, in append order, as the
 * model's {@code sent} numbers writes; an entry keeps its id while it stays in its group's log.
 * An index step names the entry it applied, whose id is its version; a backfill step applies an
 * item as its partition's acknowledged state held it, whose version is the last acknowledged
 * write on the item's key. One index is followed: the first whose step is seen.
 */
public final class IndexStateRecorder implements TraceRecorder {

    /**
     * The table's state after a step.
     *
     * @param acknowledged the ids of acknowledged writes
     * @param inIndex      per base item key (as text) the index has applied a write to, whether it holds an entry
     * @param version      per such key, the id of the last write the index applied
     */
    public record State(Set<Integer> acknowledged, Map<String, Boolean> inIndex, Map<String, Integer> version) {
    }

    /** The ids of one base group's log, in log order. */
    private final Map<PartitionGroup, List<Integer>> ids = new IdentityHashMap<>();
    private final Table table;
    /** The key, as text, of each write id: id i at index i - 1. */
    private final List<String> sent = new ArrayList<>();
    private final Set<Integer> acknowledged = new TreeSet<>();
    /** The last acknowledged write on each key. */
    private final Map<String, Integer> lastAcknowledged = new TreeMap<>();
    private final Map<String, Boolean> inIndex = new TreeMap<>();
    private final Map<String, Integer> version = new TreeMap<>();
    private final List<State> states = new ArrayList<>();
    private GlobalIndex followed;
    private int backfilled;

    /** Follows {@code table}'s partition groups and one of its global indexes. */
    public IndexStateRecorder(Table table) {
        this.table = table;
        for (PartitionGroup g : table.partitions()) {
            ids.put(g, new ArrayList<>());
        }
    }

    /** The key of every write appended so far, id i at index i - 1. */
    public synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    /** How many items the followed index's backfill applied. */
    public synchronized int backfilled() {
        return backfilled;
    }

    /** The states recorded so far. */
    public synchronized List<State> states() {
        return List.copyOf(states);
    }

    @Override
    public synchronized void onAppend(PartitionGroup group, LogEntry entry) {
        List<Integer> log = ids.get(group);
        if (log == null) {
            return;
        }
        sent.add(ModelTraceRecorder.keyText(entry.key().partition()));
        while (log.size() >= entry.sequence()) {
            log.remove(log.size() - 1);
        }
        log.add(sent.size());
    }

    @Override
    public synchronized void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
        List<Integer> log = ids.get(group);
        if (log != null) {
            while (log.size() > group.logLength()) {
                log.remove(log.size() - 1);
            }
        }
    }

    @Override
    public synchronized void onAcknowledge(PartitionGroup group, LogEntry entry) {
        if (ids.containsKey(group) && acknowledge(List.of(group))) {
            record();
        }
    }

    @Override
    public synchronized void onIndexApply(GlobalIndex index, PrimaryKey key, LogEntry entry, boolean present) {
        if (followed == null) {
            followed = index;
        }
        if (index != followed) {
            return;
        }
        acknowledge(ids.keySet());
        String k = ModelTraceRecorder.keyText(key.partition());
        int id = entry == null ? lastAcknowledged.getOrDefault(k, 0) : ids.get(table.partitionFor(key)).get((int) entry.sequence() - 1);
        if (entry == null) {
            backfilled++;
        }
        inIndex.put(k, present);
        version.put(k, id);
        record();
    }

    /**
     * Takes in the groups' acknowledged prefixes; returns whether they grew. A hook under a
     * group's lock reads only that group, so that recording takes no lock of another group.
     */
    private boolean acknowledge(Iterable<PartitionGroup> groups) {
        boolean grew = false;
        for (PartitionGroup g : groups) {
            List<Integer> log = ids.get(g);
            long committed = Math.min(g.committedSequence(), log.size());
            for (int s = 1; s <= committed; s++) {
                int id = log.get(s - 1);
                if (acknowledged.add(id)) {
                    grew = true;
                    lastAcknowledged.merge(sent.get(id - 1), id, Math::max);
                }
            }
        }
        return grew;
    }

    private void record() {
        states.add(new State(Set.copyOf(acknowledged), Map.copyOf(inIndex), Map.copyOf(version)));
    }
}
