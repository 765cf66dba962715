---------------------------- MODULE MCWritePath ----------------------------
(***************************************************************************)
(* Concrete constants for checking WritePath with TLC.  The configs fix    *)
(* the sets; this module gives what a config file cannot express: the     *)
(* Partitioner's hash, the symmetry of AZs and values, and the view.       *)
(***************************************************************************)
EXTENDS WritePath

CONSTANTS
    k1, k2, k3,     \* Partition keys (model values).
    P1, P2          \* Partitions (model values).

\* The Partitioner: k1 and k3 hash to P1, k2 to P2, restricted to the config's partition keys.
MCHash == [k \in PartitionKey |-> (k1 :> P1 @@ k2 :> P2 @@ k3 :> P1)[k]]

\* A Table of a single partition: every key hashes to P1.
MCHashOnePartition == [k \in PartitionKey |-> P1]

\* AZs are interchangeable (the initial leader is any of them) and so are values (conditions
\* only compare them for equality): a state and its renamings are one state.  Not for liveness.
MCSymmetry == {s @@ t : s \in Permutations(AZ), t \in Permutations(Value)}

\* What makes two states the same: everything but lastAction, which only says how a state was
\* reached.  Without this view, each state would be counted once per action that reaches it.
MCView == <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
            failures, elections>>

=============================================================================
