package io.dynaspec.runner.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code dynaspec serve --data-dir}, killed: the packaged engine serves conditional writers on
 * loopback, is killed with SIGKILL in the middle of their writes, and restarts from its folder,
 * five times over. After each restart every write it acknowledged is read back, and nothing that
 * was never written is there. Each writer owns its keys and moves each one through versions 1, 2,
 * 3… with a condition on the version before, so it knows what each key must hold. The table's tag,
 * Time to Live setting and stream are there after every restart, and at the end the stream holds,
 * for each key, one record of each version it went through, in order: none lost, none twice.
 */
class DurableServeIT {
    private static final Path JAR = Path.of("target", "dynaspec.jar");
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private static final int KILLS = 5;
    private static final int WRITERS = 8;
    private static final int KEYS_PER_WRITER = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The stream's shards roll over every this many records, so that the restarts fall across shard lineage. */
    private static final int SHARD_RECORDS = 64;

    /** What one key's owner knows: the last version acknowledged, and later ones sent without an answer. */
    private static final class KeyState {
        long acknowledged;
        final Set<Long> unanswered = new HashSet<>();
        final Set<Long> sent = new HashSet<>();
    }

    @Test
    void acknowledgedWritesSurviveSigkillAndRestart() throws Exception {
        Path data = Files.createTempDirectory("dynaspec-data-");
        Map<String, KeyState> keys = new HashMap<>();
        for (int w = 0; w < WRITERS; w++) {
            for (int k = 0; k < KEYS_PER_WRITER; k++) {
                keys.put("w" + w + "-k" + k, new KeyState());
            }
        }
        Random random = new Random(16);
        List<String> recoveries = new ArrayList<>();
        String streamArn = null;
        try {
            for (int round = 0; round <= KILLS; round++) {
                Process p = start(data);
                try {
                    Started s = awaitEndpoint(p);
                    recoveries.add(s.recoveryLine);
                    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    if (round == 0) {
                        HttpResponse<String> created = call(http, s.endpoint, "CreateTable", "{\"TableName\":\"Versions\","
                                + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\","
                                + "\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_IMAGE\"},"
                                + "\"Tags\":[{\"Key\":\"owner\",\"Value\":\"durable-it\"},"
                                + "{\"Key\":\"dynaspec:stream-shard-records\",\"Value\":\"" + SHARD_RECORDS + "\"}]}");
                        assertEquals(200, created.statusCode(), created.body());
                        HttpResponse<String> ttl = call(http, s.endpoint, "UpdateTimeToLive", "{\"TableName\":\"Versions\","
                                + "\"TimeToLiveSpecification\":{\"Enabled\":true,\"AttributeName\":\"expires\"}}");
                        assertEquals(200, ttl.statusCode(), ttl.body());
                        streamArn = JSON.readTree(created.body()).path("TableDescription").path("LatestStreamArn").asText();
                    }
                    checkEveryKey(http, s.endpoint, keys, "after restart " + round + " (" + s.recoveryLine + ")");
                    checkSettings(http, s.endpoint, streamArn, "after restart " + round);
                    if (round == KILLS) {
                        checkNothingUnwritten(http, s.endpoint, keys);
                        checkStream(http, s.endpoint, streamArn, keys);
                        break;
                    }
                    // Writers run until enough writes were acknowledged this round; then SIGKILL.
                    Semaphore acknowledged = new Semaphore(0);
                    List<Thread> writers = new ArrayList<>();
                    for (int w = 0; w < WRITERS; w++) {
                        int writer = w;
                        Thread t = new Thread(() -> write(s.endpoint, writer, keys, acknowledged), "writer-" + w);
                        t.start();
                        writers.add(t);
                    }
                    int target = 200 + random.nextInt(400);
                    assertTrue(acknowledged.tryAcquire(target, 60, TimeUnit.SECONDS), "writers got " + acknowledged.availablePermits() + " acknowledgements");
                    p.destroyForcibly();
                    p.waitFor(30, TimeUnit.SECONDS);
                    for (Thread t : writers) {
                        t.join(30_000);
                    }
                } finally {
                    if (p.isAlive()) {
                        p.destroy();
                        if (!p.waitFor(30, TimeUnit.SECONDS)) {
                            p.destroyForcibly().waitFor();
                        }
                    }
                }
            }
            long written = keys.values().stream().mapToLong(k -> k.acknowledged).sum();
            assertTrue(written > KILLS * 200, "acknowledged writes: " + written);
            System.out.println("DurableServeIT: " + written + " acknowledged versions survived " + KILLS + " SIGKILLs; " + recoveries);
        } finally {
            try (var walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** One writer: its keys in turn, each to its next version, until the engine stops answering. */
    private static void write(URI endpoint, int writer, Map<String, KeyState> keys, Semaphore acknowledged) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; ; i++) {
            String key = "w" + writer + "-k" + (i % KEYS_PER_WRITER);
            KeyState k = keys.get(key);
            long next = k.acknowledged + 1 + k.unanswered.size();
            String condition = k.acknowledged == 0 && k.unanswered.isEmpty() ? "\"ConditionExpression\":\"attribute_not_exists(pk)\""
                    : "\"ConditionExpression\":\"v = :prev\",\"ExpressionAttributeValues\":{\":prev\":{\"N\":\"" + (next - 1) + "\"}}";
            k.sent.add(next);
            HttpResponse<String> r;
            try {
                r = call(http, endpoint, "PutItem", "{\"TableName\":\"Versions\",\"Item\":{\"pk\":{\"S\":\"" + key
                        + "\"},\"v\":{\"N\":\"" + next + "\"},\"pad\":{\"S\":\"" + "x".repeat(100) + "\"}}," + condition + "}");
            } catch (IOException | InterruptedException e) {
                k.unanswered.add(next);
                return;
            }
            if (r.statusCode() == 200) {
                k.acknowledged = next;
                k.unanswered.clear();
                acknowledged.release();
            } else {
                // Only a write of ours with no answer could have moved the version: the check
                // after the restart says which.
                throw new AssertionError(key + " version " + next + ": " + r.statusCode() + " " + r.body());
            }
        }
    }

    /** Every key holds its last acknowledged version or one sent after it; the writer then knows which. */
    private static void checkEveryKey(HttpClient http, URI endpoint, Map<String, KeyState> keys, String when) throws Exception {
        for (Map.Entry<String, KeyState> e : keys.entrySet()) {
            KeyState k = e.getValue();
            HttpResponse<String> r = call(http, endpoint, "GetItem", "{\"TableName\":\"Versions\",\"Key\":{\"pk\":{\"S\":\""
                    + e.getKey() + "\"}},\"ConsistentRead\":true}");
            assertEquals(200, r.statusCode(), when + ": " + r.body());
            JsonNode item = JSON.readTree(r.body()).path("Item");
            long got = item.isMissingNode() ? 0 : item.path("v").path("N").asLong();
            assertTrue(got == k.acknowledged || k.unanswered.contains(got),
                    when + ": " + e.getKey() + " holds version " + got + ", but version " + k.acknowledged
                            + " was acknowledged" + (k.unanswered.isEmpty() ? "" : " (and " + k.unanswered + " sent without an answer)"));
            k.acknowledged = got;
            k.unanswered.clear();
        }
    }

    /** A scan finds only the writers' keys, each at a version that was sent. */
    private static void checkNothingUnwritten(HttpClient http, URI endpoint, Map<String, KeyState> keys) throws Exception {
        HttpResponse<String> r = call(http, endpoint, "Scan", "{\"TableName\":\"Versions\",\"ConsistentRead\":true}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode doc = JSON.readTree(r.body());
        assertTrue(doc.path("LastEvaluatedKey").isMissingNode(), "one page holds the table");
        for (JsonNode item : doc.path("Items")) {
            String key = item.path("pk").path("S").asText();
            KeyState k = keys.get(key);
            assertTrue(k != null, "a key never written: " + key);
            long v = item.path("v").path("N").asLong();
            assertTrue(k.sent.contains(v), key + " holds version " + v + ", never sent");
        }
    }

    /** The table's tags, its Time to Live setting and its stream, as round 0 set them. */
    private static void checkSettings(HttpClient http, URI endpoint, String streamArn, String when) throws Exception {
        HttpResponse<String> tags = call(http, endpoint, "ListTagsOfResource",
                "{\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:000000000000:table/Versions\"}");
        assertEquals("[{\"Key\":\"owner\",\"Value\":\"durable-it\"},{\"Key\":\"dynaspec:stream-shard-records\",\"Value\":\""
                + SHARD_RECORDS + "\"}]", JSON.readTree(tags.body()).path("Tags").toString(), when);
        HttpResponse<String> ttl = call(http, endpoint, "DescribeTimeToLive", "{\"TableName\":\"Versions\"}");
        assertEquals("ENABLED", JSON.readTree(ttl.body()).path("TimeToLiveDescription").path("TimeToLiveStatus").asText(), when);
        HttpResponse<String> table = call(http, endpoint, "DescribeTable", "{\"TableName\":\"Versions\"}");
        assertEquals(streamArn, JSON.readTree(table.body()).path("Table").path("LatestStreamArn").asText(), when);
    }

    /**
     * Each key's records in the stream: exactly versions 1, 2, … up to the one it holds, in order,
     * read page by page of DescribeStream, each shard to its end and each parent before its
     * children (the engine lists shards in the order they were opened).
     */
    private static void checkStream(HttpClient http, URI endpoint, String streamArn, Map<String, KeyState> keys) throws Exception {
        Map<String, List<Long>> versions = new HashMap<>();
        List<JsonNode> shards = new ArrayList<>();
        String start = null;
        do {
            HttpResponse<String> described = call(http, endpoint, "DynamoDBStreams_20120810.", "DescribeStream",
                    "{\"StreamArn\":\"" + streamArn + "\"" + (start == null ? "" : ",\"ExclusiveStartShardId\":\"" + start + "\"") + "}");
            assertEquals(200, described.statusCode(), described.body());
            JsonNode description = JSON.readTree(described.body()).path("StreamDescription");
            description.path("Shards").forEach(shards::add);
            start = description.hasNonNull("LastEvaluatedShardId") ? description.path("LastEvaluatedShardId").asText() : null;
        } while (start != null);
        Set<String> read = new HashSet<>();
        int children = 0;
        for (JsonNode shard : shards) {
            if (shard.hasNonNull("ParentShardId")) {
                assertTrue(read.contains(shard.path("ParentShardId").asText()), "a parent is listed, and read, before its child");
                children++;
            }
            read.add(shard.path("ShardId").asText());
            HttpResponse<String> it = call(http, endpoint, "DynamoDBStreams_20120810.", "GetShardIterator", "{\"StreamArn\":\""
                    + streamArn + "\",\"ShardId\":\"" + shard.path("ShardId").asText() + "\",\"ShardIteratorType\":\"TRIM_HORIZON\"}");
            String iterator = JSON.readTree(it.body()).path("ShardIterator").asText();
            while (true) {
                HttpResponse<String> page = call(http, endpoint, "DynamoDBStreams_20120810.", "GetRecords",
                        "{\"ShardIterator\":\"" + iterator + "\"}");
                assertEquals(200, page.statusCode(), page.body());
                JsonNode doc = JSON.readTree(page.body());
                if (doc.path("Records").isEmpty()) {
                    break;
                }
                for (JsonNode r : doc.path("Records")) {
                    JsonNode image = r.path("dynamodb").path("NewImage");
                    versions.computeIfAbsent(image.path("pk").path("S").asText(), k -> new ArrayList<>())
                            .add(image.path("v").path("N").asLong());
                }
                if (!doc.hasNonNull("NextShardIterator")) {
                    break;
                }
                iterator = doc.path("NextShardIterator").asText();
            }
        }
        assertTrue(children > 0, "the shards rolled over");
        for (Map.Entry<String, KeyState> e : keys.entrySet()) {
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= e.getValue().acknowledged; v++) {
                expected.add(v);
            }
            assertEquals(expected, versions.getOrDefault(e.getKey(), List.of()), "the stream records of " + e.getKey());
        }
    }

    private record Started(URI endpoint, String recoveryLine) { }

    private static Process start(Path data) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "serve", "--port", "0", "--no-smoke-check", "--data-dir", data.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static Started awaitEndpoint(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        URI endpoint = null;
        String recovery = null;
        List<String> seen = new ArrayList<>();
        for (String line; (endpoint == null || recovery == null) && (line = out.readLine()) != null; ) {
            seen.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                endpoint = URI.create(m.group(1));
            }
            if (line.startsWith("data directory: ")) {
                recovery = line.substring(line.indexOf(": recovered") + 2);
            }
        }
        assertTrue(endpoint != null && recovery != null, "serve printed no endpoint or recovery: " + seen);
        // Keep reading what it prints, so that it never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new Started(endpoint, recovery);
    }

    private static HttpResponse<String> call(HttpClient http, URI endpoint, String op, String body)
            throws IOException, InterruptedException {
        return call(http, endpoint, "DynamoDB_20120810.", op, body);
    }

    private static HttpResponse<String> call(HttpClient http, URI endpoint, String targetPrefix, String op, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", targetPrefix + op)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
