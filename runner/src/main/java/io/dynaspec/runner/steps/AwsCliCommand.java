package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@code aws dynamodb ...} command line, as the seed notes and the AWS documentation write
 * them, read into the API request it sends. {@code --endpoint-url} is ignored: the target
 * decides where requests go.
 *
 * @param operation the API operation, such as {@code PutItem}
 * @param request   the request in the API's JSON
 */
record AwsCliCommand(String operation, ObjectNode request) {

    private static final Map<String, String> OPERATIONS = Map.of(
            "put-item", "PutItem", "get-item", "GetItem", "delete-item", "DeleteItem",
            "update-item", "UpdateItem", "batch-write-item", "BatchWriteItem", "query", "Query");

    /** Options whose value is JSON, by the request member they fill. */
    private static final Map<String, String> JSON_OPTIONS = Map.of(
            "--item", "Item", "--key", "Key", "--expression-attribute-values", "ExpressionAttributeValues",
            "--expression-attribute-names", "ExpressionAttributeNames", "--request-items", "RequestItems");

    private static final Map<String, String> TEXT_OPTIONS = Map.of(
            "--table-name", "TableName", "--condition-expression", "ConditionExpression",
            "--update-expression", "UpdateExpression", "--key-condition-expression", "KeyConditionExpression",
            "--return-values", "ReturnValues", "--return-consumed-capacity", "ReturnConsumedCapacity",
            "--return-item-collection-metrics", "ReturnItemCollectionMetrics",
            "--return-values-on-condition-check-failure", "ReturnValuesOnConditionCheckFailure");

    private static final Map<String, Map.Entry<String, Boolean>> FLAGS = Map.of(
            "--consistent-read", Map.entry("ConsistentRead", true),
            "--no-consistent-read", Map.entry("ConsistentRead", false),
            "--scan-index-forward", Map.entry("ScanIndexForward", true),
            "--no-scan-index-forward", Map.entry("ScanIndexForward", false));

    static AwsCliCommand parse(String commandLine) {
        List<String> words = new ArrayList<>(words(commandLine));
        if (!words.isEmpty() && words.get(0).equals("$")) {
            words.remove(0); // a shell prompt, as documentation shows commands
        }
        if (words.size() < 3 || !words.get(0).equals("aws") || !words.get(1).equals("dynamodb")) {
            throw new IllegalArgumentException("not an 'aws dynamodb' command: " + commandLine);
        }
        String operation = OPERATIONS.get(words.get(2));
        if (operation == null) {
            throw new IllegalArgumentException("the suite does not run 'aws dynamodb " + words.get(2) + "'");
        }
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        for (int i = 3; i < words.size(); i++) {
            String option = words.get(i);
            if (FLAGS.containsKey(option)) {
                request.put(FLAGS.get(option).getKey(), FLAGS.get(option).getValue());
                continue;
            }
            if (i + 1 >= words.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = words.get(++i);
            if (option.equals("--endpoint-url")) {
                continue;
            } else if (JSON_OPTIONS.containsKey(option)) {
                request.set(JSON_OPTIONS.get(option), DynamoJson.parse(value));
            } else if (TEXT_OPTIONS.containsKey(option)) {
                request.put(TEXT_OPTIONS.get(option), value);
            } else {
                throw new IllegalArgumentException("the suite does not know the option " + option);
            }
        }
        return new AwsCliCommand(operation, request);
    }

    /** Splits a command line as a POSIX shell would: quotes and backslash line continuations. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '\n') {
                i++;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in: " + line);
                }
                word = (word == null ? new StringBuilder() : word).append(line, i + 1, end);
                i = end;
            } else if (c == '"') {
                word = word == null ? new StringBuilder() : word;
                for (i++; i < line.length() && line.charAt(i) != '"'; i++) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        d = line.charAt(++i);
                    }
                    word.append(d);
                }
                if (i >= line.length()) {
                    throw new IllegalArgumentException("unclosed \" in: " + line);
                }
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
