package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.error.CancellationReason;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.AttributeValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * DynamoDB's JSON 1.0 protocol: {@code X-Amz-Target: DynamoDB_20120810.<Operation>} (or
 * {@code DynamoDBStreams_20120810.<Operation>} for the Streams API) selects the operation, the
 * body is its request, the response body is its result or an error
 * {@code {"__type": ..., "message": ...}}. Transport-free: the server hands it the target and
 * body and writes back what it returns.
 */
public final class Protocol {
    /** The target prefix of every DynamoDB operation. */
    public static final String TARGET_PREFIX = "DynamoDB_20120810.";
    /**
     * The target prefix of the DynamoDB Streams operations, served on the same endpoint
     * (API_Operations_Amazon_DynamoDB_Streams.html).
     */
    public static final String STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810.";

    /** Reads one operation's request members, executes it and writes its result. */
    @FunctionalInterface
    interface Operation {
        void handle(Members request, JsonGenerator response) throws IOException;
    }

    /**
     * What goes back on the wire.
     *
     * @param status HTTP status
     * @param body   JSON body
     */
    public record Response(int status, byte[] body) {
    }

    /**
     * An operation whose requests are first read with the streaming parser straight into the api
     * layer's request record ({@link StreamedRequests}); null from the reader leaves the request
     * to the tree path.
     */
    private record Streamed<R>(Reader<R> reader, Executor<R> executor) {
        @FunctionalInterface
        interface Reader<R> {
            R read(byte[] buffer, int offset, int length);
        }

        @FunctionalInterface
        interface Executor<R> {
            void execute(R request, JsonGenerator out) throws IOException;
        }

        /** The answer, or null when the request is left to the tree path. */
        Response handle(byte[] buffer, int offset, int length) throws IOException {
            R request = reader.read(buffer, offset, length);
            return request == null ? null : respond(out -> executor.execute(request, out));
        }
    }

    private final Map<String, Operation> operations = new HashMap<>();
    /** The operations read without the tree first; empty when streaming is off. */
    private final Map<String, Streamed<?>> streamed = new HashMap<>();
    /** Requests answered through {@link #streamed}; read by tests and figures. */
    private final java.util.concurrent.atomic.LongAdder streamedRequests = new java.util.concurrent.atomic.LongAdder();
    private final Map<String, Operation> streamsOperations = new HashMap<>();
    private final Cluster cluster;

    public Protocol(Cluster cluster) {
        this(cluster, true);
    }

    /**
     * A protocol that reads every request through the tree ({@link JsonTree}, {@link Members}):
     * the reference the streaming read is checked and measured against, never the engine's.
     */
    public static Protocol readingThroughTreeOnly(Cluster cluster) {
        return new Protocol(cluster, false);
    }

    /**
     * A protocol that reads the single-item requests, the batches, Query, Scan and the transactions with the
     * streaming parser first
     * ({@code streaming}), or every request through the tree: the second serves as the reference
     * the first is checked against.
     */
    Protocol(Cluster cluster, boolean streaming) {
        this.cluster = cluster;
        ControlPlaneCodec control = new ControlPlaneCodec(cluster);
        operations.put("CreateTable", control::createTable);
        operations.put("DescribeTable", control::describeTable);
        operations.put("UpdateTable", control::updateTable);
        operations.put("ListTables", control::listTables);
        operations.put("DeleteTable", control::deleteTable);
        ItemCodec items = new ItemCodec(cluster);
        operations.put("PutItem", items::putItem);
        operations.put("GetItem", items::getItem);
        operations.put("DeleteItem", items::deleteItem);
        operations.put("UpdateItem", items::updateItem);
        if (streaming) {
            streamed.put(TARGET_PREFIX + "PutItem", new Streamed<>(StreamedRequests::putItem, items::putItem));
            streamed.put(TARGET_PREFIX + "GetItem", new Streamed<>(StreamedRequests::getItem, items::getItem));
            streamed.put(TARGET_PREFIX + "DeleteItem", new Streamed<>(StreamedRequests::deleteItem, items::deleteItem));
            streamed.put(TARGET_PREFIX + "UpdateItem", new Streamed<>(StreamedRequests::updateItem, items::updateItem));
        }
        BatchCodec batches = new BatchCodec(cluster);
        operations.put("BatchWriteItem", batches::batchWriteItem);
        if (streaming) {
            streamed.put(TARGET_PREFIX + "BatchWriteItem", new Streamed<>(StreamedRequests::batchWriteItem, batches::batchWriteItem));
        }
        BatchGetCodec batchGets = new BatchGetCodec(cluster);
        operations.put("BatchGetItem", batchGets::batchGetItem);
        ReadCodec reads = new ReadCodec(cluster);
        operations.put("Query", reads::query);
        operations.put("Scan", reads::scan);
        TransactCodec transactions = new TransactCodec(cluster);
        operations.put("TransactWriteItems", transactions::transactWriteItems);
        operations.put("TransactGetItems", transactions::transactGetItems);
        if (streaming) {
            streamed.put(TARGET_PREFIX + "BatchGetItem", new Streamed<>(StreamedRequests::batchGetItem, batchGets::batchGetItem));
            streamed.put(TARGET_PREFIX + "Query", new Streamed<>(StreamedRequests::query, reads::query));
            streamed.put(TARGET_PREFIX + "Scan", new Streamed<>(StreamedRequests::scan, reads::scan));
            streamed.put(TARGET_PREFIX + "TransactWriteItems",
                    new Streamed<>(StreamedRequests::transactWriteItems, transactions::transactWriteItems));
            streamed.put(TARGET_PREFIX + "TransactGetItems",
                    new Streamed<>(StreamedRequests::transactGetItems, transactions::transactGetItems));
        }
        TagCodec tags = new TagCodec(cluster);
        operations.put("TagResource", tags::tagResource);
        operations.put("UntagResource", tags::untagResource);
        operations.put("ListTagsOfResource", tags::listTagsOfResource);
        TimeToLiveCodec ttl = new TimeToLiveCodec(cluster);
        operations.put("UpdateTimeToLive", ttl::updateTimeToLive);
        operations.put("DescribeTimeToLive", ttl::describeTimeToLive);
        StreamsCodec streams = new StreamsCodec(cluster);
        streamsOperations.put("ListStreams", streams::listStreams);
        streamsOperations.put("DescribeStream", streams::describeStream);
        streamsOperations.put("GetShardIterator", streams::getShardIterator);
        streamsOperations.put("GetRecords", streams::getRecords);
    }

    /**
     * Whether a request may now wait inside the engine for something other than its own work
     * (held deliveries or held transactions, under fault injection): a server that answers on a
     * few shared threads runs such requests elsewhere. False in normal use; cheap to ask.
     */
    public boolean requestsMayWait() {
        return cluster.requestsMayWait();
    }

    /** Handles one request. Never throws: every failure becomes a DynamoDB error response. */
    public Response handle(String target, byte[] body) {
        return handle(target, body, 0, body.length);
    }

    /**
     * Handles one request whose body is {@code length} bytes of {@code buffer} from
     * {@code offset}: a server passes its connection's read buffer, and the body is parsed where
     * it lies. The buffer is not kept after the call returns. Never throws.
     */
    public Response handle(String target, byte[] buffer, int offset, int length) {
        try {
            Streamed<?> fast = target == null ? null : streamed.get(target);
            if (fast != null) {
                Response r = fast.handle(buffer, offset, length);
                if (r != null) {
                    streamedRequests.increment();
                    return r;
                }
            }
            Operation op = operation(target);
            if (op == null) {
                throw Errors.unknownOperation();
            }
            Map<String, Object> body = JsonTree.parseObject(buffer, offset, length);
            WireTypes.check(target.substring(target.indexOf('.') + 1), body);
            Members request = Members.of(body);
            return respond(out -> op.handle(request, out));
        } catch (DynamoException e) {
            return error(e);
        } catch (IOException e) {
            return error(Errors.internal("Internal server error"));
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of the engine, never of the input: report it as DynamoDB reports its own.
            return error(Errors.internal("Internal server error: " + e));
        }
    }

    /** A 200 answer: the result's members in one JSON object. */
    private static Response respond(ResponseBodies.Members result) throws IOException {
        return new Response(200, ResponseBodies.object(result));
    }

    /** Requests read with the streaming parser and answered without the tree, since the start. */
    public long streamedRequests() {
        return streamedRequests.sum();
    }

    /** The operation a target names, under either prefix; null when it names none. */
    private Operation operation(String target) {
        if (target == null) {
            return null;
        }
        if (target.startsWith(TARGET_PREFIX)) {
            return operations.get(target.substring(TARGET_PREFIX.length()));
        }
        if (target.startsWith(STREAMS_TARGET_PREFIX)) {
            return streamsOperations.get(target.substring(STREAMS_TARGET_PREFIX.length()));
        }
        return null;
    }

    /** The error body DynamoDB sends, with the old item for a failed condition when asked. */
    public static Response error(DynamoException e) {
        ByteArrayBuilder out = new ByteArrayBuilder(128);
        try (JsonGenerator g = JsonTree.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("__type", e.type().wireType());
            if (e.getMessage() != null) {
                g.writeStringField("message", e.getMessage());
            }
            if (e.item() != null) {
                @SuppressWarnings("unchecked")
                Map<String, AttributeValue> item = (Map<String, AttributeValue>) e.item();
                AttributeValueJson.writeAttributesField(g, "Item", item);
            }
            if (e.cancellationReasons() != null) {
                // API_CancellationReason.html: Code, Message and Item of each action, in order.
                g.writeArrayFieldStart("CancellationReasons");
                for (CancellationReason r : e.cancellationReasons()) {
                    g.writeStartObject();
                    g.writeStringField("Code", r.code());
                    if (r.message() != null) {
                        g.writeStringField("Message", r.message());
                    }
                    if (r.item() != null) {
                        @SuppressWarnings("unchecked")
                        Map<String, AttributeValue> item = (Map<String, AttributeValue>) r.item();
                        AttributeValueJson.writeAttributesField(g, "Item", item);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return new Response(e.type().httpStatus(), out.toByteArray());
    }
}
