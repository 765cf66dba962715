----------------------------- MODULE Durability -----------------------------
(***************************************************************************)
(* Crash recovery on the write path of WritePath.                          *)
(*                                                                         *)
(* Each Replica keeps its log in memory and on disk.  durable[p][az] is    *)
(* the length of the prefix of its log that has been forced to disk        *)
(* (FileChannel.force in the engine); Force makes the whole log durable    *)
(* (group commit: one force for every entry waiting).  An AZ can fail in   *)
(* two ways: FailAZ (WritePath's fault: the replicas stop and keep their   *)
(* state, as when a zone is cut off) and CrashAZ (the replicas' processes  *)
(* die: each keeps only its durable prefix, and restarts from it when the  *)
(* zone recovers).  A crashed replica that led its partition does not lead *)
(* again on its return: the others elect a leader while it is down, and it *)
(* rejoins as a follower that catches up.                                  *)
(*                                                                         *)
(* The acknowledgement rule counts durable copies: a replica counts        *)
(* towards the quorum for an entry once the entry is forced on it.  The    *)
(* broken rule (AckCounts = "InMemory") counts copies held in memory.      *)
(***************************************************************************)
EXTENDS WritePath

CONSTANT
    AckCounts       \* "Durable" (safe) or "InMemory" (loses acknowledged writes to crashes).

ASSUME AckCounts \in {"Durable", "InMemory"}

VARIABLES
    durable,        \* durable[p][az]: the length of the prefix of that Replica's log forced to disk.
    crashed         \* The AZs whose replicas crashed and have not restarted yet.

durVars == <<durable, crashed>>
allVars == <<vars, durVars>>

Min(a, b) == IF a <= b THEN a ELSE b

\* The length of the longest common prefix of two logs.
CommonPrefix(s, t) ==
    LET n == Min(Len(s), Len(t)) IN
    CHOOSE m \in 0..n : /\ \A i \in 1..m : s[i] = t[i]
                        /\ m = n \/ s[m + 1] # t[m + 1]

-----------------------------------------------------------------------------

\* The replica forces its log to disk: every entry it holds becomes durable.
Force(p, az) ==
    /\ az \in up
    /\ durable[p][az] < Len(log[p][az])
    /\ durable' = [durable EXCEPT ![p][az] = Len(log[p][az])]
    /\ lastAction' = [name |-> "Force", p |-> p, az |-> az, length |-> Len(log[p][az])]
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections, crashed>>

\* The replicas that count towards acknowledging the entry at index i of p's leader's log.
DurableHolders(p, i) ==
    {az \in Holders(p, i) : durable[p][az] >= i}

DAckAllowed(p, i) ==
    IF AckCounts = "Durable" THEN AckAllowed(p, i) /\ Majority(DurableHolders(p, i))
    ELSE AckAllowed(p, i)

\* WritePath's Acknowledge, with the rule counting durable copies.
DAcknowledge(p) ==
    LET L       == leader[p]
        pending == {i \in 1..Len(log[p][L]) : log[p][L][i] \notin acknowledged}
        i       == CHOOSE i \in pending : \A j \in pending : i <= j
    IN  /\ L \in up
        /\ pending # {}
        /\ DAckAllowed(p, i)
        /\ acknowledged' = acknowledged \cup {log[p][L][i]}
        /\ lastAction' = [name |-> "Acknowledge", p |-> p, az |-> L, epoch |-> epoch[p],
                          write |-> log[p][L][i], index |-> i]
        /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, refused,
                       failures, elections, durVars>>

\* The replicas of an AZ crash: they stop, and each keeps only its durable prefix (what is on
\* disk), from which it restarts.  A crash is a fault like FailAZ, within the same budget.
CrashAZ(az) ==
    /\ az \in up
    /\ failures < MaxFailures
    /\ up' = up \ {az}
    /\ failures' = failures + 1
    /\ crashed' = crashed \cup {az}
    /\ log' = [p \in Partition |-> [log[p] EXCEPT ![az] = SubSeq(@, 1, durable[p][az])]]
    /\ items' = [p \in Partition |->
                    [items[p] EXCEPT ![az] = ApplyAll(NoItems(p), SubSeq(log[p][az], 1, durable[p][az]))]]
    /\ lastAction' = [name |-> "CrashAZ", az |-> az]
    /\ UNCHANGED <<leader, epoch, replicaEpoch, sent, acknowledged, refused, elections, durable>>

\* An AZ recovers.  Replicas that crashed restart from their durable logs; one that led a
\* partition does not lead again: the zone returns only once that partition has elected
\* another leader.
DRecoverAZ(az) ==
    /\ az \in crashed => \A p \in Partition : leader[p] # az
    /\ RecoverAZ(az)
    /\ crashed' = crashed \ {az}
    /\ UNCHANGED durable

\* After CatchUp a replica holds its leader's log; what it had on disk stays durable only up
\* to where the two logs agree.
CatchUpDurable(p, az) ==
    /\ CatchUp(p, az)
    /\ durable' = [durable EXCEPT ![p][az] = Min(@, CommonPrefix(log[p][az], log'[p][az]))]
    /\ UNCHANGED crashed

-----------------------------------------------------------------------------

DInit ==
    /\ Init
    /\ durable = [p \in Partition |-> [az \in AZ |-> 0]]
    /\ crashed = {}

\* WritePath's steps that neither force nor crash leave the disks as they are.
ClientRequest ==
    /\ Len(sent) < MaxWrites
    /\ \/ \E key \in Key, v \in Value, cond \in Condition : PutItem(key, v, cond)
       \/ \E key \in Key : DeleteItem(key)
       \/ \E puts \in Batch : BatchWriteItem(puts)
    /\ UNCHANGED durVars
DReplicate(p, az) == Replicate(p, az) /\ UNCHANGED durVars
DElectLeader(p, az) == ElectLeader(p, az) /\ UNCHANGED durVars
DFailAZ(az) == FailAZ(az) /\ UNCHANGED durVars
DRefuseDiscardedWrite(id) == RefuseDiscardedWrite(id) /\ UNCHANGED durVars

DNext ==
    \/ ClientRequest
    \/ \E p \in Partition, az \in AZ :
          DReplicate(p, az) \/ CatchUpDurable(p, az) \/ Force(p, az) \/ DElectLeader(p, az)
    \/ \E p \in Partition : DAcknowledge(p)
    \/ \E az \in AZ : DFailAZ(az) \/ CrashAZ(az) \/ DRecoverAZ(az)
    \/ \E id \in WriteId : DRefuseDiscardedWrite(id)

DSpec == DInit /\ [][DNext]_allVars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Properties.  NoAcknowledgedWriteLost and the other invariants of        *)
(* WritePath are checked with crashes; these are the new ones.             *)
(***************************************************************************)

DurabilityTypeOK ==
    /\ durable \in [Partition -> [AZ -> 0..MaxWrites]]
    /\ \A p \in Partition, az \in AZ : durable[p][az] <= Len(log[p][az])
    /\ crashed \subseteq AZ
    /\ crashed \cap up = {}

\* Every acknowledged write is on disk in a majority of its partition's replicas: no crash
\* within the budget can take it from all of them.
AcknowledgedWritesAreDurable ==
    \A id \in acknowledged :
        LET p == PartitionOf(sent[id].key) IN
        Majority({az \in AZ : \E i \in 1..durable[p][az] : log[p][az][i] = id})

\* WritePath's NoAcknowledgedWriteLost with crashes: every acknowledged write is in the log of
\* its partition's leader, whenever that leader is not a crashed replica waiting for the others
\* to elect its successor (it serves nothing, and never leads again).
NoAcknowledgedWriteLostToCrashes ==
    \A id \in acknowledged :
        LET p == PartitionOf(sent[id].key) IN
        leader[p] \notin crashed => id \in Range(log[p][leader[p]])

\* WritePath's FollowerLogsAgreeWithLeader, for a leader that has not crashed.
FollowerLogsAgreeWithLiveLeader ==
    \A p \in Partition, az \in AZ :
        leader[p] \notin crashed /\ replicaEpoch[p][az] = epoch[p] =>
            /\ Len(log[p][az]) <= Len(log[p][leader[p]])
            /\ log[p][az] = SubSeq(log[p][leader[p]], 1, Len(log[p][az]))

=============================================================================
