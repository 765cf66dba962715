package io.dynaspec.engine.cluster;

import java.util.Map;
import java.util.Set;

/**
 * What a table holds besides its metadata and its items, kept with it in the data directory's
 * catalog so that a restart finds the table as its last change left it.
 *
 * @param tags                the table's tags in the order they were first set, the engine's own
 *                            {@code dynaspec:} options among them (Tagging.html)
 * @param timeToLive          the Time to Live setting (UpdateTimeToLive)
 * @param itemCollectionLimit the item collection size limit the table option set, or 0 for DynamoDB's
 * @param backfilled          the global indexes UpdateTable created (DescribeTable's Backfilling)
 * @param stream              the enabled stream, or null
 * @param streamShardRecords  records a stream shard takes before a child takes over (the table
 *                            option), or 0 for never
 * @param deletionProtection  whether DeleteTable refuses the table (DeletionProtectionEnabled)
 * @param tableClass          the table class CreateTable or UpdateTable set, or null when none was
 * @param throughputHistory   when UpdateTable last raised and lowered the provisioned throughput of
 *                            the table and its global indexes
 */
record TableSettings(Map<String, String> tags, TimeToLive timeToLive, long itemCollectionLimit, Set<String> backfilled,
                     StreamSetting stream, long streamShardRecords, boolean deletionProtection, Table.TableClass tableClass,
                     Table.ThroughputHistory throughputHistory) {

    /** A table's settings before any change. */
    static final TableSettings NONE = new TableSettings(Map.of(), TimeToLive.NEVER_SET, 0, Set.of(), null, 0, false, null,
            Table.ThroughputHistory.NONE);

    /**
     * An enabled stream as CreateTable or UpdateTable's StreamSpecification made it: its shards'
     * ids and its label follow from when it was enabled.
     *
     * @param viewType what its records show
     * @param created  the engine's clock when it was enabled
     */
    record StreamSetting(StreamViewType viewType, long created) {
    }
}
