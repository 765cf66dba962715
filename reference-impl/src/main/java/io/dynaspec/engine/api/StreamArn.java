package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableStream;
import io.dynaspec.engine.error.Errors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stream's Amazon Resource Name: its table's ARN, {@code /stream/}, its label
 * (API_TableDescription.html, LatestStreamArn).
 */
public final class StreamArn {
    private static final Pattern STREAM_ARN = Pattern.compile(Pattern.quote(TableArn.PREFIX) + "([a-zA-Z0-9_.-]{3,255})/stream/(.+)");

    private StreamArn() {
    }

    public static String of(String tableName, TableStream stream) {
        return TableArn.of(tableName) + "/stream/" + stream.label();
    }

    /** A stream of the engine and its table. */
    public record Resolved(Table table, TableStream stream) {
    }

    /** The enabled stream an ARN names: ResourceNotFoundException when there is none. */
    public static Resolved resolve(Cluster cluster, String arn) {
        Matcher m = STREAM_ARN.matcher(arn);
        Table table = m.matches() ? cluster.table(m.group(1)) : null;
        TableStream stream = table == null ? null : table.stream();
        if (stream == null || !stream.label().equals(m.group(2))) {
            throw Errors.streamNotFound(arn);
        }
        return new Resolved(table, stream);
    }
}
