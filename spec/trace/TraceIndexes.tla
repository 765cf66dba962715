--------------------------- MODULE TraceIndexes ----------------------------
(***************************************************************************)
(* The model's global secondary index properties, evaluated by TLC on     *)
(* every state the reference engine went through.  The engine records one *)
(* table after each acknowledgement and each step of its global index     *)
(* (io.dynaspec.engine.trace.IndexStateRecorder), in the variables of     *)
(* Indexes.tla those properties read: the acknowledged writes, and per    *)
(* base item the index's entry and the version (write id) it came from.   *)
(* This module instantiates Indexes with those recorded values in place   *)
(* of its variables, and TLC checks, state by state and step by step:     *)
(*   IndexShowsOnlyAcknowledgedWrites (an invariant),                     *)
(*   IndexNeverGoesBack (an action property: per item, versions only grow).*)
(* The variables those properties do not read (logs, items, leaders, the  *)
(* local indexes) are given fixed values.                                 *)
(*                                                                         *)
(* IdxTraceData, written by the runner, defines the runs: Runs, a         *)
(* sequence of [name, states], each state [acknowledged, gsi,             *)
(* gsiVersion], and the constants every run shares: IdxKeys (the base     *)
(* items' partition keys; the table has no sort key, which the model's    *)
(* keys carry as 0) and IdxWrites (the most write ids of a run).          *)
(***************************************************************************)
EXTENDS Naturals, Sequences, IdxTraceData

VARIABLES run, i

Zones == {"A", "B", "C"}
Parts == {"p"}

Run == Runs[run]
St == Run.states[i]

IDX == INSTANCE Indexes WITH
    PartitionKey <- IdxKeys, SortKey <- {0}, Value <- {"v"}, AZ <- Zones, Partition <- Parts,
    Hash <- [k \in IdxKeys |-> "p"], MaxWrites <- IdxWrites, MaxBatch <- 1, MaxFailures <- 0,
    AckRule <- "Quorum", IndexFeed <- "Committed",
    leader <- [p \in Parts |-> "A"],
    epoch <- [p \in Parts |-> 1],
    log <- [p \in Parts |-> [az \in Zones |-> <<>>]],
    items <- [p \in Parts |-> [az \in Zones |-> [pk \in IdxKeys |-> <<>>]]],
    replicaEpoch <- [p \in Parts |-> [az \in Zones |-> 1]],
    up <- Zones,
    sent <- <<>>,
    acknowledged <- St.acknowledged,
    refused <- {},
    failures <- 0,
    elections <- {},
    lastAction <- [name |-> "Trace"],
    lsi <- [p \in Parts |-> [az \in Zones |-> [pk \in IdxKeys |-> {}]]],
    gsi <- St.gsi,
    gsiVersion <- St.gsiVersion,
    fed <- [p \in Parts |-> 0]

Init == run \in DOMAIN Runs /\ i = 1

\* The next recorded state of the run, or the last one for ever.
Next ==
    \/ i < Len(Run.states) /\ i' = i + 1 /\ run' = run
    \/ i = Len(Run.states) /\ UNCHANGED <<run, i>>

Spec == Init /\ [][Next]_<<run, i>>

IndexShowsOnlyAcknowledgedWrites == IDX!IndexShowsOnlyAcknowledgedWrites
IndexNeverGoesBack == IDX!IndexNeverGoesBack

=============================================================================
