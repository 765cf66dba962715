package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.storage.CrashingVolume;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A replica that restarts from its files into a group without a leader takes part in the election
 * with the epoch it had joined (Durability.tla's CrashAZ keeps replicaEpoch), so that its forced
 * log wins over a shorter one. The story: the put is forced in a and b while deliveries to c are
 * held; b crashes, a fails, b restarts, and b and c elect a leader: b, with the put.
 */
class RestartElectionTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    private static final PrimaryKey K = new PrimaryKey(new AttributeValue.S("k1"), null);
    private static final Item PUT = Item.of(Map.of("pk", new AttributeValue.S("k1"), "v", new AttributeValue.S("v1")));

    @Test
    void aRestartedReplicaWithTheAcknowledgedWriteOnDiskWinsTheElection() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        cluster.openData(DataDirectory.inline(new CrashingVolume(), DataDirectory.DEFAULT_SNAPSHOT_BYTES));
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.C);
        table.write(K, Precondition.NONE, Mutation.put(PUT));
        assertEquals(1, group.forcedSequence(AvailabilityZone.B), "acknowledged: forced in a and b");
        assertEquals(0, group.replica(AvailabilityZone.C).appliedSequence());

        cluster.faults().crashAz(AvailabilityZone.B);
        cluster.faults().failAz(AvailabilityZone.A);
        assertNull(group.leaderZone(), "c alone cannot elect anyone");
        cluster.faults().restartAz(AvailabilityZone.B);
        assertEquals(AvailabilityZone.B, group.leaderZone(), "b's log is of the same epoch as c's, and longer");
        assertEquals(PUT, table.read(K, true));
    }
}
