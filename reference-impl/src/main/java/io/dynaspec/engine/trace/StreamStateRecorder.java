package io.dynaspec.engine.trace;

import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.StreamRecord;
import io.dynaspec.engine.cluster.StreamShard;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableStream;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.value.Item;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records one table's state, in the variables of {@code spec/Streams.tla} that its stream
 * properties read, after every acknowledgement on the table, every election (a failover may cut
 * the log) and every entry its stream is told of: the writes ({@code sent}), the acknowledged ones ({@code acknowledged}), per partition
 * group the leader's log as write ids ({@code log}), how many of its entries the stream was told
 * of ({@code published}), and the records of the group's shards read parent before child as one
 * sequence ({@code stream}, the model's one shard per partition), so that TLC can evaluate the
 * model's stream invariants and ShardOnlyGrows on each state the engine went through
 * ({@code spec/trace/TraceStreams.tla}).
 *
 * <p>Write ids number the entries the table's groups append, in append order, as the model's
 * {@code sent} numbers writes; an entry keeps its id while it stays in its group's log, and a
 * record keeps the id of the entry it was made from (under the unsafe feed, an entry the stream
 * is told of as it is appended takes its id then). An item's image is its whole content as
 * text: a write that leaves the item as it was changes nothing, in the model as in the engine.
 * The stream must be enabled, on an empty table, before the recorder is set.
 */
public final class StreamStateRecorder implements TraceRecorder {

    /**
     * A write as the leader appended it.
     *
     * @param group the index of its partition group
     * @param key   its item's key, as text
     * @param item  the item it leaves, as text, or null (a delete)
     */
    public record Write(int group, String key, String item) {
    }

    /**
     * A record as the model's shard holds it.
     *
     * @param write    the id of the write it was made from
     * @param key      its item's key, as text
     * @param sequence its sequence number: the entry's position in the group's log
     * @param event    INSERT, MODIFY or REMOVE
     * @param oldImage the item before, as text, or null
     * @param newImage the item after, as text, or null
     */
    public record Change(int write, String key, long sequence, String event, String oldImage, String newImage) {
    }

    /**
     * The table's state after a step.
     *
     * @param acknowledged the ids of acknowledged writes
     * @param log          per partition group (by index) the ids of its leader's log, in log order
     * @param published    per partition group the position of the last entry its stream was told of
     * @param stream       per partition group its records, parent shard before child
     */
    public record State(Set<Integer> acknowledged, List<List<Integer>> log, List<Long> published, List<List<Change>> stream) {
    }

    /** The table followed: its stream's shards are read after each feed. */
    private final Table table;
    /** Its partition groups, in the partition map's order: the model's partitions p0, p1, ... */
    private final List<PartitionGroup> groups;
    /** The ids of each group's log, in log order. */
    private final Map<PartitionGroup, List<Integer>> ids = new IdentityHashMap<>();
    /** Per group, the position of the last entry its stream was told of. */
    private final Map<PartitionGroup, Long> published = new IdentityHashMap<>();
    /** Each group's records as last read, parent shard before child. */
    private final Map<PartitionGroup, List<Change>> stream = new IdentityHashMap<>();
    /** The id of the write each record was made from, fixed when the record is made. */
    private final Map<StreamRecord, Integer> madeFrom = new IdentityHashMap<>();
    /** The write id of each entry appended, by the entry itself (not its epoch and position). */
    private final Map<LogEntry, Integer> idOf = new IdentityHashMap<>();
    /** Every write appended: id i at index i - 1. */
    private final List<Write> sent = new ArrayList<>();
    /** The ids of the writes in some group's committed prefix. */
    private final Set<Integer> acknowledged = new TreeSet<>();
    private final List<State> states = new ArrayList<>();
    /** How many of each group's shards closed and handed over to a child, as last read. */
    private final Map<PartitionGroup, Integer> rolledOver = new IdentityHashMap<>();
    /** How many records the stream took. */
    private int records;

    /** Follows {@code table}'s partition groups and its stream. */
    public StreamStateRecorder(Table table) {
        this.table = table;
        this.groups = table.partitions();
        for (PartitionGroup g : groups) {
            ids.put(g, new ArrayList<>());
            published.put(g, 0L);
            stream.put(g, List.of());
        }
    }

    /** Every write appended so far, id i at index i - 1. */
    public synchronized List<Write> sent() {
        return List.copyOf(sent);
    }

    /** The states recorded so far. */
    public synchronized List<State> states() {
        return List.copyOf(states);
    }

    /** How many records the stream took. */
    public synchronized int records() {
        return records;
    }

    /** How many shards closed and handed over to a child, over the groups' lineages as last read. */
    public synchronized int rollovers() {
        return rolledOver.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public synchronized void onAppend(PartitionGroup group, LogEntry entry) {
        if (ids.containsKey(group)) {
            appended(group, entry);
        }
    }

    /**
     * Gives the entry the leader appended its write id, once: under the unsafe feed the stream is
     * told of an entry as it is appended, before this recorder hears of the append.
     */
    private int appended(PartitionGroup group, LogEntry entry) {
        Integer known = idOf.get(entry);
        if (known != null) {
            return known;
        }
        List<Integer> log = ids.get(group);
        sent.add(new Write(groups.indexOf(group), ModelTraceRecorder.keyText(entry.key().partition()), text(entry.item())));
        while (log.size() >= entry.sequence()) {
            log.remove(log.size() - 1);
        }
        log.add(sent.size());
        idOf.put(entry, sent.size());
        return sent.size();
    }

    @Override
    public synchronized void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
        List<Integer> log = ids.get(group);
        if (log != null) {
            while (log.size() > group.logLength()) {
                log.remove(log.size() - 1);
            }
            // The new leader's log, which a failover may have cut: the records must still name its entries.
            record();
        }
    }

    @Override
    public synchronized void onAcknowledge(PartitionGroup group, LogEntry entry) {
        if (ids.containsKey(group) && acknowledge(group)) {
            record();
        }
    }

    @Override
    public synchronized void onStreamFeed(PartitionGroup group, LogEntry entry, StreamRecord record) {
        List<Integer> log = ids.get(group);
        if (log == null) {
            return;
        }
        int id = appended(group, entry);
        acknowledge(group);
        published.put(group, entry.sequence());
        if (record != null) {
            madeFrom.put(record, id);
            records++;
        }
        read(group);
        record();
    }

    /**
     * Reads the group's records across its lineage, parent before child. A hook under a group's
     * lock reads only that group's shards, so that recording takes no lock of another group.
     */
    private void read(PartitionGroup group) {
        TableStream s = table.stream();
        List<Change> out = new ArrayList<>();
        List<StreamShard> lineage = s.lineageOf(group);
        for (StreamShard shard : lineage) {
            for (StreamRecord r : shard.recordsFrom(0, Integer.MAX_VALUE)) {
                // A record not seen being made gets id 0, which no write has: the model rejects it.
                Integer id = madeFrom.get(r);
                out.add(new Change(id == null ? 0 : id, ModelTraceRecorder.keyText(r.key().partition()), r.sequence(),
                        r.event().name(), text(r.oldImage()), text(r.newImage())));
            }
        }
        stream.put(group, List.copyOf(out));
        rolledOver.put(group, lineage.size() - 1);
    }

    /** Takes in the group's acknowledged prefix; returns whether it grew. */
    private boolean acknowledge(PartitionGroup g) {
        boolean grew = false;
        List<Integer> log = ids.get(g);
        long committed = Math.min(g.committedSequence(), log.size());
        for (int s = 1; s <= committed; s++) {
            grew |= acknowledged.add(log.get(s - 1));
        }
        return grew;
    }

    private void record() {
        List<List<Integer>> logs = new ArrayList<>();
        List<Long> fed = new ArrayList<>();
        List<List<Change>> shards = new ArrayList<>();
        for (PartitionGroup g : groups) {
            logs.add(List.copyOf(ids.get(g)));
            fed.add(published.get(g));
            shards.add(stream.get(g));
        }
        states.add(new State(Set.copyOf(acknowledged), List.copyOf(logs), List.copyOf(fed), List.copyOf(shards)));
    }

    /** An item as the model's images compare it: its whole content, attributes in name order. */
    static String text(Item item) {
        if (item == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        item.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(b.length() == 0 ? "" : ",").append(e.getKey()).append('=').append(e.getValue()));
        return b.toString();
    }
}
