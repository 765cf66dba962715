package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynaspec.runner.targets.Cluster;
import io.dynaspec.runner.targets.SuiteTags;
import io.dynaspec.runner.targets.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * One scenario's state, shared by the step classes (PicoContainer gives each scenario a new
 * one): the tables it created, and the outcome of the last request it sent.
 */
public final class World {

    private final SuiteSession session = SuiteSession.current();
    private final int scenario = session.nextScenario();
    private final WireRecorder.Transcript transcript = new WireRecorder.Transcript();
    /** Whether the scenario runs with no other in flight ({@link ScenarioGate}); null until it has entered. */
    private Boolean alone;
    private final Map<String, String> physicalToLogical = new LinkedHashMap<>();
    private final Map<String, List<KeySchemaElement>> keySchemas = new LinkedHashMap<>();

    private String lastOperation;
    private Object lastResponse;
    private AwsServiceException lastError;
    private Exchange lastExchange;
    private Map<String, AttributeValue> itemAsWritten;
    private java.util.concurrent.CompletableFuture<Object> inFlight;
    private String inFlightOperation;

    /** A bound on a request in flight, so that a scenario fails rather than hangs. */
    private static final long IN_FLIGHT_TIMEOUT_SECONDS = 10;

    DynamoDbClient db() {
        return session.client();
    }

    Target target() {
        return session.target();
    }

    SuiteSession session() {
        return session;
    }

    WireRecorder.Transcript transcript() {
        return transcript;
    }

    /** Enters the run's gate: alongside other scenarios, or alone. */
    void enterGate(boolean alone) throws InterruptedException {
        session.gate().enter(alone);
        this.alone = alone;
    }

    /** Leaves the gate, if the scenario entered it. */
    void leaveGate() {
        if (alone != null) {
            session.gate().leave(alone);
        }
    }

    boolean runsAlone() {
        return Boolean.TRUE.equals(alone);
    }

    /**
     * The target's internals, which every scenario shares: failed zones and held replication,
     * transactions and indexes, the engine's clock. Only a scenario that runs alone may use them
     * ({@code @reference-only} ones do); any other is a mistake in its tags, reported as such.
     */
    Cluster cluster() {
        Cluster cluster = target().cluster().orElseThrow(() -> new IllegalStateException(target().whyNoCluster()));
        requireAlone("uses the engine's internals");
        return cluster;
    }

    private void requireAlone(String what) {
        if (!runsAlone()) {
            throw new IllegalStateException("the scenario " + what + ", which every scenario shares: tag it "
                    + SuiteTags.REFERENCE_ONLY + " or " + SuiteTags.SERIAL + " so that it runs alone");
        }
    }

    /**
     * The physical name of a table the scenario calls {@code logical}. Each scenario gets its own
     * tables: a deleted table lingers in DELETING for a while (seconds on real DynamoDB), and
     * creating one of the same name meanwhile fails with ResourceInUseException.
     */
    String table(String logical) {
        return target().tableName(logical + "-" + scenario);
    }

    void tableCreated(String logical, List<KeySchemaElement> keySchema) {
        physicalToLogical.put(table(logical), logical);
        keySchemas.put(logical, keySchema);
    }

    /**
     * Sends a CreateTable written in the API's JSON, TableName the logical name. A table it
     * creates is the scenario's like any other: registered, so that the scenario's end deletes
     * it, and awaited until ACTIVE (a table still CREATING cannot be deleted, API_DeleteTable.html).
     */
    void sendCreateTable(String logical, ObjectNode request) {
        List<KeySchemaElement> keySchema = new ArrayList<>();
        for (JsonNode k : request.path("KeySchema")) {
            keySchema.add(KeySchemaElement.builder().attributeName(k.path("AttributeName").asText())
                    .keyType(k.path("KeyType").asText()).build());
        }
        send("CreateTable", request);
        if (lastError == null) {
            tableCreated(logical, keySchema);
            awaitActive(logical);
        }
    }

    /**
     * CreateTable is asynchronous: the table is usable once DescribeTable reports it ACTIVE
     * (API_CreateTable.html). Emulators get there within milliseconds, real DynamoDB within
     * seconds, so the polling interval starts small and grows.
     */
    void awaitActive(String logical) {
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(db())
                .overrideConfiguration(c -> c.backoffStrategyV2(
                        BackoffStrategy.exponentialDelayWithoutJitter(Duration.ofMillis(2), Duration.ofSeconds(5)))
                        .waitTimeout(Duration.ofMinutes(5)))
                .build()) {
            waiter.waitUntilTableExists(r -> r.tableName(table(logical)));
        }
    }

    /** PutRequests of the new items item-01, item-02, ... of a table, as BatchWriteItem's JSON takes them. */
    ArrayNode newItemPuts(String logical, int count) {
        ArrayNode writes = DynamoJson.MAPPER.createArrayNode();
        for (int i = 1; i <= count; i++) {
            writes.addObject().putObject("PutRequest").set("Item", DynamoJson.toJson(newItem(logical, i)));
        }
        return writes;
    }

    List<String> createdTables() {
        return new ArrayList<>(physicalToLogical.keySet());
    }

    /** The key attributes of {@code item} under the table's key schema. */
    Map<String, AttributeValue> keyOf(String logical, Map<String, AttributeValue> item) {
        List<KeySchemaElement> schema = keySchemas.get(logical);
        if (schema == null) {
            throw new IllegalStateException("the scenario has not created table " + logical);
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (KeySchemaElement k : schema) {
            AttributeValue v = item.get(k.attributeName());
            if (v == null) {
                throw new IllegalArgumentException("item lacks key attribute " + k.attributeName());
            }
            key.put(k.attributeName(), v);
        }
        return key;
    }

    java.util.Optional<String> sortKeyName(String logical) {
        return keySchemas.get(logical).stream().filter(k -> k.keyType() == KeyType.RANGE)
                .findFirst().map(KeySchemaElement::attributeName);
    }

    /** Remembers a generated item the scenario wrote, for "holds the item as written". */
    void wroteGenerated(Map<String, AttributeValue> item) {
        itemAsWritten = item;
    }

    Map<String, AttributeValue> itemAsWritten() {
        if (itemAsWritten == null) {
            throw new IllegalStateException("the scenario has written no generated item");
        }
        return itemAsWritten;
    }

    /** The key of the i-th of the "new items" steps generate: item-01, item-02, ... */
    Map<String, AttributeValue> newItem(String logical, int i) {
        return Map.of(partitionKeyName(logical), AttributeValue.fromS(String.format("item-%02d", i)));
    }

    String partitionKeyName(String logical) {
        return keySchemas.get(logical).stream().filter(k -> k.keyType() == KeyType.HASH)
                .findFirst().orElseThrow().attributeName();
    }

    /**
     * Sends a request written in the API's JSON with logical table names, and keeps its outcome:
     * the response, or the service error. Anything else (a client-side fault) propagates.
     */
    synchronized void send(String operation, ObjectNode request) {
        toPhysical(request);
        lastOperation = operation;
        lastResponse = null;
        lastError = null;
        try {
            lastResponse = ApiRequests.isStreamsOperation(operation)
                    ? ApiRequests.sendStreams(session.streamsClient(), operation, request)
                    : ApiRequests.send(db(), operation, request);
            if (listsEveryScenariosTables(operation, request)) {
                requireAlone("lists every table of the target (" + operation + ")");
            }
        } catch (AwsServiceException e) {
            if (isUnsupported(e) && !unknownOperationFails()) {
                // A target without the operation is not wrong about it: the scenario is skipped, not failed.
                throw new TestAbortedException("unsupported by this target: " + operation + " (" + describe(e) + ")");
            }
            lastError = e;
        } finally {
            lastExchange = transcript.last().orElse(null);
        }
    }

    /**
     * A listing that names other scenarios' tables or streams: ListTables, and ListStreams
     * without a TableName. What it answers depends on which scenarios run alongside, so only a
     * scenario that runs alone may rely on it (or record it for a comparison).
     */
    private static boolean listsEveryScenariosTables(String operation, ObjectNode request) {
        return operation.equals("ListTables") || operation.equals("ListStreams") && !request.has("TableName");
    }

    /**
     * Names the target's tables in a request: TableName, RequestItems' keys, and the TableName of
     * each of TransactItems' actions.
     */
    private void toPhysical(ObjectNode request) {
        if (request.has("TableName")) {
            request.put("TableName", table(request.get("TableName").asText()));
        }
        if (request.has("RequestItems")) {
            ObjectNode renamed = DynamoJson.MAPPER.createObjectNode();
            request.get("RequestItems").properties().forEach(e -> renamed.set(table(e.getKey()), e.getValue()));
            request.set("RequestItems", renamed);
        }
        if (request.get("TransactItems") != null && request.get("TransactItems").isArray()) {
            for (JsonNode element : request.get("TransactItems")) {
                for (JsonNode action : element) {
                    if (action instanceof ObjectNode o && o.has("TableName")) {
                        o.put("TableName", table(o.get("TableName").asText()));
                    }
                }
            }
        }
    }

    /**
     * Sends a request on another thread and returns at once, without holding the scenario's
     * state, so that other requests can be sent while it waits; {@link #awaitInFlight()} waits
     * for its answer and makes it the last outcome.
     */
    synchronized void sendInFlight(String operation, ObjectNode request) {
        toPhysical(request);
        inFlightOperation = operation;
        inFlight = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            // The request belongs to the scenario's transcript, though another thread sends it.
            session.recorder().bind(transcript);
            try {
                return ApiRequests.send(db(), operation, request);
            } catch (AwsServiceException e) {
                return e;
            } finally {
                session.recorder().unbind();
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "dynaspec-in-flight");
            t.setDaemon(true);
            t.start();
        });
    }

    void awaitInFlight() {
        if (inFlight == null) {
            throw new IllegalStateException("no request is in flight");
        }
        Object outcome;
        try {
            outcome = inFlight.get(IN_FLIGHT_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the request in flight got no answer within " + IN_FLIGHT_TIMEOUT_SECONDS + " s", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("the request in flight failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            inFlight = null;
        }
        synchronized (this) {
            lastOperation = inFlightOperation;
            if (outcome instanceof AwsServiceException e) {
                if (isUnsupported(e) && !unknownOperationFails()) {
                    throw new TestAbortedException("unsupported by this target: " + inFlightOperation + " (" + describe(e) + ")");
                }
                lastResponse = null;
                lastError = e;
            } else {
                lastResponse = outcome;
                lastError = null;
            }
            // Nothing else is sent while a scenario awaits its request in flight: the last exchange is its own.
            lastExchange = transcript.last().orElse(null);
        }
    }

    /** Sends a request that only sets the scenario up: it must succeed. */
    void arrange(String operation, ObjectNode request) {
        send(operation, request);
        if (lastError != null) {
            throw new AssertionError("setting up: " + operation + " failed with " + describe(lastError));
        }
    }

    String lastOperation() {
        return lastOperation;
    }

    Object lastResponse() {
        return lastResponse;
    }

    AwsServiceException lastError() {
        return lastError;
    }

    /** The body of the last response, with the target's table names turned back into the scenario's. */
    JsonNode lastResponseJson() {
        if (lastExchange == null) {
            throw new IllegalStateException("no request has been sent yet");
        }
        String body = toLogical(lastExchange.response());
        return DynamoJson.parse(body.isEmpty() ? "{}" : body);
    }

    /** Turns the target's table names in a request or response body back into the scenario's. */
    String toLogical(String body) {
        String out = body;
        for (Map.Entry<String, String> t : physicalToLogical.entrySet()) {
            out = out.replace("\"" + t.getKey() + "\"", "\"" + t.getValue() + "\"");
        }
        return out;
    }

    /**
     * Mutation testing (the runner's {@code mutation} profile sets {@code
     * dynaspec.unknownOperationFails}) runs the features on the reference engine, which has every
     * operation they call: there an operation it does not know is a mutant's fault, which fails
     * the scenario instead of skipping it, so that a mutant that loses an operation is caught.
     */
    boolean unknownOperationFails() {
        return Boolean.getBoolean("dynaspec.unknownOperationFails") && target().cluster().isPresent();
    }

    /**
     * The answer of a target that does not have an operation: DynamoDB's own
     * UnknownOperationException (an emulator that never implemented the operation gives it, as
     * DynamoDB gives it for a name it does not know), or HTTP 501 Not Implemented.
     */
    static boolean isUnsupported(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return "UnknownOperationException".equals(code) || e.statusCode() == 501;
    }

    static String describe(AwsServiceException e) {
        return e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
    }
}
