package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableStream;
import io.dynaspec.engine.error.Errors;

import java.util.ArrayList;
import java.util.List;

/**
 * ListStreams (API_streams_ListStreams.html): the streams, of one table or of all, enabled or
 * disabled within the last 24 hours (a deleted table's among them when no table is named), in
 * stream-ARN order, at most Limit (1 to 100, default 100) of them after ExclusiveStartStreamArn;
 * LastEvaluatedStreamArn when more may follow.
 */
public final class ListStreams {
    public static final int MAX_LIMIT = 100;

    /** One entry of Streams: StreamArn, TableName, StreamLabel. */
    public record Entry(String streamArn, String tableName, String streamLabel) {
    }

    /**
     * @param tableName               only this table's streams, or null
     * @param limit                   at most this many, or null for 100
     * @param exclusiveStartStreamArn start after this stream, or null
     */
    public record Request(String tableName, Integer limit, String exclusiveStartStreamArn) {
    }

    /** @param lastEvaluatedStreamArn the last stream returned when more may follow, else null */
    public record Result(List<Entry> streams, String lastEvaluatedStreamArn) {
    }

    private final Cluster cluster;

    public ListStreams(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        List<Entry> all = new ArrayList<>();
        if (r.tableName() != null && cluster.table(r.tableName()) == null) {
            throw Errors.tableNotFound(r.tableName());
        }
        for (Table t : cluster.tables()) {
            TableStream s = t.stream();
            if (s != null && (r.tableName() == null || r.tableName().equals(t.name()))) {
                all.add(new Entry(StreamArn.of(t.name(), s), t.name(), s.label()));
            }
        }
        // A disabled stream is the account's until it is deleted, 24 hours on (API_DeleteTable.html).
        for (Cluster.RetiredStream retired : cluster.retiredStreams()) {
            String name = retired.tableName();
            if (r.tableName() == null || r.tableName().equals(name)) {
                all.add(new Entry(StreamArn.of(name, retired.stream()), name, retired.stream().label()));
            }
        }
        all.sort(java.util.Comparator.comparing(Entry::streamArn));
        int from = 0;
        if (r.exclusiveStartStreamArn() != null) {
            while (from < all.size() && all.get(from).streamArn().compareTo(r.exclusiveStartStreamArn()) <= 0) {
                from++;
            }
        }
        int limit = r.limit() == null ? MAX_LIMIT : r.limit();
        List<Entry> page = all.subList(from, Math.min(all.size(), from + limit));
        String last = from + limit < all.size() ? page.get(page.size() - 1).streamArn() : null;
        return new Result(List.copyOf(page), last);
    }
}
