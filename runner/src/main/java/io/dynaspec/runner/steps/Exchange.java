package io.dynaspec.runner.steps;

/**
 * One request to the target and its answer, as they went over the wire.
 *
 * @param operation DynamoDB operation name, such as {@code PutItem}
 * @param request   the request body (DynamoDB JSON 1.0)
 * @param status    the HTTP status of the response, or 0 if none came
 * @param response  the response body, or the client-side failure if no response came
 */
public record Exchange(String operation, String request, int status, String response) {

    /** Control-plane calls that only set a scenario up or tear it down. */
    public boolean isTableAdministration() {
        return operation.endsWith("Table") || operation.equals("ListTables");
    }
}
