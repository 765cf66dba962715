package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;

/** DeleteTable (API_DeleteTable.html): the table is gone at once; the response describes it. */
public final class DeleteTable {
    private final Cluster cluster;

    public DeleteTable(Cluster cluster) {
        this.cluster = cluster;
    }

    public Table execute(String tableName) {
        return cluster.deleteTable(tableName);
    }
}
