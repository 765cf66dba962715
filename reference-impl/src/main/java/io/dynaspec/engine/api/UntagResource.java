package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.Errors;

import java.util.List;

/**
 * UntagResource (API_UntagResource.html): removes the table's tags whose keys are listed; a key
 * the table does not have is no error. At most 50 keys per request, each a valid tag key.
 */
public final class UntagResource {
    /**
     * @param resourceArn the table's ARN
     * @param tagKeys     the keys to remove
     */
    public record Request(String resourceArn, List<String> tagKeys) {
    }

    private final Cluster cluster;

    public UntagResource(Cluster cluster) {
        this.cluster = cluster;
    }

    public void execute(Request r) {
        TableArn.checkForm(r.resourceArn());
        if (r.tagKeys().isEmpty()) {
            throw Errors.noTagKeys();
        }
        Tags.checkCount(r.tagKeys().size());
        for (String key : r.tagKeys()) {
            Tags.checkKey(key);
        }
        Table table = TableArn.resolve(cluster, r.resourceArn());
        table.changeTags(tags -> {
            r.tagKeys().forEach(tags::remove);
            return tags;
        });
    }
}
