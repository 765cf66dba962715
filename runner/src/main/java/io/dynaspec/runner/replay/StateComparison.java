package io.dynaspec.runner.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.GroupStatus;
import io.dynaspec.engine.cluster.HashedPartitionKey;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.PartitionView;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static io.dynaspec.runner.replay.ModelNames.fieldNames;
import static io.dynaspec.runner.replay.ModelNames.text;

/**
 * Compares the engine's state with the model's after a step of a replay, for the model-based
 * tests: per partition the leader and epoch, the AZs up, each replica's log, joined epoch and
 * items, and the acknowledged writes; then what the group's status shows; then what reads of
 * every kind return. Where all of that agrees, the engine is probed with the steps the model
 * cannot take there, which must change nothing, and compared again.
 */
final class StateComparison {

    private final Cluster cluster;
    private final Table table;
    private final ModelNames names;
    private final Map<String, AvailabilityZone> zones;
    private final Map<String, Integer> partitions;
    private final boolean simpleKeys;
    private final boolean replicaFaults;
    /** The replay's writes so far, in the order it issued them. */
    private final Collection<EngineWrite> writes;
    /** Runs the probe writes, which may wait for a quorum. */
    private final ExecutorService clients;

    /**
     * @param writes        the replay's writes, a live view: compared as they stand at each step
     * @param replicaFaults whether the replay fails one partition's replica at a time rather than zones
     */
    StateComparison(Cluster cluster, Table table, ModelNames names, Collection<EngineWrite> writes, boolean replicaFaults,
                    ExecutorService clients) {
        this.cluster = cluster;
        this.table = table;
        this.names = names;
        this.zones = names.zones();
        this.partitions = names.partitions();
        this.simpleKeys = names.simpleKeys();
        this.writes = writes;
        this.replicaFaults = replicaFaults;
        this.clients = clients;
    }

    /**
     * Where the engine's state differs from the model's: compared, then — where nothing differs —
     * probed with what the model cannot do, then compared again. Empty when they agree.
     */
    List<String> differences(JsonNode model) {
        List<String> differences = compare(model);
        if (differences.isEmpty()) {
            differences = probeDisabled(model);
        }
        if (differences.isEmpty()) {
            differences = compare(model);
        }
        return differences;
    }

    /**
     * Where the engine's state differs from the model's, per partition: leader and epoch, the AZs
     * up, each replica's log (as write ids), joined epoch and items (sort key, value, id of the
     * write that put it), and the acknowledged writes.
     */
    private List<String> compare(JsonNode model) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> p : partitions.entrySet()) {
            PartitionGroup g = table.partitions().get(p.getValue());
            String prefix = partitions.size() > 1 ? p.getKey() + ": " : "";
            AvailabilityZone leader = names.zone(model.path("leader").path(p.getKey()).asText());
            if (g.leaderOfEpoch() != leader || g.epoch() != model.path("epoch").path(p.getKey()).asLong()) {
                out.add(prefix + "leader " + g.leaderOfEpoch().label() + " epoch " + g.epoch() + ", model: leader "
                        + leader.label() + " epoch " + model.path("epoch").path(p.getKey()).asLong());
            }
            // The write at each position of the group's log, dropped part included: of the
            // writes the log holds at a position, the latest (an earlier one there was cut).
            Map<Long, Integer> idAt = new HashMap<>();
            for (EngineWrite w : writes) {
                if (w.group == g && w.entry() != null && g.holdsInLog(w.entry())) {
                    idAt.merge(w.entry().sequence(), w.id, Math::max);
                }
            }
            Set<String> upZones = upZones(model);
            for (Map.Entry<String, AvailabilityZone> az : zones.entrySet()) {
                var replica = g.replica(az.getValue());
                String where = prefix + "zone " + az.getValue().label() + ": ";
                boolean up = upZones.contains(az.getKey());
                if (replica.isUp() != up) {
                    out.add(where + (replica.isUp() ? "up" : "down") + ", model: " + (up ? "up" : "down"));
                }
                List<Integer> engineLog = new ArrayList<>();
                for (long seq = 1; seq <= replica.appliedSequence(); seq++) {
                    engineLog.add(idAt.getOrDefault(seq, -1));
                }
                List<Integer> modelLog = new ArrayList<>();
                model.path("log").path(p.getKey()).path(az.getKey()).forEach(n -> modelLog.add(n.asInt()));
                if (!engineLog.equals(modelLog)) {
                    out.add(where + "log " + engineLog + ", model: " + modelLog);
                }
                long joined = model.path("replicaEpoch").path(p.getKey()).path(az.getKey()).asLong();
                if (g.joinedEpoch(az.getValue()) != joined) {
                    out.add(where + "joined epoch " + g.joinedEpoch(az.getValue()) + ", model: " + joined);
                }
                JsonNode modelItems = model.path("items").path(p.getKey()).path(az.getKey());
                for (String pk : fieldNames(modelItems)) {
                    List<String> engineItems = itemsIn(replica, pk, model);
                    List<String> expected = itemsOf(modelItems.path(pk));
                    if (!engineItems.equals(expected)) {
                        out.add(where + "items of " + pk + " " + engineItems + ", model: " + expected);
                    }
                }
            }
        }
        TreeSet<Integer> engineAcknowledged = new TreeSet<>();
        for (EngineWrite w : writes) {
            if (w.entry() != null && w.group.writeState(w.entry()) == PartitionGroup.WriteState.ACKNOWLEDGED) {
                engineAcknowledged.add(w.id);
            }
        }
        TreeSet<Integer> modelAcknowledged = new TreeSet<>();
        model.path("acknowledged").forEach(n -> modelAcknowledged.add(n.asInt()));
        if (!engineAcknowledged.equals(modelAcknowledged)) {
            out.add("acknowledged " + engineAcknowledged + ", model: " + modelAcknowledged);
        }
        if (out.isEmpty()) {
            out.addAll(statusDifferences(model));
        }
        if (out.isEmpty()) {
            out.addAll(readDifferences(model));
        }
        return out;
    }

    /**
     * Where nothing is under way, what the model cannot do must change nothing on the engine: a
     * delivery to the leader, to a replica that is down or has the whole log, or while the
     * leader is down; a write while the leader is down or no majority of zones is up (the engine
     * refuses it as unavailable); failing a zone that is down, recovering one that is up. Returns
     * what the engine did instead; the caller compares the states again.
     */
    private List<String> probeDisabled(JsonNode model) {
        List<String> out = new ArrayList<>();
        Set<String> up = upZones(model);
        for (Map.Entry<String, Integer> p : partitions.entrySet()) {
            PartitionGroup g = table.partitions().get(p.getValue());
            String leader = model.path("leader").path(p.getKey()).asText();
            JsonNode logs = model.path("log").path(p.getKey());
            for (Map.Entry<String, AvailabilityZone> az : zones.entrySet()) {
                boolean enabled = !az.getKey().equals(leader) && up.contains(leader) && up.contains(az.getKey())
                        && logs.path(az.getKey()).size() < logs.path(leader).size();
                if (!enabled && cluster.scheduler().deliverOne(g, az.getValue())) {
                    out.add("a delivery to zone " + az.getValue().label() + " changed its replica, where the model has "
                            + "no Replicate or CatchUp");
                }
            }
            if (!up.contains(leader) || 2 * up.size() <= zones.size()) {
                String pk = names.firstKeyIn(p.getValue());
                if (pk != null) {
                    long length = g.logLength();
                    PrimaryKey key = names.engineKey(pk, "probe");
                    CompletableFuture<Void> probe = CompletableFuture.runAsync(
                            () -> table.write(key, Precondition.NONE, Mutation.DELETE), clients);
                    String outcome;
                    try {
                        probe.get(CounterexampleReplay.STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                        outcome = "accepted";
                    } catch (ExecutionException e) {
                        outcome = e.getCause() instanceof DynamoException ? "refused" : "failed: " + e.getCause();
                    } catch (TimeoutException e) {
                        outcome = "appended and waiting for a quorum";
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        outcome = "interrupted";
                    }
                    if (!outcome.equals("refused") || g.logLength() != length) {
                        out.add("a write with " + (up.contains(leader) ? "no majority of zones up" : "the leader's zone down")
                                + " was " + outcome);
                    }
                }
            }
        }
        for (Map.Entry<String, AvailabilityZone> az : zones.entrySet()) {
            AvailabilityZone z = az.getValue();
            if (up.contains(az.getKey())) {
                if (replicaFaults) {
                    table.partitions().forEach(g -> cluster.faults().recoverReplica(g, z));
                } else {
                    cluster.faults().recoverAz(z);
                }
            } else if (replicaFaults) {
                table.partitions().forEach(g -> cluster.faults().failReplica(g, z));
            } else {
                cluster.faults().failAz(z);
                // One replica of a failed zone cannot recover while the zone is down.
                table.partitions().forEach(g -> cluster.faults().recoverReplica(g, z));
            }
        }
        return out;
    }

    /**
     * Where the group's status (what {@code ./dynaspec faults status} shows) differs from the
     * model's state: the live leader, the log's length, and per replica whether it is up and
     * leads, how many entries it applied and how many items it holds.
     */
    private List<String> statusDifferences(JsonNode model) {
        List<String> out = new ArrayList<>();
        Map<AvailabilityZone, String> modelAz = new HashMap<>();
        zones.forEach((az, z) -> modelAz.put(z, az));
        Set<String> up = upZones(model);
        Set<AvailabilityZone> down = EnumSet.noneOf(AvailabilityZone.class);
        zones.forEach((az, z) -> {
            if (!up.contains(az) && !replicaFaults) {
                down.add(z);
            }
        });
        if (!cluster.faults().failedZones().equals(down)) {
            out.add("failed zones " + cluster.faults().failedZones() + ", model: " + down);
        }
        if (!cluster.scheduler().heldZones().equals(EnumSet.allOf(AvailabilityZone.class))) {
            out.add("held zones " + cluster.scheduler().heldZones() + "; the replay holds every zone's deliveries");
        }
        for (Map.Entry<String, Integer> p : partitions.entrySet()) {
            GroupStatus status = table.partitions().get(p.getValue()).status();
            String leader = model.path("leader").path(p.getKey()).asText();
            AvailabilityZone expectedLeader = up.contains(leader) ? zones.get(leader) : null;
            long logLength = model.path("log").path(p.getKey()).path(leader).size();
            if (status.leader() != expectedLeader || status.logLength() != logLength) {
                out.add("status: leader " + status.leader() + ", log length " + status.logLength() + ", model: leader "
                        + expectedLeader + ", log length " + logLength);
            }
            for (GroupStatus.ReplicaStatus r : status.replicas()) {
                String az = modelAz.get(r.zone());
                long items = 0;
                for (JsonNode collection : model.path("items").path(p.getKey()).path(az)) {
                    items += collection.size();
                }
                long applied = model.path("log").path(p.getKey()).path(az).size();
                boolean leads = az.equals(leader) && up.contains(az);
                if (r.up() != up.contains(az) || r.leader() != leads || r.applied() != applied || r.items() != items) {
                    out.add("status of zone " + r.zone().label() + ": up " + r.up() + ", leads " + r.leader() + ", applied "
                            + r.applied() + ", items " + r.items() + "; model: up " + up.contains(az) + ", leads " + leads
                            + ", applied " + applied + ", items " + items);
                }
            }
        }
        return out;
    }

    /**
     * Where the engine's reads differ from what the model's state implies (the model has no
     * reads: this is what DynamoDB's read consistency says of it). A strongly consistent GetItem,
     * Query or Scan sees exactly the acknowledged writes — the leader's log as far as it is
     * acknowledged — and fails while the leader's zone is down; an eventually consistent one sees
     * what some live replica holds.
     */
    private List<String> readDifferences(JsonNode model) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> p : partitions.entrySet()) {
            PartitionGroup g = table.partitions().get(p.getValue());
            String leader = model.path("leader").path(p.getKey()).asText();
            Set<String> up = upZones(model);
            boolean leaderUp = up.contains(leader);
            List<JsonNode> live = new ArrayList<>();
            for (String az : up) {
                live.add(model.path("items").path(p.getKey()).path(az));
            }
            // Item collection metrics and DescribeTable read from the replica a consistent read uses: the leader.
            String consistentReplica = readText(() -> g.readReplica(true).zone().label());
            if (leaderUp ? !consistentReplica.equals(zones.get(leader).label()) : !consistentReplica.startsWith("error")) {
                out.add("a consistent read is served by " + consistentReplica + ", expected "
                        + (leaderUp ? "the leader, zone " + zones.get(leader).label() : "an error (the leader's zone is down)"));
            }
            Map<String, List<String>> committed = committedItems(model, p.getKey());
            List<String> allCommitted = new ArrayList<>();
            committed.values().forEach(allCommitted::addAll);
            for (Map.Entry<String, List<String>> pk : committed.entrySet()) {
                for (String sk : sortKeys(model, pk.getKey())) {
                    PrimaryKey key = names.engineKey(pk.getKey(), sk);
                    String expected = pk.getValue().stream().filter(i -> i.startsWith(sk + " ")).findFirst().orElse("absent");
                    String consistent = readText(() -> describe(table.read(key, true)));
                    if (leaderUp ? !consistent.equals(expected) : !consistent.startsWith("error")) {
                        out.add("consistent GetItem " + pk.getKey() + "/" + sk + ": " + consistent + ", expected "
                                + (leaderUp ? expected : "an error (the leader's zone is down)"));
                    }
                    String eventual = readText(() -> describe(table.read(key, false)));
                    // With every zone down, an eventually consistent read fails too.
                    boolean seen = live.isEmpty() && eventual.startsWith("error");
                    for (JsonNode replica : live) {
                        seen |= eventual.equals(itemsOf(replica.path(pk.getKey())).stream()
                                .filter(i -> i.startsWith(sk + " ")).findFirst().orElse("absent"));
                    }
                    if (!seen) {
                        out.add("eventually consistent GetItem " + pk.getKey() + "/" + sk + ": " + eventual
                                + ", which no live replica holds");
                    }
                }
                String query = readText(() -> String.join(", ",
                        g.<List<String>>readItems(true, view -> itemsIn(view, pk.getKey(), model))));
                String expectedQuery = String.join(", ", pk.getValue());
                if (leaderUp ? !query.equals(expectedQuery) : !query.startsWith("error")) {
                    out.add("consistent Query " + pk.getKey() + ": [" + query + "], expected "
                            + (leaderUp ? "[" + expectedQuery + "]" : "an error (the leader's zone is down)"));
                }
                String eventualQuery = readText(() -> String.join(", ",
                        g.<List<String>>readItems(false, view -> itemsIn(view, pk.getKey(), model))));
                boolean seen = live.isEmpty() && eventualQuery.startsWith("error");
                for (JsonNode replica : live) {
                    seen |= eventualQuery.equals(String.join(", ", itemsOf(replica.path(pk.getKey()))));
                }
                if (!seen) {
                    out.add("eventually consistent Query " + pk.getKey() + ": [" + eventualQuery + "], which no live replica holds");
                }
            }
            // With simple keys a Scan goes in hash order: compared as a set.
            String scan = readText(() -> String.join(", ", sortedIf(simpleKeys, g.readItems(true, StateComparison::scan))));
            List<String> expectedScan = sortedIf(simpleKeys, allCommitted);
            if (leaderUp ? !scan.equals(String.join(", ", expectedScan)) : !scan.startsWith("error")) {
                out.add("consistent Scan: [" + scan + "], expected " + (leaderUp ? expectedScan : "an error (the leader's zone is down)"));
            }
            String paged = readText(() -> String.join(", ", sortedIf(simpleKeys, pagedScan(g))));
            if (!paged.equals(scan)) {
                out.add("consistent Scan a partition key per page: [" + paged + "], in one page: [" + scan + "]");
            }
        }
        return out;
    }

    /** What the view holds of the model's partition key, as the model's items: in sort-key order. */
    private List<String> itemsIn(PartitionView view, String pk, JsonNode model) {
        if (!simpleKeys) {
            return describeAll(view.collection(names.partitionKey(pk)).values());
        }
        List<String> out = new ArrayList<>();
        for (String sk : sortKeys(model, pk)) {
            out.addAll(describeAll(view.collection(names.engineKey(pk, sk).partition()).values()));
        }
        return out;
    }

    private static List<String> sortedIf(boolean sort, List<String> items) {
        if (!sort) {
            return items;
        }
        List<String> sorted = new ArrayList<>(items);
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * A consistent Scan one partition key per page, each page a read of its own that starts after
     * the last key of the one before, as a paginated Scan does.
     */
    private static List<String> pagedScan(PartitionGroup g) {
        List<String> items = new ArrayList<>();
        HashedPartitionKey last = null;
        while (true) {
            HashedPartitionKey after = last;
            Map.Entry<HashedPartitionKey, List<String>> page = g.readItems(true, view -> {
                var keys = after == null ? view.partitionKeysFrom(null, true) : view.partitionKeysFrom(after, false);
                while (keys.hasNext()) {
                    HashedPartitionKey k = keys.next();
                    List<String> found = describeAll(view.collection(k.value()).values());
                    if (!found.isEmpty()) {
                        return Map.entry(k, found);
                    }
                }
                return null;
            });
            if (page == null) {
                return items;
            }
            items.addAll(page.getValue());
            last = page.getKey();
        }
    }

    /** Every item of the view, key after key in scan order. */
    private static List<String> scan(PartitionView view) {
        List<String> items = new ArrayList<>();
        for (var keys = view.partitionKeysFrom(null, true); keys.hasNext(); ) {
            items.addAll(describeAll(view.collection(keys.next().value()).values()));
        }
        return items;
    }

    /**
     * The items the acknowledged writes leave, per partition key in sort-key order: the leader's
     * log applied as far as it is acknowledged (acknowledgements go in log order).
     */
    private static Map<String, List<String>> committedItems(JsonNode model, String p) {
        String leader = model.path("leader").path(p).asText();
        TreeSet<Integer> acknowledged = new TreeSet<>();
        model.path("acknowledged").forEach(n -> acknowledged.add(n.asInt()));
        Map<String, TreeMap<String, String>> items = new TreeMap<>();
        for (String pk : fieldNames(model.path("items").path(p).path(leader))) {
            items.put(pk, new TreeMap<>());
        }
        for (JsonNode id : model.path("log").path(p).path(leader)) {
            if (!acknowledged.contains(id.asInt())) {
                break;
            }
            JsonNode w = model.path("sent").path(id.asInt() - 1);
            String pk = w.path("key").path(0).asText();
            String sk = w.path("key").path(1).asText();
            if (w.path("op").asText().equals("Put")) {
                items.get(pk).put(sk, sk + " " + w.path("value").asText() + " #" + id.asInt());
            } else {
                items.get(pk).remove(sk);
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        items.forEach((pk, m) -> out.put(pk, new ArrayList<>(m.values())));
        return out;
    }

    /** The sort keys the model's writes name for the partition key. */
    private static TreeSet<String> sortKeys(JsonNode model, String pk) {
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode w : model.path("sent")) {
            if (w.path("key").path(0).asText().equals(pk)) {
                out.add(w.path("key").path(1).asText());
            }
        }
        return out;
    }

    private static List<String> itemsOf(JsonNode modelItems) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : modelItems) {
            out.add(item.path("sk").asText() + " " + item.path("val").asText() + " #" + item.path("version").asText());
        }
        return out;
    }

    private static String describe(Item item) {
        return item == null ? "absent" : text(item.get("sk")) + " " + text(item.get("val")) + " #" + text(item.get("version"));
    }

    private static List<String> describeAll(Collection<Item> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(describe(i)));
        return out;
    }

    /** The read's result as text, or "error: ..." when the engine refuses it. */
    private static String readText(Supplier<String> read) {
        try {
            return read.get();
        } catch (DynamoException e) {
            return "error: " + e.getMessage();
        }
    }

    /** The model's AZs that are up. */
    private static Set<String> upZones(JsonNode model) {
        Set<String> up = new LinkedHashSet<>();
        model.path("up").forEach(u -> up.add(u.asText()));
        return up;
    }
}
