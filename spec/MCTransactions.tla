--------------------------- MODULE MCTransactions ---------------------------
(***************************************************************************)
(* Concrete constants for checking Transactions with TLC: the accounts'    *)
(* partitions, the symmetry of AZs, and the view.                          *)
(***************************************************************************)
EXTENDS Transactions

CONSTANTS
    a1, a2, a3,     \* Accounts (model values).
    P1, P2          \* Partitions (model values).

\* The Partitioner: a1 and a3 on P1, a2 on P2, restricted to the config's accounts.
MCAccountPartition == [x \in Account |-> (a1 :> P1 @@ a2 :> P2 @@ a3 :> P1)[x]]

\* AZs are interchangeable (the initial leaders are any of them).  Not for liveness.
MCSymmetry == Permutations(AZ)

\* Every partition starts led from the same AZ: for liveness, which runs without symmetry, one
\* initial state instead of 9 (the other starts with one leader AZ are renamings of it; starts
\* with leaders in different AZs are left to tx-ci's safety check).
MCInitOneLeader == Init /\ leader = [p \in Partition |-> CHOOSE az \in AZ : TRUE]
MCFairSpec == MCInitOneLeader /\ [][Next]_vars /\ Fairness

\* Everything but lastAction, which only says how a state was reached.
MCView == <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused, failures,
            elections, transaction, ledger, coordinator, prepares, coordinatorFailures>>

=============================================================================
