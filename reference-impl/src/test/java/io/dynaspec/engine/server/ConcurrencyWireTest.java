package io.dynaspec.engine.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.dynaspec.engine.server.DocTables.n;
import static io.dynaspec.engine.server.DocTables.s;
import static io.dynaspec.engine.server.DocTables.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conditional writes racing through the wire: many threads share one AWS SDK client, as an
 * application's request threads do. The seed: "Write operation is atomic ... all attribute writes
 * in the operation will either succeed or fail i.e. no partial writes"; a condition is judged
 * against the item as every write before it left it (Expressions.ConditionExpressions.html), so
 * of racing create-only puts exactly one finds no item, and no increment is lost.
 */
class ConcurrencyWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;
    private static final int THREADS = 16;
    private static final long TIMEOUT_SECONDS = 30;

    private ExecutorService pool;

    @BeforeEach
    void startThreads() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    /**
     * Submits the tasks, opens the start gate they wait on, and returns their results; any task's
     * failure fails the test.
     */
    private <T> List<T> runAll(List<Callable<T>> tasks, CountDownLatch start) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(task));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void ofRacingCreateOnlyPutsOnOneKeyExactlyOneSucceeds() throws Exception {
        // Expressions.ConditionExpressions.html, "Preventing Overwrites of an Existing Item": the
        // put proceeds "only if the item in question does not already have the same key".
        String table = DocTables.employee();
        int rounds = 20;
        CountDownLatch start = new CountDownLatch(1);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Callable<List<Boolean>>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String writer = "writer-" + t;
            writers.add(() -> {
                start.await();
                List<Boolean> won = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    String alias = "race-" + round;
                    together.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    try {
                        DDB.putItem(b -> b.tableName(table).conditionExpression("attribute_not_exists(LoginAlias)")
                                .item(Map.of("LoginAlias", s(alias), "Writer", s(writer))));
                        won.add(true);
                    } catch (ConditionalCheckFailedException lost) {
                        won.add(false);
                    }
                }
                return won;
            });
        }
        List<List<Boolean>> outcomes = runAll(writers, start);
        for (int round = 0; round < rounds; round++) {
            int r = round;
            List<Integer> winners = IntStream.range(0, THREADS).filter(t -> outcomes.get(t).get(r)).boxed().toList();
            assertEquals(1, winners.size(), "round " + round + " winners " + winners);
            assertEquals(s("writer-" + winners.get(0)), stored(table, Map.of("LoginAlias", s("race-" + round))).get("Writer"),
                    "the item is the winner's, untouched by the losers");
        }
    }

    @Test
    void everyConcurrentIncrementLands() throws Exception {
        // API_UpdateItem.html, "Atomic Counter": set Replies = Replies + :num. Each update reads
        // the value the one before it left, so N threads × M increments end at exactly N × M, and
        // the values UPDATED_NEW returns are 1 … N × M, each once.
        String table = DocTables.employee();
        Map<String, AttributeValue> key = Map.of("LoginAlias", s("counter"));
        DDB.putItem(b -> b.tableName(table).item(Map.of("LoginAlias", s("counter"), "n", n("0"))));
        int perThread = 40;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<Integer>>> incrementers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            incrementers.add(() -> {
                start.await();
                List<Integer> seen = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    seen.add(Integer.parseInt(DDB.updateItem(b -> b.tableName(table).key(key)
                            .updateExpression("SET n = n + :one").expressionAttributeValues(Map.of(":one", n("1")))
                            .returnValues(ReturnValue.UPDATED_NEW)).attributes().get("n").n()));
                }
                return seen;
            });
        }
        Set<Integer> values = new TreeSet<>();
        runAll(incrementers, start).forEach(values::addAll);
        int total = THREADS * perThread;
        assertEquals(n(Integer.toString(total)), stored(table, key).get("n"));
        assertEquals(IntStream.rangeClosed(1, total).boxed().collect(Collectors.toSet()), values);
    }

    @Test
    void optimisticLockingWithAVersionConditionLosesNoUpdate() throws Exception {
        // Expressions.ConditionExpressions.html, "Conditional Updates": each writer sets the next
        // version only if the version is still the one it read. A loser learns the current item
        // from the failure itself (API_UpdateItem.html, ReturnValuesOnConditionCheckFailure ALL_OLD)
        // and tries again, so every version from 1 to N × M is written by exactly one writer.
        String table = DocTables.employee();
        Map<String, AttributeValue> key = Map.of("LoginAlias", s("versioned"));
        DDB.putItem(b -> b.tableName(table).item(Map.of("LoginAlias", s("versioned"), "version", n("0"))));
        int perThread = 5;
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<Integer>>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String writer = "writer-" + t;
            writers.add(() -> {
                start.await();
                List<Integer> written = new ArrayList<>();
                int known = 0;
                while (written.size() < perThread) {
                    assertTrue(attempts.incrementAndGet() < 100_000, "writers make progress");
                    int expected = known;
                    try {
                        DDB.updateItem(b -> b.tableName(table).key(key)
                                .updateExpression("SET version = :next, LastWriter = :me")
                                .conditionExpression("version = :expected")
                                .expressionAttributeValues(Map.of(":next", n(Integer.toString(expected + 1)),
                                        ":expected", n(Integer.toString(expected)), ":me", s(writer)))
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
                        written.add(expected + 1);
                        known = expected + 1;
                    } catch (ConditionalCheckFailedException stale) {
                        known = Integer.parseInt(stale.item().get("version").n());
                    }
                }
                return written;
            });
        }
        List<Integer> versions = new ArrayList<>();
        runAll(writers, start).forEach(versions::addAll);
        int total = THREADS * perThread;
        assertEquals(total, versions.size());
        assertEquals(IntStream.rangeClosed(1, total).boxed().collect(Collectors.toSet()), Set.copyOf(versions),
                "each version written once");
        assertEquals(n(Integer.toString(total)), stored(table, key).get("version"));
    }

    @Test
    void noReaderEverSeesAHalfAppliedItem() throws Exception {
        // The seed: "no partial writes". Writers replace the item whole (PutItem) or rewrite all
        // of its attributes in one UpdateItem, always giving a, b, c and version one value;
        // readers, strongly and eventually consistent (HowItWorks.ReadConsistency.html), must
        // only ever see items whose attributes agree.
        String table = DocTables.employee();
        Map<String, AttributeValue> key = Map.of("LoginAlias", s("agreeing"));
        DDB.putItem(b -> b.tableName(table).item(agreeing(0, "")));
        int writersCount = 4;
        int writesEach = 100;
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch writersDone = new CountDownLatch(writersCount);
        AtomicLong reads = new AtomicLong();
        ConcurrentLinkedQueue<Map<String, AttributeValue>> torn = new ConcurrentLinkedQueue<>();
        Set<AttributeValue> versionsSeen = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int w = 1; w <= writersCount; w++) {
            int writer = w;
            tasks.add(() -> {
                try {
                    start.await();
                    for (int i = 0; i < writesEach; i++) {
                        int v = writer * 1_000 + i;
                        if (i % 2 == 0) {
                            // Padding of varying length: the whole item changes size with each write.
                            DDB.putItem(b -> b.tableName(table).item(agreeing(v, "p".repeat(v % 50))));
                        } else {
                            DDB.updateItem(b -> b.tableName(table).key(key)
                                    .updateExpression("SET a = :v, b = :v, c = :v, version = :v")
                                    .expressionAttributeValues(Map.of(":v", n(Integer.toString(v)))));
                        }
                    }
                } finally {
                    writersDone.countDown();
                }
                return null;
            });
        }
        for (int r = 0; r < THREADS - writersCount; r++) {
            boolean consistent = r % 2 == 0;
            tasks.add(() -> {
                start.await();
                do {
                    Map<String, AttributeValue> item = DDB.getItem(b -> b.tableName(table).key(key).consistentRead(consistent)).item();
                    reads.incrementAndGet();
                    AttributeValue v = item.get("version");
                    versionsSeen.add(v);
                    if (v == null || !v.equals(item.get("a")) || !v.equals(item.get("b")) || !v.equals(item.get("c"))) {
                        torn.add(item);
                    }
                } while (writersDone.getCount() > 0);
                return null;
            });
        }
        runAll(tasks, start);
        // The reads overlapped the writes: they saw the item change many times.
        assertTrue(versionsSeen.size() > writersCount, "versions seen: " + versionsSeen.size() + " in " + reads.get() + " reads");
        assertEquals(List.of(), List.copyOf(torn), "items seen half-applied");
    }

    private static Map<String, AttributeValue> agreeing(int v, String padding) {
        AttributeValue version = n(Integer.toString(v));
        return Map.of("LoginAlias", s("agreeing"), "a", version, "b", version, "c", version, "version", version,
                "padding", s(padding));
    }
}
