---------------------------- MODULE TracePowerCut ----------------------------
(***************************************************************************)
(* Trace validation of power cuts: TLC follows traces the reference        *)
(* engine recorded with its tables on disk, where the power of the whole   *)
(* engine was cut and the engine started again from its files, with the    *)
(* actions of PowerCut (spec/PowerCut.tla) and of Durability, one step at  *)
(* a time, and checks after each step that the model's state is the state  *)
(* the engine recorded.  As TraceDurability, with two more steps:          *)
(*                                                                         *)
(*   PowerCut  every zone stops at once: each replica's log is cut to its  *)
(*             durable prefix, every zone is down and crashed;             *)
(*   Restart   the engine starts from its files (PartitionGroup.recover):  *)
(*             the recorded leader (az) must be one the model's restart    *)
(*             may choose (RestartLeaders under RestartRule = "Latest":    *)
(*             the latest last epoch, then the longest durable log), and   *)
(*             the epoch, the logs, what each replica holds forced and the *)
(*             joined epochs must be the ones Restart gives.               *)
(*                                                                         *)
(* PowerCut's variables follow the trace: the epoch each write was         *)
(* appended in (a PutItem or DeleteItem step), the epochs each election    *)
(* forces to its voters' epoch files with where their logs began           *)
(* (ElectLeader, PowerCut's PElectLeader), the run and whether the engine  *)
(* is off.  While it is off only Restart may follow.  A restart that chose *)
(* another leader (the first zone up, say, with a shorter log) is refused  *)
(* at that step.                                                           *)
(*                                                                         *)
(* The engine records its election cut as a step of its own, CutToLeader   *)
(* (DurabilityCut's DCutToLeader), and records the logs as its group       *)
(* holds them: a crashed replica's cut too, not the entries its files      *)
(* keep.  So uncut stays empty here, and Restart's undoing (UndoCut) finds *)
(* nothing to undo; the trace's Restart step checks that the engine's      *)
(* start, which undoes them on its files, reached the same logs.           *)
(***************************************************************************)
EXTENDS TraceDurability, PowerCut

\* Whether the model can take the step: PowerCut's guards, Restart's choice of a leader, and
\* TraceDurability's conditions for the others, which need the engine on.
PCanTake(s) ==
    CASE s.action = "PowerCut" -> ~off /\ powerCuts < MaxPowerCuts /\ failures < MaxFailures
      [] s.action = "Restart"  -> off /\ s.az \in RestartLeaders(P)
      [] OTHER                 -> ~off /\ CanTake(s)

\* The model action the step names.  A write records the epoch it was appended in; an election
\* forces its epoch to the epoch files of the zones up (PElectLeader).  Restart takes the
\* recorded leader, so that the step is one action (ties are the model's free choice).
PTake(s) ==
    \/ /\ s.action \in {"PutItem", "DeleteItem"}
       /\ Take(s)
       /\ writeEpoch' = [writeEpoch EXCEPT ![Len(sent')] = epoch[P]]
       /\ UNCHANGED <<powerCuts, off, runElections, epochOnDisk, epochStart, uncut>>
    \/ s.action = "ElectLeader" /\ PElectLeader(P, s.az)
    \/ s.action = "PowerCut"    /\ PowerCut
    \/ s.action = "Restart"     /\ Restart /\ leader'[P] = s.az
    \/ /\ s.action \notin {"PutItem", "DeleteItem", "ElectLeader", "PowerCut", "Restart"}
       /\ Take(s)
       /\ UNCHANGED pcVars

PTraceInit ==
    /\ TraceInit
    /\ writeEpoch = [id \in WriteId |-> 0]
    /\ powerCuts = 0
    /\ off = FALSE
    /\ runElections = {<<0, p, 1, leader[p]>> : p \in Partition}
    /\ epochOnDisk = [p \in Partition |-> [az \in AZ |-> 1]]
    /\ epochStart = [p \in Partition |-> [az \in AZ |-> 0]]
    /\ uncut = [p \in Partition |-> [az \in AZ |-> <<>>]]

PFollow ==
    LET s == Steps[step + 1] IN
    /\ verdict = "following"
    /\ PCanTake(s)
    /\ PTake(s)
    /\ Matches(s)
    /\ step' = step + 1
    /\ verdict' = IF step + 1 = Len(Steps) THEN "accepted" ELSE "following"
    /\ trace' = trace
    /\ verdict' = "accepted" => PrintT(<<"trace-verdict", "accepted", Traces[trace].name, Len(Steps)>>)

PDiverge ==
    LET s == Steps[step + 1] IN
    /\ verdict = "following"
    /\ PCanTake(s)
    /\ PTake(s)
    /\ ~Matches(s)
    /\ step' = step + 1
    /\ verdict' = "rejected"
    /\ trace' = trace
    /\ PrintT(<<"trace-verdict", "rejected", Traces[trace].name, step + 1, s.action,
                "the model takes this step but reaches another state", s, ModelState, ModelStateAfter>>)

PRefuse ==
    LET s == Steps[step + 1] IN
    /\ verdict = "following"
    /\ ~PCanTake(s)
    /\ UNCHANGED pcAllVars
    /\ step' = step + 1
    /\ verdict' = "rejected"
    /\ trace' = trace
    /\ PrintT(<<"trace-verdict", "rejected", Traces[trace].name, step + 1, s.action,
                "the model cannot take this step here", s, ModelState, ModelState>>)

PEnded ==
    /\ verdict \in {"accepted", "rejected"}
    /\ UNCHANGED <<pcAllVars, traceVars>>

PTraceNext == PFollow \/ PDiverge \/ PRefuse \/ PEnded

=============================================================================
