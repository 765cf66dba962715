------------------------- MODULE TraceIndexBackfill -------------------------
(***************************************************************************)
(* The reference engine's backfill of a global secondary index, followed  *)
(* step by step with the actions of IndexBackfill.tla.  The engine records *)
(* (io.dynaspec.engine.trace.BackfillTraceRecorder) every step of one      *)
(* table and of the index UpdateTable creates on it: the writes its        *)
(* partitions' leaders append, their acknowledgements, the cuts of         *)
(* elections, and the index's CreateIndex, BackfillRead, BackfillCopy,     *)
(* Activate and Propagate, each with the state it leaves in the model's    *)
(* index and backfill variables.  TLC takes each recorded step with the    *)
(* model's action of that name and those arguments, and the state it       *)
(* reaches must be the recorded one; a step the model cannot take, or that *)
(* reaches another state, leaves the behaviour without a successor, which  *)
(* TLC reports as a deadlock.  Every state reached is checked against      *)
(* IndexBackfill's invariants, and every step against IndexNeverGoesBack.  *)
(*                                                                         *)
(* The write path is projected on each partition's leader's log: the      *)
(* model's leader is always "A", every replica holds the leader's log,    *)
(* every zone is up, and the engine's write steps are WritePath's PutItem  *)
(* and DeleteItem (without a condition), Acknowledge of the next entry of  *)
(* the log, and the cut of an election (CutToLeader, spec/trace/README.md), *)
(* restated on that log.  Replication, elections and zones are the other   *)
(* traces' concern (TraceWritePath).  The variables IndexBackfill's        *)
(* actions and properties do not read (items, local indexes, epochs) stay  *)
(* at fixed values.                                                        *)
(*                                                                         *)
(* BfTraceData, written by the runner, defines Runs, a sequence of         *)
(* [name, steps], each step [action, p, key, value, write, length, state], *)
(* and the constants every run shares: BfKeys, BfValues, BfParts, BfHash,  *)
(* BfWrites and BfRule, the model's CreatingPropagation.                  *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC, BfTraceData

VARIABLES
    run, i,             \* The run followed, and how many of its steps were taken.
    leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused, failures,
    elections, lastAction, lsi, gsi, gsiVersion, fed, indexStatus, backfillRead, owed,
    ackedAtCreation, propagated     \* IndexBackfill's.

vars == <<run, i, leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
          failures, elections, lastAction, lsi, gsi, gsiVersion, fed, indexStatus, backfillRead,
          owed, ackedAtCreation, propagated>>
\* The variables the projection fixes.
fixed == <<leader, epoch, items, replicaEpoch, up, refused, failures, elections, lsi>>
indexAndBackfill == <<gsi, gsiVersion, fed, indexStatus, backfillRead, owed, ackedAtCreation,
                      propagated>>

Zones == {"A", "B", "C"}
Keys == BfKeys \X {0}
KeysIn(p) == {pk \in BfKeys : BfHash[pk] = p}

BF == INSTANCE IndexBackfill WITH
    PartitionKey <- BfKeys, SortKey <- {0}, Value <- BfValues, AZ <- Zones, Partition <- BfParts,
    Hash <- BfHash, MaxWrites <- BfWrites, MaxBatch <- 1, MaxFailures <- 0,
    AckRule <- "Quorum", IndexFeed <- "Committed", CreatingPropagation <- BfRule

Run == Runs[run]

\* The leader's log of p (every replica's, in the projection).
LeaderLog(p) == log[p]["A"]

Init ==
    /\ run \in DOMAIN Runs
    /\ i = 0
    /\ leader = [p \in BfParts |-> "A"]
    /\ epoch = [p \in BfParts |-> 1]
    /\ log = [p \in BfParts |-> [az \in Zones |-> <<>>]]
    /\ items = [p \in BfParts |-> [az \in Zones |-> [pk \in KeysIn(p) |-> <<>>]]]
    /\ replicaEpoch = [p \in BfParts |-> [az \in Zones |-> 1]]
    /\ up = Zones
    /\ sent = <<>>
    /\ acknowledged = {}
    /\ refused = {}
    /\ failures = 0
    /\ elections = {}
    /\ lastAction = [name |-> "Init"]
    /\ lsi = [p \in BfParts |-> [az \in Zones |-> [pk \in KeysIn(p) |-> {}]]]
    /\ gsi = [k \in Keys |-> <<>>]
    /\ gsiVersion = [k \in Keys |-> 0]
    /\ fed = [p \in BfParts |-> 0]
    /\ indexStatus = "NONE"
    /\ backfillRead = {}
    /\ owed = {}
    /\ ackedAtCreation = {}
    /\ propagated = [k \in Keys |-> 0]

-----------------------------------------------------------------------------
(* The write path, on the leader's log.                                    *)

\* WritePath's PutItem or DeleteItem without a condition: the leader appends write s.write.
AppendWrite(s) ==
    LET id == Len(sent) + 1
        w  == IF s.action = "PutItem"
              THEN [id |-> id, request |-> "PutItem", op |-> "Put", key |-> <<s.key, 0>>,
                    value |-> s.value, condition |-> [kind |-> "none"], missed |-> {}]
              ELSE [id |-> id, request |-> "DeleteItem", op |-> "Delete", key |-> <<s.key, 0>>,
                    condition |-> [kind |-> "none"], missed |-> {}]
    IN  /\ s.write = id
        /\ BfHash[s.key] = s.p
        /\ sent' = Append(sent, w)
        /\ log' = [log EXCEPT ![s.p] = [az \in Zones |-> Append(LeaderLog(s.p), id)]]
        /\ lastAction' = [name |-> s.action, p |-> s.p, write |-> id]
        /\ UNCHANGED <<fixed, acknowledged, indexAndBackfill>>

\* WritePath's Acknowledge: the leader acknowledges the next entry of its log.
Acknowledge(s) ==
    LET n == BF!CommittedLen(s.p) + 1 IN
    /\ n <= Len(LeaderLog(s.p))
    /\ s.length = n
    /\ LeaderLog(s.p)[n] = s.write
    /\ acknowledged' = acknowledged \cup {s.write}
    /\ lastAction' = [name |-> "Acknowledge", p |-> s.p, write |-> s.write, index |-> n]
    /\ UNCHANGED <<fixed, log, sent, indexAndBackfill>>

\* An election's cut (CutToLeader): the log cut to the new leader's length, which holds every
\* acknowledged entry.
Cut(s) ==
    /\ BF!CommittedLen(s.p) <= s.length
    /\ s.length < Len(LeaderLog(s.p))
    /\ log' = [log EXCEPT ![s.p] = [az \in Zones |-> SubSeq(LeaderLog(s.p), 1, s.length)]]
    /\ lastAction' = [name |-> "Cut", p |-> s.p, length |-> s.length]
    /\ UNCHANGED <<fixed, sent, acknowledged, indexAndBackfill>>

-----------------------------------------------------------------------------
(* The index: IndexBackfill's actions, on the leader's log.               *)

Take(s) ==
    CASE s.action \in {"PutItem", "DeleteItem"} -> AppendWrite(s)
      [] s.action = "Acknowledge" -> Acknowledge(s)
      [] s.action = "Cut"         -> Cut(s)
      [] s.action = "CreateIndex" -> BF!CreateIndex
      [] s.action = "BackfillRead" ->
            /\ BF!BackfillRead(s.p)
            /\ fed'[s.p] = s.length
      [] s.action = "BackfillCopy" ->
            BF!BackfillCopy([key |-> <<s.key, 0>>, val |-> s.value, version |-> s.write])
      [] s.action = "Activate" -> BF!Activate
      [] s.action = "Propagate" ->
            /\ BF!BPropagate(s.p)
            /\ lastAction'.write = s.write
            /\ lastAction'.index = s.length
      [] OTHER -> FALSE

\* The state the engine recorded after the step.
Matches(o) ==
    /\ gsi' = o.gsi
    /\ gsiVersion' = o.gsiVersion
    /\ fed' = o.fed
    /\ indexStatus' = o.status
    /\ backfillRead' = o.read
    /\ owed' = o.owed
    /\ propagated' = o.propagated

Next ==
    /\ i < Len(Run.steps)
    /\ i' = i + 1
    /\ run' = run
    /\ Take(Run.steps[i + 1])
    /\ Matches(Run.steps[i + 1].state)

\* The run's end: it stays there.
Done == i = Len(Run.steps) /\ UNCHANGED vars

Spec == Init /\ [][Next \/ Done]_vars

-----------------------------------------------------------------------------
(* IndexBackfill's properties, on every state and step the engine went     *)
(* through.                                                                *)

BackfillTypeOK == BF!BackfillTypeOK
IndexShowsOnlyAcknowledgedWrites == BF!IndexShowsOnlyAcknowledgedWrites
NoEntryOlderThanPropagated == BF!NoEntryOlderThanPropagated
IndexWithOwedCopiesIsCommittedPrefix == BF!IndexWithOwedCopiesIsCommittedPrefix
IndexIsCommittedPrefixOnceCopied == BF!IndexIsCommittedPrefixOnceCopied
ActiveIndexCoversWritesBeforeCreation == BF!ActiveIndexCoversWritesBeforeCreation
IndexNeverGoesBack == BF!IndexNeverGoesBack

=============================================================================
