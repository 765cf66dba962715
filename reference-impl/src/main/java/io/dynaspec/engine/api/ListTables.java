package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * ListTables (API_ListTables.html): names in ascending order, after ExclusiveStartTableName, at
 * most Limit (1 to 100, default 100) of them; LastEvaluatedTableName when more may follow.
 */
public final class ListTables {
    public static final int MAX_LIMIT = 100;

    /**
     * @param exclusiveStartTableName start after this name, or null
     * @param limit                   at most this many, or null for 100
     */
    public record Request(String exclusiveStartTableName, Integer limit) {
    }

    /**
     * @param tableNames             this page of names
     * @param lastEvaluatedTableName the last name of the page when more follow, else null
     */
    public record Result(List<String> tableNames, String lastEvaluatedTableName) {
    }

    private final Cluster cluster;

    public ListTables(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        int limit = r.limit() == null ? MAX_LIMIT : r.limit();
        List<String> page = new ArrayList<>();
        List<String> all = cluster.tableNames();
        boolean more = false;
        for (String name : all) {
            if (r.exclusiveStartTableName() != null && name.compareTo(r.exclusiveStartTableName()) <= 0) {
                continue;
            }
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.add(name);
        }
        return new Result(page, more ? page.get(page.size() - 1) : null);
    }
}
