package io.dynaspec.engine.cluster.storage;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A replica's epoch file across power cuts: each vote appended and forced, read back as the
 * latest with where its epoch's log began; a force cut short leaves the votes before it, and the
 * next start appends after them; grown past its bound, it is written anew with the latest vote
 * alone; records of the first format, the epoch alone, still load, their start unknown.
 */
class EpochFileTest {
    private static final String FOLDER = "t/p0/a";

    /** A store that forces only when told: the epoch file is forced by {@link ReplicaStore#forceEpoch} itself. */
    private static ReplicaStore store(CrashingVolume v) throws Exception {
        return ReplicaStore.create(v, FOLDER, GroupCommit.manual(failure -> {
            throw new AssertionError(failure);
        }), () -> { });
    }

    @Test
    void theLatestVoteIsReadBackAfterAPowerCut() throws Exception {
        CrashingVolume v = new CrashingVolume();
        ReplicaStore s = store(v);
        assertEquals(0, ReplicaStore.recover(v, FOLDER).epoch, "no vote yet: no file");
        s.forceEpoch(2, 3);
        s.forceEpoch(5, 7);
        v.powerOff();
        ReplicaStore.Recovered r = ReplicaStore.recover(v.afterPowerLoss(new Random(1), false), FOLDER);
        assertEquals(5, r.epoch);
        assertEquals(7, r.epochStart, "where epoch 5's log began");
        assertNull(r.epochNote);
    }

    @Test
    void aForceCutShortLeavesTheVotesBeforeItAndTheNextStartAppendsAfterThem() throws Exception {
        int torn = 0;
        for (long seed = 1; seed <= 20; seed++) {
            CrashingVolume v = new CrashingVolume();
            ReplicaStore s = store(v);
            s.forceEpoch(2, 0);
            // The power goes off at the force of the vote for epoch 3: any prefix of it is on disk.
            v.crashAtStep(v.steps() + 2);
            try {
                s.forceEpoch(3, 1);
                throw new AssertionError("the power stayed on");
            } catch (PowerLoss expected) {
                // what the test asks for
            }
            CrashingVolume after = v.afterPowerLoss(new Random(seed), true);
            ReplicaStore.Recovered r = ReplicaStore.recover(after, FOLDER);
            assertTrue(r.epoch == 2 || r.epoch == 3, "seed " + seed + ": epoch " + r.epoch);
            if (r.epochNote != null) {
                assertTrue(r.epochNote.contains("torn last record"), r.epochNote);
                assertEquals(2, r.epoch);
                assertEquals(0, r.epochStart, "epoch 2's start, not the torn record's");
                torn++;
            }

            // The next start cuts the torn tail and appends whole records after the ones before.
            ReplicaStore reopened = ReplicaStore.open(after, FOLDER, r, 0, GroupCommit.manual(failure -> {
                throw new AssertionError(failure);
            }), () -> { });
            reopened.forceEpoch(4, 2);
            after.powerOff();
            ReplicaStore.Recovered again = ReplicaStore.recover(after.afterPowerLoss(new Random(seed), false), FOLDER);
            assertEquals(4, again.epoch, "seed " + seed);
            assertEquals(2, again.epochStart, "seed " + seed);
            assertNull(again.epochNote, "seed " + seed);
        }
        assertTrue(torn > 0, "no seed tore the record");
    }

    @Test
    void pastItsBoundTheFileIsWrittenAnewWithTheLatestVote() throws Exception {
        CrashingVolume v = new CrashingVolume();
        ReplicaStore s = store(v);
        for (long e = 2; e <= 2_000; e++) {
            s.forceEpoch(e, e * 10);
        }
        String name = FOLDER + "/" + ReplicaStore.EPOCH_FILE;
        assertTrue(v.forced(name) <= ReplicaStore.EPOCH_FILE_BYTES + 32, v.forced(name) + " bytes");
        v.powerOff();
        ReplicaStore.Recovered r = ReplicaStore.recover(v.afterPowerLoss(new Random(1), false), FOLDER);
        assertEquals(2_000, r.epoch);
        assertEquals(20_000, r.epochStart);
    }

    /** A record of the file's first format: its type, 20, and the epoch alone. */
    private static void appendFirstFormat(CrashingVolume v, long epoch) throws Exception {
        try (StoredFile f = v.open(FOLDER + "/" + ReplicaStore.EPOCH_FILE)) {
            Records.Batch b = new Records.Batch();
            b.add(new Encoder(16).writeByte(20).writeLong(epoch));
            b.writeTo(f);
            f.force();
        }
    }

    @Test
    void aRecordOfTheFirstFormatNamesItsEpochAndLeavesWhereItsLogBeganUnknown() throws Exception {
        CrashingVolume v = new CrashingVolume();
        store(v);
        appendFirstFormat(v, 3);
        v.powerOff();
        CrashingVolume after = v.afterPowerLoss(new Random(1), false);
        ReplicaStore.Recovered r = ReplicaStore.recover(after, FOLDER);
        assertEquals(3, r.epoch);
        assertEquals(-1, r.epochStart, "unknown: the start keeps its entries as before");
        assertNull(r.epochNote);

        // The next vote appends a record of the new format after it; the latest epoch's stands.
        ReplicaStore reopened = ReplicaStore.open(after, FOLDER, r, 0, GroupCommit.manual(failure -> {
            throw new AssertionError(failure);
        }), () -> { });
        reopened.forceEpoch(4, 6);
        after.powerOff();
        ReplicaStore.Recovered again = ReplicaStore.recover(after.afterPowerLoss(new Random(1), false), FOLDER);
        assertEquals(4, again.epoch);
        assertEquals(6, again.epochStart);
        assertNull(again.epochNote);
    }

    @Test
    void anOlderFormatRecordOfALaterEpochLeavesTheStartUnknown() throws Exception {
        CrashingVolume v = new CrashingVolume();
        ReplicaStore s = store(v);
        s.forceEpoch(2, 1);
        appendFirstFormat(v, 5);
        v.powerOff();
        ReplicaStore.Recovered r = ReplicaStore.recover(v.afterPowerLoss(new Random(1), false), FOLDER);
        assertEquals(5, r.epoch);
        assertEquals(-1, r.epochStart, "epoch 2's start says nothing of epoch 5's");
    }
}
