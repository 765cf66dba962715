package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.StreamRecord;
import io.dynaspec.engine.cluster.StreamShard;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.TableStream;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The stream under seeded random fault schedules ({@link RandomFaultSchedule}: conditional writers,
 * zones failing and recovering, deliveries held and released), checked against spec/Streams.tla's
 * properties once the schedule has healed: every acknowledged write that changed its item has
 * exactly one record, with the entry's images, and no other write has one
 * ({@code StreamShowsOnlyAcknowledgedWrites}, {@code EachChangeAppearsOnce}); each shard's records
 * are in log order ({@code PerKeyInCommitOrder}); per key, each record's OldImage is the NewImage
 * of the one before it, and the last NewImage is the item the table holds ({@code ImagesChainPerKey}).
 * The stream is read as Streams.html says a reader must, each parent shard before its children;
 * a second run rolls the shards over every two records, so that the reader crosses many
 * rollovers, and failovers between them.
 *
 * <p>{@code -Dschedules=N} runs N schedules (200 by default).
 */
class StreamFaultScheduleTest {
    private static final int SCHEDULES = Integer.getInteger("schedules", 200);
    private static final int STEPS = 60;
    private static final ExecutorService WRITERS = RandomFaultSchedule.writerPool();

    @AfterAll
    static void stopWriters() {
        WRITERS.shutdownNow();
    }

    @Test
    void everyAcknowledgedChangeIsOneRecordInOrderAndNothingElseIs() throws Exception {
        run(SCHEDULES, 0);
    }

    @Test
    void readingParentShardsBeforeTheirChildrenAcrossRolloversAndFailoversShowsEachChangeOnceInOrder() throws Exception {
        int rolled = run(Math.max(1, SCHEDULES / 4), 2);
        assertTrue(rolled > 0, "the shards rolled over");
    }

    /** Plays the schedules; returns how many shards were closed by a rollover. */
    private static int run(int schedules, long recordsPerShard) throws Exception {
        int records = 0;
        int rolled = 0;
        int cutOrRefused = 0;
        for (long seed = 1; seed <= schedules; seed++) {
            List<RandomFaultSchedule.Write> acknowledged = new ArrayList<>();
            int[] refused = new int[1];
            RandomFaultSchedule schedule = new RandomFaultSchedule(AckRule.QUORUM, seed, WRITERS, TraceRecorder.OFF,
                    new RandomFaultSchedule.Observer() {
                        @Override
                        public void onWrite(RandomFaultSchedule.Write w) {
                            if (w.outcome() == RandomFaultSchedule.Outcome.ACKNOWLEDGED) {
                                acknowledged.add(w);
                            } else if (w.outcome() == RandomFaultSchedule.Outcome.REFUSED && w.entry() != null) {
                                refused[0]++;
                            }
                        }
                    });
            schedule.table().setStreamShardRecords(recordsPerShard);
            TableStream stream = schedule.table().enableStream(StreamViewType.NEW_AND_OLD_IMAGES);
            schedule.play(STEPS);
            List<String> violations = check(schedule, stream, acknowledged);
            if (!violations.isEmpty()) {
                fail("schedule " + seed + " (replay with this seed): " + violations + "\nsteps: " + schedule.steps());
            }
            for (StreamShard shard : stream.shards()) {
                records += shard.recordsFrom(0, Integer.MAX_VALUE).size();
                rolled += shard.rolledOver() ? 1 : 0;
            }
            cutOrRefused += refused[0];
        }
        System.out.printf("%d schedules: %d stream records, %d shards rolled over, %d appended writes refused to their clients,"
                + " no violation%n", schedules, records, rolled, cutOrRefused);
        assertTrue(cutOrRefused > 0, "the generator appends writes that are then cut");
        return rolled;
    }

    /**
     * The shards in the order a reader takes them: each parent before its children (Streams.html:
     * "an application must always process a parent shard before it processes a child shard"),
     * starting from those whose parent is not listed.
     */
    private static List<StreamShard> parentsFirst(TableStream stream, List<String> violations) {
        List<StreamShard> all = stream.shards();
        Map<String, StreamShard> byId = new HashMap<>();
        all.forEach(s -> byId.put(s.id(), s));
        Map<String, List<StreamShard>> children = new HashMap<>();
        List<StreamShard> order = new ArrayList<>();
        java.util.ArrayDeque<StreamShard> next = new java.util.ArrayDeque<>();
        for (StreamShard s : all) {
            if (s.parentId() == null || !byId.containsKey(s.parentId())) {
                next.add(s);
            } else {
                children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
                StreamShard parent = byId.get(s.parentId());
                if (!parent.closed() || parent.group() != s.group()) {
                    violations.add("shard " + s.id() + "'s parent " + parent.id() + " is open or of another partition");
                }
            }
        }
        while (!next.isEmpty()) {
            StreamShard s = next.poll();
            order.add(s);
            next.addAll(children.getOrDefault(s.id(), List.of()));
        }
        if (order.size() != all.size()) {
            violations.add("shards outside any lineage: " + all.size() + " listed, " + order.size() + " reached");
        }
        return order;
    }

    private static List<String> check(RandomFaultSchedule schedule, TableStream stream, List<RandomFaultSchedule.Write> acknowledged) {
        List<String> violations = new ArrayList<>();
        Map<String, RandomFaultSchedule.Write> byPosition = new HashMap<>();
        for (RandomFaultSchedule.Write w : acknowledged) {
            byPosition.put(w.group().index() + "@" + w.entry().sequence(), w);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<PrimaryKey, Item> lastImage = new HashMap<>();
        Map<Integer, Long> previousInGroup = new HashMap<>();
        for (StreamShard shard : parentsFirst(stream, violations)) {
            long previous = previousInGroup.getOrDefault(shard.group().index(), 0L);
            List<StreamRecord> shardRecords = shard.recordsFrom(0, Integer.MAX_VALUE);
            if (shard.rolledOver() && (shardRecords.isEmpty()
                    || shardRecords.get(shardRecords.size() - 1).sequence() != shard.endingSequence())) {
                violations.add("closed shard " + shard.id() + " does not end with its EndingSequenceNumber");
            }
            for (StreamRecord r : shardRecords) {
                String position = shard.group().index() + "@" + r.sequence();
                RandomFaultSchedule.Write w = byPosition.get(position);
                if (w == null) {
                    violations.add("a record of no acknowledged write: " + position + " " + r);
                    continue;
                }
                seen.merge(position, 1, Integer::sum);
                if (r.sequence() <= previous) {
                    violations.add("records out of log order in shard " + shard.id() + ": " + previous + " then " + r.sequence());
                }
                previous = r.sequence();
                previousInGroup.put(shard.group().index(), previous);
                if (!Objects.equals(r.oldImage(), w.entry().previous()) || !Objects.equals(r.newImage(), w.entry().item())) {
                    violations.add("the record at " + position + " does not show its entry's images");
                }
                if (!Objects.equals(r.oldImage(), lastImage.get(r.key()))) {
                    violations.add("OldImage at " + position + " is not the NewImage of the key's previous record");
                }
                lastImage.put(r.key(), r.newImage());
            }
        }
        for (RandomFaultSchedule.Write w : acknowledged) {
            String position = w.group().index() + "@" + w.entry().sequence();
            boolean changed = !Objects.equals(w.entry().previous(), w.entry().item());
            int count = seen.getOrDefault(position, 0);
            if (count != (changed ? 1 : 0)) {
                violations.add("acknowledged write at " + position + " has " + count + " records");
            }
        }
        for (int k = 0; k < RandomFaultSchedule.KEYS; k++) {
            PrimaryKey key = RandomFaultSchedule.primaryKey(RandomFaultSchedule.key(k));
            Item held = schedule.table().read(key, true);
            if (!Objects.equals(held, lastImage.get(key))) {
                violations.add("the last NewImage of " + key + " is not the item the table holds: " + held);
            }
        }
        return violations;
    }
}
