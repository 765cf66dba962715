package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.Errors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TagResource (API_TagResource.html): adds tags to a table, replacing the value of a key it
 * already has (TaggingRestrictions.html: "If you try to add an existing tag (same key), the
 * existing tag value is updated to the new value"). All or nothing: one bad tag, or a total over
 * 50, and no tag is set. The engine's own options (CreateTable's {@code dynaspec:} tags) are tags
 * like any other; they take effect at CreateTable only.
 */
public final class TagResource {
    /** One element of Tags. */
    public record Tag(String key, String value) {
    }

    /**
     * @param resourceArn the table's ARN
     * @param tags        the tags to set, in request order
     */
    public record Request(String resourceArn, List<Tag> tags) {
    }

    private final Cluster cluster;

    public TagResource(Cluster cluster) {
        this.cluster = cluster;
    }

    public void execute(Request r) {
        TableArn.checkForm(r.resourceArn());
        if (r.tags().isEmpty()) {
            throw Errors.noTags();
        }
        Set<String> seen = new HashSet<>();
        for (Tag t : r.tags()) {
            Tags.checkKey(t.key());
            Tags.checkValue(t.value());
            Tags.checkNotReserved(t.key());
            if (!seen.add(t.key())) {
                throw Errors.duplicateTagKey(t.key());
            }
        }
        Table table = TableArn.resolve(cluster, r.resourceArn());
        table.changeTags(tags -> {
            for (Tag t : r.tags()) {
                tags.put(t.key(), t.value());
            }
            Tags.checkCount(tags.size());
            return tags;
        });
    }
}
