package io.dynaspec.runner.mbt;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.CoordinatorRecovery;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.PreparedItemWrites;
import io.dynaspec.engine.cluster.Replica;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TransactionCoordinator;
import io.dynaspec.engine.error.CancellationReason;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import io.dynaspec.runner.tlc.TraceStep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One behaviour of {@code spec/mbt/EngineTransactions.tla} driven on a fresh engine cluster, in
 * process: the accounts are items of a two-partition table, each model account on the engine
 * partition of its model partition. The behaviour is cut into engine operations — a client's or
 * the fault injector's step (TransactWriteItems, the release of a transaction held between its
 * phases, UpdateItem, TransactGetItems, FailAZ, RecoverAZ, RecoverCoordinator) and the steps the
 * engine takes inside it (the coordinator's Prepare, Decide, Commit and Cancel, a coordinator's
 * failure, Replicate, CatchUp, Acknowledge, ElectLeader) — and each operation is one engine call;
 * a coordinator failure inside an operation is armed, at its point, before the call. After every operation its outcome (a
 * transaction committed, held or cancelled with its reasons, a withdrawal accepted or refused, the
 * balances a TransactGetItems read) and the engine's state must be the model's: per partition the
 * leader and epoch; per replica up or down, its log (kind, transaction, account of each entry past
 * the accounts' opening writes), its joined epoch, its balances and the transaction holding each
 * item prepared; the acknowledged entries; the decided transactions not yet finished by a
 * running coordinator; the transactions whose coordinator failed and that none has taken over.
 */
public final class TransactionReplay {

    /**
     * One engine operation: the position of the model's step that started it, that step's
     * action name and description, what the engine answered, whether it matched.
     */
    public record Step(int index, String kind, String action, String engine, boolean asPredicted) {
    }

    /** The replay: whether the engine followed the whole behaviour, operation by operation. */
    public record Result(boolean asPredicted, List<Step> steps) {
    }

    private static final KeySchema KEY = new KeySchema("account", AttributeType.S, null, null);
    private static final List<String> MODEL_ZONES = List.of("a", "b", "c");

    private final List<TraceStep> behaviour;
    private final AckRule rule;
    private final PreparedItemWrites preparedItemWrites;
    private final CoordinatorRecovery recovery;

    private Cluster cluster;
    private Table table;
    /** Model partition name to engine partition index; model account to engine key and back. */
    private final Map<String, Integer> partitionIndex = new TreeMap<>();
    private final Map<String, String> accountPartition = new TreeMap<>();
    private final Map<String, PrimaryKey> keyOf = new TreeMap<>();
    private final Map<AttributeValue, String> accountOf = new HashMap<>();
    private final Map<String, Integer> base = new HashMap<>();
    /** The model's MaxBalance: a credit may not take a balance past it. */
    private final long maxBalance;
    /** Transactions held between their phases, by model transaction. */
    private final Map<Integer, TransactionCoordinator.Prepared> held = new HashMap<>();

    /**
     * @param rule               the engine's acknowledgement rule (the model's is Quorum)
     * @param preparedItemWrites what the engine does with a write on a prepared item (the model refuses it)
     * @param maxBalance         the model's MaxBalance
     */
    public TransactionReplay(List<TraceStep> behaviour, AckRule rule, PreparedItemWrites preparedItemWrites, long maxBalance) {
        this(behaviour, rule, preparedItemWrites, CoordinatorRecovery.FROM_LEDGER, maxBalance);
    }

    /** @param recovery how a coordinator that takes over finishes a transaction (the model's: from the ledger) */
    public TransactionReplay(List<TraceStep> behaviour, AckRule rule, PreparedItemWrites preparedItemWrites,
                             CoordinatorRecovery recovery, long maxBalance) {
        this.behaviour = behaviour;
        this.maxBalance = maxBalance;
        this.rule = rule;
        this.preparedItemWrites = preparedItemWrites;
        this.recovery = recovery;
    }

    /** Whether a step starts an engine operation (else the engine takes it inside the one under way). */
    static boolean startsOperation(JsonNode before, TraceStep step) {
        String name = step.actionName();
        return switch (name) {
            case "TransactWriteItems", "UpdateItem", "TransactGetItems", "FailAZ", "RecoverAZ", "RecoverCoordinator" -> true;
            // A Decide is the client's release when the transaction was held between its phases
            // (every participant voted yes); a transaction to be held that a participant refused
            // is cancelled inside its TransactWriteItems.
            case "Decide" -> before.path("hold").path(step.action().path("tx").asInt() - 1).asBoolean()
                    && step.action().path("decision").asText().equals("commit");
            default -> false;
        };
    }

    public Result run() {
        List<Step> rows = new ArrayList<>();
        try {
            setUp(behaviour.get(0).state());
            List<String> initial = differences(behaviour.get(0).state());
            if (!initial.isEmpty()) {
                rows.add(new Step(1, "Init", "Init", String.join("; ", initial), false));
                return new Result(false, rows);
            }
            int i = 1;
            while (i < behaviour.size()) {
                int start = i;
                int end = i + 1;
                while (end < behaviour.size() && !startsOperation(behaviour.get(end - 1).state(), behaviour.get(end))) {
                    end++;
                }
                List<TraceStep> op = behaviour.subList(start, end);
                JsonNode after = behaviour.get(end - 1).state();
                String expected = expectedOutcome(op);
                String engine = drive(op, after);
                List<String> diff = new ArrayList<>();
                if (!outcomesMatch(expected, engine)) {
                    diff.add("outcome " + engine + ", model: " + expected);
                }
                diff.addAll(differences(after));
                String action = describe(op.get(0)) + (op.size() > 1 ? " (+" + (op.size() - 1) + " steps inside)" : "");
                rows.add(new Step(start + 1, op.get(0).actionName(), action, diff.isEmpty() ? engine : engine + " | " + String.join("; ", diff), diff.isEmpty()));
                if (!diff.isEmpty()) {
                    return new Result(false, rows);
                }
                i = end;
            }
            return new Result(true, rows);
        } catch (RuntimeException e) {
            rows.add(new Step(rows.size() + 1, "(replay)", "(replay)", "engine threw " + e, false));
            return new Result(false, rows);
        }
    }

    private void setUp(JsonNode init) {
        cluster = new Cluster(rule, 1);
        cluster.setPreparedItemWrites(preparedItemWrites);
        cluster.transactions().setRecovery(recovery);
        table = cluster.createTable(TableMetadata.of("Accounts", KEY, 2));
        List<String> partitions = new ArrayList<>();
        init.path("items").fieldNames().forEachRemaining(partitions::add);
        partitions.sort(null);
        if (partitions.size() > table.partitions().size()) {
            throw new IllegalStateException("the model has " + partitions.size() + " partitions, the table " + table.partitions().size());
        }
        Map<String, Long> opening = new TreeMap<>();
        for (int n = 0; n < partitions.size(); n++) {
            String p = partitions.get(n);
            partitionIndex.put(p, n);
            JsonNode accounts = init.path("items").path(p).path("a");
            accounts.fieldNames().forEachRemaining(acct -> {
                accountPartition.put(acct, p);
                opening.put(acct, accounts.path(acct).asLong());
            });
        }
        for (Map.Entry<String, Long> e : opening.entrySet()) {
            PrimaryKey key = engineKey(e.getKey(), partitionIndex.get(accountPartition.get(e.getKey())));
            keyOf.put(e.getKey(), key);
            accountOf.put(key.partition(), e.getKey());
            table.write(key, Precondition.NONE, existing -> account(key, e.getValue()));
        }
        for (String p : partitions) {
            base.put(p, (int) group(p).logLength());
        }
    }

    /** The first name, from the model's account name on, whose item the table keeps on partition {@code index}. */
    private PrimaryKey engineKey(String account, int index) {
        for (int n = 0; ; n++) {
            PrimaryKey key = new PrimaryKey(new AttributeValue.S(n == 0 ? account : account + "-" + n), null);
            if (table.partitionFor(key).index() == index) {
                return key;
            }
        }
    }

    private static Item account(PrimaryKey key, long balance) {
        return Item.of(Map.of("account", key.partition(), "balance", new AttributeValue.N(DynamoNumber.of(balance))));
    }

    private static long balance(Item item) {
        return ((AttributeValue.N) item.get("balance")).value().toBigDecimal().longValueExact();
    }

    private PartitionGroup group(String p) {
        return table.partitions().get(partitionIndex.get(p));
    }

    /**
     * Where the model fails the coordinator inside the operation: right after a Decide of it, or
     * after the prepare round; null when it does not.
     */
    static TransactionCoordinator.FailurePoint failurePoint(List<TraceStep> op) {
        boolean decided = false;
        for (TraceStep s : op) {
            if (s.actionName().equals("FailCoordinator")) {
                return decided ? TransactionCoordinator.FailurePoint.AFTER_DECIDE : TransactionCoordinator.FailurePoint.AFTER_PREPARE;
            }
            decided |= s.actionName().equals("Decide");
        }
        return null;
    }

    /**
     * Runs the operation on the engine, with the coordinator failure the model takes inside it
     * armed for the call; returns what the engine answered.
     */
    private String drive(List<TraceStep> op, JsonNode after) {
        TransactionCoordinator.FailurePoint point = failurePoint(op);
        cluster.faults().failCoordinator(point);
        try {
            return drive(op.get(0), after);
        } finally {
            cluster.faults().failCoordinator(null);
        }
    }

    private String drive(TraceStep first, JsonNode after) {
        JsonNode a = first.action();
        switch (first.actionName()) {
            case "TransactWriteItems": {
                int tx = a.path("tx").asInt();
                PrimaryKey from = keyOf.get(a.path("from").asText());
                PrimaryKey to = keyOf.get(a.path("to").asText());
                long limit = maxBalance;
                List<TransactionCoordinator.Action> actions = List.of(
                        new TransactionCoordinator.Action(table, from, existing -> existing != null && balance(existing) >= 1,
                                existing -> account(from, balance(existing) - 1)),
                        new TransactionCoordinator.Action(table, to, existing -> existing != null,
                                existing -> {
                                    // The model's item limit: a credit that would take the balance past it
                                    // is refused as the engine refuses an item past its size limit.
                                    if (balance(existing) + 1 > limit) {
                                        throw Errors.validation("Item size has exceeded the maximum allowed size");
                                    }
                                    return account(to, balance(existing) + 1);
                                }));
                TransactionCoordinator.Prepared p;
                try {
                    p = cluster.transactions().prepare(actions);
                } catch (DynamoException e) {
                    return outcomeOf(e);
                }
                if (after.path("hold").path(tx - 1).asBoolean()) {
                    held.put(tx, p);
                    return "held";
                }
                return commit(p);
            }
            case "Decide": {
                TransactionCoordinator.Prepared p = held.remove(a.path("tx").asInt());
                return p == null ? "nothing held" : commit(p);
            }
            case "UpdateItem": {
                PrimaryKey key = keyOf.get(a.path("key").path(0).asText());
                try {
                    table.write(key, existing -> existing != null && balance(existing) >= 1, existing -> account(key, balance(existing) - 1));
                    return "Accepted";
                } catch (DynamoException e) {
                    return outcomeOf(e);
                }
            }
            case "TransactGetItems": {
                List<TransactionCoordinator.Read> reads = new ArrayList<>();
                for (PrimaryKey key : keyOf.values()) {
                    reads.add(new TransactionCoordinator.Read(table, key));
                }
                try {
                    cluster.transactions().read(reads);
                } catch (DynamoException e) {
                    return e.type() == ErrorType.TRANSACTION_CANCELED ? "TransactionCanceled" : outcomeOf(e);
                }
                Map<String, Long> read = new TreeMap<>();
                int n = 0;
                for (String acct : keyOf.keySet()) {
                    Item item = reads.get(n++).item();
                    read.put(acct, item == null ? null : balance(item));
                }
                return "Read " + read;
            }
            case "FailAZ":
                cluster.faults().failAz(zone(a.path("az").asText()));
                return "done";
            case "RecoverAZ":
                cluster.faults().recoverAz(zone(a.path("az").asText()));
                return "done";
            case "RecoverCoordinator":
                return "finished " + cluster.faults().recoverCoordinator();
            default:
                return "no engine operation for " + first.actionName();
        }
    }

    private String commit(TransactionCoordinator.Prepared p) {
        try {
            cluster.transactions().commit(p);
            return "committed";
        } catch (DynamoException e) {
            return outcomeOf(e);
        }
    }

    private static String outcomeOf(DynamoException e) {
        if (e.type() == ErrorType.INTERNAL_SERVER_ERROR && e.getMessage().contains("coordinator failed")) {
            return "coordinator failed";
        }
        if (e.type() == ErrorType.TRANSACTION_CANCELED) {
            List<String> codes = new ArrayList<>();
            for (CancellationReason r : e.cancellationReasons()) {
                codes.add(r.code());
            }
            return "canceled " + codes;
        }
        return switch (e.type()) {
            case TRANSACTION_CONFLICT -> "TransactionConflict";
            case CONDITIONAL_CHECK_FAILED -> "ConditionalCheckFailed";
            default -> e.type() + ": " + e.getMessage();
        };
    }

    /**
     * What the model says the operation answers. A transaction's cancellation reasons are given
     * for the participants the model judged; a participant it did not judge (the coordinator
     * cancels as soon as one votes no) is {@code *}: the engine judges it too, for its reason, and
     * that reason is not compared.
     */
    private static String expectedOutcome(List<TraceStep> op) {
        TraceStep first = op.get(0);
        JsonNode a = first.action();
        if (failurePoint(op) != null) {
            return "coordinator failed";
        }
        switch (first.actionName()) {
            case "RecoverCoordinator":
                return "finished {" + a.path("tx").asInt() + "=" + a.path("decision").asText() + "}";
            case "TransactWriteItems": {
                String from = a.path("from").asText();
                String to = a.path("to").asText();
                Map<String, String> judged = new HashMap<>();
                String decision = null;
                for (TraceStep s : op) {
                    if (s.actionName().equals("Prepare")) {
                        String o = s.action().path("outcome").asText();
                        judged.put(s.action().path("key").path(0).asText(), o.equals("Accepted") ? CancellationReason.NONE : o);
                    } else if (s.actionName().equals("Decide")) {
                        decision = s.action().path("decision").asText();
                    }
                }
                if ("commit".equals(decision)) {
                    return "committed";
                }
                if ("cancel".equals(decision)) {
                    return "canceled [" + judged.getOrDefault(from, "*") + ", " + judged.getOrDefault(to, "*") + "]";
                }
                return "held";
            }
            case "Decide":
                return a.path("decision").asText().equals("commit") ? "committed" : "canceled";
            case "UpdateItem":
                return a.path("outcome").asText();
            case "TransactGetItems": {
                if (!a.path("outcome").asText().equals("Read")) {
                    return "TransactionCanceled";
                }
                Map<String, Long> read = new TreeMap<>();
                a.path("balances").fields().forEachRemaining(e -> read.put(e.getKey(), e.getValue().asLong()));
                return "Read " + read;
            }
            default:
                return "done";
        }
    }

    private static boolean outcomesMatch(String expected, String engine) {
        if (expected.equals(engine)) {
            return true;
        }
        if (!expected.startsWith("canceled [") || !engine.startsWith("canceled [")) {
            return false;
        }
        String[] e = expected.substring(10, expected.length() - 1).split(", ");
        String[] g = engine.substring(10, engine.length() - 1).split(", ");
        if (e.length != g.length) {
            return false;
        }
        for (int n = 0; n < e.length; n++) {
            if (!e[n].equals("*") && !e[n].equals(g[n])) {
                return false;
            }
        }
        return true;
    }

    private static String describe(TraceStep s) {
        JsonNode a = s.action();
        return switch (s.actionName()) {
            case "TransactWriteItems" -> "TransactWriteItems t" + a.path("tx").asInt() + " " + a.path("from").asText() + " -> " + a.path("to").asText();
            case "Decide" -> "release t" + a.path("tx").asInt();
            case "UpdateItem" -> "UpdateItem " + a.path("key").path(0).asText();
            case "FailAZ", "RecoverAZ" -> s.actionName() + " " + a.path("az").asText();
            case "RecoverCoordinator" -> "RecoverCoordinator t" + a.path("tx").asInt() + " (" + a.path("decision").asText() + ")";
            default -> s.actionName();
        };
    }

    private static AvailabilityZone zone(String model) {
        int n = MODEL_ZONES.indexOf(model);
        if (n < 0) {
            throw new IllegalArgumentException("zone " + model + " is not one of " + MODEL_ZONES);
        }
        return AvailabilityZone.values()[n];
    }

    /** A model entry as the comparison names it: kind, transaction, account. */
    private static String entry(JsonNode sent, int id) {
        JsonNode e = sent.path(id - 1);
        int tx = e.path("tx").asInt();
        return e.path("kind").asText() + (tx == 0 ? "" : " t" + tx) + " " + e.path("key").path(0).asText();
    }

    private String entry(LogEntry e) {
        String kind = switch (e.kind()) {
            case WRITE -> "Write";
            case PREPARE -> "Prepare";
            case COMMIT -> "Commit";
            case CANCEL -> "Cancel";
        };
        return kind + (e.transaction() == 0 ? "" : " t" + e.transaction()) + " " + accountOf.get(e.key().partition());
    }

    /** The transaction a log leaves holding the account prepared, or 0. */
    private static long preparedIn(JsonNode sent, JsonNode log, String account) {
        Map<Long, Integer> open = new HashMap<>();
        for (JsonNode id : log) {
            JsonNode e = sent.path(id.asInt() - 1);
            if (!e.path("key").path(0).asText().equals(account) || e.path("tx").asInt() == 0) {
                continue;
            }
            long tx = e.path("tx").asLong();
            switch (e.path("kind").asText()) {
                case "Prepare" -> open.merge(tx, 1, Integer::sum);
                case "Commit", "Cancel" -> open.merge(tx, -1, Integer::sum);
                default -> { }
            }
        }
        return open.entrySet().stream().filter(x -> x.getValue() > 0).mapToLong(Map.Entry::getKey).max().orElse(0);
    }

    /** Where the engine's state differs from the model's state {@code s}. */
    List<String> differences(JsonNode s) {
        List<String> out = new ArrayList<>();
        JsonNode sent = s.path("sent");
        Set<Integer> acknowledged = new HashSet<>();
        s.path("acknowledged").forEach(n -> acknowledged.add(n.asInt()));
        Set<String> up = new HashSet<>();
        s.path("up").forEach(n -> up.add(n.asText()));
        for (Map.Entry<String, Integer> pe : partitionIndex.entrySet()) {
            String p = pe.getKey();
            PartitionGroup g = group(p);
            String leader = s.path("leader").path(p).asText();
            if (g.leaderOfEpoch() != zone(leader) || g.epoch() != s.path("epoch").path(p).asLong()) {
                out.add(p + ": leader " + g.leaderOfEpoch() + " epoch " + g.epoch() + ", model: leader " + zone(leader)
                        + " epoch " + s.path("epoch").path(p).asLong());
            }
            List<LogEntry> log = g.logSnapshot();
            if (log.size() != g.logLength()) {
                out.add(p + ": the log was compacted; the replay needs it whole");
                continue;
            }
            int from = base.get(p);
            for (String z : MODEL_ZONES) {
                Replica r = g.replica(zone(z));
                String where = p + " zone " + zone(z) + ": ";
                if (r.isUp() != up.contains(z)) {
                    out.add(where + (r.isUp() ? "up" : "down") + ", model: " + (up.contains(z) ? "up" : "down"));
                }
                List<String> engineLog = new ArrayList<>();
                for (int n = from; n < r.appliedSequence() && n < log.size(); n++) {
                    engineLog.add(entry(log.get(n)));
                }
                List<String> modelLog = new ArrayList<>();
                s.path("log").path(p).path(z).forEach(id -> modelLog.add(entry(sent, id.asInt())));
                if (!engineLog.equals(modelLog)) {
                    out.add(where + "log " + engineLog + ", model: " + modelLog);
                }
                long joined = s.path("replicaEpoch").path(p).path(z).asLong();
                if (g.joinedEpoch(zone(z)) != joined) {
                    out.add(where + "joined epoch " + g.joinedEpoch(zone(z)) + ", model: " + joined);
                }
                JsonNode items = s.path("items").path(p).path(z);
                for (Map.Entry<String, PrimaryKey> ae : keyOf.entrySet()) {
                    if (!accountPartition.get(ae.getKey()).equals(p)) {
                        continue;
                    }
                    Item item = r.get(ae.getValue());
                    Long engine = item == null ? null : balance(item);
                    long model = items.path(ae.getKey()).asLong();
                    if (engine == null || engine != model) {
                        out.add(where + ae.getKey() + " balance " + engine + ", model: " + model);
                    }
                    long prepared = preparedIn(sent, s.path("log").path(p).path(z), ae.getKey());
                    if (r.preparedTransaction(ae.getValue()) != prepared) {
                        out.add(where + ae.getKey() + " prepared by " + r.preparedTransaction(ae.getValue()) + ", model: " + prepared);
                    }
                }
            }
            // The leader's log, entry by entry: acknowledged or not.
            JsonNode leaderLog = s.path("log").path(p).path(leader);
            List<Boolean> engineAck = new ArrayList<>();
            for (int n = from; n < log.size(); n++) {
                engineAck.add(g.writeState(log.get(n)) == PartitionGroup.WriteState.ACKNOWLEDGED);
            }
            List<Boolean> modelAck = new ArrayList<>();
            leaderLog.forEach(id -> modelAck.add(acknowledged.contains(id.asInt())));
            if (!engineAck.equals(modelAck)) {
                out.add(p + ": acknowledged " + engineAck + ", model: " + modelAck);
            }
        }
        // A failed coordinator's decision is no longer the coordinator's to drive: it waits for
        // another to take the transaction over.
        int unfinished = 0;
        Set<Long> failed = new java.util.TreeSet<>();
        JsonNode ledger = s.path("ledger");
        for (int t = 1; t <= ledger.size(); t++) {
            String decision = ledger.path(t - 1).asText();
            boolean running = !s.path("coordinator").path(t - 1).asText().equals("failed");
            if (!running) {
                failed.add((long) t);
            } else if ((decision.equals("commit") || decision.equals("cancel")) && !finished(s, t, decision)) {
                unfinished++;
            }
        }
        if (cluster.transactions().unfinished() != unfinished) {
            out.add("decided transactions not finished " + cluster.transactions().unfinished() + ", model: " + unfinished);
        }
        Set<Long> engineFailed = new java.util.TreeSet<>(cluster.transactions().failedCoordinators());
        if (!engineFailed.equals(failed)) {
            out.add("transactions whose coordinator failed " + engineFailed + ", model: " + failed);
        }
        return out;
    }

    /** Transactions.tla's Finished(t): decided, and the decision acknowledged at every participant. */
    private boolean finished(JsonNode s, int t, String decision) {
        JsonNode sent = s.path("sent");
        Set<Integer> acknowledged = new HashSet<>();
        s.path("acknowledged").forEach(n -> acknowledged.add(n.asInt()));
        JsonNode tr = s.path("transaction").path(t - 1);
        for (String acct : List.of(tr.path("from").asText(), tr.path("to").asText())) {
            String p = accountPartition.get(acct);
            JsonNode leaderLog = s.path("log").path(p).path(s.path("leader").path(p).asText());
            boolean prepare = false;
            boolean acked = false;
            for (JsonNode id : leaderLog) {
                JsonNode e = sent.path(id.asInt() - 1);
                if (e.path("tx").asInt() != t || !e.path("key").path(0).asText().equals(acct)) {
                    continue;
                }
                prepare |= e.path("kind").asText().equals("Prepare");
                boolean decided = e.path("kind").asText().equals(decision.equals("commit") ? "Commit" : "Cancel");
                acked |= decided && acknowledged.contains(id.asInt());
            }
            if (decision.equals("commit") ? !acked : prepare && !acked) {
                return false;
            }
        }
        return true;
    }
}
