package io.dynaspec.engine.trace;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the engine records of a failover, step by step, in the model's vocabulary. */
class ModelTraceRecorderTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);

    @Test
    void aFailoverIsRecordedAsTheModelsStepsWithTheStateAfterEach() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 7);
        ModelTraceRecorder recorder = new ModelTraceRecorder("story");
        cluster.setTrace(recorder);
        Table t = cluster.createTable(TableMetadata.of("Students", KEY, 1));

        // AZ c hears nothing for a while; the write needs only b to reach its quorum.
        cluster.scheduler().hold(AvailabilityZone.C);
        PrimaryKey k = new PrimaryKey(new AttributeValue.S("alice"), null);
        t.write(k, Precondition.NONE, Mutation.put(Item.of(Map.of("pk", new AttributeValue.S("alice")))));
        // Now the leader's AZ goes down: b has the write and becomes leader in epoch 2.
        cluster.faults().failAz(AvailabilityZone.A);
        // c is released and joins epoch 2 by taking b's whole log; a comes back already caught up.
        cluster.scheduler().release(AvailabilityZone.C);
        cluster.faults().recoverAz(AvailabilityZone.A);

        List<ModelTraceRecorder.Trace> traces = recorder.traces();
        assertEquals(1, traces.size());
        assertEquals("story/p0", traces.get(0).name());
        List<ModelTraceRecorder.Step> steps = traces.get(0).steps();
        assertEquals(List.of("PutItem", "Replicate", "Acknowledge", "FailAZ", "ElectLeader", "CutToLeader",
                "CatchUp", "RecoverAZ"), steps.stream().map(ModelTraceRecorder.Step::action).toList());

        ModelTraceRecorder.State elected = steps.get(4).state();
        assertEquals(AvailabilityZone.B, elected.leader());
        assertEquals(2, elected.epoch());
        assertEquals(2L, elected.replicaEpoch().get(AvailabilityZone.B));
        assertEquals(List.of(1), elected.log().get(AvailabilityZone.A), "the down former leader keeps its log");
        assertEquals(List.of(1), elected.acknowledged().stream().toList());

        ModelTraceRecorder.State end = steps.get(steps.size() - 1).state();
        for (AvailabilityZone z : AvailabilityZone.values()) {
            assertEquals(List.of(1), end.log().get(z), z + " holds the write");
        }
        assertEquals(2L, end.replicaEpoch().get(AvailabilityZone.C), "c joined epoch 2 by catching up");
        assertEquals(1L, end.replicaEpoch().get(AvailabilityZone.A), "a had nothing to take: it has not joined");

        StringWriter json = new StringWriter();
        recorder.writeJsonLines(json);
        String first = json.toString().lines().findFirst().orElseThrow();
        assertEquals("{\"trace\":\"story/p0\",\"step\":1,\"action\":\"PutItem\",\"args\":{\"key\":\"alice\",\"sort\":0,\"write\":1},"
                + "\"state\":{\"leader\":\"A\",\"epoch\":1,\"up\":[\"A\",\"B\",\"C\"],\"log\":{\"A\":[1],\"B\":[],\"C\":[]},"
                + "\"replicaEpoch\":{\"A\":1,\"B\":1,\"C\":1},\"acknowledged\":[]}}", first);
        assertTrue(json.toString().lines().count() == steps.size());
    }
}
