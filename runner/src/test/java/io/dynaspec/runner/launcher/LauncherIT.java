package io.dynaspec.runner.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged launcher, run as a user runs it: {@code java -jar target/dynaspec.jar} with nothing
 * on its class path but the jar's manifest. Surefire's tests see Maven's test class path, which
 * hides a runtime dependency demoted to test scope; this test, in the verify phase, does not.
 */
class LauncherIT {

    private static final Path JAR = Path.of("target", "dynaspec.jar");
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private static final Pattern CONSOLE = Pattern.compile("^console: (http://\\S+)");

    @Test
    void runsTheSuiteOnTheReferenceEngine() throws Exception {
        Path reports = Path.of("target", "launcher-it", "reports");
        Result r = launch(Duration.ofMinutes(5), "run", "--target", "reference",
                "--tags", "@item_collection_metrics", "--reports", reports.toString());
        assertEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("dynaspec run on reference"), r.output);
        assertTrue(r.output.matches("(?s).*\\n\\d+ scenarios in .*"), r.output);
        assertTrue(!r.output.contains("NoClassDefFoundError") && !r.output.contains("FAILED"), r.output);
        assertTrue(Files.isDirectory(reports), "reports written to " + reports);
    }

    /**
     * The jar and its lib/ copied away from the kit, as an emulator author using the CLI from
     * another language would: the features come from inside the jar.
     */
    @Test
    void runsTheSuiteFromAJarCopiedOutOfTheKit() throws Exception {
        Path away = Files.createTempDirectory("dynaspec-jar-");
        try {
            Files.copy(JAR, away.resolve("dynaspec.jar"));
            Path lib = Files.createDirectories(away.resolve("lib"));
            try (var jars = Files.list(JAR.resolveSibling("lib"))) {
                for (Path j : (Iterable<Path>) jars::iterator) {
                    Files.copy(j, lib.resolve(j.getFileName()));
                }
            }
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    away.resolve("dynaspec.jar").toString(), "run", "--target", "reference", "--tags", "@item_collection_metrics");
            Path log = away.resolve("run.log");
            Process p = new ProcessBuilder(command).directory(away.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("did not finish: " + Files.readString(log));
            }
            String output = Files.readString(log);
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.matches("(?s).*\\n[1-9]\\d* passed, 0 failed, 0 skipped.*"), output);
            assertTrue(output.contains(away.resolve("target").resolve("dynaspec-reports").toString()), "reports under the working directory: " + output);
        } finally {
            try (var walk = Files.walk(away)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void servesTheReadmePutItem() throws Exception {
        Process p = start("serve", "--port", "0", "--no-smoke-check");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            URI endpoint = null;
            URI console = null;
            List<String> seen = new ArrayList<>();
            for (String line; (endpoint == null || console == null) && (line = out.readLine()) != null; ) {
                seen.add(line);
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    endpoint = URI.create(m.group(1));
                }
                Matcher c = CONSOLE.matcher(line);
                if (c.find()) {
                    console = URI.create(c.group(1));
                }
            }
            assertTrue(endpoint != null, "serve printed no endpoint: " + seen);
            assertEquals(URI.create(endpoint + "/dynaspec/console"), console, "the console's URL beside the endpoint: " + seen);
            HttpClient http = HttpClient.newHttpClient();
            // The console's page and script come out of the packaged jar.
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(console).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<title>dynaspec console</title>"), page.body());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(console + "/console.js")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            // The README's AWS CLI example, as the CLI sends it.
            assertEquals(200, call(http, endpoint, "CreateTable", "{\"TableName\":\"Employee\","
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"LoginAlias\",\"AttributeType\":\"S\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"LoginAlias\",\"KeyType\":\"HASH\"}],"
                    + "\"BillingMode\":\"PAY_PER_REQUEST\"}").statusCode());
            HttpResponse<String> put = call(http, endpoint, "PutItem", "{\"TableName\":\"Employee\",\"Item\":"
                    + "{\"LoginAlias\":{\"S\":\"irenes\"},\"FirstName\":{\"S\":\"Irene\"},\"LastName\":{\"S\":\"Smith\"},"
                    + "\"ManagerLoginAlias\":{\"S\":\"mateoj\"},\"Skills\":{\"SS\":[\"python\",\"aws\"]}}}");
            assertEquals(200, put.statusCode(), put.body());
            assertEquals("{}", put.body());
            HttpResponse<String> got = call(http, endpoint, "GetItem",
                    "{\"TableName\":\"Employee\",\"Key\":{\"LoginAlias\":{\"S\":\"irenes\"}},\"ConsistentRead\":true}");
            assertEquals(200, got.statusCode(), got.body());
            assertTrue(got.body().contains("\"LastName\":{\"S\":\"Smith\"}"), got.body());
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private static HttpResponse<String> call(HttpClient http, URI endpoint, String op, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + op)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Result(int exit, String output) { }

    private static Result launch(Duration limit, String... args) throws Exception {
        Path log = Files.createDirectories(Path.of("target", "launcher-it")).resolve(args[0] + ".log");
        Process p = command(args).redirectOutput(log.toFile()).start();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("launcher did not finish in " + limit + ": " + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log));
    }

    private static Process start(String... args) throws IOException {
        return command(args).start();
    }

    private static ProcessBuilder command(String... args) {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built in the package phase");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
