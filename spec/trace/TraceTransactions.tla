------------------------- MODULE TraceTransactions -------------------------
(***************************************************************************)
(* The model's transaction properties, evaluated by TLC on every state the *)
(* reference engine went through.  The engine records the whole cluster    *)
(* after each step of any partition group                                  *)
(* (io.dynaspec.engine.trace.TransactionStateRecorder), in the variables   *)
(* of Transactions.tla: each partition's leader and its replicas' logs as  *)
(* entry ids, every entry appended (its kind, transaction and item), the   *)
(* acknowledged entries, the transaction ledger and each transaction's     *)
(* items.  This module instantiates Transactions with those recorded       *)
(* values in place of its variables, and TLC checks, state by state, that  *)
(* the recorded states satisfy the model's invariants:                     *)
(*   TransactionIsAtomic, CommitsInTimestampOrder,                         *)
(*   NoAcknowledgedTransactionLost.                                        *)
(* Values (balances) are not recorded: the invariants checked here do not *)
(* read them; the engine's snapshots are checked against the conserved     *)
(* total by the fault-schedule test itself.                                *)
(*                                                                         *)
(* TxTraceData, written by the runner, defines the runs: Runs, a sequence  *)
(* of [name, sent, states], and the constants every run shares: TxAccounts *)
(* (the items transactions touched), TxPartitions, TxAccountPartition and  *)
(* TxCount (transactions numbered by timestamp rank, 1..TxCount).          *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TxTraceData

VARIABLES run, i

Zones == {"A", "B", "C"}

Run == Runs[run]
St == Run.states[i]

TX == INSTANCE Transactions WITH
    Account <- TxAccounts, AZ <- Zones, Partition <- TxPartitions,
    AccountPartition <- TxAccountPartition, InitialBalance <- 0, MaxBalance <- 0,
    MaxTransactions <- TxCount, MaxWrites <- 0, MaxFailures <- 0, MaxCoordinatorFailures <- 0,
    AckRule <- "Quorum", PrepareVote <- "Acknowledged", PreparedItemWrites <- "Refused",
    leader <- St.leader,
    epoch <- [p \in TxPartitions |-> 1],
    log <- St.log,
    items <- [p \in TxPartitions |-> [az \in Zones |-> <<>>]],
    replicaEpoch <- [p \in TxPartitions |-> [az \in Zones |-> 1]],
    up <- Zones,
    sent <- Run.sent,
    acknowledged <- St.acknowledged,
    refused <- {},
    failures <- 0,
    elections <- {},
    lastAction <- [name |-> "Trace"],
    transaction <- St.transaction,
    ledger <- St.ledger,
    coordinator <- [t \in 1..TxCount |-> "running"],
    prepares <- [t \in 1..TxCount |-> [a \in TxAccounts |-> 0]],
    coordinatorFailures <- 0

Init == run \in DOMAIN Runs /\ i = 1

\* The next recorded state of the run, or the last one for ever.
Next ==
    \/ i < Len(Run.states) /\ i' = i + 1 /\ run' = run
    \/ i = Len(Run.states) /\ UNCHANGED <<run, i>>

Spec == Init /\ [][Next]_<<run, i>>

TransactionIsAtomic == TX!TransactionIsAtomic
CommitsInTimestampOrder == TX!CommitsInTimestampOrder
NoAcknowledgedTransactionLost == TX!NoAcknowledgedTransactionLost

-----------------------------------------------------------------------------
(***************************************************************************)
(* The coordinator's steps, one recorded step at a time                    *)
(* (TraceTransactionSteps.cfg): every change a recorded step makes to the  *)
(* ledger and to the transactions' entries in the leaders' logs is one the *)
(* model's Prepare, Decide, Commit and Cancel allow, by their guards on     *)
(* the recorded variables.  A Prepare is appended while its transaction is *)
(* pending; a transaction is decided once, and decided commit only when    *)
(* every participant's Prepare is held by a majority of its partition's    *)
(* replicas (the model's yes vote under the Quorum rule: acknowledged); a  *)
(* Commit is appended only once the decision is commit, a Cancel only once *)
(* it is cancel.  Replication, acknowledgement and failover steps are not  *)
(* followed here: TraceWritePath follows them for writes.                  *)
(***************************************************************************)

Entries(lg, kind, t, a) ==
    Cardinality({k \in DOMAIN lg : LET e == Run.sent[lg[k]] IN e.kind = kind /\ e.tx = t /\ e.key[1] = a})

LeaderLogIn(S, a) == S.log[TxAccountPartition[a]][S.leader[TxAccountPartition[a]]]

\* t's Prepare on a is held by a majority of a's partition's replicas in state S.
PrepareReplicated(S, t, a) ==
    2 * Cardinality({z \in Zones : Entries(S.log[TxAccountPartition[a]][z], "Prepare", t, a) > 0}) > Cardinality(Zones)

CoordinatorStep ==
    \A t \in 1..TxCount :
        LET l  == St.ledger[t]
            l2 == St'.ledger[t]
        IN  /\ \/ l2 = l
               \/ l = "none" /\ l2 = "pending"
               \/ l = "pending" /\ l2 = "cancel"
               \/ /\ l = "pending" /\ l2 = "commit"
                  /\ \A a \in {St'.transaction[t].from, St'.transaction[t].to} : PrepareReplicated(St', t, a)
            /\ \A a \in TxAccounts :
                  LET before == LeaderLogIn(St, a)
                      after  == LeaderLogIn(St', a)
                  IN  /\ Entries(after, "Prepare", t, a) > Entries(before, "Prepare", t, a) => l2 = "pending"
                      /\ Entries(after, "Commit", t, a) > Entries(before, "Commit", t, a) => l2 = "commit"
                      /\ Entries(after, "Cancel", t, a) > Entries(before, "Cancel", t, a) => l2 = "cancel"

CoordinatorStepsFollowed == [][CoordinatorStep]_<<run, i>>

=============================================================================
