package io.dynaspec.runner.targets;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A target as the user names it on the command line: {@code reference[:option=value,...]},
 * {@code endpoint:<url>}, {@code dynalite}, {@code dynamodb-local} or {@code aws[:region]}.
 *
 * @param kind     the part before the first colon
 * @param argument the part after it, or empty
 */
public record TargetSpec(String kind, String argument) {

    /** The target used when the user names none. */
    public static final String DEFAULT = "reference";

    public static TargetSpec parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        String argument = colon < 0 ? "" : t.substring(colon + 1);
        switch (kind) {
            case "reference", "dynalite", "dynamodb-local", "aws" -> { }
            case "endpoint" -> {
                URI uri = URI.create(argument);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException("endpoint needs a URL, as in endpoint:http://127.0.0.1:8000");
                }
            }
            default -> throw new IllegalArgumentException("unknown target '" + text
                    + "': use reference, endpoint:<url>, dynalite, dynamodb-local or aws[:region]");
        }
        if ((kind.equals("dynalite") || kind.equals("dynamodb-local")) && !argument.isEmpty()) {
            throw new IllegalArgumentException(kind + " takes no argument");
        }
        return new TargetSpec(kind, argument);
    }

    /**
     * Engine options of a reference target, such as {@code ack=leader-only}: the reference
     * engine can be started with a deliberately unsafe rule to show that the suite catches it.
     */
    public Map<String, String> engineOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        if (kind.equals("reference") && !argument.isEmpty()) {
            for (String pair : argument.split(",")) {
                int eq = pair.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("engine option '" + pair + "' is not name=value");
                }
                options.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return options;
    }

    /**
     * Starts (or connects to) the target.
     *
     * @param cacheDir where kit-managed installs (dynalite) are kept between runs
     * @throws TargetUnavailableException with a one-line reason where this machine cannot run it
     */
    public Target open(Path cacheDir) {
        return switch (kind) {
            case "reference" -> ReferenceTarget.start(engineOptions());
            case "endpoint" -> new EndpointTarget(URI.create(argument));
            case "dynalite" -> DynaliteTarget.start(cacheDir);
            case "dynamodb-local" -> DynamoDbLocalTarget.start();
            case "aws" -> {
                AwsTarget aws = new AwsTarget(argument);
                System.err.println(aws.notice());
                yield aws;
            }
            default -> throw new IllegalStateException(kind);
        };
    }

    @Override
    public String toString() {
        return argument.isEmpty() ? kind : kind + ":" + argument;
    }
}
