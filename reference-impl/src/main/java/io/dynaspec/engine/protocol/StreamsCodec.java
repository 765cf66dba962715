package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynaspec.engine.api.DescribeStream;
import io.dynaspec.engine.api.GetRecords;
import io.dynaspec.engine.api.GetShardIterator;
import io.dynaspec.engine.api.ListStreams;
import io.dynaspec.engine.api.ShardIterator;
import io.dynaspec.engine.api.StreamArn;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.StreamRecord;
import io.dynaspec.engine.cluster.StreamShard;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.KeySchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request shapes and responses of the DynamoDB Streams API (API_Operations_Amazon_DynamoDB_Streams.html):
 * ListStreams, DescribeStream, GetShardIterator and GetRecords, on the same endpoint as DynamoDB's
 * own operations, under the target prefix {@value Protocol#STREAMS_TARGET_PREFIX}.
 */
final class StreamsCodec {
    /** API_streams_ListStreams.html, API_streams_DescribeStream.html: StreamArn of 37 to 1024 characters. */
    private static final int MIN_STREAM_ARN = 37;
    private static final int MAX_STREAM_ARN = 1024;
    static final List<String> ITERATOR_TYPES = List.of("TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER");
    /** The region the engine reports (it has one), as records name it in awsRegion. */
    private static final String REGION = "us-east-1";

    private final ListStreams listStreams;
    private final DescribeStream describeStream;
    private final GetShardIterator getShardIterator;
    private final GetRecords getRecords;

    StreamsCodec(Cluster cluster) {
        this.listStreams = new ListStreams(cluster);
        this.describeStream = new DescribeStream(cluster);
        this.getShardIterator = new GetShardIterator(cluster);
        this.getRecords = new GetRecords(cluster);
    }

    /** API_streams_ListStreams.html. */
    void listStreams(Members in, JsonGenerator out) throws IOException {
        String table = in.string("TableName").length(3, 255).pattern(Shapes.TABLE_NAME).get();
        Long limit = in.integer("Limit").atLeast(1).atMost(ListStreams.MAX_LIMIT).get();
        String start = in.string("ExclusiveStartStreamArn").length(MIN_STREAM_ARN, MAX_STREAM_ARN).get();
        in.finish();
        ListStreams.Result r = listStreams.execute(new ListStreams.Request(table, limit == null ? null : limit.intValue(), start));
        out.writeArrayFieldStart("Streams");
        for (ListStreams.Entry e : r.streams()) {
            out.writeStartObject();
            out.writeStringField("StreamArn", e.streamArn());
            out.writeStringField("TableName", e.tableName());
            out.writeStringField("StreamLabel", e.streamLabel());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (r.lastEvaluatedStreamArn() != null) {
            out.writeStringField("LastEvaluatedStreamArn", r.lastEvaluatedStreamArn());
        }
    }

    /** API_streams_DescribeStream.html. */
    void describeStream(Members in, JsonGenerator out) throws IOException {
        String arn = in.string("StreamArn").required().length(MIN_STREAM_ARN, MAX_STREAM_ARN).get();
        Long limit = in.integer("Limit").atLeast(1).atMost(DescribeStream.MAX_LIMIT).get();
        String start = in.string("ExclusiveStartShardId").length(28, 65).get();
        // API_streams_ShardFilter.html: Type CHILD_SHARDS (its only value) and the parent's ShardId.
        Members filter = in.structure("ShardFilter");
        String childrenOf = null;
        if (filter != null) {
            String type = filter.string("Type").oneOf(List.of("CHILD_SHARDS")).get();
            String parent = filter.string("ShardId").length(28, 65).get();
            childrenOf = type == null ? null : parent;
        }
        in.finish();
        DescribeStream.Result r = describeStream.execute(new DescribeStream.Request(arn, limit == null ? null : limit.intValue(), start,
                childrenOf));
        StreamArn.Resolved s = r.stream();
        out.writeObjectFieldStart("StreamDescription");
        out.writeStringField("StreamArn", arn);
        out.writeStringField("StreamLabel", s.stream().label());
        out.writeStringField("StreamStatus", s.stream().disabled() ? "DISABLED" : "ENABLED");
        out.writeStringField("StreamViewType", s.stream().viewType().name());
        out.writeNumberField("CreationRequestDateTime", s.stream().created() / 1000.0);
        out.writeStringField("TableName", s.tableName());
        KeySchema key = s.keySchema();
        out.writeArrayFieldStart("KeySchema");
        writeKeyElement(out, key.partitionName(), "HASH");
        if (key.hasSortKey()) {
            writeKeyElement(out, key.sortName(), "RANGE");
        }
        out.writeEndArray();
        out.writeArrayFieldStart("Shards");
        for (StreamShard shard : r.shards()) {
            out.writeStartObject();
            out.writeStringField("ShardId", shard.id());
            out.writeObjectFieldStart("SequenceNumberRange");
            long first = shard.firstSequence();
            if (first > 0) {
                out.writeStringField("StartingSequenceNumber", ShardIterator.sequenceNumber(first));
                long ending = shard.endingSequence();
                if (ending > 0) {
                    // API_streams_SequenceNumberRange.html: a closed shard's last sequence number.
                    out.writeStringField("EndingSequenceNumber", ShardIterator.sequenceNumber(ending));
                }
            }
            out.writeEndObject();
            if (shard.parentId() != null) {
                // API_streams_Shard.html: "The shard ID of the current shard's parent."
                out.writeStringField("ParentShardId", shard.parentId());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        if (r.lastEvaluatedShardId() != null) {
            out.writeStringField("LastEvaluatedShardId", r.lastEvaluatedShardId());
        }
        out.writeEndObject();
    }

    private static void writeKeyElement(JsonGenerator out, String name, String type) throws IOException {
        out.writeStartObject();
        out.writeStringField("AttributeName", name);
        out.writeStringField("KeyType", type);
        out.writeEndObject();
    }

    /** API_streams_GetShardIterator.html. */
    void getShardIterator(Members in, JsonGenerator out) throws IOException {
        String arn = in.string("StreamArn").required().length(MIN_STREAM_ARN, MAX_STREAM_ARN).get();
        String shard = in.string("ShardId").required().length(28, 65).get();
        String type = in.string("ShardIteratorType").required().oneOf(ITERATOR_TYPES).get();
        String sequence = in.string("SequenceNumber").length(21, 40).get();
        in.finish();
        ShardIterator it = getShardIterator.execute(new GetShardIterator.Request(arn, shard, type, sequence));
        out.writeStringField("ShardIterator", it.encode());
    }

    /** API_streams_GetRecords.html: each record as API_streams_Record.html and API_streams_StreamRecord.html describe it. */
    void getRecords(Members in, JsonGenerator out) throws IOException {
        String iterator = in.string("ShardIterator").required().length(1, 2048).get();
        Long limit = in.integer("Limit").atLeast(1).atMost(GetRecords.MAX_LIMIT).get();
        in.finish();
        GetRecords.Result r = getRecords.execute(new GetRecords.Request(iterator, limit == null ? null : limit.intValue()));
        out.writeArrayFieldStart("Records");
        for (StreamRecord rec : r.records()) {
            writeRecord(out, rec, r);
        }
        out.writeEndArray();
        if (r.nextShardIterator() != null) {
            out.writeStringField("NextShardIterator", r.nextShardIterator());
        }
    }

    private static void writeRecord(JsonGenerator out, StreamRecord rec, GetRecords.Result r) throws IOException {
        String sequence = ShardIterator.sequenceNumber(rec.sequence());
        out.writeStartObject();
        // eventID: "A globally unique identifier for the event": the shard and the sequence number name it.
        out.writeStringField("eventID", UUID.nameUUIDFromBytes((r.shardId() + ":" + sequence).getBytes(StandardCharsets.UTF_8)).toString());
        out.writeStringField("eventName", rec.event().name());
        out.writeStringField("eventVersion", "1.1");
        out.writeStringField("eventSource", "aws:dynamodb");
        out.writeStringField("awsRegion", REGION);
        out.writeObjectFieldStart("dynamodb");
        // API_streams_StreamRecord.html: "The approximate date and time when the stream record was
        // created, in UNIX epoch time format and rounded down to the closest second."
        out.writeNumberField("ApproximateCreationDateTime", rec.createdMillis() / 1000);
        Map<String, AttributeValue> keys = r.keySchema().keyAttributes(rec.key());
        AttributeValueJson.writeAttributesField(out, "Keys", keys);
        if (r.viewType().showsNewImage() && rec.newImage() != null) {
            AttributeValueJson.writeAttributesField(out, "NewImage", rec.newImage().attributes());
        }
        if (r.viewType().showsOldImage() && rec.oldImage() != null) {
            AttributeValueJson.writeAttributesField(out, "OldImage", rec.oldImage().attributes());
        }
        out.writeStringField("SequenceNumber", sequence);
        out.writeNumberField("SizeBytes", rec.sizeBytes(r.viewType(), r.keySchema()));
        out.writeStringField("StreamViewType", r.viewType().name());
        out.writeEndObject();
        if (rec.timeToLive()) {
            // API_streams_Record.html, userIdentity: "Items that are deleted by the Time to Live
            // process after expiration have the following fields: Records[].userIdentity.type
            // "Service"; Records[].userIdentity.principalId "dynamodb.amazonaws.com"".
            out.writeObjectFieldStart("userIdentity");
            out.writeStringField("PrincipalId", "dynamodb.amazonaws.com");
            out.writeStringField("Type", "Service");
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
