---------------------------- MODULE WritePathCut ----------------------------
(***************************************************************************)
(* WritePath with the reference engine's one addition to the protocol,    *)
(* CutToLeader: the engine keeps one log per partition group, so an        *)
(* election cuts, on every replica, down ones too, the entries past the    *)
(* new leader's log, where WritePath lets a down replica keep them until   *)
(* CatchUp replaces its log.  TraceWritePath follows the engine's traces   *)
(* with it; CutSpec checks that WritePath's invariants survive it          *)
(* (spec/trace/README.md).                                                 *)
(***************************************************************************)
EXTENDS WritePath

\* Every replica's log is cut to the new leader's length.  Logs the engine keeps are prefixes of
\* one group log, so a log must agree with the leader's up to where it is cut.
CutToLeader(p) ==
    LET L        == leader[p]
        Kept(az) == IF Len(log[p][az]) <= Len(log[p][L]) THEN log[p][az]
                    ELSE SubSeq(log[p][az], 1, Len(log[p][L]))
    IN  /\ \A az \in AZ : Kept(az) = SubSeq(log[p][L], 1, Len(Kept(az)))
        /\ log' = [log EXCEPT ![p] = [az \in AZ |-> Kept(az)]]
        /\ items' = [items EXCEPT ![p] = [az \in AZ |-> ApplyAll(NoItems(p), Kept(az))]]
        /\ lastAction' = [name |-> "CutToLeader", p |-> p, length |-> Len(log[p][L])]
        /\ UNCHANGED <<leader, epoch, replicaEpoch, up, sent, acknowledged, refused,
                       failures, elections>>

\* WritePath's behaviours, with cuts at any time: more than the engine does (it cuts only as part
\* of an election), so the invariants holding here covers the engine's cuts.
CutNext == Next \/ \E p \in Partition : CutToLeader(p)

CutSpec == Init /\ [][CutNext]_vars

=============================================================================
