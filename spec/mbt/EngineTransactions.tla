------------------------ MODULE EngineTransactions ------------------------
(***************************************************************************)
(* The reference engine's schedule of Transactions' actions, as            *)
(* EngineWritePath is of WritePathCut's: where the model lets a step       *)
(* happen at any later time, the engine takes it at once, inside the       *)
(* operation that enables it.  Every step is one of Transactions' (Next);  *)
(* TLC checks that as the action property StepsAreTransactionSteps.        *)
(* Model-based tests replay this spec's state graph on the engine and      *)
(* compare states after every engine operation (spec/mbt/README.md).       *)
(*                                                                         *)
(* Inside an operation, in this order of priority:                         *)
(*  - an election, as soon as a leader's AZ is down and a majority is up:  *)
(*    the first most up-to-date live replica in zone order;                *)
(*  - a delivery to a live follower that lacks entries of its leader's log *)
(*    (its whole log if it has not joined the epoch): the engine ships     *)
(*    every appended entry to every live follower at once, and a           *)
(*    recovered replica catches up inside its recovery;                    *)
(*  - an acknowledgement, as soon as the rule allows it;                   *)
(*  - the coordinator's next step: Prepare at each participant in the      *)
(*    order of the request's actions (debit, then credit), Decide as soon  *)
(*    as one voted no or all voted yes, then Commit or Cancel at each      *)
(*    participant in the same order.                                       *)
(* A transaction may stop between its phases (the engine's prepare and    *)
(* commit are separate calls): it is then held once every participant      *)
(* voted yes, and its Decide is a client's step, the release.  The engine  *)
(* The fault injector may fail a transaction's coordinator at two points   *)
(* of the operation under way (the engine's Faults.failCoordinator):       *)
(* after the prepare round (its next step would be Decide) and right      *)
(* after Decide, before any Commit or Cancel; another coordinator takes    *)
(* it over (RecoverCoordinator) as a later step of its own, the engine's   *)
(* Faults.recoverCoordinator.                                              *)
(***************************************************************************)
EXTENDS Transactions

CONSTANTS
    a, b, c,        \* The AZs, in the engine's zone order A, B, C; a leads every partition first.
    a1, a2,         \* Accounts (model values).
    P1, P2          \* Partitions (model values).

VARIABLE hold       \* hold[t]: transaction t stops between its phases until a client releases it.

evars == <<vars, hold>>

ZoneOrder == <<a, b, c>>

\* The Partitioner: a1 on P1, a2 on P2.
EngineAccountPartition == [x \in Account |-> (a1 :> P1 @@ a2 :> P2)[x]]

\* The first of a set of AZs in zone order.
FirstZone(S) ==
    ZoneOrder[CHOOSE n \in 1..3 : ZoneOrder[n] \in S /\ \A m \in 1..3 : ZoneOrder[m] \in S => n <= m]

\* The engine's choice among the most up-to-date live replicas.
EngineChoice(p) == FirstZone({az \in up : \A other \in up : WP!AtLeastAsUpToDate(p, az, other)})

ElectionDue(p) == leader[p] \notin up /\ WP!Majority(up)

Behind(p, az) ==
    /\ az # leader[p]
    /\ {az, leader[p]} \subseteq up
    /\ Len(log[p][az]) < Len(log[p][leader[p]])

DeliveryDue(p) == \E az \in AZ : Behind(p, az)

Pending(p) == {i \in 1..Len(log[p][leader[p]]) : log[p][leader[p]][i] \notin acknowledged}

AckDue(p) ==
    /\ leader[p] \in up
    /\ Pending(p) # {}
    /\ WP!AckAllowed(p, CHOOSE i \in Pending(p) : \A j \in Pending(p) : i <= j)

\* The participants in the order of the request's actions.
InOrder(t) == <<transaction[t].from, transaction[t].to>>

Votes(t) == {Vote(t, x) : x \in Participants(t)}

\* Held: every participant voted yes and the transaction waits for its release.
Held(t) == ledger[t] = "pending" /\ hold[t] /\ Votes(t) = {"yes"}

CoordinatorDue(t) ==
    /\ ledger[t] # "none"
    /\ coordinator[t] = "running"
    /\ ~Finished(t)
    /\ ~Held(t)

\* The first participant, in the request's order, satisfying P.
FirstOf(t, P(_)) == IF P(InOrder(t)[1]) THEN InOrder(t)[1] ELSE InOrder(t)[2]

CoordinatorStep(t) ==
    IF ledger[t] = "pending"
    THEN IF "no" \notin Votes(t) /\ \E x \in Participants(t) : prepares[t][x] = 0
         THEN Prepare(t, FirstOf(t, LAMBDA x : prepares[t][x] = 0))
         ELSE Decide(t)
    ELSE IF ledger[t] = "commit"
    THEN Commit(t, FirstOf(t, LAMBDA x : ~Holds(LeaderLog(x), "Commit", t, x)))
    ELSE Cancel(t, FirstOf(t, LAMBDA x : Holds(LeaderLog(x), "Prepare", t, x)
                                          /\ ~Holds(LeaderLog(x), "Cancel", t, x)))

\* Where the fault injector may fail t's coordinator instead of its next step: after the prepare
\* round (every Prepare acknowledged, or one refused), or right after the decision.
CrashPoint(t) ==
    \/ ledger[t] = "pending" /\ ~("no" \notin Votes(t) /\ \E x \in Participants(t) : prepares[t][x] = 0)
    \/ lastAction.name = "Decide" /\ lastAction.tx = t

Obligations ==
    \/ \E p \in Partition : ElectionDue(p) \/ DeliveryDue(p) \/ AckDue(p)
    \/ \E t \in TxId : CoordinatorDue(t)

\* What the engine does inside the operation under way.
Due ==
    /\ IF \E p \in Partition : ElectionDue(p)
         THEN LET p == CHOOSE p \in Partition : ElectionDue(p) IN
              WP!ElectLeader(p, EngineChoice(p)) /\ UNCHANGED txVars
       ELSE IF \E p \in Partition : DeliveryDue(p)
         THEN LET p  == CHOOSE p \in Partition : DeliveryDue(p)
                  az == FirstZone({z \in AZ : Behind(p, z)})
              IN  IF replicaEpoch[p][az] < epoch[p]
                  THEN WP!CatchUp(p, az) /\ UNCHANGED txVars
                  ELSE Replicate(p, az)
       ELSE IF \E p \in Partition : AckDue(p)
         THEN LET p == CHOOSE p \in Partition : AckDue(p) IN
              WP!Acknowledge(p) /\ UNCHANGED txVars
       ELSE LET t == CHOOSE t \in TxId : CoordinatorDue(t) IN
              CoordinatorStep(t) \/ (CrashPoint(t) /\ FailCoordinator(t))
    /\ UNCHANGED hold

\* What a client or the fault injector may do when nothing is due.
Free ==
    \/ \E t \in TxId, src, dst \in Account, h \in BOOLEAN :
            TransactWriteItems(t, src, dst) /\ hold' = [hold EXCEPT ![t] = h]
    \/ \E t \in TxId : Held(t) /\ Decide(t) /\ hold' = [hold EXCEPT ![t] = FALSE]
    \/ \E x \in Account : UpdateItem(x) /\ UNCHANGED hold
    \/ TransactGetItems /\ UNCHANGED hold
    \/ \E t \in TxId : RecoverCoordinator(t) /\ UNCHANGED hold
    \/ \E az \in AZ : WP!FailAZ(az) /\ UNCHANGED <<txVars, hold>>
    \/ \E az \in AZ : WP!RecoverAZ(az) /\ UNCHANGED <<txVars, hold>>

EngineInit ==
    /\ Init
    /\ leader = [p \in Partition |-> a]
    /\ hold = [t \in TxId |-> FALSE]

EngineNext == IF Obligations THEN Due ELSE Free

EngineSpec == EngineInit /\ [][EngineNext]_evars

\* Every step is one of Transactions': checked by TLC as a property of EngineSpec.
StepsAreTransactionSteps == [][Next]_vars

\* The schedule never stops inside an operation: whatever is due can be done.
NothingStuck == Obligations => ENABLED Due

=============================================================================
