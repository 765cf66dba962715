package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TimeToLive;
import io.dynaspec.engine.error.Errors;

/**
 * UpdateTimeToLive (API_UpdateTimeToLive.html): enables Time to Live on an attribute, or disables
 * it. Enabling where it is enabled (on any attribute: the attribute changes only through a
 * disable) and disabling where it is disabled are refused, and so is any change within an hour of
 * the last ("It can take up to one hour for the change to fully process. Any additional
 * UpdateTimeToLive calls for the same table during this one hour duration result in a
 * ValidationException"), measured on the engine's clock. The engine applies a change at once:
 * DescribeTimeToLive reports ENABLED or DISABLED, never ENABLING or DISABLING.
 */
public final class UpdateTimeToLive {
    /** API_UpdateTimeToLive.html: the interval within which a second change is refused. */
    public static final long CHANGE_INTERVAL_MILLIS = 60 * 60 * 1000L;

    /**
     * @param tableName     TableName
     * @param enabled       TimeToLiveSpecification.Enabled
     * @param attributeName TimeToLiveSpecification.AttributeName
     */
    public record Request(String tableName, boolean enabled, String attributeName) {
    }

    private final Cluster cluster;

    public UpdateTimeToLive(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Applies the change; the request's specification is what the response echoes. */
    public void execute(Request r) {
        Table table = cluster.table(r.tableName());
        if (table == null) {
            throw Errors.tableNotFound(r.tableName());
        }
        long now = cluster.clock().millis();
        table.changeTimeToLive(current -> {
            if (r.enabled() && current.enabled()) {
                throw Errors.timeToLiveAlreadyEnabled();
            }
            if (!r.enabled() && !current.enabled()) {
                throw Errors.timeToLiveAlreadyDisabled();
            }
            if (current.changedMillis() != Long.MIN_VALUE && now - current.changedMillis() < CHANGE_INTERVAL_MILLIS) {
                throw Errors.timeToLiveChangedRecently();
            }
            return new TimeToLive(r.enabled() ? r.attributeName() : null, now);
        });
    }
}
