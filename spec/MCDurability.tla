---------------------------- MODULE MCDurability ----------------------------
(***************************************************************************)
(* Concrete constants for checking Durability with TLC.                    *)
(***************************************************************************)
EXTENDS Durability

CONSTANTS
    k1, k2, k3,     \* Partition keys (model values).
    P1, P2          \* Partitions (model values).

MCHash == [k \in PartitionKey |-> (k1 :> P1 @@ k2 :> P2 @@ k3 :> P1)[k]]

MCSymmetry == {s @@ t : s \in Permutations(AZ), t \in Permutations(Value)}

MCView == <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
            failures, elections, durable, crashed>>

=============================================================================
