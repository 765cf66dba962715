package io.dynaspec.engine.trace;

import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.ForwardingTraceRecorder;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.storage.CrashingVolume;
import io.dynaspec.engine.cluster.storage.GroupCommit;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the engine records of a failover, of a crash and of a power cut, step by step, in the model's vocabulary. */
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

    /**
     * With the tables on disk: a follower crashes holding a write it had not forced, keeps only
     * what it forced, restarts from its files and takes the write again; the states carry each
     * replica's durable prefix and the crashed zones (spec/trace/TraceDurability.tla).
     */
    @Test
    void aCrashIsRecordedWithTheDurablePrefixTheReplicaKeeps() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 7);
        cluster.openData(new DataDirectory(new CrashingVolume(), GroupCommit.manual(failure -> {
            throw new AssertionError("storage failed", failure);
        }), DataDirectory.DEFAULT_SNAPSHOT_BYTES, failure -> { }));
        ModelTraceRecorder recorder = new ModelTraceRecorder("crash");
        CountDownLatch[] appended = {new CountDownLatch(1)};
        cluster.setTrace(new ForwardingTraceRecorder(recorder) {
            @Override
            public void onAppend(PartitionGroup group, LogEntry entry) {
                super.onAppend(group, entry);
                appended[0].countDown();
            }
        });
        Table t = cluster.createTable(TableMetadata.of("Students", KEY, 1));
        PartitionGroup g = t.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.C);

        // The first put is forced on a and b: acknowledged.
        CompletableFuture<?> first = put(t, "alice");
        assertTrue(appended[0].await(10, TimeUnit.SECONDS));
        g.force(AvailabilityZone.A);
        g.force(AvailabilityZone.B);
        first.get(10, TimeUnit.SECONDS);
        // The second reaches b's memory only; b crashes and keeps the first.
        appended[0] = new CountDownLatch(1);
        CompletableFuture<?> second = put(t, "bob");
        assertTrue(appended[0].await(10, TimeUnit.SECONDS));
        cluster.faults().crashAz(AvailabilityZone.B);
        cluster.faults().restartAz(AvailabilityZone.B);
        g.force(AvailabilityZone.A);
        g.force(AvailabilityZone.B);
        second.get(10, TimeUnit.SECONDS);

        List<ModelTraceRecorder.Step> steps = recorder.traces().get(0).steps();
        assertEquals(List.of("PutItem", "Replicate", "Force", "Force", "Acknowledge", "PutItem", "Replicate", "CrashAZ",
                "RestartAZ", "Replicate", "Force", "Force", "Acknowledge"),
                steps.stream().map(ModelTraceRecorder.Step::action).toList());
        ModelTraceRecorder.State crashed = steps.get(7).state();
        assertEquals(List.of(1), crashed.log().get(AvailabilityZone.B), "b keeps what it forced");
        assertEquals(1L, crashed.durable().get(AvailabilityZone.B));
        assertEquals(List.of(1, 2), crashed.log().get(AvailabilityZone.A), "the leader holds the second in memory");
        assertEquals(1L, crashed.durable().get(AvailabilityZone.A), "and has forced only the first");
        assertEquals(Set.of(AvailabilityZone.B), crashed.crashed());
        assertEquals(1L, steps.get(8).args().get("length"));
        assertTrue(steps.get(8).state().crashed().isEmpty());
        ModelTraceRecorder.State end = steps.get(steps.size() - 1).state();
        assertEquals(List.of(1, 2), end.log().get(AvailabilityZone.B));
        assertEquals(2L, end.durable().get(AvailabilityZone.B));
        assertEquals(Set.of(1, 2), end.acknowledged());

        StringWriter json = new StringWriter();
        recorder.writeJsonLines(json);
        assertTrue(json.toString().lines().skip(7).findFirst().orElseThrow()
                .endsWith("\"durable\":{\"A\":1,\"B\":1,\"C\":0},\"crashed\":[\"B\"]}}"));
    }

    /**
     * dur-powercut-broken's story: a put forced on a and b is acknowledged, c has nothing; the
     * power is cut and the engine starts again from its files. The recorder records PowerCut
     * (every zone down and crashed, each log cut to what it forced) and, when the new engine's
     * group starts, Restart with its leader and epoch, then the start's force of c; the new
     * group's steps continue the same trace (spec/trace/TracePowerCut.tla).
     */
    @Test
    void aPowerCutAndTheRestartFromTheFilesAreRecordedInTheSameTrace() throws Exception {
        CrashingVolume volume = new CrashingVolume();
        Cluster cluster = new Cluster(AckRule.QUORUM, 7);
        cluster.openData(new DataDirectory(volume, GroupCommit.manual(failure -> {
            throw new AssertionError("storage failed", failure);
        }), DataDirectory.DEFAULT_SNAPSHOT_BYTES, failure -> { }));
        ModelTraceRecorder recorder = new ModelTraceRecorder("power");
        CountDownLatch[] appended = {new CountDownLatch(1)};
        ForwardingTraceRecorder trace = new ForwardingTraceRecorder(recorder) {
            @Override
            public void onAppend(PartitionGroup group, LogEntry entry) {
                super.onAppend(group, entry);
                appended[0].countDown();
            }
        };
        cluster.setTrace(trace);
        Table t = cluster.createTable(TableMetadata.of("Students", KEY, 1));
        PartitionGroup g = t.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.C);
        CompletableFuture<?> first = put(t, "alice");
        assertTrue(appended[0].await(10, TimeUnit.SECONDS));
        g.force(AvailabilityZone.A);
        g.force(AvailabilityZone.B);
        first.get(10, TimeUnit.SECONDS);

        volume.powerOff();
        trace.onPowerCut(g);
        cluster.stopAfterPowerCut();
        Cluster after = new Cluster(AckRule.QUORUM, 7);
        after.setTrace(trace);
        after.openData(new DataDirectory(volume.afterPowerLoss(new Random(1), false), GroupCommit.manual(failure -> {
            throw new AssertionError("storage failed", failure);
        }), DataDirectory.DEFAULT_SNAPSHOT_BYTES, failure -> { }));

        assertEquals(1, recorder.traces().size(), "the new engine's group continues the partition's trace");
        List<ModelTraceRecorder.Step> steps = recorder.traces().get(0).steps();
        assertEquals(List.of("PutItem", "Replicate", "Force", "Force", "Acknowledge", "PowerCut", "Restart", "Force"),
                steps.stream().map(ModelTraceRecorder.Step::action).toList());
        ModelTraceRecorder.State cut = steps.get(5).state();
        assertTrue(cut.up().isEmpty());
        assertEquals(Set.of(AvailabilityZone.values()), cut.crashed());
        assertEquals(List.of(1), cut.log().get(AvailabilityZone.A));
        assertEquals(List.of(), cut.log().get(AvailabilityZone.C), "c had nothing on disk");
        assertEquals(1L, cut.epoch());
        ModelTraceRecorder.Step restart = steps.get(6);
        assertEquals(Map.of("az", "A", "epoch", 2L), restart.args(), "the first of the longest logs leads epoch 2");
        assertEquals(List.of(1), restart.state().log().get(AvailabilityZone.C), "c took the leader's log");
        assertEquals(0L, restart.state().durable().get(AvailabilityZone.C), "in memory only");
        assertEquals(2L, restart.state().replicaEpoch().get(AvailabilityZone.C));
        assertEquals(Set.of(AvailabilityZone.values()), restart.state().up());
        assertEquals(Map.of("az", "C", "length", 1L), steps.get(7).args());

        Table restarted = after.table("Students");
        appended[0] = new CountDownLatch(1);
        CompletableFuture<?> second = put(restarted, "bob");
        PartitionGroup h = restarted.partitions().get(0);
        assertTrue(appended[0].await(10, TimeUnit.SECONDS));
        h.force(AvailabilityZone.A);
        h.force(AvailabilityZone.B);
        second.get(10, TimeUnit.SECONDS);
        ModelTraceRecorder.Step put = recorder.traces().get(0).steps().get(8);
        assertEquals("PutItem", put.action());
        assertEquals(2, put.args().get("write"), "write ids go on from the run before the cut");
    }

    private static CompletableFuture<?> put(Table t, String name) {
        PrimaryKey k = new PrimaryKey(new AttributeValue.S(name), null);
        return CompletableFuture.runAsync(() ->
                t.write(k, Precondition.NONE, Mutation.put(Item.of(Map.of("pk", new AttributeValue.S(name))))));
    }
}
