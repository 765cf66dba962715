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

    /**
     * A stream of the engine and its table's name and key (the table may have been deleted since
     * the stream was disabled).
     */
    public record Resolved(String tableName, io.dynaspec.engine.value.KeySchema keySchema, TableStream stream) {
    }

    /**
     * The stream an ARN names: the table's enabled stream, or one disabled (by UpdateTable or
     * DeleteTable) within the last 24 hours; ResourceNotFoundException when there is none.
     */
    public static Resolved resolve(Cluster cluster, String arn) {
        Matcher m = STREAM_ARN.matcher(arn);
        if (!m.matches()) {
            throw Errors.streamNotFound(arn);
        }
        Table table = cluster.table(m.group(1));
        TableStream stream = table == null ? null : table.stream();
        if (stream != null && stream.label().equals(m.group(2))) {
            return new Resolved(table.name(), table.keySchema(), stream);
        }
        for (Cluster.RetiredStream r : cluster.retiredStreams()) {
            if (r.tableName().equals(m.group(1)) && r.stream().label().equals(m.group(2))) {
                return new Resolved(r.tableName(), r.keySchema(), r.stream());
            }
        }
        throw Errors.streamNotFound(arn);
    }
}
