--------------------------- MODULE EngineIndexes ----------------------------
(***************************************************************************)
(* The reference engine's schedule of Indexes' actions, as                *)
(* EngineTransactions is of Transactions': where the model lets a step     *)
(* happen at any later time, the engine takes it at once, inside the       *)
(* operation that enables it.  Every step that changes the model's         *)
(* variables is one of Indexes' (INext); TLC checks that as the action     *)
(* property StepsAreIndexSteps.  Model-based tests drive this spec's       *)
(* state graph on the engine and compare states after every engine        *)
(* operation (spec/mbt/README.md).                                         *)
(*                                                                         *)
(* Inside an operation, in this order of priority:                         *)
(*  - an election, as soon as the leader's AZ is down and a majority is    *)
(*    up: the first most up-to-date live replica in zone order;            *)
(*  - a delivery to a live follower that lacks entries of its leader's log *)
(*    (its whole log if it has not joined the epoch): deliveries are not   *)
(*    held, and a recovered replica catches up inside its recovery;        *)
(*  - an acknowledgement, as soon as the rule allows it;                   *)
(*  - a step of the index's propagator, entry by entry in log order, as    *)
(*    far as the feed may read, unless propagation is held.                *)
(* The client's and the fault injector's steps: a put or a delete through  *)
(* the leader (refused up front without a live leader and majority), an    *)
(* AZ failure or recovery, and holding or releasing the index's            *)
(* propagation (the engine's GlobalIndex.hold / release), steps of the     *)
(* auxiliary variable held alone, which the model sees as stuttering.      *)
(***************************************************************************)
EXTENDS Indexes

CONSTANTS
    a, b, c,        \* The AZs, in the engine's zone order A, B, C; a leads first.
    k1, P1          \* The one partition key and partition (model values).

VARIABLE held       \* Whether the index's propagation is held.

evars == <<allVars, held>>

\* Every variable of Indexes but the step's label.
modelVars == <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
               failures, elections, lsi, gsi, gsiVersion, fed>>

ZoneOrder == <<a, b, c>>

\* The Partitioner of a one-partition table.
MBTHash == [k \in PartitionKey |-> P1]

FirstZone(S) ==
    ZoneOrder[CHOOSE n \in 1..3 : ZoneOrder[n] \in S /\ \A m \in 1..3 : ZoneOrder[m] \in S => n <= m]

EngineChoice(p) == FirstZone({az \in up : \A other \in up : AtLeastAsUpToDate(p, az, other)})

ElectionDue(p) == leader[p] \notin up /\ Majority(up)

Behind(p, az) ==
    /\ az # leader[p]
    /\ {az, leader[p]} \subseteq up
    /\ Len(log[p][az]) < Len(log[p][leader[p]])

DeliveryDue(p) == \E az \in AZ : Behind(p, az)

Pending(p) == {i \in 1..Len(log[p][leader[p]]) : log[p][leader[p]][i] \notin acknowledged}

AckDue(p) ==
    /\ leader[p] \in up
    /\ Pending(p) # {}
    /\ AckAllowed(p, CHOOSE i \in Pending(p) : \A j \in Pending(p) : i <= j)

PropagationDue(p) == ~held /\ leader[p] \in up /\ fed[p] < Readable(p)

Obligations == \E p \in Partition : ElectionDue(p) \/ DeliveryDue(p) \/ AckDue(p) \/ PropagationDue(p)

\* A step of the write path, with every replica's LSI kept as it applies its log (Indexes'
\* WritePathStep, the write path's action given).
WP(A) == A /\ lsi' = LsiAfterStep /\ UNCHANGED <<gsi, gsiVersion, fed>>

\* What the engine does inside the operation under way.
Due ==
    /\ IF \E p \in Partition : ElectionDue(p)
         THEN LET p == CHOOSE p \in Partition : ElectionDue(p) IN WP(ElectLeader(p, EngineChoice(p)))
       ELSE IF \E p \in Partition : DeliveryDue(p)
         THEN LET p  == CHOOSE p \in Partition : DeliveryDue(p)
                  az == FirstZone({z \in AZ : Behind(p, z)})
              IN  IF replicaEpoch[p][az] < epoch[p] THEN WP(CatchUp(p, az)) ELSE WP(Replicate(p, az))
       ELSE IF \E p \in Partition : AckDue(p)
         THEN LET p == CHOOSE p \in Partition : AckDue(p) IN WP(Acknowledge(p))
       ELSE LET p == CHOOSE p \in Partition : PropagationDue(p) IN Propagate(p)
    /\ UNCHANGED held

\* What a client or the fault injector may do when nothing is due.
Free ==
    \/ /\ Len(sent) < MaxWrites
       /\ Majority(up)
       /\ \/ \E key \in Key, v \in Value, cond \in Condition : WP(PutItem(key, v, cond))
          \/ \E key \in Key : WP(DeleteItem(key))
       /\ UNCHANGED held
    \/ \E az \in AZ : WP(FailAZ(az)) /\ UNCHANGED held
    \/ \E az \in AZ : WP(RecoverAZ(az)) /\ UNCHANGED held
    \/ /\ ~held /\ held' = TRUE
       /\ lastAction' = [name |-> "HoldIndex"]
       /\ UNCHANGED modelVars
    \/ /\ held /\ held' = FALSE
       /\ lastAction' = [name |-> "ReleaseIndex"]
       /\ UNCHANGED modelVars

EngineInit ==
    /\ IInit
    /\ leader = [p \in Partition |-> a]
    /\ held = FALSE

EngineNext == IF Obligations THEN Due ELSE Free

EngineSpec == EngineInit /\ [][EngineNext]_evars

\* Every step is one of Indexes' or leaves its variables as they were: checked by TLC as a
\* property of EngineSpec.
StepsAreIndexSteps == [][INext]_modelVars

=============================================================================
