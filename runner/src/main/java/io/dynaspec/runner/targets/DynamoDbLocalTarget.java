package io.dynaspec.runner.targets;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB Local in a container started through Testcontainers; needs a Docker engine. */
final class DynamoDbLocalTarget implements Target {

    /** Pinned, never {@code latest}: divergences are recorded against one version. */
    static final String IMAGE = "amazon/dynamodb-local:3.3.0";

    private static final int PORT = 8000;

    private final GenericContainer<?> container;
    private final URI endpoint;

    private DynamoDbLocalTarget(GenericContainer<?> container) {
        this.container = container;
        this.endpoint = URI.create("http://" + container.getHost() + ":" + container.getMappedPort(PORT));
    }

    /** Whether a Docker engine answers; the reason to skip when none does. */
    static void requireDocker() {
        boolean available;
        try {
            available = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            available = false;
        }
        if (!available) {
            throw new TargetUnavailableException("dynamodb-local needs a Docker engine and none answers here");
        }
    }

    @SuppressWarnings("resource") // the target owns the container and stops it in close()
    static DynamoDbLocalTarget start() {
        requireDocker();
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(IMAGE))
                .withExposedPorts(PORT)
                .withCommand("-jar", "DynamoDBLocal.jar", "-inMemory")
                .waitingFor(Wait.forListeningPort());
        container.start();
        return new DynamoDbLocalTarget(container);
    }

    @Override
    public String name() {
        return "dynamodb-local";
    }

    @Override
    public String kind() {
        return "dynamodb-local";
    }

    @Override
    public DynamoDbClient connect(ExecutionInterceptor recorder) {
        return EmulatorClients.connect(endpoint, recorder);
    }

    @Override
    public void close() {
        container.stop();
    }
}
