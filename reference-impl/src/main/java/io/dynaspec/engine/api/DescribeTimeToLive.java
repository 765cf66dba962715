package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TimeToLive;
import io.dynaspec.engine.error.Errors;

/**
 * DescribeTimeToLive (API_DescribeTimeToLive.html): the table's TimeToLiveDescription, ENABLED
 * with its attribute or DISABLED.
 */
public final class DescribeTimeToLive {
    private final Cluster cluster;

    public DescribeTimeToLive(Cluster cluster) {
        this.cluster = cluster;
    }

    public TimeToLive execute(String tableName) {
        Table table = cluster.table(tableName);
        if (table == null) {
            throw Errors.tableNotFound(tableName);
        }
        return table.timeToLive();
    }
}
