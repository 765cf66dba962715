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
EXTENDS Naturals, Sequences, TxTraceData

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

=============================================================================
