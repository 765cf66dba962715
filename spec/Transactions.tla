---------------------------- MODULE Transactions ----------------------------
(***************************************************************************)
(* Transactions over the write path: TransactWriteItems and               *)
(* TransactGetItems across partition groups, following the protocol of    *)
(* Idziorek et al., "Distributed Transactions at Scale in Amazon DynamoDB" *)
(* (USENIX ATC 2023).                                                      *)
(*                                                                         *)
(* A transaction coordinator gives each transaction a timestamp (here the  *)
(* order in which transactions start) and records it in the transaction   *)
(* ledger.  It sends a Prepare to each item's leader, which judges the     *)
(* item's condition, checks its limits, checks that the transaction's      *)
(* timestamp is later than the item's and that no other transaction is    *)
(* prepared on the item, and, if all holds, appends a Prepare entry to its *)
(* partition's log: prepared state is a log entry like any write, so it is *)
(* replicated, acknowledged by a quorum, carried by failover and catch-up. *)
(* A participant votes yes once its Prepare entry is acknowledged.  The    *)
(* coordinator records its decision in the ledger, then appends a Commit   *)
(* or Cancel entry at every participant.  Single-item writes on an item    *)
(* with a prepared transaction are refused.  A coordinator that fails is   *)
(* replaced by another that finishes the transaction from the ledger and   *)
(* the participants' logs.                                                 *)
(*                                                                         *)
(* The replication of the logs is WritePath's: this module instantiates   *)
(* WritePath on the same variables and takes its FailAZ, RecoverAZ,       *)
(* ElectLeader, CatchUp, Acknowledge and RefuseDiscardedWrite actions and  *)
(* its NoAcknowledgedWriteLost, OneLeaderPerEpoch and                      *)
(* FollowerLogsAgreeWithLeader properties unchanged.  Only Replicate is    *)
(* its own, because applying a transaction's entries differs from applying *)
(* a put.                                                                  *)
(*                                                                         *)
(* Items are accounts with one attribute, balance.  Transactions transfer  *)
(* one unit between two accounts (condition balance >= amount on the      *)
(* account debited); single-item writes are conditional withdrawals of one *)
(* unit (UpdateItem with condition balance >= amount), money leaving the   *)
(* accounts.  Each property is named after the documentation sentence it   *)
(* states; spec/README.md quotes them.                                     *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS
    Account,                \* The accounts: items with one attribute, balance; each is its own partition key.
    AZ,                     \* The set of AvailabilityZones; every PartitionGroup has one Replica in each.
    Partition,              \* The set of partitions of the Table.
    AccountPartition,       \* The Partitioner: the partition each account hashes to.
    InitialBalance,         \* Every account's balance at the start.
    MaxBalance,             \* The item limit: a write that would take a balance above it is refused.
    MaxTransactions,        \* The budget of TransactWriteItems requests.
    MaxWrites,              \* The budget of single-item writes (conditional withdrawals).
    MaxFailures,            \* The budget of AZ failures.
    MaxCoordinatorFailures, \* The budget of transaction coordinator failures.
    AckRule,                \* WritePath's acknowledgement rule: "Quorum" (safe) or "LeaderOnly".
    PrepareVote,            \* When a participant votes yes: "Acknowledged" (its Prepare entry is acknowledged;
                            \* safe) or "LeaderAccepted" (its leader accepted it, replicated or not; broken).
    PreparedItemWrites      \* Single-item writes on a prepared item: "Refused" (safe) or "Accepted" (broken).

ASSUME
    /\ AccountPartition \in [Account -> Partition]
    /\ InitialBalance \in Nat /\ MaxBalance \in Nat /\ InitialBalance <= MaxBalance
    /\ MaxTransactions \in Nat /\ MaxWrites \in Nat
    /\ MaxFailures \in Nat /\ MaxCoordinatorFailures \in Nat
    /\ AckRule \in {"Quorum", "LeaderOnly"}
    /\ PrepareVote \in {"Acknowledged", "LeaderAccepted"}
    /\ PreparedItemWrites \in {"Refused", "Accepted"}

VARIABLES
    \* WritePath's variables, with its meaning; a log entry is now a Write, Prepare, Commit or Cancel.
    leader,         \* leader[p]: the AZ whose Replica leads partition p.
    epoch,          \* epoch[p]: partition p's current epoch; every election starts a new one.
    log,            \* log[p][az]: the ids of the entries in the log of p's Replica in az, in log order.
    items,          \* items[p][az][a]: account a's balance as that Replica has applied its log.
    replicaEpoch,   \* replicaEpoch[p][az]: the epoch of the leader whose log that Replica last adopted.
    up,             \* The set of AZs that are up.
    sent,           \* sent[id]: the log entry with that id, as the leader received and judged it.
    acknowledged,   \* The ids of the entries a quorum holds (WritePath's Acknowledge).
    refused,        \* The ids of the entries refused by their leader or discarded by a failover.
    failures,       \* The number of AZ failures so far; bounded by MaxFailures.
    elections,      \* Every election so far, as <<partition, epoch, AZ>>.
    lastAction,     \* The step that produced this state, with its arguments.
    \* The transactions' own.
    transaction,    \* transaction[t]: the accounts transaction t debits and credits, once it started.
    ledger,         \* ledger[t]: the transaction ledger's record of t: "none" (not started), "pending",
                    \* "commit" or "cancel"; durable, it survives its coordinator.
    coordinator,    \* coordinator[t]: "running" or "failed".
    prepares,       \* prepares[t][a]: the id of the Prepare entry t's coordinator sent for account a; 0: none.
    coordinatorFailures \* The number of coordinator failures so far; bounded by MaxCoordinatorFailures.

writePathVars == <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections, lastAction>>
txVars == <<transaction, ledger, coordinator, prepares, coordinatorFailures>>
vars == <<writePathVars, txVars>>

\* The write path, on the same variables: an account is a partition key with one sort key, its
\* balance the item's value, and an entry's key is <<account>>, so that WritePath's PartitionOf
\* finds its partition.
WP == INSTANCE WritePath WITH
    PartitionKey <- Account, SortKey <- {1}, Value <- 0..MaxBalance, Hash <- AccountPartition,
    MaxBatch <- 1

-----------------------------------------------------------------------------
(***************************************************************************)
(* Transactions, entries, what a log says about an item.                   *)
(***************************************************************************)

TxId == 1..MaxTransactions

Balance == 0..MaxBalance

NoTransaction == [from |-> "none", to |-> "none"]

Participants(t) == {transaction[t].from, transaction[t].to}

Started == {t \in TxId : ledger[t] # "none"}

AccountsOf(p) == {a \in Account : AccountPartition[a] = p}

InitialItems(p) == [a \in AccountsOf(p) |-> InitialBalance]

Total == Cardinality(Account) * InitialBalance

\* A log entry: a single-item Write (tx 0), or a transaction's Prepare, Commit or Cancel on one
\* item.  value is the balance the entry leaves: a Write's and a Prepare's computed at the leader
\* when it judged them; a Commit carries its Prepare's.
Entry == [id : Nat, kind : {"Write", "Prepare", "Commit", "Cancel"}, tx : 0..MaxTransactions,
          key : {<<a>> : a \in Account}, value : Balance]

\* The leader's log of account a's partition.
LeaderLog(a) == log[AccountPartition[a]][leader[AccountPartition[a]]]

\* Whether log lg holds an entry of this kind of transaction t on account a.
Holds(lg, kind, t, a) ==
    \E i \in DOMAIN lg : LET e == sent[lg[i]] IN e.kind = kind /\ e.tx = t /\ e.key[1] = a

\* Whether account a is prepared in log lg: some transaction's Prepare without its Commit or Cancel.
PreparedIn(lg, a) ==
    \E t \in TxId : Holds(lg, "Prepare", t, a) /\ ~Holds(lg, "Commit", t, a) /\ ~Holds(lg, "Cancel", t, a)

\* The item's timestamp as log lg has it: the latest timestamp of a transaction prepared on it.
Max(S) == CHOOSE m \in S : \A n \in S : n <= m
ItemTimestamp(lg, a) ==
    Max({0} \cup {sent[lg[i]].tx : i \in {i \in DOMAIN lg : sent[lg[i]].kind = "Prepare"
                                                             /\ sent[lg[i]].key[1] = a}})

\* A replica's balances after applying an entry: Writes and Commits set the balance.
Apply(balances, e) ==
    IF e.kind \in {"Write", "Commit"} THEN [balances EXCEPT ![e.key[1]] = e.value] ELSE balances

RECURSIVE ApplyAll(_, _)
ApplyAll(balances, ids) ==
    IF ids = <<>> THEN balances ELSE ApplyAll(Apply(balances, sent[Head(ids)]), Tail(ids))

\* The acknowledged part of partition p's leader's log: a prefix, since Acknowledge goes in log order.
AckedLog(p) == SelectSeq(log[p][leader[p]], LAMBDA id : id \in acknowledged)

\* What a strongly consistent read of partition p sees: its acknowledged state.
AckedItems(p) == ApplyAll(InitialItems(p), AckedLog(p))

\* A new entry, judged at the leader of its account's partition; appended if accepted.
Append2(p, e, accepted) ==
    LET L == leader[p] IN
    /\ log' = IF accepted THEN [log EXCEPT ![p][L] = Append(@, e.id)] ELSE log
    /\ items' = IF accepted THEN [items EXCEPT ![p][L] = Apply(@, e)] ELSE items
    /\ sent' = Append(sent, e)
    /\ refused' = IF accepted THEN refused ELSE refused \cup {e.id}

-----------------------------------------------------------------------------
(***************************************************************************)
(* Client requests.                                                        *)
(***************************************************************************)

\* TransactWriteItems: a transfer of one unit from account src to account dst.  Its coordinator
\* gives it the next timestamp and records it in the ledger as pending.
TransactWriteItems(t, src, dst) ==
    /\ ledger[t] = "none"
    /\ \A u \in TxId : u < t => ledger[u] # "none"
    /\ src # dst
    /\ transaction' = [transaction EXCEPT ![t] = [from |-> src, to |-> dst]]
    /\ ledger' = [ledger EXCEPT ![t] = "pending"]
    /\ lastAction' = [name |-> "TransactWriteItems", tx |-> t, from |-> src, to |-> dst]
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections, coordinator, prepares, coordinatorFailures>>

\* UpdateItem: a withdrawal of one unit, condition balance >= 1, judged at the leader.  On an item
\* with a prepared transaction it is refused (TransactionConflict).
UpdateItem(a) ==
    LET p       == AccountPartition[a]
        L       == leader[p]
        balance == items[p][L][a]
        outcome == IF PreparedItemWrites = "Refused" /\ PreparedIn(log[p][L], a)
                     THEN "TransactionConflict"
                   ELSE IF balance < 1 THEN "ConditionalCheckFailed"
                   ELSE "Accepted"
        ok      == outcome = "Accepted"
        e       == [id |-> Len(sent) + 1, kind |-> "Write", tx |-> 0, key |-> <<a>>,
                    value |-> IF ok THEN balance - 1 ELSE balance]
    IN  /\ Cardinality({i \in DOMAIN sent : sent[i].kind = "Write"}) < MaxWrites
        /\ L \in up
        /\ Append2(p, e, ok)
        /\ lastAction' = [name |-> "UpdateItem", key |-> <<a>>, p |-> p, az |-> L, epoch |-> epoch[p],
                          entry |-> e.id, outcome |-> outcome]
        /\ UNCHANGED <<leader, epoch, replicaEpoch, up, acknowledged, failures, elections, txVars>>

\* Whether every account is readable: no account's acknowledged state has a prepared transaction.
SnapshotReadable == \A a \in Account : ~PreparedIn(AckedLog(AccountPartition[a]), a)

\* The balances a TransactGetItems of every account reads: each at its leader, acknowledged state.
Snapshot == [a \in Account |-> AckedItems(AccountPartition[a])[a]]

\* The withdrawals in the acknowledged state: money that has left the accounts.
RECURSIVE SumOf(_, _)
SumOf(f, S) == IF S = {} THEN 0 ELSE LET a == CHOOSE a \in S : TRUE IN f[a] + SumOf(f, S \ {a})

Withdrawn ==
    SumOf([p \in Partition |-> Cardinality({i \in DOMAIN AckedLog(p) : sent[AckedLog(p)[i]].kind = "Write"})],
          Partition)

\* TransactGetItems of every account: read at the leaders, refused (TransactionCanceled) if any
\* item has a prepared transaction.  It changes nothing; it records what it read.
TransactGetItems ==
    /\ \A p \in Partition : leader[p] \in up
    /\ lastAction' = [name |-> "TransactGetItems",
                      outcome |-> IF SnapshotReadable THEN "Read" ELSE "TransactionCanceled",
                      balances |-> IF SnapshotReadable THEN Snapshot ELSE <<>>]
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections, txVars>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* The coordinator.                                                        *)
(***************************************************************************)

\* Prepare: the coordinator asks account a's leader to prepare t.  The leader judges the condition
\* (balance >= 1 on the account debited), the limit (balance + 1 <= MaxBalance on the account
\* credited), that t's timestamp is later than the item's, and that no transaction is prepared on
\* the item; if all hold it appends a Prepare entry carrying the balance t will leave.
Prepare(t, a) ==
    LET p       == AccountPartition[a]
        L       == leader[p]
        balance == items[p][L][a]
        debit   == a = transaction[t].from
        after   == IF debit THEN balance - 1 ELSE balance + 1
        outcome == IF PreparedIn(log[p][L], a) THEN "TransactionConflict"
                   ELSE IF ItemTimestamp(log[p][L], a) >= t THEN "TransactionConflict"
                   ELSE IF debit /\ balance < 1 THEN "ConditionalCheckFailed"
                   ELSE IF ~debit /\ after > MaxBalance THEN "ValidationError"
                   ELSE "Accepted"
        ok      == outcome = "Accepted"
        e       == [id |-> Len(sent) + 1, kind |-> "Prepare", tx |-> t, key |-> <<a>>,
                    value |-> IF ok THEN after ELSE balance]
    IN  /\ ledger[t] = "pending"
        /\ coordinator[t] = "running"
        /\ a \in Participants(t)
        /\ prepares[t][a] = 0
        /\ L \in up
        /\ Append2(p, e, ok)
        /\ prepares' = [prepares EXCEPT ![t][a] = e.id]
        /\ lastAction' = [name |-> "Prepare", tx |-> t, key |-> <<a>>, p |-> p, az |-> L,
                          epoch |-> epoch[p], entry |-> e.id, outcome |-> outcome]
        /\ UNCHANGED <<leader, epoch, replicaEpoch, up, acknowledged, failures, elections,
                       transaction, ledger, coordinator, coordinatorFailures>>

\* A participant's vote as the coordinator hears it.
Vote(t, a) ==
    LET id == prepares[t][a] IN
    IF id = 0 THEN "none"
    ELSE IF id \in refused THEN "no"
    ELSE IF id \in acknowledged \/ PrepareVote = "LeaderAccepted" THEN "yes"
    ELSE "none"

\* The coordinator records its decision in the ledger: commit when every participant voted yes,
\* cancel as soon as one voted no.
Decide(t) ==
    LET votes == {Vote(t, a) : a \in Participants(t)} IN
    /\ ledger[t] = "pending"
    /\ coordinator[t] = "running"
    /\ "no" \in votes \/ votes = {"yes"}
    /\ ledger' = [ledger EXCEPT ![t] = IF "no" \in votes THEN "cancel" ELSE "commit"]
    /\ lastAction' = [name |-> "Decide", tx |-> t, decision |-> ledger'[t]]
    /\ UNCHANGED <<transaction, coordinator, prepares, coordinatorFailures>>
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections>>

\* Commit at account a: its leader appends a Commit entry, with the balance t's Prepare computed;
\* sent again after a failover that lost it.
Commit(t, a) ==
    LET p == AccountPartition[a]
        L == leader[p]
        e == [id |-> Len(sent) + 1, kind |-> "Commit", tx |-> t, key |-> <<a>>,
              value |-> sent[prepares[t][a]].value]
    IN  /\ ledger[t] = "commit"
        /\ coordinator[t] = "running"
        /\ a \in Participants(t)
        /\ L \in up
        /\ ~Holds(log[p][L], "Commit", t, a)
        /\ Append2(p, e, TRUE)
        /\ lastAction' = [name |-> "Commit", tx |-> t, key |-> <<a>>, p |-> p, az |-> L,
                          epoch |-> epoch[p], entry |-> e.id]
        /\ UNCHANGED <<leader, epoch, replicaEpoch, up, acknowledged, failures, elections, txVars>>

\* Cancel at account a, where its leader's log holds t's Prepare: a Cancel entry releases the item.
Cancel(t, a) ==
    LET p == AccountPartition[a]
        L == leader[p]
        e == [id |-> Len(sent) + 1, kind |-> "Cancel", tx |-> t, key |-> <<a>>,
              value |-> items[p][L][a]]
    IN  /\ ledger[t] = "cancel"
        /\ coordinator[t] = "running"
        /\ a \in Participants(t)
        /\ L \in up
        /\ Holds(log[p][L], "Prepare", t, a)
        /\ ~Holds(log[p][L], "Cancel", t, a)
        /\ Append2(p, e, TRUE)
        /\ lastAction' = [name |-> "Cancel", tx |-> t, key |-> <<a>>, p |-> p, az |-> L,
                          epoch |-> epoch[p], entry |-> e.id]
        /\ UNCHANGED <<leader, epoch, replicaEpoch, up, acknowledged, failures, elections, txVars>>

\* Whether t is over: decided, and every participant's leader has its decision acknowledged.
Finished(t) ==
    \/ ledger[t] = "commit" /\ \A a \in Participants(t) :
            Holds(AckedLog(AccountPartition[a]), "Commit", t, a)
    \/ ledger[t] = "cancel" /\ \A a \in Participants(t) :
            Holds(LeaderLog(a), "Prepare", t, a) => Holds(AckedLog(AccountPartition[a]), "Cancel", t, a)

\* A coordinator fails before its transaction is over; what it knew but had not recorded is lost.
FailCoordinator(t) ==
    /\ ledger[t] # "none"
    /\ coordinator[t] = "running"
    /\ ~Finished(t)
    /\ coordinatorFailures < MaxCoordinatorFailures
    /\ coordinator' = [coordinator EXCEPT ![t] = "failed"]
    /\ coordinatorFailures' = coordinatorFailures + 1
    /\ lastAction' = [name |-> "FailCoordinator", tx |-> t]
    /\ UNCHANGED <<transaction, ledger, prepares>>
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections>>

\* Another coordinator takes the transaction over from the ledger: a recorded decision it carries
\* out (Commit or Cancel at every participant); a transaction still pending it cancels, since the
\* votes the failed coordinator had gathered are lost with it.
RecoverCoordinator(t) ==
    /\ coordinator[t] = "failed"
    /\ coordinator' = [coordinator EXCEPT ![t] = "running"]
    /\ ledger' = [ledger EXCEPT ![t] = IF @ = "pending" THEN "cancel" ELSE @]
    /\ lastAction' = [name |-> "RecoverCoordinator", tx |-> t, decision |-> ledger'[t]]
    /\ UNCHANGED <<transaction, prepares, coordinatorFailures>>
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Replication: WritePath's, but for Replicate.                            *)
(***************************************************************************)

\* Within an epoch, the leader ships the next entry of its log to a follower, which appends and
\* applies it (WritePath's Replicate, applying a transaction's entries).
Replicate(p, az) ==
    LET L  == leader[p]
        n  == Len(log[p][az]) + 1
        id == log[p][L][n]
    IN  /\ az # L
        /\ {L, az} \subseteq up
        /\ replicaEpoch[p][az] = epoch[p]
        /\ Len(log[p][az]) < Len(log[p][L])
        /\ log' = [log EXCEPT ![p][az] = Append(@, id)]
        /\ items' = [items EXCEPT ![p][az] = Apply(@, sent[id])]
        /\ lastAction' = [name |-> "Replicate", p |-> p, az |-> az, epoch |-> epoch[p],
                          write |-> id, index |-> n]
        /\ UNCHANGED <<leader, epoch, replicaEpoch, up, sent, acknowledged, refused,
                       failures, elections, txVars>>

-----------------------------------------------------------------------------

Init ==
    /\ leader \in [Partition -> AZ]
    /\ epoch = [p \in Partition |-> 1]
    /\ log = [p \in Partition |-> [az \in AZ |-> <<>>]]
    /\ items = [p \in Partition |-> [az \in AZ |-> InitialItems(p)]]
    /\ replicaEpoch = [p \in Partition |-> [az \in AZ |-> 1]]
    /\ up = AZ
    /\ sent = <<>>
    /\ acknowledged = {}
    /\ refused = {}
    /\ failures = 0
    /\ elections = {<<p, 1, leader[p]>> : p \in Partition}
    /\ lastAction = [name |-> "Init"]
    /\ transaction = [t \in TxId |-> NoTransaction]
    /\ ledger = [t \in TxId |-> "none"]
    /\ coordinator = [t \in TxId |-> "running"]
    /\ prepares = [t \in TxId |-> [a \in Account |-> 0]]
    /\ coordinatorFailures = 0

Next ==
    \/ \E t \in TxId, src, dst \in Account : TransactWriteItems(t, src, dst)
    \/ \E a \in Account : UpdateItem(a)
    \/ TransactGetItems
    \/ \E t \in TxId, a \in Account : Prepare(t, a) \/ Commit(t, a) \/ Cancel(t, a)
    \/ \E t \in TxId : Decide(t) \/ FailCoordinator(t) \/ RecoverCoordinator(t)
    \/ \E p \in Partition, az \in AZ : Replicate(p, az)
    \/ \E p \in Partition, az \in AZ : WP!CatchUp(p, az) /\ UNCHANGED txVars
    \/ \E p \in Partition : WP!Acknowledge(p) /\ UNCHANGED txVars
    \/ \E az \in AZ : (WP!FailAZ(az) \/ WP!RecoverAZ(az)) /\ UNCHANGED txVars
    \/ \E p \in Partition, az \in AZ : WP!ElectLeader(p, az) /\ UNCHANGED txVars
    \/ \E id \in 1..Len(sent) : WP!RefuseDiscardedWrite(id) /\ UNCHANGED txVars

Spec == Init /\ [][Next]_vars

\* The coordinator, its replacement, replication, acknowledgement, failover and recovery are not
\* starved.  Clients, coordinator failures and AZ failures need no fairness.
Fairness ==
    /\ \A t \in TxId, a \in Account :
            WF_vars(Prepare(t, a)) /\ WF_vars(Commit(t, a)) /\ WF_vars(Cancel(t, a))
    /\ \A t \in TxId : WF_vars(Decide(t)) /\ WF_vars(RecoverCoordinator(t))
    /\ \A p \in Partition, az \in AZ :
            WF_vars(Replicate(p, az)) /\ WF_vars(WP!CatchUp(p, az) /\ UNCHANGED txVars)
    /\ \A p \in Partition :
            /\ WF_vars(WP!Acknowledge(p) /\ UNCHANGED txVars)
            /\ WF_vars(\E az \in AZ : WP!ElectLeader(p, az) /\ UNCHANGED txVars)
    /\ \A az \in AZ : WF_vars(WP!RecoverAZ(az) /\ UNCHANGED txVars)
    /\ WF_vars(\E id \in 1..Len(sent) : WP!RefuseDiscardedWrite(id) /\ UNCHANGED txVars)

FairSpec == Spec /\ Fairness

-----------------------------------------------------------------------------
(***************************************************************************)
(* Properties, each named after the documentation sentence it states.      *)
(***************************************************************************)

TypeOK ==
    /\ leader \in [Partition -> AZ]
    /\ epoch \in [Partition -> 1..(MaxFailures + 1)]
    /\ \A p \in Partition : items[p] \in [AZ -> [AccountsOf(p) -> Balance]]
    /\ \A i \in DOMAIN sent : sent[i] \in Entry /\ sent[i].id = i
    /\ \A p \in Partition, az \in AZ : WP!Range(log[p][az]) \subseteq DOMAIN sent
    /\ acknowledged \subseteq DOMAIN sent /\ refused \subseteq DOMAIN sent
    /\ acknowledged \cap refused = {}
    /\ ledger \in [TxId -> {"none", "pending", "commit", "cancel"}]
    /\ coordinator \in [TxId -> {"running", "failed"}]
    /\ \A t \in Started : transaction[t].from \in Account /\ transaction[t].to \in Account
    /\ prepares \in [TxId -> [Account -> 0..Len(sent)]]
    /\ coordinatorFailures \in 0..MaxCoordinatorFailures
    /\ failures \in 0..MaxFailures

\* "The actions are completed atomically so that either all of them succeed or none of them
\* succeeds." (Developer Guide, "Amazon DynamoDB Transactions: How it works", TransactWriteItems
\* API.)  In the acknowledged state, once one participant holds t's Commit every participant holds
\* t's Prepare or Commit and none its Cancel; and whenever the accounts can be read, t's writes
\* are all there or none.
TransactionIsAtomic ==
    \A t \in Started :
        LET committed == {a \in Participants(t) : Holds(AckedLog(AccountPartition[a]), "Commit", t, a)}
            cancelled == {a \in Participants(t) : Holds(AckedLog(AccountPartition[a]), "Cancel", t, a)}
        IN  /\ committed # {} =>
                  /\ cancelled = {}
                  /\ \A a \in Participants(t) :
                        \/ Holds(AckedLog(AccountPartition[a]), "Prepare", t, a)
                        \/ Holds(AckedLog(AccountPartition[a]), "Commit", t, a)
            /\ SnapshotReadable => committed \in {{}, Participants(t)}

\* "Isolation levels for DynamoDB transactions" (same page) gives serializable isolation between
\* TransactWriteItems and TransactGetItems, and the API Reference of TransactGetItems: "DynamoDB
\* rejects the entire TransactGetItems request if any of the following is true: A conflicting
\* operation is in the process of updating an item to be read."  A TransactGetItems snapshot of
\* the accounts, which transfers only move money between, sums to the starting total less the
\* withdrawals it sees.
SnapshotSumsToTotal ==
    SnapshotReadable => SumOf(Snapshot, Account) + Withdrawn = Total

\* Serializability in timestamp order, item by item: on every item, transactions commit in the
\* order of their timestamps.
CommitsInTimestampOrder ==
    \A a \in Account : LET lg == LeaderLog(a) IN
        \A i, j \in DOMAIN lg :
            /\ i < j
            /\ sent[lg[i]].kind = "Commit" /\ sent[lg[j]].kind = "Commit"
            /\ sent[lg[i]].key[1] = a /\ sent[lg[j]].key[1] = a
            => sent[lg[i]].tx < sent[lg[j]].tx

\* Every condition (balance >= 1 on a debit) and limit (balance <= MaxBalance) judged at a
\* prepare still holds when the transaction commits: no replica ever holds a balance outside
\* 0..MaxBalance.
BalancesWithinLimits ==
    \A p \in Partition, az \in AZ : \A a \in AccountsOf(p) : items[p][az][a] \in Balance

\* No acknowledged transaction is lost across AZ failures (the seed's "there will be no data
\* loss!", for transactions): a transaction whose commit the ledger records (from then on its
\* client may be told it succeeded) keeps its Prepare or Commit in each participant's leader's log.
NoAcknowledgedTransactionLost ==
    \A t \in Started : ledger[t] = "commit" =>
        \A a \in Participants(t) : Holds(LeaderLog(a), "Prepare", t, a) \/ Holds(LeaderLog(a), "Commit", t, a)

\* A replica's balances are exactly its log applied in order.
ItemsAreAppliedLog ==
    \A p \in Partition, az \in AZ : items[p][az] = ApplyAll(InitialItems(p), log[p][az])

\* WritePath's replication properties, on transaction entries.
NoAcknowledgedWriteLost == WP!NoAcknowledgedWriteLost
OneLeaderPerEpoch == WP!OneLeaderPerEpoch
FollowerLogsAgreeWithLeader == WP!FollowerLogsAgreeWithLeader

\* No item is left prepared forever: under fairness, once faults stop, every leader's items are
\* released, and every transaction started is decided with its decision acknowledged everywhere.
NoItemPrepared == \A a \in Account : ~PreparedIn(LeaderLog(a), a)
NoItemPreparedForever == <>[](NoItemPrepared /\ \A t \in Started : Finished(t))

=============================================================================
