package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.Errors;

/** DescribeTable (API_DescribeTable.html). */
public final class DescribeTable {
    private final Cluster cluster;

    public DescribeTable(Cluster cluster) {
        this.cluster = cluster;
    }

    public Table execute(String tableName) {
        Table t = cluster.table(tableName);
        if (t == null) {
            throw Errors.tableNotFound(tableName);
        }
        return t;
    }
}
