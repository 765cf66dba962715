----------------------------- MODULE MCIndexes -----------------------------
(***************************************************************************)
(* Concrete constants for checking Indexes with TLC, as MCWritePath does   *)
(* for WritePath.                                                          *)
(***************************************************************************)
EXTENDS Indexes

CONSTANTS
    k1, k2, k3,     \* Partition keys (model values).
    P1, P2          \* Partitions (model values).

MCHash == [k \in PartitionKey |-> (k1 :> P1 @@ k2 :> P2 @@ k3 :> P1)[k]]

\* AZs and values are interchangeable.  Not for liveness.
MCSymmetry == {s @@ t : s \in Permutations(AZ), t \in Permutations(Value)}

\* Everything but lastAction.
MCView == <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
            failures, elections, lsi, gsi, gsiVersion, fed>>

=============================================================================
