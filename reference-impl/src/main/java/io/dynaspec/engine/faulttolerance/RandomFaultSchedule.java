package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.ForwardingTraceRecorder;
import io.dynaspec.engine.cluster.GroupStatus;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.cluster.TransactionCoordinator;
import io.dynaspec.engine.cluster.storage.CrashingVolume;
import io.dynaspec.engine.cluster.storage.GroupCommit;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A seeded random fault schedule on a cluster of its own: conditional writers and consistent
 * readers on four keys of a two-partition table while availability zones fail and recover and
 * replication deliveries are held, stepped and released; then the heal — every delivery
 * released, every zone back — and a last consistent read of every key.
 *
 * <p>With transfers, a second two-partition table holds {@link #ACCOUNTS} accounts, and some steps
 * move money between two of them in one transaction (a conditional debit and a credit) or read
 * every balance in one TransactGetItems snapshot; a transfer may stop between its prepare and
 * commit phases for a few steps, holding its two accounts through zone failures, and single
 * replicas of the accounts' partitions fail and recover, so that one partition may lose its
 * quorum while the other commits. A transfer runs
 * on the driver, and only when none of its partitions would wait for a held delivery, so a seed
 * still plays one schedule.
 *
 * <p>With crashes, the tables are kept on an in-memory {@link CrashingVolume} whose group commit
 * forces a replica's log only at a step that says so, and some steps crash a zone (its replicas
 * keep only what they forced; a crashed leader is replaced) or restart a crashed one from its
 * files: the crash faults of spec/Durability.tla, within the same budget of two zones down.
 * With power cuts too ({@link #withPowerCuts}), a few steps cut the power of the whole engine,
 * as spec/PowerCut.tla's PowerCut: the volume is turned off, the writes waiting for their quorum
 * lose their clients (no answer), and the engine starts again from what its replicas forced,
 * as a new cluster on the volume a restart finds (Restart).
 *
 * <p>A single driver decides every step from the seed, and a write that must wait for its quorum
 * waits on its own thread until a later step settles it, so a seed plays the same schedule every
 * time. The schedule judges nothing: it tells its {@link Observer} how each write and read ended
 * and when each step is done, and passes the cluster's model-level steps on to the
 * {@link TraceRecorder} it was given. It keeps a log of its steps, to replay a seed by eye.
 */
public final class RandomFaultSchedule {

    /** How many keys the writers and readers share: k0, k1, … */
    public static final int KEYS = 4;

    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    /** How many accounts the transfers move money between: a0, a1, … */
    public static final int ACCOUNTS = 4;
    /** Each account's opening balance: every transfer keeps the total at ACCOUNTS times this. */
    public static final long OPENING_BALANCE = 100;
    private static final KeySchema ACCOUNT_KEY = new KeySchema("account", AttributeType.S, null, null);
    /** The writes, in the order a seed picks them. */
    private static final Operation[] WRITES = {Operation.CREATE, Operation.REPLACE_IF, Operation.DELETE_IF_EXISTS};
    /** How many writes may wait for their quorum at once; a write step beyond that reads instead. */
    private static final int MAX_WAITING = 3;
    /** How long a write may take to reach the log, or to return once its fate is decided. */
    private static final long WAIT_SECONDS = 10;

    /** What an operation does to its key's item, whose attribute {@code v} is a version: w1, w2, … */
    public enum Operation {
        /** Puts a new version if there is no item ({@code attribute_not_exists}). */
        CREATE,
        /** Puts a new version if the item's version is the expected one. */
        REPLACE_IF,
        /** Deletes the item if there is one. */
        DELETE_IF_EXISTS,
        /** Reads the item, strongly consistent. */
        READ
    }

    /** How a write ended, as its client saw it. */
    public enum Outcome {
        ACKNOWLEDGED,
        /** ConditionalCheckFailedException: no effect. */
        CONDITION_FAILED,
        /** A retryable InternalServerError — no quorum, or cut from the log by a failover: no effect. */
        REFUSED
    }

    /**
     * A write whose client has its answer.
     *
     * @param key       the key written
     * @param operation CREATE, REPLACE_IF or DELETE_IF_EXISTS
     * @param expected  the version REPLACE_IF requires, else null
     * @param written   the version the write stores, null for a delete
     * @param outcome   how it ended
     * @param invoked   the step that issued it
     * @param responded the step at which its answer was known
     * @param group     the partition of its key
     * @param entry     its log entry, or null when it was answered before reaching the log
     */
    public record Write(String key, Operation operation, String expected, String written, Outcome outcome,
                        long invoked, long responded, PartitionGroup group, LogEntry entry) {

        /** Whether the write is in its partition's log, at its position: what "not lost" means. */
        public boolean inLog() {
            return entry != null && group.holdsInLog(entry);
        }
    }

    /**
     * A strongly consistent read that returned.
     *
     * @param key     the key read
     * @param version the version it returned, null for no item
     * @param step    the step that read it
     */
    public record Read(String key, String version, long step) {
    }

    /** Hears what a schedule did, step by step. */
    public interface Observer {

        /** A write's client has its answer. */
        default void onWrite(Write write) {
        }

        /** A read returned. A refused read (no leader) has no effect and is only logged. */
        default void onRead(Read read) {
        }

        /**
         * The step is done: every write whose fate the cluster decided has its answer. Called
         * after the heal too, where the answer is ignored.
         *
         * @return whether to go on; false skips to the heal
         */
        default boolean afterStep(long step) {
            return true;
        }

        /**
         * Something no correct cluster does to this schedule: a write that does not return once
         * its fate is decided, an error no write of it should get, writes still waiting after the
         * heal. By default the schedule stops with an IllegalStateException.
         */
        default void onUnexpected(String what) {
            throw new IllegalStateException(what);
        }

        /** A TransactGetItems snapshot of every account returned: the balances in account order. */
        default void onSnapshot(long step, List<Long> balances) {
        }

        /** A transfer committed (its commit may still be completing at a partition without quorum). */
        default void onTransferCommitted(String from, String to, long amount) {
        }
    }

    /** What a transfer step does, beyond its two accounts and amount. */
    private record Transfer(String from, String to, long amount, TransactionCoordinator.Prepared prepared) {
    }

    private final SplittableRandom rnd;
    /** The engine: after a power cut, the one started again from the files. */
    private Cluster cluster;
    private Table table;
    private final ExecutorService writers;
    private final Observer observer;
    private final List<String> steps = new ArrayList<>();
    /** The writes that reached the log and wait for their answer, in the order they were issued. */
    private final List<Waiting> waiting = new ArrayList<>();
    /** Each key's version as the schedule last learnt it: what a REPLACE_IF mostly expects. */
    private final Map<String, String> lastSeen = new HashMap<>();
    private volatile LogEntry lastAppended;
    private volatile CountDownLatch appendedOrDone = new CountDownLatch(0);
    private long step;
    private int writeIds;
    /** The accounts' table, or null for a schedule without transfers. */
    private final Table accounts;
    /** A transfer stopped between its phases, or null. */
    private Transfer held;
    /** Whether the tables are on disk and some steps force, crash and restart replicas. */
    private final boolean crashes;
    /** Whether some steps of a schedule with crashes cut the power of the whole engine. */
    private boolean powerCuts;
    /** With crashes, the volume the tables are on: what a power cut turns off. */
    private CrashingVolume volume;
    private final long seed;

    private record Waiting(String key, Operation operation, String expected, String written, long invoked,
                           PartitionGroup group, LogEntry entry, Future<?> future) {
    }

    /**
     * @param rule     the cluster's acknowledgement rule
     * @param seed     decides every step, and seeds the cluster
     * @param writers  runs the writes, which may wait for their quorum: see {@link #writerPool}
     * @param trace    receives the cluster's model-level steps ({@link TraceRecorder#OFF} for none)
     * @param observer hears how each write and read ended
     */
    public RandomFaultSchedule(AckRule rule, long seed, ExecutorService writers, TraceRecorder trace, Observer observer) {
        this(rule, seed, writers, trace, observer, false);
    }

    /**
     * @param transfers whether some steps are transfers between accounts and snapshots of them
     */
    public RandomFaultSchedule(AckRule rule, long seed, ExecutorService writers, TraceRecorder trace, Observer observer,
                               boolean transfers) {
        this(rule, seed, writers, trace, observer, transfers, null);
    }

    /**
     * A schedule with crashes: the tables on disk, and steps that force, crash and restart
     * replicas (no transfers).
     *
     * @param counts which copies count towards a write's quorum: {@link AckCounts#DURABLE_COPIES},
     *               or the unsafe rule whose lost writes the kit must catch
     */
    public static RandomFaultSchedule withCrashes(AckCounts counts, long seed, ExecutorService writers, TraceRecorder trace,
                                                  Observer observer) {
        return new RandomFaultSchedule(AckRule.QUORUM, seed, writers, trace, observer, false, Objects.requireNonNull(counts));
    }

    /**
     * A schedule with crashes ({@link #withCrashes}) where some steps also cut the power of the
     * whole engine, which starts again from its replicas' files.
     */
    public static RandomFaultSchedule withPowerCuts(AckCounts counts, long seed, ExecutorService writers, TraceRecorder trace,
                                                    Observer observer) {
        RandomFaultSchedule s = withCrashes(counts, seed, writers, trace, observer);
        s.powerCuts = true;
        return s;
    }

    private RandomFaultSchedule(AckRule rule, long seed, ExecutorService writers, TraceRecorder trace, Observer observer,
                                boolean transfers, AckCounts counts) {
        this.rnd = new SplittableRandom(seed);
        this.seed = seed;
        this.cluster = new Cluster(rule, seed);
        this.crashes = counts != null;
        if (crashes) {
            cluster.setAckCounts(counts);
            volume = new CrashingVolume();
            try {
                cluster.openData(new DataDirectory(volume, GroupCommit.manual(failure -> { }),
                        DataDirectory.DEFAULT_SNAPSHOT_BYTES, failure -> { }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.writers = writers;
        this.observer = observer;
        cluster.setTrace(new ForwardingTraceRecorder(trace) {
            @Override
            public void onAppend(PartitionGroup group, LogEntry entry) {
                super.onAppend(group, entry);
                lastAppended = entry;
                appendedOrDone.countDown();
            }
        });
        this.table = cluster.createTable(TableMetadata.of("Schedule", KEY, 2));
        if (transfers) {
            this.accounts = cluster.createTable(TableMetadata.of("Accounts", ACCOUNT_KEY, 2));
            for (int a = 0; a < ACCOUNTS; a++) {
                accounts.write(accountKey(a), Precondition.NONE, Mutation.put(account(a, OPENING_BALANCE)));
            }
        } else {
            this.accounts = null;
        }
    }

    private static PrimaryKey accountKey(int a) {
        return new PrimaryKey(new AttributeValue.S("a" + a), null);
    }

    private static Item account(int a, long balance) {
        return Item.of(Map.of("account", new AttributeValue.S("a" + a), "balance", new AttributeValue.N(DynamoNumber.of(balance))));
    }

    private static long balance(Item item) {
        return ((AttributeValue.N) item.get("balance")).value().toBigDecimal().longValueExact();
    }

    /** The accounts' table, or null without transfers. */
    public Table accounts() {
        return accounts;
    }

    /** A pool for the writes that wait for their quorum: daemon threads, so none outlives its user. */
    public static ExecutorService writerPool() {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "schedule-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** The name of the index-th key: k0, k1, … */
    public static String key(int index) {
        return "k" + index;
    }

    /** The primary key of the item a key names: its partition key {@code pk}. */
    public static PrimaryKey primaryKey(String key) {
        return new PrimaryKey(new AttributeValue.S(key), null);
    }

    /** The table the schedule writes. */
    public Table table() {
        return table;
    }

    /** What each step did, one line per event, prefixed with its step. */
    public List<String> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** Plays {@code count} steps of faults (fewer if the observer says stop), then the heal and the last reads. */
    public void play(int count) throws Exception {
        boolean goOn = true;
        for (step = 1; step <= count && goOn; step++) {
            int dice = rnd.nextInt(100);
            if (crashes) {
                crashStep(dice);
            } else if (accounts != null && dice < 12) {
                transfer();
            } else if (accounts != null && dice < 18) {
                snapshot();
            } else if (accounts != null && dice < 22) {
                accountReplicaFault();
            } else if (dice < 45) {
                write();
            } else if (dice < 60) {
                read(key(rnd.nextInt(KEYS)));
            } else if (dice < 70) {
                deliverOne();
            } else if (dice < 78) {
                hold();
            } else if (dice < 86) {
                release();
            } else if (dice < 93) {
                failZone();
            } else {
                recoverZone();
            }
            settle();
            goOn = observer.afterStep(step);
        }
        heal();
    }

    /** One step of a schedule with crashes: the same writes, reads and deliveries, with forces, crashes and restarts. */
    private void crashStep(int dice) throws Exception {
        if (dice < 32) {
            write();
        } else if (dice < 42) {
            read(key(rnd.nextInt(KEYS)));
        } else if (dice < 52) {
            deliverOne();
        } else if (dice < 57) {
            hold();
        } else if (dice < 62) {
            release();
        } else if (dice < 78) {
            force();
        } else if (dice < 84) {
            failZone();
        } else if (dice < 92) {
            crashZone();
        } else if (powerCuts && dice >= 96) {
            powerCut();
        } else {
            recoverZone();
        }
    }

    /**
     * The power of the whole engine goes off: every replica keeps what it forced, the writes
     * waiting for their quorum lose their clients (no answer: the restart may yet acknowledge
     * them), and the engine starts again from the volume as a restart finds it.
     */
    private void powerCut() throws Exception {
        TraceRecorder trace = cluster.trace();
        volume.powerOff();
        for (PartitionGroup g : table.partitions()) {
            trace.onPowerCut(g);
        }
        cluster.stopAfterPowerCut();
        for (Waiting w : waiting) {
            try {
                w.future().get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException gone) {
                // Its connection is gone with the process: the client learns nothing.
            } catch (TimeoutException e) {
                observer.onUnexpected("a write waiting at a power cut did not end: " + w);
            }
        }
        steps.add(step + ": power cut; " + waiting.size() + " waiting writes lose their clients");
        waiting.clear();
        CrashingVolume disk = volume.afterPowerLoss(new java.util.Random(seed ^ step), false);
        Cluster after = new Cluster(AckRule.QUORUM, seed);
        after.setAckCounts(cluster.ackCounts());
        after.setTrace(trace);
        Cluster.Recovery found = after.openData(new DataDirectory(disk, GroupCommit.manual(failure -> { }),
                DataDirectory.DEFAULT_SNAPSHOT_BYTES, failure -> { }));
        cluster = after;
        table = after.table("Schedule");
        volume = disk;
        steps.add(step + ": restarted" + (found.notes().isEmpty() ? "" : " " + found.notes()) + " " + leaders());
    }

    /** One replica of one partition forces its log: what it holds becomes durable. */
    private void force() {
        PartitionGroup g = table.partitions().get(rnd.nextInt(2));
        AvailabilityZone z = anyZone();
        if (!g.replica(z).isUp()) {
            steps.add(step + ": force " + z + " in partition " + g.index() + ": down");
            return;
        }
        steps.add(step + ": force " + z + " in partition " + g.index() + " through " + g.force(z));
    }

    /**
     * Crashes a zone that is up — half the time one partition's leader — unless two are down
     * already: then one of them comes back instead.
     */
    private void crashZone() {
        if (downZones().size() >= 2) {
            recoverZone();
            return;
        }
        AvailabilityZone z = rnd.nextBoolean() ? table.partitions().get(rnd.nextInt(2)).leaderOfEpoch() : anyZone();
        if (downZones().contains(z)) {
            steps.add(step + ": crash " + z + ": already down");
            return;
        }
        cluster.faults().crashAz(z);
        steps.add(step + ": crash " + z + " " + leaders());
    }

    /** The zones failed or crashed. */
    private List<AvailabilityZone> downZones() {
        List<AvailabilityZone> down = new ArrayList<>(cluster.faults().failedZones());
        down.addAll(cluster.faults().crashedZones());
        Collections.sort(down);
        return down;
    }

    /**
     * Restarts a crashed zone from its files; refused while one of its replicas still leads
     * (it never leads again: the others must elect first). Returns whether it restarted.
     */
    private boolean restart(AvailabilityZone z) {
        try {
            List<String> notes = cluster.faults().restartAz(z);
            steps.add(step + ": restart " + z + (notes.isEmpty() ? "" : " " + notes) + " " + leaders());
            return true;
        } catch (IllegalArgumentException stillLeads) {
            steps.add(step + ": restart " + z + " refused: " + stillLeads.getMessage());
            return false;
        }
    }

    /** Forces every live replica's log, as the group commit would once the faults stop. */
    private void forceAll() {
        for (PartitionGroup g : table.partitions()) {
            for (AvailabilityZone z : AvailabilityZone.values()) {
                if (g.replica(z).isUp()) {
                    g.force(z);
                }
            }
        }
    }

    /** After the last fault: every delivery released, every zone back, then each key read once more. */
    private void heal() throws Exception {
        for (AvailabilityZone z : cluster.scheduler().heldZones()) {
            cluster.scheduler().release(z);
        }
        for (AvailabilityZone z : cluster.faults().failedZones()) {
            cluster.faults().recoverAz(z);
        }
        if (crashes) {
            // A crashed zone whose replica still leads restarts once another has come back and
            // the others elected: two rounds bring every zone back.
            for (int round = 0; round < 2; round++) {
                for (AvailabilityZone z : cluster.faults().crashedZones()) {
                    restart(z);
                }
            }
            forceAll();
        }
        settle();
        if (!waiting.isEmpty()) {
            observer.onUnexpected("writes still unsettled after every zone recovered: " + waiting);
        }
        if (accounts != null) {
            healTransfers();
        }
        observer.afterStep(step);
        for (int k = 0; k < KEYS; k++) {
            read(key(k));
        }
    }

    /**
     * After the heal: the held transfer commits, every decided transfer finishes at every
     * partition, and a last snapshot reads every account.
     */
    private void healTransfers() {
        for (PartitionGroup g : accounts.partitions()) {
            for (AvailabilityZone z : AvailabilityZone.values()) {
                if (!g.replica(z).isUp()) {
                    cluster.faults().recoverReplica(g, z);
                }
            }
        }
        if (held != null) {
            commit(held);
            held = null;
        }
        cluster.transactions().redrive();
        if (cluster.transactions().unfinished() != 0) {
            observer.onUnexpected(cluster.transactions().unfinished() + " transactions unfinished after every zone recovered");
        }
        for (PartitionGroup g : accounts.partitions()) {
            for (AvailabilityZone z : AvailabilityZone.values()) {
                if (g.replica(z).preparedCount() != 0) {
                    observer.onUnexpected("items still prepared after the heal on " + z + " of accounts partition " + g.index());
                }
            }
        }
        if (!snapshot()) {
            observer.onUnexpected("the last snapshot of the accounts was refused");
        }
    }

    /**
     * Moves money from one account to another in one transaction: a debit on condition that
     * the balance covers it, and a credit. Sometimes it stops between its phases until a later
     * step; while one is stopped, a transfer step tries to commit it instead.
     */
    private void transfer() {
        if (held != null) {
            if (wouldWait(held.prepared().groups())) {
                steps.add(step + ": held transfer " + held.from() + " -> " + held.to() + " still waits: a partition would wait for a delivery");
            } else {
                commit(held);
                held = null;
            }
            return;
        }
        int from = rnd.nextInt(ACCOUNTS);
        int to = (from + 1 + rnd.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
        long amount = 1 + rnd.nextInt(60);
        boolean stopBetweenPhases = rnd.nextInt(3) == 0;
        PrimaryKey fromKey = accountKey(from);
        PrimaryKey toKey = accountKey(to);
        if (wouldWait(List.of(accounts.partitionFor(fromKey), accounts.partitionFor(toKey)))) {
            steps.add(step + ": transfer a" + from + " -> a" + to + " deferred: a partition would wait for a delivery");
            return;
        }
        List<TransactionCoordinator.Action> actions = List.of(
                new TransactionCoordinator.Action(accounts, fromKey, existing -> existing != null && balance(existing) >= amount,
                        existing -> account(from, balance(existing) - amount)),
                new TransactionCoordinator.Action(accounts, toKey, Objects::nonNull,
                        existing -> account(to, balance(existing) + amount)));
        String what = "transfer " + amount + " a" + from + " -> a" + to;
        TransactionCoordinator.Prepared prepared;
        try {
            prepared = cluster.transactions().prepare(actions);
        } catch (DynamoException e) {
            steps.add(step + ": " + what + " not prepared: " + e.type() + " " + e.getMessage());
            return;
        }
        Transfer t = new Transfer("a" + from, "a" + to, amount, prepared);
        if (stopBetweenPhases) {
            held = t;
            steps.add(step + ": " + what + " prepared, held between its phases");
        } else {
            commit(t);
        }
    }

    private void commit(Transfer t) {
        try {
            cluster.transactions().commit(t.prepared());
            steps.add(step + ": transfer " + t.amount() + " " + t.from() + " -> " + t.to() + " committed");
        } catch (DynamoException e) {
            if (e.type() != ErrorType.INTERNAL_SERVER_ERROR) {
                observer.onUnexpected("a commit failed with " + e.type() + ": " + e.getMessage());
                return;
            }
            steps.add(step + ": transfer " + t.amount() + " " + t.from() + " -> " + t.to() + " committed, completing later: " + e.getMessage());
        }
        observer.onTransferCommitted(t.from(), t.to(), t.amount());
    }

    /**
     * Fails one replica of one accounts partition (unless two of its replicas are down already),
     * or recovers it if it is down: that partition alone loses or regains its quorum.
     */
    private void accountReplicaFault() {
        PartitionGroup g = accounts.partitions().get(rnd.nextInt(2));
        AvailabilityZone z = anyZone();
        long down = java.util.Arrays.stream(AvailabilityZone.values()).filter(x -> !g.replica(x).isUp()).count();
        if (g.replica(z).isUp() && down < 2) {
            cluster.faults().failReplica(g, z);
            steps.add(step + ": fail replica " + z + " of accounts partition " + g.index());
        } else {
            cluster.faults().recoverReplica(g, z);
            steps.add(step + ": recover replica " + z + " of accounts partition " + g.index());
        }
    }

    private static boolean wouldWait(List<PartitionGroup> groups) {
        for (PartitionGroup g : groups) {
            if (g.wouldWaitForDelivery()) {
                return true;
            }
        }
        return false;
    }

    /** Reads every account in one TransactGetItems snapshot; returns whether it was served. */
    private boolean snapshot() {
        List<TransactionCoordinator.Read> reads = new ArrayList<>(ACCOUNTS);
        for (int a = 0; a < ACCOUNTS; a++) {
            reads.add(new TransactionCoordinator.Read(accounts, accountKey(a)));
        }
        try {
            cluster.transactions().read(reads);
        } catch (DynamoException e) {
            steps.add(step + ": snapshot refused: " + e.type() + " " + e.getMessage());
            return false;
        }
        List<Long> balances = new ArrayList<>(ACCOUNTS);
        for (TransactionCoordinator.Read r : reads) {
            balances.add(r.item() == null ? null : balance(r.item()));
        }
        steps.add(step + ": snapshot " + balances);
        observer.onSnapshot(step, balances);
        return true;
    }

    private static String version(Item item) {
        return item == null ? null : ((AttributeValue.S) item.get("v")).value();
    }

    private void write() throws Exception {
        if (waiting.size() >= MAX_WAITING) {
            read(key(rnd.nextInt(KEYS)));
            return;
        }
        String k = key(rnd.nextInt(KEYS));
        Operation operation = WRITES[rnd.nextInt(WRITES.length)];
        // Mostly the version last seen, so that replacements succeed; sometimes any version
        // written so far, so that conditions also fail.
        String expected = operation == Operation.REPLACE_IF
                ? (lastSeen.get(k) != null && rnd.nextInt(4) > 0 ? lastSeen.get(k) : "w" + rnd.nextInt(writeIds + 1)) : null;
        String written = operation == Operation.DELETE_IF_EXISTS ? null : "w" + (++writeIds);
        Precondition pre = switch (operation) {
            case CREATE -> Objects::isNull;
            case REPLACE_IF -> existing -> Objects.equals(version(existing), expected);
            case DELETE_IF_EXISTS -> Objects::nonNull;
            case READ -> throw new IllegalStateException("a read is not a write");
        };
        Mutation m = written == null ? Mutation.DELETE
                : Mutation.put(Item.of(Map.of("pk", new AttributeValue.S(k), "v", new AttributeValue.S(written))));
        steps.add(step + ": " + operation + " " + k + (expected == null ? "" : " if " + expected) + (written == null ? "" : " := " + written));
        PrimaryKey pk = primaryKey(k);
        PartitionGroup group = table.partitionFor(pk);
        lastAppended = null;
        CountDownLatch signal = new CountDownLatch(1);
        appendedOrDone = signal;
        Future<?> f = writers.submit(() -> {
            try {
                return table.write(pk, pre, m);
            } finally {
                signal.countDown();
            }
        });
        if (!signal.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a write neither reached the log nor finished: step " + step);
        }
        Waiting w = new Waiting(k, operation, expected, written, step, group, lastAppended, f);
        if (w.entry() == null) {
            answer(w); // refused before reaching the log: condition failed, or no quorum
        } else {
            waiting.add(w);
        }
    }

    /** Answers every write whose fate the cluster has decided: acknowledged, or cut from the log. */
    private void settle() throws Exception {
        for (int i = 0; i < waiting.size(); ) {
            Waiting w = waiting.get(i);
            if (w.group().writeState(w.entry()) != PartitionGroup.WriteState.PENDING) {
                waiting.remove(i);
                answer(w);
            } else {
                i++;
            }
        }
    }

    private void answer(Waiting w) throws Exception {
        Outcome outcome;
        try {
            w.future().get(WAIT_SECONDS, TimeUnit.SECONDS);
            outcome = Outcome.ACKNOWLEDGED;
            steps.add(step + ": acknowledged " + w.written() + " on " + w.key());
            lastSeen.put(w.key(), w.written());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof DynamoException d)) {
                throw e;
            }
            if (d.type() == ErrorType.CONDITIONAL_CHECK_FAILED) {
                outcome = Outcome.CONDITION_FAILED;
                lastSeen.put(w.key(), d.item() == null ? null : ((AttributeValue.S) d.item().get("v")).value());
            } else if (d.type() == ErrorType.INTERNAL_SERVER_ERROR) {
                outcome = Outcome.REFUSED;
                steps.add(step + ": refused " + w.written() + " on " + w.key() + ": " + d.getMessage());
            } else {
                observer.onUnexpected("unexpected error " + d.type() + ": " + d.getMessage());
                return;
            }
        } catch (TimeoutException e) {
            observer.onUnexpected("a settled write did not return: " + w);
            return;
        }
        observer.onWrite(new Write(w.key(), w.operation(), w.expected(), w.written(), outcome, w.invoked(), step,
                w.group(), w.entry()));
    }

    private void read(String k) {
        String v;
        try {
            v = version(table.read(primaryKey(k), true));
        } catch (DynamoException e) {
            steps.add(step + ": read " + k + " refused: " + e.type());
            return;
        }
        lastSeen.put(k, v);
        steps.add(step + ": read " + k + " = " + v);
        observer.onRead(new Read(k, v, step));
    }

    private AvailabilityZone anyZone() {
        return AvailabilityZone.values()[rnd.nextInt(3)];
    }

    private void deliverOne() {
        PartitionGroup g = table.partitions().get(rnd.nextInt(2));
        AvailabilityZone z = anyZone();
        steps.add(step + ": deliver one to " + z + " in partition " + g.index() + ": " + cluster.scheduler().deliverOne(g, z));
    }

    private void hold() {
        AvailabilityZone z = anyZone();
        cluster.scheduler().hold(z);
        steps.add(step + ": hold " + z);
    }

    private void release() {
        AvailabilityZone z = anyZone();
        cluster.scheduler().release(z);
        steps.add(step + ": release " + z);
    }

    /** Fails a zone, unless two are down already: then one of them recovers instead. */
    private void failZone() {
        if ((crashes ? downZones() : cluster.faults().failedZones()).size() >= 2) {
            recoverZone();
            return;
        }
        AvailabilityZone z = anyZone();
        cluster.faults().failAz(z);
        steps.add(step + ": fail " + z + " " + leaders());
    }

    private void recoverZone() {
        List<AvailabilityZone> down = crashes ? downZones() : new ArrayList<>(cluster.faults().failedZones());
        if (down.isEmpty()) {
            return;
        }
        AvailabilityZone z = down.get(rnd.nextInt(down.size()));
        if (cluster.faults().crashedZones().contains(z)) {
            restart(z);
            return;
        }
        cluster.faults().recoverAz(z);
        steps.add(step + ": recover " + z + " " + leaders());
    }

    /** Each partition's leader, epoch and replica positions, for the step log. */
    private String leaders() {
        StringBuilder b = new StringBuilder();
        for (PartitionGroup g : table.partitions()) {
            GroupStatus st = g.status();
            b.append("[p").append(st.partition()).append(" leader ").append(st.leader()).append(" e").append(st.epoch())
                    .append(" log ").append(st.logLength());
            for (GroupStatus.ReplicaStatus r : st.replicas()) {
                b.append(' ').append(r.zone()).append(r.up() ? "" : "(down)").append(':').append(r.applied());
            }
            b.append(']');
        }
        return b.toString();
    }
}
