package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.List;

/**
 * Receives the model-level steps a partition group takes, named as the TLA+ spec names its
 * actions, so a run of the engine can be checked as a behaviour of the spec. The default does
 * nothing and costs one interface call per step.
 */
public interface TraceRecorder {
    TraceRecorder OFF = new TraceRecorder() {
    };

    /** The leader judged a write and appended it to its log. */
    default void onAppend(PartitionGroup group, LogEntry entry) {
    }

    /**
     * A follower that had not yet joined the current epoch took the leader's whole log and
     * joined it.
     */
    default void onCatchUp(PartitionGroup group, AvailabilityZone zone) {
    }

    /** A follower of the current epoch applied the next entry of the leader's log. */
    default void onReplicate(PartitionGroup group, AvailabilityZone zone, LogEntry entry) {
    }

    /** The write was acknowledged to the client. */
    default void onAcknowledge(PartitionGroup group, LogEntry entry) {
    }

    default void onFail(PartitionGroup group, AvailabilityZone zone) {
    }

    default void onRecover(PartitionGroup group, AvailabilityZone zone) {
    }

    default void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
    }

    /**
     * The zone's replica forced its log to disk through {@code length}, further than before (the
     * model's Force): every entry it holds is now durable.
     */
    default void onForce(PartitionGroup group, AvailabilityZone zone, long length) {
    }

    /**
     * The zone's replica crashed (the model's CrashAZ): it is down, and keeps only what it had
     * forced. Called instead of {@link #onFail}, before an election it causes.
     */
    default void onCrash(PartitionGroup group, AvailabilityZone zone) {
    }

    /**
     * The crashed replica restarted from its files, holding the first {@code length} entries of
     * the log (the model's RecoverAZ of a crashed zone). Called instead of {@link #onRecover},
     * before its catch-up.
     */
    default void onRestart(PartitionGroup group, AvailabilityZone zone, long length) {
    }

    /**
     * The whole engine lost its power (the model's PowerCut): every replica of the group keeps
     * only what it forced, and the group is gone with the process. Called by whoever cut the
     * power, after the cut: the engine started again from its files has a new group for the
     * partition, which reports {@link #onStart}.
     */
    default void onPowerCut(PartitionGroup group) {
    }

    /**
     * The group started from its replicas' files after the engine restarted
     * ({@code PartitionGroup.recover}, the model's Restart): its leader leads a new epoch and
     * every replica took the leader's log and joined it. Called once the start has chosen and
     * caught up, before it forces what the replicas took (each force an {@link #onForce}); the
     * start's own catch-ups are part of it, not steps of their own.
     */
    default void onStart(PartitionGroup group) {
    }

    /**
     * The coordinator runs the second phase of {@code transaction} at this group: the
     * transaction is decided, committed or cancelled (the model's Decide), before the group
     * appends its COMMIT or CANCEL entries. Called again for every further attempt.
     */
    default void onFinish(PartitionGroup group, long transaction, boolean commit) {
    }

    /**
     * A global secondary index applied a base write: the acknowledged entry {@code entry}
     * (propagation, the model's Propagate), or, with {@code entry} null, the base item under
     * {@code key} as its backfill read it. {@code inIndex} says whether the index now holds an
     * entry for the item (it has the index's key attributes).
     */
    default void onIndexApply(GlobalIndex index, PrimaryKey key, LogEntry entry, boolean inIndex) {
    }

    /**
     * UpdateTable created the global secondary index {@code index} on a table that may hold
     * items: it is CREATING, and its backfill is to run (the model's CreateIndex).
     */
    default void onBackfillStart(GlobalIndex index) {
    }

    /**
     * The backfill of {@code index} read the base partition {@code group} at its leader, in one
     * step under the group's lock: {@code items}, the items of the first {@code committed} entries
     * of its log, which it is to copy into the index in this order, and the acknowledged entries
     * waiting for propagation, which those items reflect (the model's BackfillRead). Called after
     * the read, outside the group's lock, before the first copy.
     */
    default void onBackfillRead(GlobalIndex index, PartitionGroup group, long committed, List<Item> items) {
    }

    /** The backfill of {@code index} copied every item it read: the index is ACTIVE (the model's Activate). */
    default void onIndexActive(GlobalIndex index) {
    }

    /**
     * A table's stream was told of the acknowledged entry {@code entry} of the group's log (under
     * the unsafe {@link StreamFeed#UNSAFE_LEADER_APPEND}, of an entry the leader appended): the
     * model's Publish. {@code record} is the record the group's shard took, or null when the entry
     * changed nothing. Called under the group's lock, after the shard took the record (and closed,
     * if that record filled it).
     */
    default void onStreamFeed(PartitionGroup group, LogEntry entry, StreamRecord record) {
    }
}
