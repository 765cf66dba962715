package io.dynaspec.engine.trace;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.trace.BackfillTraceRecorder.Entry;
import io.dynaspec.engine.trace.BackfillTraceRecorder.State;
import io.dynaspec.engine.trace.BackfillTraceRecorder.Step;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A backfill story recorded as IndexBackfill.tla's steps: two items written, the index created,
 * one item written again before the backfill reads the partition, the backfill's read and copies,
 * the activation, and a write propagated after it.
 */
class BackfillTraceRecorderTest {
    private static final KeySchema KEYS = new KeySchema("id", AttributeType.S, null, null);
    private static final TableMetadata.IndexDefinition BY_CITY = new TableMetadata.IndexDefinition("ByCity",
            new KeySchema("city", AttributeType.S, null, null), "KEYS_ONLY", List.of(), 0, 0);

    @Test
    void recordsTheBackfillAsTheModelsSteps() {
        ArrayDeque<Runnable> background = new ArrayDeque<>();
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        cluster.setBackground(background::add);
        Table table = cluster.createTable(new TableMetadata("People", KEYS, Map.of("id", AttributeType.S, "city", AttributeType.S),
                "PAY_PER_REQUEST", 0, 0, List.of(), List.of(), Instant.EPOCH, 1));
        BackfillTraceRecorder recorder = new BackfillTraceRecorder(table, "city");
        cluster.setTrace(recorder);

        put(table, "k1", "Oslo");
        put(table, "k2", "Rome");
        table.createGlobalIndex(BY_CITY, false);
        put(table, "k1", "Bergen");
        while (!background.isEmpty()) {
            background.poll().run();
        }
        put(table, "k2", "Oslo");

        List<Step> steps = recorder.steps();
        assertEquals(List.of("PutItem", "Acknowledge", "PutItem", "Acknowledge", "CreateIndex", "PutItem", "Acknowledge",
                "BackfillRead", "BackfillCopy", "BackfillCopy", "Activate", "PutItem", "Acknowledge", "Propagate"),
                steps.stream().map(Step::action).toList());

        Step read = steps.get(7);
        assertEquals("p0", read.partition());
        assertEquals(3, read.length(), "the read covers the three acknowledged writes");
        assertEquals(Set.of(new Entry("k1", "Bergen", 3), new Entry("k2", "Rome", 2)), read.state().owed());
        assertEquals("CREATING", read.state().status());
        assertEquals(Map.of("p0", 3), read.state().fed());

        State active = steps.get(10).state();
        assertEquals("ACTIVE", active.status());
        assertEquals(Set.of(), active.owed());
        assertEquals(Map.of("k1", new Entry("k1", "Bergen", 3), "k2", new Entry("k2", "Rome", 2)), active.gsi());
        assertEquals(Map.of(), active.propagated(), "nothing is propagated before the index is ACTIVE");

        Step propagate = steps.get(13);
        assertEquals(4, propagate.write());
        assertEquals(4, propagate.length());
        assertEquals(new Entry("k2", "Oslo", 4), propagate.state().gsi().get("k2"));
        assertEquals(Map.of("k2", 4), propagate.state().propagated());
        assertEquals(Map.of("p0", 4), propagate.state().fed());
        assertEquals(Map.of("p0", List.of(1, 2, 3, 4)), propagate.state().log());
        assertEquals(Set.of(1, 2, 3, 4), propagate.state().acknowledged());
    }

    private static void put(Table table, String id, String city) {
        table.write(new PrimaryKey(new AttributeValue.S(id), null), Precondition.NONE,
                Mutation.put(Item.of(Map.of("id", new AttributeValue.S(id), "city", new AttributeValue.S(city)))));
    }
}
