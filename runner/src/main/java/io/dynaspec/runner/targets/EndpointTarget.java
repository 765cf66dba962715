package io.dynaspec.runner.targets;

import java.net.URI;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Any DynamoDB-compatible endpoint the user already runs, such as DynamoDB Local on port 8000. */
final class EndpointTarget implements Target {

    private final URI endpoint;

    EndpointTarget(URI endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public String name() {
        return "endpoint:" + endpoint;
    }

    @Override
    public String kind() {
        return "endpoint";
    }

    @Override
    public DynamoDbClient connect(ExecutionInterceptor recorder) {
        return EmulatorClients.connect(endpoint, recorder);
    }

    @Override
    public void close() {
        // The endpoint belongs to the user; nothing was started.
    }
}
