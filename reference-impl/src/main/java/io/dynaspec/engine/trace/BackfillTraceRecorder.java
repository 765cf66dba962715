package io.dynaspec.engine.trace;

import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.GlobalIndex;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Records the steps of one table and the backfill of one of its global secondary indexes as
 * the actions of {@code spec/IndexBackfill.tla}, each with the state it leaves in that model's
 * variables, so that TLC can follow the engine's run with the model's actions
 * ({@code spec/trace/TraceIndexBackfill.tla}).
 *
 * <p>The write path is projected on each partition's leader's log: a write the leader appends is
 * the model's PutItem or DeleteItem (without a condition), an acknowledgement its Acknowledge of
 * the next entry, and an election that cuts the log a cut to the new leader's length. The index's
 * steps are the model's own: CreateIndex ({@link TraceRecorder#onBackfillStart}), BackfillRead
 * ({@link TraceRecorder#onBackfillRead}), BackfillCopy ({@link TraceRecorder#onIndexApply} without
 * an entry), Activate ({@link TraceRecorder#onIndexActive}) and Propagate ({@code onIndexApply}
 * with the entry).
 *
 * <p>The model's index key is the item's value: every item the table holds must have the
 * index's partition key attribute, {@code valueAttribute}, a string (the model's index is not
 * sparse). Write ids number the entries the table's groups append, in append order, as the
 * model's {@code sent} numbers writes; a copied item's version is the id of the last write on its
 * key in the committed prefix its partition's read covered.
 */
public final class BackfillTraceRecorder implements TraceRecorder {

    /** An entry of the index, or one the backfill owes it: the item's value and the write it came from. */
    public record Entry(String key, String value, int version) {
    }

    /**
     * The model's variables after a step.
     *
     * @param log          per partition, the ids of its leader's log
     * @param acknowledged the ids of acknowledged writes
     * @param gsi          per base item key holding an index entry, that entry
     * @param gsiVersion   per base item key the index applied a write to, the id of the last one
     * @param fed          per partition, how many entries of its log the index reflects
     * @param status       NONE, CREATING or ACTIVE
     * @param read         the partitions the backfill has read
     * @param owed         the entries the backfill read and has not copied yet
     * @param propagated   per base item key, the id of the last write propagation applied to it
     */
    public record State(Map<String, List<Integer>> log, Set<Integer> acknowledged, Map<String, Entry> gsi,
            Map<String, Integer> gsiVersion, Map<String, Integer> fed, String status, Set<String> read,
            Set<Entry> owed, Map<String, Integer> propagated) {
    }

    /**
     * A step: the model's action and its arguments (unused ones empty or 0), and the state after.
     *
     * @param action the model's action: PutItem, DeleteItem, Acknowledge, Cut, CreateIndex,
     *               BackfillRead, BackfillCopy, Activate or Propagate
     * @param partition the partition it acts on, or empty
     * @param key    the base item's key, or empty
     * @param value  the item's value, or empty
     * @param write  the write id it names, or 0
     * @param length a log position: the read's committed length, the propagated entry's index, the cut's length; or 0
     * @param state  the state after the step
     */
    public record Step(String action, String partition, String key, String value, int write, int length, State state) {
    }

    private final Table table;
    private final String valueAttribute;
    private final Map<PartitionGroup, String> names = new IdentityHashMap<>();
    private final Map<String, List<Integer>> log = new TreeMap<>();
    /** The key and value (null: a delete) of each write id: id i at index i - 1. */
    private final List<String[]> sent = new ArrayList<>();
    private final Set<Integer> acknowledged = new TreeSet<>();
    private final Map<String, Entry> gsi = new TreeMap<>();
    private final Map<String, Integer> gsiVersion = new TreeMap<>();
    private final Map<String, Integer> fed = new TreeMap<>();
    private String status = "NONE";
    private final Set<String> read = new TreeSet<>();
    private final Map<String, Entry> owed = new TreeMap<>();
    private final Map<String, Integer> propagated = new TreeMap<>();
    private final List<Step> steps = new ArrayList<>();
    private GlobalIndex followed;

    /**
     * Follows {@code table}'s partition groups and the first global index created on it.
     *
     * @param valueAttribute the index's partition key attribute: the model's value
     */
    public BackfillTraceRecorder(Table table, String valueAttribute) {
        this.table = table;
        this.valueAttribute = valueAttribute;
        for (PartitionGroup g : table.partitions()) {
            String name = "p" + g.index();
            names.put(g, name);
            log.put(name, new ArrayList<>());
            fed.put(name, 0);
        }
    }

    /** The partition's name in the model: {@code p} and the group's index. */
    public String partitionName(PartitionGroup group) {
        return names.get(group);
    }

    /** The steps recorded so far. */
    public synchronized List<Step> steps() {
        return List.copyOf(steps);
    }

    /** How many writes the table's groups appended. */
    public synchronized int writes() {
        return sent.size();
    }

    @Override
    public synchronized void onAppend(PartitionGroup group, LogEntry entry) {
        String p = names.get(group);
        if (p == null) {
            return;
        }
        List<Integer> ids = log.get(p);
        if (ids.size() >= entry.sequence()) {
            cut(p, (int) entry.sequence() - 1);
        }
        String key = ModelTraceRecorder.keyText(entry.key().partition());
        String value = entry.item() == null ? null : valueOf(entry.item());
        sent.add(new String[] {key, value});
        ids.add(sent.size());
        record(value == null ? "DeleteItem" : "PutItem", p, key, value == null ? "" : value, sent.size(), ids.size());
    }

    @Override
    public synchronized void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
        String p = names.get(group);
        if (p != null && log.get(p).size() > group.logLength()) {
            cut(p, (int) group.logLength());
        }
    }

    @Override
    public synchronized void onAcknowledge(PartitionGroup group, LogEntry entry) {
        String p = names.get(group);
        if (p == null) {
            return;
        }
        List<Integer> ids = log.get(p);
        for (int s = 1; s <= Math.min(entry.sequence(), ids.size()); s++) {
            int id = ids.get(s - 1);
            if (acknowledged.add(id)) {
                record("Acknowledge", p, "", "", id, s);
            }
        }
    }

    @Override
    public synchronized void onBackfillStart(GlobalIndex index) {
        if (followed != null || !index.tableName().equals(table.name())) {
            return;
        }
        followed = index;
        status = "CREATING";
        record("CreateIndex", "", "", "", 0, 0);
    }

    @Override
    public synchronized void onBackfillRead(GlobalIndex index, PartitionGroup group, long committed, List<Item> items) {
        if (index != followed) {
            return;
        }
        String p = names.get(group);
        List<Integer> ids = log.get(p);
        for (Item item : items) {
            String key = ModelTraceRecorder.keyText(table.metadata().keySchema().keyOfItem(item).partition());
            int version = 0;
            for (int s = 1; s <= committed; s++) {
                int id = ids.get(s - 1);
                if (sent.get(id - 1)[0].equals(key)) {
                    version = id;
                }
            }
            owed.put(key, new Entry(key, valueOf(item), version));
        }
        fed.put(p, (int) committed);
        read.add(p);
        record("BackfillRead", p, "", "", 0, (int) committed);
    }

    @Override
    public synchronized void onIndexApply(GlobalIndex index, PrimaryKey key, LogEntry entry, boolean inIndex) {
        if (index != followed) {
            return;
        }
        String k = ModelTraceRecorder.keyText(key.partition());
        if (entry == null) {
            Entry copy = owed.remove(k);
            if (copy == null) {
                throw new IllegalStateException("a copy of " + k + ", which the backfill did not read");
            }
            put(k, inIndex ? copy : null, copy.version());
            record("BackfillCopy", names.get(table.partitionFor(key)), k, copy.value(), copy.version(), 0);
            return;
        }
        String p = names.get(table.partitionFor(key));
        int id = log.get(p).get((int) entry.sequence() - 1);
        put(k, inIndex ? new Entry(k, valueOf(entry.item()), id) : null, id);
        fed.put(p, (int) entry.sequence());
        propagated.put(k, id);
        record("Propagate", p, k, "", id, (int) entry.sequence());
    }

    @Override
    public synchronized void onIndexActive(GlobalIndex index) {
        if (index != followed) {
            return;
        }
        status = "ACTIVE";
        record("Activate", "", "", "", 0, 0);
    }

    private void cut(String p, int length) {
        List<Integer> ids = log.get(p);
        while (ids.size() > length) {
            ids.remove(ids.size() - 1);
        }
        record("Cut", p, "", "", 0, length);
    }

    private void put(String key, Entry entry, int version) {
        if (entry == null) {
            gsi.remove(key);
        } else {
            gsi.put(key, entry);
        }
        gsiVersion.put(key, version);
    }

    private String valueOf(Item item) {
        if (item.get(valueAttribute) instanceof AttributeValue.S s) {
            return s.value();
        }
        throw new IllegalStateException("an item without a string " + valueAttribute + ": the model's index is not sparse");
    }

    private void record(String action, String p, String key, String value, int write, int length) {
        Map<String, List<Integer>> logs = new TreeMap<>();
        log.forEach((name, ids) -> logs.put(name, List.copyOf(ids)));
        State state = new State(Map.copyOf(logs), Set.copyOf(acknowledged), Map.copyOf(gsi), Map.copyOf(gsiVersion),
                Map.copyOf(fed), status, Set.copyOf(read), Set.copyOf(owed.values()), Map.copyOf(propagated));
        steps.add(new Step(action, p, key, value, write, length, state));
    }
}
