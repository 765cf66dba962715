package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.ListTagsOfResource;
import io.dynaspec.engine.api.TagResource;
import io.dynaspec.engine.api.UntagResource;
import io.dynaspec.engine.cluster.Cluster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Request shapes and responses of TagResource, UntagResource and ListTagsOfResource. Only the
 * members' presence and the ARN's length are shape constraints here: DynamoDB judges the tags
 * themselves with its own messages ("The Tag Key provided is invalid, Key: ..."), in the api layer.
 */
final class TagCodec {
    /** API_TagResource.html, "ResourceArn": 1 to 1283 characters. */
    private static final int MAX_ARN_LENGTH = 1283;

    private final TagResource tagResource;
    private final UntagResource untagResource;
    private final ListTagsOfResource listTagsOfResource;

    TagCodec(Cluster cluster) {
        this.tagResource = new TagResource(cluster);
        this.untagResource = new UntagResource(cluster);
        this.listTagsOfResource = new ListTagsOfResource(cluster);
    }

    /** API_TagResource.html: ResourceArn and Tags, both required; the response is empty. */
    void tagResource(Members in, JsonGenerator out) throws IOException {
        String arn = resourceArn(in);
        List<Object> json = in.list("Tags");
        if (json == null) {
            in.violations().add(in.pathOf("Tags"), null, "Member must not be null");
        }
        List<TagResource.Tag> tags = new ArrayList<>();
        if (json != null) {
            for (int i = 0; i < json.size(); i++) {
                Members t = in.element("Tags", json, i);
                tags.add(new TagResource.Tag(t.string("Key").get(), t.string("Value").get()));
            }
        }
        in.finish();
        tagResource.execute(new TagResource.Request(arn, tags));
    }

    /** API_UntagResource.html: ResourceArn and TagKeys, both required; the response is empty. */
    void untagResource(Members in, JsonGenerator out) throws IOException {
        String arn = resourceArn(in);
        List<Object> json = in.list("TagKeys");
        if (json == null) {
            in.violations().add(in.pathOf("TagKeys"), null, "Member must not be null");
        }
        List<String> keys = new ArrayList<>();
        if (json != null) {
            for (Object o : json) {
                keys.add(Members.stringElement("TagKeys", o));
            }
        }
        in.finish();
        untagResource.execute(new UntagResource.Request(arn, keys));
    }

    /** API_ListTagsOfResource.html: every tag in one page, so no NextToken is given back. */
    void listTagsOfResource(Members in, JsonGenerator out) throws IOException {
        String arn = resourceArn(in);
        in.string("NextToken").get();
        in.finish();
        Map<String, String> tags = listTagsOfResource.execute(arn);
        out.writeArrayFieldStart("Tags");
        for (Map.Entry<String, String> e : tags.entrySet()) {
            out.writeStartObject();
            out.writeStringField("Key", e.getKey());
            out.writeStringField("Value", e.getValue());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static String resourceArn(Members in) {
        return in.string("ResourceArn").required().length(1, MAX_ARN_LENGTH).get();
    }
}
