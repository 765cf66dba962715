package io.dynaspec.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;

/** {@code dynaspec faults}: fault injection and replication status of a running reference engine. */
@Command(name = "faults", mixinStandardHelpOptions = true,
        description = {"Fails, recovers, holds or releases an availability zone of a running reference engine,",
                "or shows per table and partition the leader, epoch and each replica's log position.",
                "or holds transactions between their prepare and commit phases, or moves the engine's clock.",
                "Usage: faults --endpoint URL (fail-az|recover-az|hold|release) (a|b|c)",
                "       faults --endpoint URL (crash-az|restart-az) (a|b|c)   (needs serve --data-dir: a crash keeps only what was forced)",
                "       faults --endpoint URL (hold-transactions|release-transactions)",
                "       faults --endpoint URL fail-coordinator (after-prepare|after-decide)   (the next transaction to get there loses its coordinator)",
                "       faults --endpoint URL recover-coordinator   (another coordinator finishes them from the partitions' logs and the ledger)",
                "       faults --endpoint URL advance-clock MILLIS   (then deletes the items that have expired)",
                "       faults --endpoint URL sweep-ttl   (deletes the items that have expired by the engine's clock)",
                "       faults --endpoint URL roll-shards TABLE   (closes the open shards of the table's stream; child shards take over)",
                "       faults --endpoint URL (hold-index|release-index) TABLE/INDEX   (a global secondary index's propagation, and its backfill while it is CREATING)",
                "       faults --endpoint URL status",
                "       faults --endpoint URL locate --table T --key '{\"pk\": {\"S\": \"x\"}}'"})
public final class FaultsCommand implements Callable<Integer> {
    @Option(names = "--endpoint", required = true, description = "The engine's endpoint, e.g. http://localhost:8000.")
    URI endpoint;

    @Parameters(index = "0", description = "fail-az, recover-az, hold, release, crash-az, restart-az, hold-transactions, release-transactions, fail-coordinator, recover-coordinator, advance-clock, sweep-ttl, roll-shards, hold-index, release-index, status or locate")
    String action;

    @Parameters(index = "1", arity = "0..1", description = "The zone: a, b or c; with fail-coordinator, after-prepare or after-decide; with advance-clock, milliseconds; with roll-shards, the table; for hold-index and release-index, TABLE/INDEX.")
    String zone;

    @Option(names = "--table", description = "With locate: the table.")
    String table;

    @Option(names = "--key", description = "With locate: the item's key in DynamoDB JSON.")
    String key;

    @Override
    public Integer call() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request;
        String base = endpoint.toString().replaceAll("/+$", "");
        switch (action) {
            case "status" -> request = HttpRequest.newBuilder(URI.create(base + "/dynaspec/status")).GET().build();
            case "locate" -> {
                if (table == null || key == null) {
                    System.err.println("faults locate: give --table and --key");
                    return 2;
                }
                ObjectMapper json = new ObjectMapper();
                String body = json.writeValueAsString(java.util.Map.of("TableName", table, "Key", json.readTree(key)));
                request = HttpRequest.newBuilder(URI.create(base + "/dynaspec/locate"))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            }
            case "fail-az", "recover-az", "hold", "release", "crash-az", "restart-az", "hold-index", "release-index" -> {
                if (zone == null) {
                    System.err.println("faults " + action + (action.endsWith("-index")
                            ? ": name a global secondary index as TABLE/INDEX" : ": name a zone (a, b or c)"));
                    return 2;
                }
                request = HttpRequest.newBuilder(URI.create(base + "/dynaspec/faults/" + action + "/" + zone))
                        .POST(HttpRequest.BodyPublishers.noBody()).build();
            }
            case "hold-transactions", "release-transactions" -> request = HttpRequest.newBuilder(URI.create(base
                            + "/dynaspec/transactions/" + action.substring(0, action.indexOf('-'))))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            case "fail-coordinator" -> {
                if (!"after-prepare".equals(zone) && !"after-decide".equals(zone)) {
                    System.err.println("faults fail-coordinator: name the point, after-prepare or after-decide");
                    return 2;
                }
                request = HttpRequest.newBuilder(URI.create(base + "/dynaspec/transactions/fail-coordinator/" + zone))
                        .POST(HttpRequest.BodyPublishers.noBody()).build();
            }
            case "recover-coordinator" -> request = HttpRequest.newBuilder(URI.create(base + "/dynaspec/transactions/recover-coordinator"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            case "advance-clock" -> {
                if (zone == null || !zone.matches("[0-9]+")) {
                    System.err.println("faults advance-clock: give the milliseconds, e.g. 600000");
                    return 2;
                }
                request = HttpRequest.newBuilder(URI.create(base + "/dynaspec/clock/advance"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"Millis\": " + zone + "}")).build();
            }
            case "sweep-ttl" -> request = HttpRequest.newBuilder(URI.create(base + "/dynaspec/ttl/sweep"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            case "roll-shards" -> {
                if (zone == null) {
                    System.err.println("faults roll-shards: name a table with a stream");
                    return 2;
                }
                request = HttpRequest.newBuilder(URI.create(base + "/dynaspec/streams/roll/" + zone))
                        .POST(HttpRequest.BodyPublishers.noBody()).build();
            }
            default -> {
                System.err.println("faults: unknown action '" + action + "': use fail-az, recover-az, hold, release, crash-az, restart-az, "
                        + "hold-transactions, release-transactions, fail-coordinator, recover-coordinator, advance-clock, sweep-ttl, roll-shards, hold-index, release-index, status or locate");
                return 2;
            }
        }
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            System.err.println("faults: no engine answers at " + base + " (" + e.getMessage() + ")");
            return 1;
        }
        JsonNode doc = new ObjectMapper().readTree(r.body());
        if (r.statusCode() != 200) {
            System.err.println("faults: " + (doc.has("error") ? doc.get("error").asText() : r.body()));
            return 1;
        }
        if (action.equals("locate")) {
            System.out.println(doc.toPrettyString());
            return 0;
        }
        if (!action.equals("status")) {
            System.out.println(action + (zone == null ? "" : " " + zone) + ": done");
        }
        printStatus(doc);
        return 0;
    }

    /** The status document as a table: one line per partition, replicas as zone:applied(state). */
    static void printStatus(JsonNode doc) {
        System.out.println("acknowledgement rule: " + doc.get("ackRule").asText()
                + "   failed zones: " + doc.get("failedZones") + "   held zones: " + doc.get("heldZones")
                + (doc.path("onDisk").asBoolean() ? "   crashed zones: " + doc.get("crashedZones") : "   (in memory)"));
        JsonNode tx = doc.get("transactions");
        if (tx != null) {
            System.out.println("transactions: " + (tx.path("holding").asBoolean() ? "held after prepare" : "not held")
                    + "   held between their phases now: " + tx.get("heldBetweenPhases").asInt()
                    + "   unfinished: " + tx.get("unfinished").asInt()
                    + (tx.path("coordinatorFailureArmed").isTextual() ? "   coordinator failure armed: " + tx.get("coordinatorFailureArmed").asText() : "")
                    + (tx.path("failedCoordinators").isEmpty() ? "" : "   failed coordinators: " + tx.get("failedCoordinators")));
        }
        System.out.printf("%-24s %9s %-18s %-6s %5s %6s  %s%n", "table", "partition", "hash range start", "leader", "epoch", "log", "replicas (zone: applied entries)");
        for (JsonNode t : doc.get("tables")) {
            for (JsonNode p : t.get("partitions")) {
                StringBuilder reps = new StringBuilder();
                for (JsonNode r : p.get("replicas")) {
                    reps.append(r.get("zone").asText()).append(": ").append(r.get("applied").asLong());
                    if (!r.get("up").asBoolean()) {
                        reps.append(" (down)");
                    } else if (r.get("leader").asBoolean()) {
                        reps.append(" (leader)");
                    }
                    reps.append("   ");
                }
                System.out.printf("%-24s %9d %-18s %-6s %5d %6d  %s%n", t.get("name").asText(), p.get("partition").asInt(),
                        p.get("hashRangeStart").asText(), p.get("leader").isNull() ? "none" : p.get("leader").asText(),
                        p.get("epoch").asLong(), p.get("logLength").asLong(), reps.toString().trim());
            }
            JsonNode indexes = t.get("globalIndexes");
            if (indexes != null) {
                for (JsonNode i : indexes) {
                    System.out.printf("%-24s global secondary index %s: propagation %s, %d acknowledged writes waiting%n",
                            t.get("name").asText(), i.get("name").asText(), i.get("held").asBoolean() ? "held" : "running",
                            i.get("waiting").asLong());
                }
            }
        }
    }
}
