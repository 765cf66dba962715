package io.dynaspec.runner.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The engine's names for what a replayed model behaviour names: its AZs are renamed so that the
 * first partition's initial leader is the engine's zone A (the engine starts every group led from
 * A; the model chooses any AZ, up to symmetry), its partitions map to the engine table's
 * partitions in name order, and each of its partition keys to an engine key chosen so that it
 * hashes to the mapped partition.
 */
final class ModelNames {

    private final Table table;
    private final boolean simpleKeys;
    private final Map<String, AvailabilityZone> zones = new HashMap<>();
    private final Map<String, Integer> partitions = new HashMap<>();
    /** Each model partition key's engine partition key (composite keys). */
    private final Map<String, PrimaryKey> keys = new HashMap<>();
    private final Map<String, Integer> partitionOfKey = new HashMap<>();
    /** Each model key (partition key, sort key)'s engine key, as first asked for (simple keys). */
    private final Map<String, PrimaryKey> simpleKeyOf = new HashMap<>();

    /**
     * @param init       the model's initial state
     * @param table      the engine's table, one partition per model partition
     * @param simpleKeys whether the table has a simple primary key: then each model key (partition
     *                   key, sort key) becomes one partition key of its own, in the partition the
     *                   model's key hashes to
     */
    ModelNames(JsonNode init, Table table, boolean simpleKeys) {
        this.table = table;
        this.simpleKeys = simpleKeys;
        List<String> partitionNames = new ArrayList<>(new TreeSet<>(fieldNames(init.path("leader"))));
        List<String> azNames = new ArrayList<>(new TreeSet<>(fieldNames(init.path("log").path(partitionNames.get(0)))));
        String firstLeader = init.path("leader").path(partitionNames.get(0)).asText();
        for (String p : partitionNames) {
            if (!init.path("leader").path(p).asText().equals(firstLeader)) {
                throw new CounterexampleReplay.UnsupportedScheduleException("the model starts partitions with different leaders; "
                        + "the engine starts every group led from zone A");
            }
        }
        zones.put(firstLeader, AvailabilityZone.A);
        int next = 1;
        for (String az : azNames) {
            if (!az.equals(firstLeader)) {
                zones.put(az, AvailabilityZone.values()[next++]);
            }
        }
        for (int i = 0; i < partitionNames.size(); i++) {
            partitions.put(partitionNames.get(i), i);
        }
        // Each partition's items name the partition keys that hash to it in the model.
        for (String p : partitionNames) {
            for (String pk : fieldNames(init.path("items").path(p).path(firstLeader))) {
                keys.put(pk, engineKeyIn(pk, partitions.get(p)));
                partitionOfKey.put(pk, partitions.get(p));
            }
        }
    }

    /** How many partitions the model's initial state has. */
    static int partitionCount(JsonNode init) {
        return fieldNames(init.path("leader")).size();
    }

    /** Each model AZ's engine zone. */
    Map<String, AvailabilityZone> zones() {
        return Collections.unmodifiableMap(zones);
    }

    /** Each model partition's index in the engine table. */
    Map<String, Integer> partitions() {
        return Collections.unmodifiableMap(partitions);
    }

    boolean simpleKeys() {
        return simpleKeys;
    }

    /** The first of pk, pk-1, pk-2, ... whose hash lands in the partition. */
    private PrimaryKey engineKeyIn(String pk, int partition) {
        for (int n = 0; ; n++) {
            String candidate = n == 0 ? pk : pk + "-" + n;
            PrimaryKey key = new PrimaryKey(new AttributeValue.S(candidate), new AttributeValue.S("0"));
            if (table.partitionFor(key).index() == partition) {
                return new PrimaryKey(key.partition(), null);
            }
        }
    }

    /** The engine's key for the model's key (partition key, sort key). */
    PrimaryKey engineKey(String pk, String sk) {
        if (!simpleKeys) {
            return new PrimaryKey(keys.get(pk).partition(), new AttributeValue.S(sk));
        }
        return simpleKeyOf.computeIfAbsent(pk + "/" + sk, k -> engineKeyIn(pk + "#" + sk, partitionOfKey.get(pk)));
    }

    /** The engine's partition key for the model's partition key (composite keys). */
    AttributeValue partitionKey(String pk) {
        return keys.get(pk).partition();
    }

    /** The first, in name order, of the model's partition keys in the partition; null if it has none. */
    String firstKeyIn(int partition) {
        return partitionOfKey.entrySet().stream().filter(k -> k.getValue().equals(partition))
                .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
    }

    /** The engine's group for the action's partition. */
    PartitionGroup group(JsonNode action) {
        Integer index = partitions.get(action.path("p").asText());
        if (index == null) {
            throw new CounterexampleReplay.UnsupportedScheduleException("no partition " + action.path("p").asText());
        }
        return table.partitions().get(index);
    }

    /** The engine's zone for the model's AZ. */
    AvailabilityZone zone(String az) {
        AvailabilityZone z = zones.get(az);
        if (z == null) {
            throw new CounterexampleReplay.UnsupportedScheduleException("no AZ " + az);
        }
        return z;
    }

    /** An engine attribute value as the model writes it: a string's or a number's text. */
    static String text(AttributeValue v) {
        if (v instanceof AttributeValue.S) {
            return ((AttributeValue.S) v).value();
        }
        return v instanceof AttributeValue.N ? ((AttributeValue.N) v).value().toString() : String.valueOf(v);
    }

    /** The names of a JSON object's fields: the domain of one of the model's functions. */
    static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
