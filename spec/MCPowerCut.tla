----------------------------- MODULE MCPowerCut -----------------------------
(***************************************************************************)
(* Concrete constants for checking PowerCut with TLC.                      *)
(***************************************************************************)
EXTENDS PowerCut

CONSTANTS
    k1, k2, k3,     \* Partition keys (model values).
    P1, P2          \* Partitions (model values).

MCHash == [k \in PartitionKey |-> (k1 :> P1 @@ k2 :> P2 @@ k3 :> P1)[k]]

MCSymmetry == {s @@ t : s \in Permutations(AZ), t \in Permutations(Value)}

\* The epoch of a write no log or file holds any more is never read again.
HeldEpochs ==
    [id \in WriteId |->
        IF \E p \in Partition, az \in AZ : id \in Range(log[p][az]) \cup Range(uncut[p][az])
        THEN writeEpoch[id] ELSE 0]

\* While the engine is off, which replica led and the epochs replicas had joined are never read
\* again: the restart chooses from the disks alone.
MCView == <<IF off THEN "off" ELSE <<leader, epoch, replicaEpoch>>,
            log, items, up, sent, acknowledged, refused, failures, elections, durable, crashed,
            HeldEpochs, powerCuts, off, runElections, epochOnDisk, epochStart, uncut>>

=============================================================================
