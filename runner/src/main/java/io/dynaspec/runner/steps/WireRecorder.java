package io.dynaspec.runner.steps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records every request the suite sends and the raw response body it gets back, so that a
 * report can show, for a scenario where two targets differ, what was asked and what each said.
 * Scenarios may run at once on several threads through the one client: each scenario has its own
 * {@link Transcript}, which the thread running it (and any thread it sends a request from) is
 * bound to; a request sent from a thread bound to none is not recorded.
 */
public final class WireRecorder implements ExecutionInterceptor {

    private static final ExecutionAttribute<String> REQUEST_BODY = new ExecutionAttribute<>("dynaspec.request");

    /** The transcript the requests of this thread go to. */
    private final ThreadLocal<Transcript> bound = new ThreadLocal<>();
    /**
     * A body to send in place of the one the SDK marshals, for the next request of this thread:
     * the kit's way to put on the wire what no SDK would (a member of the wrong JSON type, a body
     * that is not JSON). It is swapped in before the request is signed, so the request is signed
     * as any other.
     */
    private final ThreadLocal<byte[]> rawBody = new ThreadLocal<>();

    /** One scenario's exchanges, in the order their answers came. */
    public static final class Transcript {
        private final List<Exchange> exchanges = new ArrayList<>();
        private boolean recording = true;

        private synchronized void record(Exchange exchange) {
            if (recording) {
                exchanges.add(exchange);
            }
        }

        /** The last exchange recorded, which a step's assertions look at. */
        public synchronized Optional<Exchange> last() {
            return exchanges.isEmpty() ? Optional.empty() : Optional.of(exchanges.get(exchanges.size() - 1));
        }

        public synchronized List<Exchange> exchanges() {
            return List.copyOf(exchanges);
        }

        /**
         * Ends the transcript: what follows (table clean-up) is not part of the scenario. Bodies are
         * rewritten with the scenario's own table names, so that two targets' transcripts compare.
         */
        public synchronized List<Exchange> finish(UnaryOperator<String> tableNames) {
            recording = false;
            exchanges.replaceAll(e -> new Exchange(e.operation(), tableNames.apply(e.request()), e.status(),
                    tableNames.apply(e.response())));
            return List.copyOf(exchanges);
        }
    }

    /** The requests this thread sends go out with {@code body} instead of their own, until {@link #clearRawBody}. */
    public void sendNextWithBody(String body) {
        rawBody.set(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the raw body's use: the requests that follow carry their own bodies again. */
    public void clearRawBody() {
        rawBody.remove();
    }

    /** The requests this thread sends from now on are recorded in {@code transcript}. */
    public void bind(Transcript transcript) {
        bound.set(transcript);
    }

    /** The requests this thread sends are no longer recorded. */
    public void unbind() {
        bound.remove();
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        byte[] body = rawBody.get();
        if (body == null) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder()
                .putHeader("Content-Length", Integer.toString(body.length)).build();
    }

    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        byte[] body = rawBody.get();
        if (body == null) {
            return context.requestBody();
        }
        return Optional.of(RequestBody.fromBytes(body));
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String body = context.requestBody()
                .map(b -> read(b.contentStreamProvider().newStream()))
                .orElse("");
        attributes.putAttribute(REQUEST_BODY, body);
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
            ExecutionAttributes attributes) {
        Optional<InputStream> content = context.responseBody();
        String body = content.map(WireRecorder::read).orElse("");
        record(new Exchange(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                attributes.getAttribute(REQUEST_BODY), context.httpResponse().statusCode(), body));
        return content.map(ignored -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (context.httpResponse().isEmpty() && attributes.getAttribute(REQUEST_BODY) != null) {
            record(new Exchange(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                    attributes.getAttribute(REQUEST_BODY), 0, String.valueOf(context.exception())));
        }
    }

    private void record(Exchange exchange) {
        Transcript transcript = bound.get();
        if (transcript != null) {
            transcript.record(exchange);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
