----------------------------- MODULE MCStreams -----------------------------
(***************************************************************************)
(* Concrete constants for checking Streams with TLC, as MCWritePath does   *)
(* for WritePath.                                                          *)
(***************************************************************************)
EXTENDS Streams

CONSTANTS
    k1, k2, k3,     \* Partition keys (model values).
    P1, P2          \* Partitions (model values).

MCHash == [k \in PartitionKey |-> (k1 :> P1 @@ k2 :> P2 @@ k3 :> P1)[k]]

\* AZs and values are interchangeable (conditions and images only compare values).
MCSymmetry == {s @@ t : s \in Permutations(AZ), t \in Permutations(Value)}

\* Everything but lastAction.
MCView == <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
            failures, elections, images, stream, published>>

=============================================================================
