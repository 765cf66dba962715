package io.dynaspec.runner.trace;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule;
import io.dynaspec.engine.trace.TransactionStateRecorder;
import io.dynaspec.runner.tlc.ModelCheckResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * The states of seeded fault schedules with transfers, as {@link TransactionStateRecorder}
 * recorded them, checked by TLC against the invariants of {@code spec/Transactions.tla}
 * ({@code spec/trace/TraceTransactions.tla}).
 *
 * <p>Only the partitions that hold transactions' entries are kept, with their entries renumbered
 * in append order, and consecutive states equal on them are kept once: the invariants read
 * nothing else. Transactions are numbered by their timestamps' rank across each run.
 */
public final class TransactionStates {
    static final String SPEC = "TraceTransactions";
    static final String DATA = "TxTraceData";
    /** The config that follows the coordinator's steps rather than checking states. */
    static final String STEPS_CONFIG = "TraceTransactionSteps";

    /**
     * One schedule's recording.
     *
     * @param name     the run's name
     * @param recorder what it recorded
     * @param transfersCommitted how many transfers the schedule committed
     * @param unexpected what the schedule found wrong as it played (nothing, under the quorum rule)
     */
    public record Run(String name, TransactionStateRecorder recorder, int transfersCommitted, List<String> unexpected) {
    }

    private TransactionStates() {
    }

    /** Plays the seed's schedule with transfers, recording the cluster's states. */
    public static Run record(AckRule rule, long seed, int steps, ExecutorService writers) throws Exception {
        TransactionStateRecorder recorder = new TransactionStateRecorder();
        int[] transfers = {0};
        List<String> unexpected = new ArrayList<>();
        new RandomFaultSchedule(rule, seed, writers, recorder, new RandomFaultSchedule.Observer() {
            @Override
            public void onTransferCommitted(String from, String to, long amount) {
                transfers[0]++;
            }

            @Override
            public void onUnexpected(String what) {
                unexpected.add(what);
            }
        }, true).play(steps);
        return new Run("seed-" + seed + (rule == AckRule.QUORUM ? "" : "-" + rule.name().toLowerCase(java.util.Locale.ROOT)),
                recorder, transfers[0], List.copyOf(unexpected));
    }

    /** Runs TLC on the recorded states; the result names the first invariant a state breaks, if one does. */
    public static ModelCheckResult check(Path specDir, Path workDir, List<Run> runs, Duration timeout)
            throws IOException, InterruptedException {
        return check(specDir, workDir, runs, timeout, SPEC);
    }

    /**
     * Runs TLC on the recorded steps: every step must be one the model's coordinator allows
     * ({@code CoordinatorStepsFollowed}); the result names the property if a step is not.
     */
    public static ModelCheckResult checkSteps(Path specDir, Path workDir, List<Run> runs, Duration timeout)
            throws IOException, InterruptedException {
        return check(specDir, workDir, runs, timeout, STEPS_CONFIG);
    }

    private static ModelCheckResult check(Path specDir, Path workDir, List<Run> runs, Duration timeout, String config)
            throws IOException, InterruptedException {
        return RecordedStates.check(specDir, workDir, "Transactions", SPEC, config, DATA, module(runs), timeout);
    }

    /** How many states the module holds, over every run: TLC's distinct states, one per state. */
    public static int stateCount(List<Run> runs) {
        return runs.stream().mapToInt(r -> Rendered.of(r).states.size()).sum();
    }

    /** The data module: the runs and the constants they share. */
    static String module(List<Run> runs) {
        List<Rendered> rendered = runs.stream().map(Rendered::of).toList();
        Map<String, String> accountPartition = new TreeMap<>();
        Set<String> partitions = new TreeSet<>();
        int transactions = 0;
        for (Rendered r : rendered) {
            for (Map.Entry<String, String> e : r.accountPartition.entrySet()) {
                String had = accountPartition.putIfAbsent(e.getKey(), e.getValue());
                if (had != null && !had.equals(e.getValue())) {
                    throw new IllegalStateException("item " + e.getKey() + " is on " + had + " in one run and on " + e.getValue() + " in another");
                }
            }
            partitions.addAll(r.partitions);
            transactions = Math.max(transactions, r.transactions.size());
        }
        StringBuilder out = new StringBuilder();
        out.append("---- MODULE ").append(DATA).append(" ----\n");
        out.append("\\* Written by dynaspec from the engine's recorded states; spec/trace/TraceTransactions.tla reads it.\n");
        out.append("EXTENDS Naturals, Sequences, TLC\n\n");
        out.append("TxAccounts == ").append(set(accountPartition.keySet())).append("\n");
        out.append("TxPartitions == ").append(set(partitions)).append("\n");
        out.append("TxAccountPartition == ").append(function(accountPartition.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> text(e.getValue()), (a, b) -> a, TreeMap::new)))).append("\n");
        out.append("TxCount == ").append(transactions).append("\n\n");
        out.append("Runs == <<\n");
        for (int k = 0; k < rendered.size(); k++) {
            out.append(rendered.get(k).render(partitions, transactions));
            out.append(k + 1 < rendered.size() ? ",\n" : "\n");
        }
        out.append(">>\n====\n");
        return out.toString();
    }

    /** One run reduced to the transactions' partitions, ready to render. */
    private static final class Rendered {
        final String name;
        /** The kept entries, renumbered: kind, transaction rank, key. */
        final List<String[]> sent = new ArrayList<>();
        final List<TransactionStateRecorder.State> states = new ArrayList<>();
        final Set<String> partitions = new TreeSet<>();
        final Map<String, String> accountPartition = new TreeMap<>();
        /** Engine timestamps in order: a transaction's number is its index + 1. */
        final List<Long> transactions;
        final Map<Integer, Integer> renumbered = new TreeMap<>();

        private Rendered(String name, List<Long> transactions) {
            this.name = name;
            this.transactions = transactions;
        }

        static Rendered of(Run run) {
            List<TransactionStateRecorder.Entry> all = run.recorder().sent();
            List<TransactionStateRecorder.State> states = run.recorder().states();
            List<Long> stamps = all.stream().filter(e -> e.transaction() != 0).map(TransactionStateRecorder.Entry::transaction)
                    .distinct().sorted().toList();
            Rendered r = new Rendered(run.name(), stamps);
            // The partitions whose logs ever hold a transaction's entry.
            for (TransactionStateRecorder.State s : states) {
                s.log().forEach((p, logs) -> logs.values().forEach(ids -> ids.forEach(id -> {
                    TransactionStateRecorder.Entry e = all.get(id - 1);
                    if (e.transaction() != 0) {
                        r.partitions.add(p);
                        r.accountPartition.put(e.key(), p);
                    }
                })));
            }
            // Entries of those partitions, in append order.
            Set<Integer> kept = new TreeSet<>();
            for (TransactionStateRecorder.State s : states) {
                for (String p : r.partitions) {
                    Map<AvailabilityZone, List<Integer>> logs = s.log().get(p);
                    if (logs != null) {
                        logs.values().forEach(kept::addAll);
                    }
                }
            }
            for (int id : kept) {
                TransactionStateRecorder.Entry e = all.get(id - 1);
                r.renumbered.put(id, r.sent.size() + 1);
                r.sent.add(new String[] {e.kind(), Integer.toString(e.transaction() == 0 ? 0 : stamps.indexOf(e.transaction()) + 1), e.key()});
            }
            TransactionStateRecorder.State last = null;
            for (TransactionStateRecorder.State s : states) {
                if (last == null || !r.sameOnKept(last, s)) {
                    r.states.add(s);
                }
                last = s;
            }
            return r;
        }

        private boolean sameOnKept(TransactionStateRecorder.State a, TransactionStateRecorder.State b) {
            for (String p : partitions) {
                if (!java.util.Objects.equals(a.leader().get(p), b.leader().get(p)) || !java.util.Objects.equals(a.log().get(p), b.log().get(p))) {
                    return false;
                }
            }
            return a.ledger().equals(b.ledger()) && keptAcknowledged(a).equals(keptAcknowledged(b));
        }

        private Set<Integer> keptAcknowledged(TransactionStateRecorder.State s) {
            return s.acknowledged().stream().filter(renumbered::containsKey).map(renumbered::get)
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        String render(Set<String> allPartitions, int transactionCount) {
            StringBuilder out = new StringBuilder();
            out.append("[name |-> ").append(text(name)).append(",\n sent |-> <<");
            for (int k = 0; k < sent.size(); k++) {
                String[] e = sent.get(k);
                out.append(k == 0 ? "" : ", ").append("[id |-> ").append(k + 1).append(", kind |-> ").append(text(e[0]))
                        .append(", tx |-> ").append(e[1]).append(", key |-> <<").append(text(e[2])).append(">>, value |-> 0]");
            }
            out.append(">>,\n states |-> <<");
            for (int k = 0; k < states.size(); k++) {
                out.append(k == 0 ? "\n  " : ",\n  ").append(state(states.get(k), allPartitions, transactionCount));
            }
            out.append(">>]");
            return out.toString();
        }

        private String state(TransactionStateRecorder.State s, Set<String> allPartitions, int transactionCount) {
            Map<String, String> leader = new TreeMap<>();
            Map<String, String> log = new TreeMap<>();
            for (String p : allPartitions) {
                AvailabilityZone l = s.leader().get(p);
                leader.put(p, text(l == null ? "A" : l.name()));
                Map<AvailabilityZone, List<Integer>> logs = s.log().get(p);
                Map<String, String> byZone = new TreeMap<>();
                for (AvailabilityZone z : AvailabilityZone.values()) {
                    List<Integer> ids = logs == null || !partitions.contains(p) ? List.of() : logs.getOrDefault(z, List.of());
                    byZone.put(z.name(), "<<" + ids.stream().map(id -> Integer.toString(renumbered.get(id))).collect(Collectors.joining(", ")) + ">>");
                }
                log.put(p, function(byZone.entrySet().stream().collect(Collectors.toMap(e -> e.getKey(), Map.Entry::getValue,
                        (a, b) -> a, TreeMap::new))));
            }
            List<String> ledger = new ArrayList<>();
            List<String> transaction = new ArrayList<>();
            for (int t = 1; t <= transactionCount; t++) {
                long stamp = t <= transactions.size() ? transactions.get(t - 1) : -1;
                String state = stamp < 0 ? null : s.ledger().get(stamp);
                ledger.add(text(state == null ? "none" : state));
                Set<String> items = stamp < 0 ? null : s.participants().get(stamp);
                if (state == null || items == null || items.isEmpty()) {
                    transaction.add("[from |-> \"none\", to |-> \"none\"]");
                } else {
                    List<String> two = new ArrayList<>(items);
                    transaction.add("[from |-> " + text(two.get(0)) + ", to |-> " + text(two.get(two.size() - 1)) + "]");
                }
            }
            return "[leader |-> " + function(leader) + ", log |-> " + function(log)
                    + ", acknowledged |-> " + keptAcknowledged(s).stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"))
                    + ", ledger |-> <<" + String.join(", ", ledger) + ">>, transaction |-> <<" + String.join(", ", transaction) + ">>]";
        }
    }

    /** A TLA+ function from text keys, each value already rendered: (k1 :> v1 @@ k2 :> v2). */
    private static String function(Map<String, String> rendered) {
        return rendered.entrySet().stream().map(e -> text(e.getKey()) + " :> " + e.getValue())
                .collect(Collectors.joining(" @@ ", "(", ")"));
    }

    private static String set(Set<String> values) {
        return values.stream().map(TransactionStates::text).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String text(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
