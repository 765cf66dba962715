package io.dynaspec.runner.steps;

import io.dynaspec.runner.targets.Target;
import io.dynaspec.runner.targets.TargetSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * One run of the suite against one target: the target, the run's single SDK client and the
 * recorder behind it. {@link SuiteRun} installs a session before Cucumber starts; when the
 * suite runs under the JUnit platform instead (mvn verify), the {@link Hooks} open one from the
 * {@code dynaspec.target} system property and close it after the last scenario.
 */
public final class SuiteSession implements AutoCloseable {

    /** System property naming the target of a run started by the JUnit platform. */
    public static final String TARGET_PROPERTY = "dynaspec.target";

    /**
     * System property naming a folder to record the model-level trace of each {@code @faults}
     * scenario in (reference target only), as {@code dynaspec run --record-traces} does.
     */
    public static final String TRACES_PROPERTY = "dynaspec.traces";

    /** System property naming the folder kit-managed installs are cached in. */
    public static final String CACHE_PROPERTY = "dynaspec.cache.dir";

    private static volatile SuiteSession current;

    private final Target target;
    private final WireRecorder recorder;
    private final DynamoDbClient client;
    private final Optional<ScenarioTraces> traces;
    private DynamoDbStreamsClient streamsClient;
    private final AtomicInteger scenarios = new AtomicInteger();
    private final ScenarioGate gate = new ScenarioGate();
    /** Finished scenarios' transcripts, by Cucumber's test case id, until the run's results take them. */
    private final Map<String, List<Exchange>> transcripts = new ConcurrentHashMap<>();
    /** Whether anything takes the transcripts: a run under the JUnit platform has no results to put them in. */
    private volatile boolean keepingTranscripts;

    public SuiteSession(Target target) {
        this(target, Optional.empty());
    }

    /** @param traces where to record the model-level trace of each {@code @faults} scenario, if anywhere */
    public SuiteSession(Target target, Optional<Path> traces) {
        this.target = target;
        this.recorder = new WireRecorder();
        this.client = target.connect(recorder);
        this.traces = traces.map(ScenarioTraces::new);
    }

    public Target target() {
        return target;
    }

    public DynamoDbClient client() {
        return client;
    }

    /**
     * The run's DynamoDB Streams client, built on first use (few runs call the Streams API): the
     * DynamoDB client's endpoint, region and credentials, the same recorder, no retries.
     */
    public synchronized DynamoDbStreamsClient streamsClient() {
        if (streamsClient == null) {
            var config = client.serviceClientConfiguration();
            var builder = DynamoDbStreamsClient.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .region(config.region())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(recorder).retryStrategy(AwsRetryStrategy.doNotRetry()));
            config.endpointOverride().ifPresent(builder::endpointOverride);
            if (config.credentialsProvider() != null) {
                builder.credentialsProvider(config.credentialsProvider());
            }
            streamsClient = builder.build();
        }
        return streamsClient;
    }

    public WireRecorder recorder() {
        return recorder;
    }

    /** Where the run records the traces of its {@code @faults} scenarios, if it does. */
    Optional<ScenarioTraces> traces() {
        return traces;
    }

    /** Who runs alongside whom: every scenario enters before its first step and leaves after its last hook. */
    ScenarioGate gate() {
        return gate;
    }

    /** From now on, finished scenarios' transcripts are kept until {@link #takeTranscript} takes them. */
    void keepTranscripts() {
        keepingTranscripts = true;
    }

    /** Keeps a finished scenario's transcript for {@link #takeTranscript}, if anything takes them. */
    void finished(String testCaseId, List<Exchange> transcript) {
        if (keepingTranscripts) {
            transcripts.put(testCaseId, transcript);
        }
    }

    /** The transcript of a finished scenario, given once; empty if it recorded none. */
    List<Exchange> takeTranscript(String testCaseId) {
        List<Exchange> transcript = transcripts.remove(testCaseId);
        return transcript == null ? List.of() : transcript;
    }

    /** Numbers the run's scenarios: 1, 2, 3, ... */
    int nextScenario() {
        return scenarios.incrementAndGet();
    }

    static SuiteSession current() {
        SuiteSession s = current;
        if (s == null) {
            throw new IllegalStateException("no suite session: run the suite through SuiteRun or the JUnit platform");
        }
        return s;
    }

    static boolean isInstalled() {
        return current != null;
    }

    static void install(SuiteSession session) {
        current = session;
    }

    static void uninstall(SuiteSession session) {
        if (current == session) {
            current = null;
        }
    }

    /** Opens the target named by the system properties (default: the reference engine). */
    static SuiteSession fromSystemProperties() {
        TargetSpec spec = TargetSpec.parse(System.getProperty(TARGET_PROPERTY, TargetSpec.DEFAULT));
        return new SuiteSession(spec.open(cacheDir()), Optional.ofNullable(System.getProperty(TRACES_PROPERTY)).map(Path::of));
    }

    /** Where kit-managed installs live: the property, else the kit's {@code .cache/dynaspec}. */
    static Path cacheDir() {
        String dir = System.getProperty(CACHE_PROPERTY);
        return dir != null ? Path.of(dir) : SuiteRun.kitRoot().resolve(".cache").resolve("dynaspec");
    }

    /** Closes the client; the target belongs to whoever opened it. */
    @Override
    public void close() {
        client.close();
        if (streamsClient != null) {
            streamsClient.close();
        }
    }
}
