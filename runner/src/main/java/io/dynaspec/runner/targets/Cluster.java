package io.dynaspec.runner.targets;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The partitions, replicas and availability zones behind an endpoint: what the seed notes
 * describe under the hood and what no public DynamoDB API shows. Only an engine that exposes
 * its internals provides this; scenarios that use it carry {@code @reference-only}.
 * Keys are DynamoDB keys; zones are named as the seed names them ("a", "b", "c").
 */
public interface Cluster {

    /** The zones holding a replica of the partition that stores {@code key}. */
    List<String> replicaZones(String table, Map<String, AttributeValue> key);

    /** The zone of the leader (the seed's "primary") of the partition that stores {@code key}. */
    String leaderZone(String table, Map<String, AttributeValue> key);

    /** Moves leadership of the partition that stores {@code key} to the replica in {@code zone}. */
    void placeLeader(String table, Map<String, AttributeValue> key, String zone);

    /** The partition the table's partition map assigns to the hash of the key's partition key. */
    String partitionOf(String table, Map<String, AttributeValue> key);

    /** The items the replica of {@code partition} in {@code zone} stores, in its storage order. */
    List<Map<String, AttributeValue>> itemsOn(String table, String partition, String zone);

    /** Reads one item from the replica in {@code zone}, bypassing the leader. */
    Optional<Map<String, AttributeValue>> readFromReplica(String zone, String table,
            Map<String, AttributeValue> key);

    /** How many acknowledged writes the replica in {@code zone} has not applied yet. */
    long lag(String zone, String table, Map<String, AttributeValue> key);

    /** Takes every replica in the zone down, as an AZ failure does. */
    void failZone(String zone);

    /** Brings the zone's replicas back; they catch up with their leaders from then on. */
    void recoverZone(String zone);

    /**
     * Runs {@code start}, which sends a write without waiting for its answer, and returns once
     * the leader of the partition holding {@code key} has appended that write to its log: the
     * write is then in flight, whether or not it has been acknowledged yet.
     */
    void awaitLeaderAppend(String table, Map<String, AttributeValue> key, Runnable start);

    /** Holds replication deliveries to the zone's replicas: they fall behind until released. */
    void holdReplication(String zone);

    /** Delivers every pending replication message, so that live replicas converge. */
    void deliverReplication();

    /**
     * Holds every transaction that has prepared, before its commit, until
     * {@link #releaseTransactions}: its items are then held by a transaction in flight.
     */
    void holdTransactions();

    /** Lets held transactions commit. */
    void releaseTransactions();

    /**
     * Arms a coordinator failure: the next transaction to reach {@code point} ("prepare": after
     * its prepare round, before its decision; "decision": after its commit decision is recorded,
     * before any partition commits) loses its coordinator there. Its client gets a retryable
     * InternalServerError and its items stay prepared until {@link #recoverCoordinator}.
     */
    void failCoordinator(String point);

    /** Another coordinator finishes every transaction whose coordinator failed, from what was recorded. */
    void recoverCoordinator();

    /**
     * Runs {@code start}, which sends a transaction without waiting for its answer, and returns
     * once the transaction has prepared and is held between its phases.
     */
    void awaitHeldTransaction(Runnable start);

    /**
     * Moves the engine's clock forward (the transactions' idempotency window, Time to Live); the
     * items that have expired by then are deleted.
     */
    void advanceClock(java.time.Duration by);

    /**
     * Holds the propagation of acknowledged base-table writes to a global secondary index: reads
     * of the index miss them until {@link #releaseIndex} (GSI.html: "changes to the table data
     * are propagated to the global secondary indexes within a fraction of a second").
     */
    void holdIndex(String table, String index);

    /** Resumes a held index's propagation, or its backfill, and applies every write that waited. */
    void releaseIndex(String table, String index);

    /**
     * Holds a global secondary index that UpdateTable is yet to create: its backfill waits, and
     * the index stays CREATING, refusing reads, until {@link #releaseIndex} (GSI.OnlineOps.html).
     */
    void holdIndexBeforeCreation(String table, String index);
    /** The engine's clock, in milliseconds since the epoch. */
    long clockMillis();

    /** Deletes the items that have expired by the engine's clock (Time to Live), as its sweeper does. */
    void sweepExpiredItems();

    /**
     * Closes each open shard of the table's stream that holds a record; a child shard, whose
     * ParentShardId names it, takes the records that follow (Streams.html: shards are "created and
     * deleted automatically, as needed").
     */
    void rollStreamShards(String table);

    /** Recovers every failed zone and releases every hold, so that the next scenario starts healthy. */
    void heal();

    /**
     * Starts recording the engine's steps as the model's (spec/WritePath.tla's actions and the
     * state after each, spec/trace/README.md): one trace per partition group that acts, named
     * {@code name/p<index>}. Replaces any recording in progress.
     */
    void startModelTrace(String name);

    /**
     * Stops recording and writes the steps recorded since {@link #startModelTrace} as JSON Lines,
     * the format {@code dynaspec trace-check} reads; returns how many steps it wrote.
     */
    int finishModelTrace(Writer out) throws IOException;
}
