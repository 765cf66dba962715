--------------------------- MODULE TraceWritePath ---------------------------
(***************************************************************************)
(* Trace validation: TLC follows traces the reference engine recorded, one *)
(* step at a time, with the actions of WritePath, and checks after each    *)
(* step that the model's state is the state the engine recorded.           *)
(*                                                                         *)
(* A trace is one partition's: the engine records each partition group on *)
(* its own, so every trace uses a single partition P.  Each step names a   *)
(* model action with its arguments and carries the engine's state after   *)
(* it, projected on the model's variables: the leader of the current       *)
(* epoch, the epoch, the AZs that are up, each replica's log (write ids),  *)
(* each replica's joined epoch (replicaEpoch) and the acknowledged writes. *)
(* Items are not compared: the model computes them from the logs, and the  *)
(* engine's conditions are judged on its own values.                       *)
(*                                                                         *)
(* One step is the engine's own, not WritePath's: CutToLeader, from       *)
(* WritePathCut.  The engine's election cuts, on every replica, down ones  *)
(* too, the entries past the new leader's log, where the model lets a down *)
(* replica keep them until CatchUp replaces its log.                       *)
(*                                                                         *)
(* Init chooses a trace, so that one TLC run checks many.  A trace is      *)
(* accepted when every step is matched; at the first step the model cannot *)
(* match, Diverge or Refuse prints the trace, the step, why, the engine's  *)
(* state and the model's, and the trace ends there.  Both verdicts are     *)
(* printed, so that the runner can tell that every trace was followed to   *)
(* an end.                                                                 *)
(***************************************************************************)
\* TraceData, written by dynaspec trace-check, defines Traces: a sequence of [name, steps], each
\* step a record as above, and the constants the traces need (spec/trace/TraceWritePath.cfg).
\* Traces is a definition, not a CONSTANT, so that TLC evaluates it once.
EXTENDS WritePathCut, TraceData

VARIABLES
    trace,          \* The index in Traces of the trace TLC follows.
    step,           \* How many steps of that trace the model has matched.
    verdict         \* "following", "accepted", or "rejected".

traceVars == <<trace, step, verdict>>

\* The single partition of every trace.
P == CHOOSE p \in Partition : TRUE

Steps == Traces[trace].steps

\* The write a put or delete step names, as the model's key.
KeyOf(s) == <<s.key, s.sort>>

\* A value for puts: the engine's values are not part of the projection.
PutValue == CHOOSE v \in Value : TRUE

\* Whether the model can take the action a recorded step names: the enabling conditions of
\* WritePath's actions, stated as predicates of the current state.  TLC's ENABLED would say the
\* same but evaluates these actions' LET-bound records over and over (seconds per step); the
\* conditions are restated instead.  Should they ever drift from the actions, a step would be
\* possible but not taken: the trace spec then deadlocks, and TLC reports an error rather than
\* a verdict, so drift cannot make a trace pass.
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
                 L \in up /\ pending # {} /\ AckAllowed(P, first)
          [] s.action = "FailAZ" ->
                 s.az \in up /\ failures < MaxFailures
          [] s.action = "RecoverAZ" ->
                 s.az \notin up
          [] s.action = "ElectLeader" ->
                 /\ L \notin up /\ s.az \in up /\ Majority(up)
                 /\ \A other \in up : AtLeastAsUpToDate(P, s.az, other)
          [] s.action = "CutToLeader" ->
                 \A az \in AZ :
                     LET n == IF Len(log[P][az]) <= Len(log[P][L]) THEN Len(log[P][az]) ELSE Len(log[P][L])
                     IN  SubSeq(log[P][az], 1, n) = SubSeq(log[P][L], 1, n)
          [] OTHER -> FALSE

\* The model action a recorded step names, with its arguments.
Take(s) ==
    \/ s.action = "PutItem"     /\ PutItem(KeyOf(s), PutValue, NoCondition)
    \/ s.action = "DeleteItem"  /\ DeleteItem(KeyOf(s))
    \/ s.action = "Replicate"   /\ Replicate(P, s.az)
    \/ s.action = "CatchUp"     /\ CatchUp(P, s.az)
    \/ s.action = "Acknowledge" /\ Acknowledge(P)
    \/ s.action = "FailAZ"      /\ FailAZ(s.az)
    \/ s.action = "RecoverAZ"   /\ RecoverAZ(s.az)
    \/ s.action = "ElectLeader" /\ ElectLeader(P, s.az)
    \/ s.action = "CutToLeader" /\ CutToLeader(P)

\* The model's state after the step is the state the engine recorded, and the step's write, if
\* it names one, is the model's.
Matches(s) ==
    LET e == s.state IN
    /\ leader'[P] = e.leader
    /\ epoch'[P] = e.epoch
    /\ up' = e.up
    /\ log'[P] = e.log
    /\ replicaEpoch'[P] = e.replicaEpoch
    /\ acknowledged' = e.acknowledged
    /\ s.action \in {"PutItem", "DeleteItem"} => Len(sent') = s.write
    /\ s.action \in {"Replicate", "Acknowledge"} => lastAction'.write = s.write

\* The model's state, projected as the engine records it.
ModelState ==
    [leader |-> leader[P], epoch |-> epoch[P], up |-> up, log |-> log[P],
     replicaEpoch |-> replicaEpoch[P], acknowledged |-> acknowledged]

ModelStateAfter ==
    [leader |-> leader'[P], epoch |-> epoch'[P], up |-> up', log |-> log'[P],
     replicaEpoch |-> replicaEpoch'[P], acknowledged |-> acknowledged']

TraceInit ==
    /\ trace \in DOMAIN Traces
    /\ step = 0
    /\ verdict = IF Steps = <<>> THEN "accepted" ELSE "following"
    /\ Init
    /\ leader = [p \in Partition |-> CHOOSE az \in AZ : az = "A"]

\* The model takes the trace's next step and reaches the state the engine recorded.
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

\* The model takes the step's action but reaches another state than the engine's: the model
\* stays in the state it reached, so that both show.
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

\* The model cannot take the step's action at all.
Refuse ==
    LET s == Steps[step + 1] IN
    /\ verdict = "following"
    /\ ~CanTake(s)
    /\ UNCHANGED vars
    /\ step' = step + 1
    /\ verdict' = "rejected"
    /\ trace' = trace
    /\ PrintT(<<"trace-verdict", "rejected", Traces[trace].name, step + 1, s.action,
                "the model cannot take this step here", s, ModelState, ModelState>>)

\* A trace followed to its end, or rejected, stays where it is.
Ended ==
    /\ verdict \in {"accepted", "rejected"}
    /\ UNCHANGED <<vars, traceVars>>

TraceNext == Follow \/ Diverge \/ Refuse \/ Ended

=============================================================================
