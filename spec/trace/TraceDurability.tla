--------------------------- MODULE TraceDurability ---------------------------
(***************************************************************************)
(* Trace validation of crashes: TLC follows traces the reference engine   *)
(* recorded with its tables on disk, one step at a time, with the actions *)
(* of Durability, and checks after each step that the model's state is    *)
(* the state the engine recorded.  As TraceWritePath, with three more      *)
(* steps and two more variables:                                           *)
(*                                                                         *)
(*   Force      a replica forced its log: durable[P][az] is its length;    *)
(*   CrashAZ    a zone's replica crashed: its log is cut to its durable    *)
(*              prefix, what it forced; a crashed leader is replaced;      *)
(*   RestartAZ  the crashed replica restarted from its files, with the     *)
(*              durable prefix (Durability's RecoverAZ of a crashed zone). *)
(*                                                                         *)
(* Each step also compares durable[P] (how many entries each replica holds *)
(* forced) and crashed.  Acknowledgement counts durable copies             *)
(* (AckCounts = "Durable"): an engine that acknowledges a write fewer than *)
(* a majority of replicas forced is rejected at that Acknowledge.  The     *)
(* engine's election cut is DurabilityCut's DCutToLeader.                  *)
(***************************************************************************)
\* TraceData, written by dynaspec trace-check, defines Traces and the constants they need
\* (spec/trace/TraceDurability.cfg), as for TraceWritePath.
EXTENDS DurabilityCut, TraceData

VARIABLES
    trace,          \* The index in Traces of the trace TLC follows.
    step,           \* How many steps of that trace the model has matched.
    verdict         \* "following", "accepted", or "rejected".

traceVars == <<trace, step, verdict>>

\* The single partition of every trace.
P == CHOOSE p \in Partition : TRUE

Steps == Traces[trace].steps

KeyOf(s) == <<s.key, s.sort>>

PutValue == CHOOSE v \in Value : TRUE

\* Whether the model can take the action a recorded step names: the enabling conditions of
\* Durability's actions, restated as in TraceWritePath (drift deadlocks the spec rather than
\* passing a trace).  RecoverAZ and RestartAZ are both Durability's DRecoverAZ; the engine names
\* a failed zone's return and a crashed one's apart, and each name must fit the zone.
CanTake(s) ==
    LET L       == leader[P]
        pending == {j \in 1..Len(log[P][L]) : log[P][L][j] \notin acknowledged}
        first   == CHOOSE j \in pending : \A k \in pending : j <= k
    IN  CASE s.action \in {"PutItem", "DeleteItem"} ->
                 L \in up /\ Len(sent) < MaxWrites /\ KeyOf(s) \in Key
          [] s.action = "Replicate" ->
                 /\ s.az # L /\ {L, s.az} \subseteq up
                 /\ replicaEpoch[P][s.az] = epoch[P]
                 /\ Len(log[P][s.az]) < Len(log[P][L])
          [] s.action = "CatchUp" ->
                 s.az # L /\ {L, s.az} \subseteq up /\ replicaEpoch[P][s.az] < epoch[P]
          [] s.action = "Acknowledge" ->
                 L \in up /\ pending # {} /\ DAckAllowed(P, first)
          [] s.action = "Force" ->
                 s.az \in up /\ durable[P][s.az] < Len(log[P][s.az])
          [] s.action \in {"FailAZ", "CrashAZ"} ->
                 s.az \in up /\ failures < MaxFailures
          [] s.action = "RecoverAZ" ->
                 s.az \notin up /\ s.az \notin crashed
          [] s.action = "RestartAZ" ->
                 s.az \notin up /\ s.az \in crashed /\ \A p \in Partition : leader[p] # s.az
          [] s.action = "ElectLeader" ->
                 /\ L \notin up /\ s.az \in up /\ Majority(up)
                 /\ \A other \in up : AtLeastAsUpToDate(P, s.az, other)
          [] s.action = "CutToLeader" ->
                 /\ L \notin crashed
                 /\ \A az \in AZ :
                        LET n == IF Len(log[P][az]) <= Len(log[P][L]) THEN Len(log[P][az]) ELSE Len(log[P][L])
                        IN  SubSeq(log[P][az], 1, n) = SubSeq(log[P][L], 1, n)
          [] OTHER -> FALSE

\* The model action a recorded step names, with its arguments.
Take(s) ==
    \/ s.action = "PutItem"     /\ PutItem(KeyOf(s), PutValue, NoCondition) /\ UNCHANGED durVars
    \/ s.action = "DeleteItem"  /\ DeleteItem(KeyOf(s)) /\ UNCHANGED durVars
    \/ s.action = "Replicate"   /\ DReplicate(P, s.az)
    \/ s.action = "CatchUp"     /\ CatchUpDurable(P, s.az)
    \/ s.action = "Acknowledge" /\ DAcknowledge(P)
    \/ s.action = "Force"       /\ Force(P, s.az)
    \/ s.action = "FailAZ"      /\ DFailAZ(s.az)
    \/ s.action = "CrashAZ"     /\ CrashAZ(s.az)
    \/ s.action \in {"RecoverAZ", "RestartAZ"} /\ DRecoverAZ(s.az)
    \/ s.action = "ElectLeader" /\ DElectLeader(P, s.az)
    \/ s.action = "CutToLeader" /\ DCutToLeader(P)

\* The model's state after the step is the state the engine recorded; a step's write, forced
\* length or restarted length, where it names one, is the model's.
Matches(s) ==
    LET e == s.state IN
    /\ leader'[P] = e.leader
    /\ epoch'[P] = e.epoch
    /\ up' = e.up
    /\ log'[P] = e.log
    /\ replicaEpoch'[P] = e.replicaEpoch
    /\ acknowledged' = e.acknowledged
    /\ durable'[P] = e.durable
    /\ crashed' = e.crashed
    /\ s.action \in {"PutItem", "DeleteItem"} => Len(sent') = s.write
    /\ s.action \in {"Replicate", "Acknowledge"} => lastAction'.write = s.write
    /\ s.action = "Force" => durable'[P][s.az] = s.length
    /\ s.action = "RestartAZ" => Len(log'[P][s.az]) = s.length

\* The model's state, projected as the engine records it.
ModelState ==
    [leader |-> leader[P], epoch |-> epoch[P], up |-> up, log |-> log[P],
     replicaEpoch |-> replicaEpoch[P], acknowledged |-> acknowledged,
     durable |-> durable[P], crashed |-> crashed]

ModelStateAfter ==
    [leader |-> leader'[P], epoch |-> epoch'[P], up |-> up', log |-> log'[P],
     replicaEpoch |-> replicaEpoch'[P], acknowledged |-> acknowledged',
     durable |-> durable'[P], crashed |-> crashed']

TraceInit ==
    /\ trace \in DOMAIN Traces
    /\ step = 0
    /\ verdict = IF Steps = <<>> THEN "accepted" ELSE "following"
    /\ DInit
    /\ leader = [p \in Partition |-> CHOOSE az \in AZ : az = "A"]

Follow ==
    LET s == Steps[step + 1] IN
    /\ verdict = "following"
    /\ CanTake(s)
    /\ Take(s)
    /\ Matches(s)
    /\ step' = step + 1
    /\ verdict' = IF step + 1 = Len(Steps) THEN "accepted" ELSE "following"
    /\ trace' = trace
    /\ verdict' = "accepted" => PrintT(<<"trace-verdict", "accepted", Traces[trace].name, Len(Steps)>>)

Diverge ==
    LET s == Steps[step + 1] IN
    /\ verdict = "following"
    /\ CanTake(s)
    /\ Take(s)
    /\ ~Matches(s)
    /\ step' = step + 1
    /\ verdict' = "rejected"
    /\ trace' = trace
    /\ PrintT(<<"trace-verdict", "rejected", Traces[trace].name, step + 1, s.action,
                "the model takes this step but reaches another state", s, ModelState, ModelStateAfter>>)

Refuse ==
    LET s == Steps[step + 1] IN
    /\ verdict = "following"
    /\ ~CanTake(s)
    /\ UNCHANGED allVars
    /\ step' = step + 1
    /\ verdict' = "rejected"
    /\ trace' = trace
    /\ PrintT(<<"trace-verdict", "rejected", Traces[trace].name, step + 1, s.action,
                "the model cannot take this step here", s, ModelState, ModelState>>)

Ended ==
    /\ verdict \in {"accepted", "rejected"}
    /\ UNCHANGED <<allVars, traceVars>>

TraceNext == Follow \/ Diverge \/ Refuse \/ Ended

=============================================================================
