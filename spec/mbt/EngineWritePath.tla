-------------------------- MODULE EngineWritePath --------------------------
(***************************************************************************)
(* The reference engine's schedule of WritePathCut's actions: where the    *)
(* model may take a step at any later time, the engine takes it at once,   *)
(* inside the operation that enables it.  Every step is one of             *)
(* WritePathCut's (CutNext), with stronger guards, so every behaviour here *)
(* is a behaviour of CutSpec; model-based tests replay this spec's state   *)
(* graph on the engine and compare states (spec/mbt/README.md).            *)
(*                                                                         *)
(*  - An election is due as soon as the leader's AZ is down and a majority *)
(*    is up: the engine elects inside the failure (or the recovery) that   *)
(*    makes it possible, choosing among equally up-to-date replicas the    *)
(*    first in zone order, and cuts the logs at once (CutToLeader).        *)
(*  - An acknowledgement is due as soon as the rule allows it: the engine  *)
(*    moves its commit point whenever a replica applies an entry.          *)
(*  - A recovered replica catches up inside its recovery: the whole log if *)
(*    it has not joined the epoch, else entry by entry.                    *)
(*  - A client write needs a live leader and a live majority (the engine   *)
(*    refuses it up front when no quorum could acknowledge it).            *)
(*  - A replica joins a new epoch only when the leader has entries it      *)
(*    lacks: a replica whose log already equals the leader's waits.        *)
(***************************************************************************)
EXTENDS WritePathCut

CONSTANTS
    a, b, c,        \* The AZs, in the engine's zone order A, B, C; a leads first.
    k1, P1          \* The one partition key and partition (model values).

VARIABLE recovering     \* The AZ whose recovery catch-up is under way, or NoAZ.

NoAZ == "none"
ZoneOrder == <<a, b, c>>
evars == <<vars, recovering>>

\* The Partitioner of a one-partition table.
MBTHash == [k \in PartitionKey |-> P1]

\* The first unacknowledged index of p's leader's log, if any.
Pending(p) == {i \in 1..Len(log[p][leader[p]]) : log[p][leader[p]][i] \notin acknowledged}

AckDue(p) ==
    /\ leader[p] \in up
    /\ Pending(p) # {}
    /\ AckAllowed(p, CHOOSE i \in Pending(p) : \A j \in Pending(p) : i <= j)

ElectionDue(p) == leader[p] \notin up /\ Majority(up)

CutDue == lastAction.name = "ElectLeader"

\* The engine's choice among the most up-to-date live replicas: the first in zone order.
EngineChoice(p) ==
    LET best == {az \in up : \A other \in up : AtLeastAsUpToDate(p, az, other)}
        n    == CHOOSE n \in 1..3 : /\ ZoneOrder[n] \in best
                                    /\ \A m \in 1..3 : ZoneOrder[m] \in best => n <= m
    IN  ZoneOrder[n]

Behind(p, az) == Len(log[p][az]) < Len(log[p][leader[p]])

RecoveryDue(p) ==
    /\ recovering # NoAZ
    /\ leader[p] \in up
    /\ recovering # leader[p]
    /\ Behind(p, recovering)

\* Delivery of the next message to a follower: its whole log when it joins the epoch, else
\* the next entry.
Deliver(p, az) ==
    /\ Behind(p, az)
    /\ \/ CatchUp(p, az)
       \/ Replicate(p, az)

Obligations ==
    \/ CutDue
    \/ \E p \in Partition : ElectionDue(p) \/ AckDue(p) \/ RecoveryDue(p)

\* What the engine does inside the operation under way.
Due ==
    IF CutDue THEN \E p \in Partition : CutToLeader(p) /\ UNCHANGED recovering
    ELSE IF \E p \in Partition : ElectionDue(p)
         THEN \E p \in Partition : ElectionDue(p) /\ ElectLeader(p, EngineChoice(p))
                                   /\ UNCHANGED recovering
    ELSE IF \E p \in Partition : AckDue(p)
         THEN \E p \in Partition : Acknowledge(p) /\ UNCHANGED recovering
    ELSE \E p \in Partition :
            /\ RecoveryDue(p)
            /\ Deliver(p, recovering)
            /\ recovering' = IF Len(log'[p][recovering]) < Len(log[p][leader[p]])
                             THEN recovering ELSE NoAZ

\* What a client or the fault injector may do when nothing is due.
Free ==
    \/ /\ Len(sent) < MaxWrites
       /\ Majority(up)
       /\ \/ \E key \in Key, v \in Value, cond \in Condition : PutItem(key, v, cond)
          \/ \E key \in Key : DeleteItem(key)
          \/ \E puts \in Batch : BatchWriteItem(puts)
       /\ recovering' = NoAZ
    \/ \E p \in Partition, az \in AZ : Deliver(p, az) /\ recovering' = NoAZ
    \/ \E az \in AZ : FailAZ(az) /\ recovering' = NoAZ
    \/ \E az \in AZ : RecoverAZ(az) /\ recovering' = az
    \/ \E id \in WriteId : RefuseDiscardedWrite(id) /\ recovering' = NoAZ

EngineInit ==
    /\ Init
    /\ leader = [p \in Partition |-> a]
    /\ recovering = NoAZ

EngineNext == IF Obligations THEN Due ELSE Free

EngineSpec == EngineInit /\ [][EngineNext]_evars

\* Every step is one of WritePathCut's: checked by TLC as a property of EngineSpec.
StepsAreCutSteps == [][CutNext]_vars

=============================================================================
