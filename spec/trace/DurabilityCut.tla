---------------------------- MODULE DurabilityCut ----------------------------
(***************************************************************************)
(* Durability with the reference engine's one addition to the protocol,   *)
(* CutToLeader (WritePathCut): an election cuts, on every replica, down    *)
(* and crashed ones too, the entries past the new leader's log.  What a    *)
(* replica forced is cut with them: its durable prefix is never longer     *)
(* than its log.  TraceDurability follows the engine's traces with it;     *)
(* DCutSpec checks that Durability's invariants survive it (dur-cut.cfg).  *)
(***************************************************************************)
EXTENDS Durability, WritePathCut

\* WritePathCut's cut, and each replica's durable prefix cut to its log.  The engine's replica
\* writes a cut record; one that crashes before forcing it reads the cut entries back at its
\* restart and undoes them there, as they disagree with the log the new leader kept.  The cut
\* follows a leader that has not crashed: the engine cuts as it elects a live replica, and only
\* such a leader holds every acknowledged write (NoAcknowledgedWriteLostToCrashes); cutting to
\* a crashed leader's durable prefix would take acknowledged writes from every replica.
DCutToLeader(p) ==
    /\ leader[p] \notin crashed
    /\ CutToLeader(p)
    /\ durable' = [durable EXCEPT ![p] = [az \in AZ |-> Min(@[az], Len(log'[p][az]))]]
    /\ UNCHANGED crashed

\* Durability's behaviours, with cuts at any time: more than the engine does (it cuts only as
\* part of an election), so the invariants holding here covers the engine's cuts.
DCutNext == DNext \/ \E p \in Partition : DCutToLeader(p)

DCutSpec == DInit /\ [][DCutNext]_allVars

=============================================================================
