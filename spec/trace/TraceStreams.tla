--------------------------- MODULE TraceStreams ----------------------------
(***************************************************************************)
(* The model's stream properties, evaluated by TLC on every state the     *)
(* reference engine went through.  The engine records one table after     *)
(* each acknowledgement and each entry its stream is told of              *)
(* (io.dynaspec.engine.trace.StreamStateRecorder), in the variables of    *)
(* Streams.tla those properties read: the writes (sent), the acknowledged *)
(* ones, per partition the leader's log, how far the stream has read it   *)
(* (published) and the partition's records, its shards read parent before *)
(* child as the model's one shard.  This module instantiates Streams with *)
(* those recorded values in place of its variables, and TLC checks, state *)
(* by state and step by step:                                             *)
(*   StreamShowsOnlyAcknowledgedWrites, EachChangeAppearsOnce,            *)
(*   PerKeyInCommitOrder, ImagesChainPerKey, StreamIsCommittedLog          *)
(*   (invariants), ShardOnlyGrows (an action property).                   *)
(* Every partition's leader is given as "A": the recorded log is the      *)
(* engine's leader's, whichever zone leads.  The variables the properties *)
(* do not read (items, the leaders' images, the failure budget) are given *)
(* fixed values.                                                          *)
(*                                                                         *)
(* StrTraceData, written by the runner, defines the runs: Runs, a         *)
(* sequence of [name, sent, states], each state [acknowledged, log,       *)
(* published, stream] with log, published and stream functions of the    *)
(* partitions, and the constants every run shares: StrKeys (the items'    *)
(* partition keys; the table has no sort key, which the model's keys      *)
(* carry as 0), StrParts, StrHash (each key's partition), StrValues (the  *)
(* items' contents as text: an image is the whole item) and StrWrites     *)
(* (the most write ids of a run).                                         *)
(***************************************************************************)
EXTENDS Naturals, Sequences, StrTraceData

VARIABLES run, i

Zones == {"A", "B", "C"}

Run == Runs[run]
St == Run.states[i]

STR == INSTANCE Streams WITH
    PartitionKey <- StrKeys, SortKey <- {0}, Value <- StrValues, AZ <- Zones, Partition <- StrParts,
    Hash <- StrHash, MaxWrites <- StrWrites, MaxBatch <- 1, MaxFailures <- 0,
    AckRule <- "Quorum", StreamFeed <- "Committed",
    leader <- [p \in StrParts |-> "A"],
    epoch <- [p \in StrParts |-> 1],
    log <- [p \in StrParts |-> [az \in Zones |-> St.log[p]]],
    items <- [p \in StrParts |-> [az \in Zones |-> [pk \in {k \in StrKeys : StrHash[k] = p} |-> <<>>]]],
    replicaEpoch <- [p \in StrParts |-> [az \in Zones |-> 1]],
    up <- Zones,
    sent <- Run.sent,
    acknowledged <- St.acknowledged,
    refused <- {},
    failures <- 0,
    elections <- {},
    lastAction <- [name |-> "Trace"],
    images <- [id \in 1..StrWrites |-> <<>>],
    stream <- St.stream,
    published <- St.published

Init == run \in DOMAIN Runs /\ i = 1

\* The next recorded state of the run, or the last one for ever.
Next ==
    \/ i < Len(Run.states) /\ i' = i + 1 /\ run' = run
    \/ i = Len(Run.states) /\ UNCHANGED <<run, i>>

Spec == Init /\ [][Next]_<<run, i>>

StreamShowsOnlyAcknowledgedWrites == STR!StreamShowsOnlyAcknowledgedWrites
StreamTypeOK == STR!StreamTypeOK
EachChangeAppearsOnce == STR!EachChangeAppearsOnce
PerKeyInCommitOrder == STR!PerKeyInCommitOrder
ImagesChainPerKey == STR!ImagesChainPerKey
StreamIsCommittedLog == STR!StreamIsCommittedLog
ShardOnlyGrows == STR!ShardOnlyGrows

=============================================================================
