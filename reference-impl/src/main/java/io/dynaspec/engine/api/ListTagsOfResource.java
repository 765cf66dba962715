package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;

import java.util.Map;

/**
 * ListTagsOfResource (API_ListTagsOfResource.html): the table's tags, CreateTable's and
 * TagResource's alike, including the engine's own {@code dynaspec:} options. A table has at most
 * 50 tags, so they come in one page and no NextToken is returned.
 */
public final class ListTagsOfResource {
    private final Cluster cluster;

    public ListTagsOfResource(Cluster cluster) {
        this.cluster = cluster;
    }

    /** The tags of the table the ARN names, key to value. */
    public Map<String, String> execute(String resourceArn) {
        return TableArn.resolve(cluster, resourceArn).tags();
    }
}
