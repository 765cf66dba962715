package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.List;
import java.util.Objects;

/**
 * A recorder that passes every step on to another one: the base of recorders that watch for a
 * step (a write reaching its leader, say) without taking the steps away from the recorder they
 * stand in for. Override a hook and call {@code super} to keep forwarding it.
 */
public abstract class ForwardingTraceRecorder implements TraceRecorder {

    private final TraceRecorder next;

    /** @param next the recorder every step is passed on to */
    protected ForwardingTraceRecorder(TraceRecorder next) {
        this.next = Objects.requireNonNull(next);
    }

    @Override
    public void onAppend(PartitionGroup group, LogEntry entry) {
        next.onAppend(group, entry);
    }

    @Override
    public void onCatchUp(PartitionGroup group, AvailabilityZone zone) {
        next.onCatchUp(group, zone);
    }

    @Override
    public void onReplicate(PartitionGroup group, AvailabilityZone zone, LogEntry entry) {
        next.onReplicate(group, zone, entry);
    }

    @Override
    public void onAcknowledge(PartitionGroup group, LogEntry entry) {
        next.onAcknowledge(group, entry);
    }

    @Override
    public void onFail(PartitionGroup group, AvailabilityZone zone) {
        next.onFail(group, zone);
    }

    @Override
    public void onRecover(PartitionGroup group, AvailabilityZone zone) {
        next.onRecover(group, zone);
    }

    @Override
    public void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
        next.onElect(group, leader, epoch);
    }

    @Override
    public void onForce(PartitionGroup group, AvailabilityZone zone, long length) {
        next.onForce(group, zone, length);
    }

    @Override
    public void onCrash(PartitionGroup group, AvailabilityZone zone) {
        next.onCrash(group, zone);
    }

    @Override
    public void onRestart(PartitionGroup group, AvailabilityZone zone, long length) {
        next.onRestart(group, zone, length);
    }

    @Override
    public void onPowerCut(PartitionGroup group) {
        next.onPowerCut(group);
    }

    @Override
    public void onStart(PartitionGroup group) {
        next.onStart(group);
    }

    @Override
    public void onFinish(PartitionGroup group, long transaction, boolean commit) {
        next.onFinish(group, transaction, commit);
    }

    @Override
    public void onIndexApply(GlobalIndex index, PrimaryKey key, LogEntry entry, boolean inIndex) {
        next.onIndexApply(index, key, entry, inIndex);
    }

    @Override
    public void onBackfillStart(GlobalIndex index) {
        next.onBackfillStart(index);
    }

    @Override
    public void onBackfillRead(GlobalIndex index, PartitionGroup group, long committed, List<Item> items) {
        next.onBackfillRead(index, group, committed, items);
    }

    @Override
    public void onIndexActive(GlobalIndex index) {
        next.onIndexActive(index);
    }

    @Override
    public void onStreamFeed(PartitionGroup group, LogEntry entry, StreamRecord record) {
        next.onStreamFeed(group, entry, record);
    }
}
