package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.CancellationReason;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs transactions over the partition groups, as Idziorek et al. (USENIX ATC 2023) describe
 * DynamoDB's: each transaction takes a timestamp; the prepare phase judges every item at its
 * partition's leader (condition, limits, no other transaction holding it) and appends a PREPARE
 * entry that the partition replicates and acknowledges like any write; if every item is
 * prepared, the commit phase appends a COMMIT entry at each, otherwise a CANCEL entry releases
 * the items that were prepared. A prepared item refuses single-item writes and other
 * transactions until its transaction ends, so transactions are serializable with each other and
 * with single-item writes (transaction-apis.html, "Isolation levels").
 *
 * <p>A decided transaction whose second phase could not finish at some partition (no quorum, or
 * a failover cut the entry) stays in the coordinator's ledger and is driven again when a zone
 * recovers or deliveries are released: the prepared state survives in the partition's log, so a
 * new leader still holds the item for it.
 *
 * <p>Tests can hold transactions between their phases ({@link #holdBetweenPhases}) to show a
 * conflict with a transaction in flight.
 *
 * <p>The coordinator of a transaction may fail between its phases ({@link Faults#failCoordinator}):
 * what it held in memory for the transaction (its actions, the items it computed, a decision not
 * yet carried out) is lost, its client gets a retryable InternalServerError, and the items stay
 * prepared. What survives is what was recorded: the PREPARE entries in the partitions' logs and
 * the commit decision in the ledger (the {@link DecisionLog} on disk, and its copy in memory).
 * Another coordinator then finishes the transaction from those alone
 * ({@link Faults#recoverCoordinator}), as a restart from the data directory does: committed where
 * the ledger holds the decision, cancelled otherwise (spec/Transactions.tla's
 * {@code FailCoordinator} and {@code RecoverCoordinator}).
 */
public final class TransactionCoordinator {
    /** One action of a write transaction, and what its prepare found. */
    public static final class Action {
        final Table table;
        final PrimaryKey key;
        final Precondition precondition;
        /** The write, or null for a ConditionCheck. */
        final Mutation mutation;
        Item existing;
        Item next;
        CancellationReason reason;

        /** @param mutation the write, or null for a ConditionCheck (the item is only held) */
        public Action(Table table, PrimaryKey key, Precondition precondition, Mutation mutation) {
            this.table = table;
            this.key = key;
            this.precondition = precondition;
            this.mutation = mutation;
        }

        /** The item before the transaction. */
        public Item existing() {
            return existing;
        }

        /** The item after the transaction (the existing one for a ConditionCheck). */
        public Item next() {
            return next;
        }
    }

    /** One item of a read transaction, and what was read. */
    public static final class Read {
        final Table table;
        final PrimaryKey key;
        Item item;
        CancellationReason reason;

        public Read(Table table, PrimaryKey key) {
            this.table = table;
            this.key = key;
        }

        /** The item read, or null when none. */
        public Item item() {
            return item;
        }
    }

    /**
     * A decided transaction whose second phase has not finished everywhere.
     *
     * @param groups the partitions still to finish, with their actions
     * @param last   each partition's last entry of the second phase appended so far
     */
    private record Decision(long transaction, boolean commit, Map<PartitionGroup, List<Action>> groups,
                            Map<PartitionGroup, LogEntry> last) {
    }

    /** Where an injected coordinator failure strikes a transaction (spec/mbt/EngineTransactions.tla). */
    public enum FailurePoint {
        /** After the prepare round, every PREPARE acknowledged or an action refused; before the decision. */
        AFTER_PREPARE,
        /** After the decision (a commit forced to the ledger), before any COMMIT or CANCEL entry. */
        AFTER_DECIDE
    }

    /** How often a read transaction repeats when writes land between its two rounds. */
    private static final int READ_ATTEMPTS = 3;

    private final AtomicLong clock = new AtomicLong();
    /** The durable ledger of commit decisions, when the tables are on disk; null in memory. */
    private volatile DecisionLog decisions;
    private final Map<Long, Decision> ledger = new LinkedHashMap<>();
    /** One redrive at a time: zone failures, recoveries and releases may come from several threads. */
    private final Object redriving = new Object();
    /** Volatile so that {@link #holdingBetweenPhases} is read without the lock on every request. */
    private volatile boolean holding;
    private int held;
    /**
     * The failure armed for the next transaction to reach its point; null: none. Volatile so that
     * every transaction passing a point reads it without the lock, which only a strike takes.
     */
    private volatile FailurePoint armed;
    /** The transactions whose coordinator failed and that no other has finished yet. */
    private final Set<Long> failed = new LinkedHashSet<>();
    /**
     * The commit decisions not yet carried out everywhere, as the ledger records them: what a
     * coordinator that takes over reads. On disk too when the tables are ({@link #decisions}).
     */
    private final Map<Long, List<DecisionLog.Write>> recorded = new HashMap<>();
    private volatile CoordinatorRecovery recovery = CoordinatorRecovery.FROM_LEDGER;

    TransactionCoordinator() {
    }

    /**
     * After a start from the data directory: timestamps continue past every transaction the
     * recovered replicas hold items for, so that no new transaction takes an old one's.
     */
    void recovered(Cluster cluster, DecisionLog log, Map<Long, List<DecisionLog.Write>> decided) {
        long[] max = {clock.get()};
        cluster.forEachBaseGroup(g -> {
            for (AvailabilityZone z : AvailabilityZone.values()) {
                for (long t : g.replicaAt(z.ordinal()).preparedItems().values()) {
                    max[0] = Math.max(max[0], t);
                }
            }
        });
        for (long t : decided.keySet()) {
            max[0] = Math.max(max[0], t);
        }
        clock.set(max[0]);
        this.decisions = log;
        // Items still prepared: committed where the ledger has the decision, cancelled elsewhere.
        for (Table table : cluster.tables()) {
            for (PartitionGroup g : table.partitions()) {
                g.resolvePrepared(table, decided);
            }
        }
        Set<Long> held = new HashSet<>();
        cluster.forEachBaseGroup(g -> {
            for (AvailabilityZone z : AvailabilityZone.values()) {
                held.addAll(g.replicaAt(z.ordinal()).preparedItems().values());
            }
        });
        for (long t : decided.keySet()) {
            if (!held.contains(t)) {
                log.done(t);
            }
        }
    }

    /** The commit decisions of the decided transactions, as the durable ledger keeps them. */
    private static List<DecisionLog.Write> writesOf(Prepared p) {
        List<DecisionLog.Write> writes = new ArrayList<>();
        for (PartitionGroup g : p.prepared) {
            for (Action a : p.groups.get(g)) {
                writes.add(new DecisionLog.Write(a.table.name(), a.key, a.next, a.mutation == null));
            }
        }
        return writes;
    }

    /** A transaction whose every item is prepared and acknowledged, waiting for its commit. */
    public static final class Prepared {
        private final long transaction;
        private final Map<PartitionGroup, List<Action>> groups;
        private final List<PartitionGroup> prepared;
        private boolean committed;

        private Prepared(long transaction, Map<PartitionGroup, List<Action>> groups, List<PartitionGroup> prepared) {
            this.transaction = transaction;
            this.groups = groups;
            this.prepared = prepared;
        }

        /** The transaction's timestamp. */
        public long transaction() {
            return transaction;
        }

        /** The partitions the transaction holds items on. */
        public List<PartitionGroup> groups() {
            return List.copyOf(prepared);
        }
    }

    /**
     * Runs a write transaction: all of it or none. Throws TransactionCanceledException with one
     * reason per action, in order, when any action is refused, and a retryable
     * InternalServerError when a partition cannot reach its quorum (nothing is then written) or
     * the commit could not yet reach every partition (it is then completed later).
     */
    public void write(List<Action> actions) {
        write(actions, null, () -> { });
    }

    /**
     * Runs a write transaction whose request holds a ClientRequestToken: with a data directory
     * the token is forced to the ledger with the commit decision, so that it is known after a
     * restart exactly when the transaction's writes are. {@code committed} runs once the
     * transaction is committed, before a commit that could not yet reach every partition throws
     * its retryable error: a retry with the token then changes nothing.
     */
    public void write(List<Action> actions, ClientTokens.Held token, Runnable committed) {
        Prepared p = prepare(actions);
        awaitRelease();
        commit(p, token, committed);
    }

    /**
     * The first phase: takes a timestamp and prepares every item at its partition, in the order
     * of the actions' partitions. When an action is refused, or a partition cannot reach its
     * quorum, the items already prepared are released (CANCEL entries) and the refusal thrown.
     */
    public Prepared prepare(List<Action> actions) {
        long transaction = clock.incrementAndGet();
        Map<PartitionGroup, List<Action>> groups = byGroup(actions, a -> a.table.partitionFor(a.key));
        List<PartitionGroup> prepared = new ArrayList<>(groups.size());
        boolean refused = false;
        try {
            for (Map.Entry<PartitionGroup, List<Action>> e : groups.entrySet()) {
                // Once one item is refused, the rest are still judged (every action gets its
                // reason) but no longer prepared.
                if (e.getKey().prepare(transaction, e.getValue(), !refused)) {
                    if (!refused) {
                        prepared.add(e.getKey());
                    }
                } else {
                    refused = true;
                }
            }
        } catch (DynamoException e) {
            decide(transaction, false, groups, prepared);
            throw e;
        }
        if (strikes(FailurePoint.AFTER_PREPARE, true)) {
            throw fail(transaction);
        }
        if (refused) {
            // A cancellation is not recorded: without a recorded commit, a transaction taken over
            // is cancelled anyway.
            if (strikes(FailurePoint.AFTER_DECIDE, !prepared.isEmpty())) {
                throw fail(transaction);
            }
            decide(transaction, false, groups, prepared);
            List<CancellationReason> reasons = new ArrayList<>(actions.size());
            for (Action a : actions) {
                reasons.add(a.reason == null ? CancellationReason.OK : a.reason);
            }
            throw Errors.transactionCanceled(reasons);
        }
        return new Prepared(transaction, groups, prepared);
    }

    /**
     * The second phase of a prepared transaction: it is committed from here on, at every
     * partition it holds items on. Throws a retryable InternalServerError when some partition
     * cannot take the commit now; the coordinator completes it there later.
     */
    public void commit(Prepared p) {
        commit(p, null, () -> { });
    }

    private void commit(Prepared p, ClientTokens.Held token, Runnable committed) {
        if (p.committed) {
            throw new IllegalStateException("transaction " + p.transaction + " is committed already");
        }
        p.committed = true;
        DecisionLog log = decisions;
        List<DecisionLog.Write> writes = writesOf(p);
        if (log != null) {
            log.committing(p.transaction, writes, token);
        }
        synchronized (this) {
            recorded.put(p.transaction, writes);
        }
        if (strikes(FailurePoint.AFTER_DECIDE, true)) {
            // Committed from here on: the coordinator that takes over commits it, so a retry
            // with the request's token must change nothing.
            committed.run();
            throw fail(p.transaction);
        }
        boolean finished = decide(p.transaction, true, p.groups, p.prepared);
        committed.run();
        if (finished) {
            done(p.transaction);
        }
        if (!finished) {
            throw Errors.internal("Internal server error: the transaction is committed but not yet replicated everywhere; retry with the same ClientRequestToken");
        }
    }

    /**
     * Runs the second phase at each prepared group, keeping the decision in the ledger where it
     * cannot finish. Returns whether it finished everywhere.
     */
    private boolean decide(long transaction, boolean commit, Map<PartitionGroup, List<Action>> groups, List<PartitionGroup> prepared) {
        Map<PartitionGroup, List<Action>> unfinished = new IdentityHashMap<>();
        for (PartitionGroup g : prepared) {
            try {
                g.finish(transaction, groups.get(g), commit, true);
            } catch (DynamoException e) {
                unfinished.put(g, groups.get(g));
            }
        }
        if (unfinished.isEmpty()) {
            return true;
        }
        synchronized (this) {
            ledger.put(transaction, new Decision(transaction, commit, unfinished, new IdentityHashMap<>()));
        }
        return false;
    }

    /**
     * Drives every unfinished decision again, without waiting for acknowledgements: called when
     * zones fail and recover and deliveries are released. A partition is finished once its
     * leader holds none of the items for the transaction and its last entry of the second phase
     * is acknowledged (a failover may cut that entry, and the new leader holds the items again);
     * the decision leaves the ledger when every partition is finished.
     */
    public void redrive() {
        List<Decision> open;
        synchronized (this) {
            if (ledger.isEmpty()) {
                return;
            }
            open = new ArrayList<>(ledger.values());
        }
        synchronized (redriving) {
            for (Decision d : open) {
                redrive(d);
            }
        }
    }

    private void redrive(Decision d) {
        for (Iterator<Map.Entry<PartitionGroup, List<Action>>> it = d.groups.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<PartitionGroup, List<Action>> e = it.next();
            PartitionGroup g = e.getKey();
            try {
                LogEntry appended = g.finish(d.transaction, e.getValue(), d.commit, false);
                if (appended != null) {
                    d.last.put(g, appended);
                }
                LogEntry last = d.last.get(g);
                if (appended == null && (last == null || g.writeState(last) == PartitionGroup.WriteState.ACKNOWLEDGED)) {
                    it.remove();
                }
            } catch (DynamoException x) {
                // No quorum here yet: a later recovery drives it again.
            }
        }
        if (d.groups.isEmpty()) {
            synchronized (this) {
                ledger.remove(d.transaction);
            }
            if (d.commit) {
                done(d.transaction);
            }
        }
    }

    /** A commit decision carried out everywhere: the ledger need not keep it. */
    private void done(long transaction) {
        synchronized (this) {
            recorded.remove(transaction);
        }
        DecisionLog log = decisions;
        if (log != null) {
            log.done(transaction);
        }
    }

    /**
     * Arms a coordinator failure: the next transaction to reach {@code point} loses its
     * coordinator there. Null disarms.
     */
    synchronized void failAt(FailurePoint point) {
        armed = point;
    }

    /** Whether the armed failure strikes here, where the coordinator {@code hasWork} left to do; it is then used up. */
    private boolean strikes(FailurePoint point, boolean hasWork) {
        if (armed != point || !hasWork) {
            return false;
        }
        synchronized (this) {
            if (armed != point) {
                return false;
            }
            armed = null;
            return true;
        }
    }

    /**
     * The transaction's coordinator fails: what it held for the transaction in memory is gone (the
     * caller's {@link Prepared} and actions are dropped with the error thrown; an unfinished
     * decision leaves the redrive list); the PREPARE entries and a recorded decision remain.
     */
    private synchronized DynamoException fail(long transaction) {
        ledger.remove(transaction);
        failed.add(transaction);
        return Errors.internal("Internal server error: the transaction coordinator failed; the transaction is finished by another coordinator from what was recorded");
    }

    /** The coordinator failure armed and not yet struck, or null. */
    public synchronized FailurePoint armedFailure() {
        return armed;
    }

    /** The transactions whose coordinator failed and that no other coordinator has finished yet. */
    public synchronized Set<Long> failedCoordinators() {
        return Set.copyOf(failed);
    }

    /**
     * Sets how a coordinator that takes over finishes the transactions:
     * {@link CoordinatorRecovery#FROM_LEDGER} unless showing that the model-based tests catch a
     * broken recovery (they do; no option of {@code serve} reaches this).
     */
    public void setRecovery(CoordinatorRecovery recovery) {
        this.recovery = Objects.requireNonNull(recovery);
    }

    /**
     * Another coordinator takes over every transaction whose coordinator failed, from what was
     * recorded alone (spec/Transactions.tla's {@code RecoverCoordinator}): at each partition's
     * leader, the items such a transaction still holds are committed with the items its recorded
     * decision holds, or cancelled when none is recorded — the restart's resolution
     * ({@link PartitionGroup#resolvePrepared}), kept to these transactions. A partition without
     * its quorum keeps them prepared, and the transaction stays to be taken over again. Returns
     * the transactions finished, each with how: {@code "commit"} or {@code "cancel"}.
     */
    Map<Long, String> recoverFailed(Cluster cluster) {
        Set<Long> taken;
        Map<Long, List<DecisionLog.Write>> decided = new HashMap<>();
        synchronized (this) {
            if (failed.isEmpty()) {
                return Map.of();
            }
            taken = new LinkedHashSet<>(failed);
            if (recovery == CoordinatorRecovery.FROM_LEDGER) {
                for (long t : taken) {
                    if (recorded.containsKey(t)) {
                        decided.put(t, recorded.get(t));
                    }
                }
            }
        }
        Set<Long> still = new HashSet<>();
        synchronized (redriving) {
            for (Table table : cluster.tables()) {
                for (PartitionGroup g : table.partitions()) {
                    g.resolvePrepared(table, decided, taken::contains);
                    still.addAll(g.preparedAtLeader());
                }
            }
        }
        Map<Long, String> finished = new LinkedHashMap<>();
        for (long t : taken) {
            if (still.contains(t)) {
                continue;
            }
            synchronized (this) {
                failed.remove(t);
            }
            finished.put(t, decided.containsKey(t) ? "commit" : "cancel");
            done(t);
        }
        return finished;
    }

    /** How many decided transactions have not finished their second phase everywhere. */
    public synchronized int unfinished() {
        return ledger.size();
    }

    /**
     * Reads the items as one serializable snapshot (API_TransactGetItems.html): a first round
     * reads every item, refusing those a transaction holds; a second round checks that no
     * partition took a write meanwhile, and the read repeats if one did. Throws
     * TransactionCanceledException (one reason per item) on a conflict.
     */
    public void read(List<Read> reads) {
        Map<PartitionGroup, List<Read>> groups = byGroup(reads, r -> r.table.partitionFor(r.key));
        for (int attempt = 0; ; attempt++) {
            Map<PartitionGroup, long[]> positions = new IdentityHashMap<>();
            boolean conflict = false;
            for (Map.Entry<PartitionGroup, List<Read>> e : groups.entrySet()) {
                positions.put(e.getKey(), e.getKey().readForTransaction(e.getValue()));
                for (Read r : e.getValue()) {
                    conflict |= r.reason != CancellationReason.OK;
                }
            }
            boolean moved = false;
            if (!conflict) {
                for (Map.Entry<PartitionGroup, long[]> e : positions.entrySet()) {
                    long[] now = e.getKey().position();
                    if (now[0] != e.getValue()[0] || now[1] != e.getValue()[1]) {
                        moved = true;
                        if (attempt + 1 == READ_ATTEMPTS) {
                            for (Read r : groups.get(e.getKey())) {
                                r.reason = CancellationReason.conflict();
                            }
                        }
                    }
                }
                if (!moved) {
                    return;
                }
            }
            if (conflict || attempt + 1 == READ_ATTEMPTS) {
                List<CancellationReason> reasons = new ArrayList<>(reads.size());
                for (Read r : reads) {
                    reasons.add(r.reason);
                }
                throw Errors.transactionCanceled(reasons);
            }
        }
    }

    /** Holds every transaction that prepared, before its commit, until {@link #releaseBetweenPhases}. */
    public synchronized void holdBetweenPhases() {
        holding = true;
    }

    /** Lets held transactions commit, and later ones run through. */
    public synchronized void releaseBetweenPhases() {
        holding = false;
        notifyAll();
    }

    /** Whether transactions that prepare are held before their commit. */
    public boolean holdingBetweenPhases() {
        return holding;
    }

    /** How many transactions are held between their phases now. */
    public synchronized int heldBetweenPhases() {
        return held;
    }

    /**
     * Waits until at least {@code count} transactions are held between their phases, or the
     * timeout passes; returns whether they are. For tests that start a transaction and then act
     * while it is in flight.
     */
    public synchronized boolean awaitHeld(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (held < count) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    private synchronized void awaitRelease() {
        if (!holding) {
            return;
        }
        held++;
        notifyAll();
        boolean interrupted = false;
        try {
            while (holding) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            held--;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> Map<PartitionGroup, List<T>> byGroup(List<T> items, java.util.function.Function<T, PartitionGroup> group) {
        Map<PartitionGroup, List<T>> m = new LinkedHashMap<>();
        for (T t : items) {
            m.computeIfAbsent(group.apply(t), g -> new ArrayList<>(2)).add(t);
        }
        return m;
    }
}
