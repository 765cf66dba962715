package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.DescribeTimeToLive;
import io.dynaspec.engine.api.UpdateTimeToLive;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.TimeToLive;

import java.io.IOException;

/** Request shapes and responses of UpdateTimeToLive and DescribeTimeToLive. */
final class TimeToLiveCodec {
    private final UpdateTimeToLive updateTimeToLive;
    private final DescribeTimeToLive describeTimeToLive;

    TimeToLiveCodec(Cluster cluster) {
        this.updateTimeToLive = new UpdateTimeToLive(cluster);
        this.describeTimeToLive = new DescribeTimeToLive(cluster);
    }

    /**
     * API_UpdateTimeToLive.html: TableName and TimeToLiveSpecification (API_TimeToLiveSpecification.html:
     * AttributeName of 1 to 255 characters and Enabled, both required); the response echoes the
     * specification.
     */
    void updateTimeToLive(Members in, JsonGenerator out) throws IOException {
        String name = Shapes.tableName(in);
        Members spec = in.structure("TimeToLiveSpecification");
        Boolean enabled = null;
        String attribute = null;
        if (spec == null) {
            in.violations().add(in.pathOf("TimeToLiveSpecification"), null, "Member must not be null");
        } else {
            attribute = spec.string("AttributeName").required().length(1, 255).get();
            enabled = spec.bool("Enabled").required().get();
        }
        in.finish();
        updateTimeToLive.execute(new UpdateTimeToLive.Request(name, enabled, attribute));
        out.writeObjectFieldStart("TimeToLiveSpecification");
        out.writeStringField("AttributeName", attribute);
        out.writeBooleanField("Enabled", enabled);
        out.writeEndObject();
    }

    /** API_DescribeTimeToLive.html: TimeToLiveStatus, and AttributeName while enabled. */
    void describeTimeToLive(Members in, JsonGenerator out) throws IOException {
        String name = Shapes.tableName(in);
        in.finish();
        TimeToLive ttl = describeTimeToLive.execute(name);
        out.writeObjectFieldStart("TimeToLiveDescription");
        if (ttl.enabled()) {
            out.writeStringField("AttributeName", ttl.attributeName());
            out.writeStringField("TimeToLiveStatus", "ENABLED");
        } else {
            out.writeStringField("TimeToLiveStatus", "DISABLED");
        }
        out.writeEndObject();
    }
}
