------------------------------ MODULE PowerCut ------------------------------
(***************************************************************************)
(* A whole-engine power cut, on the write path of Durability.              *)
(*                                                                         *)
(* Durability crashes one AZ at a time, and the others elect a leader      *)
(* while it is down.  PowerCut stops every zone at once, as when the       *)
(* engine's process is killed (`./dynaspec serve --data-dir DIR` and       *)
(* SIGKILL): each replica keeps only its durable prefix, and whatever was  *)
(* in memory (unforced entries, epochs joined, which zones were up) is     *)
(* gone.  Restart starts the engine again from the data directory, as      *)
(* PartitionGroup.recover does:                                            *)
(*                                                                         *)
(*   - every replica reads its files and votes (a power cut damages no     *)
(*     disk: all three are usable);                                        *)
(*   - the replica whose durable log ends with the latest epoch, and among *)
(*     those the longest, leads;                                           *)
(*   - the new epoch is one past the latest epoch any replica's epoch file *)
(*     names (epochOnDisk): every election forces its epoch to the files   *)
(*     of the replicas that vote in it before its leader takes a write,    *)
(*     and so does the restart;                                            *)
(*   - each other replica undoes the entries the leader's log lacks at     *)
(*     their position (compared by epoch: the log matching rule), then     *)
(*     takes the leader's log whole and joins the new epoch; what it took  *)
(*     is in memory until it forces it;                                    *)
(*   - every zone is up.                                                   *)
(*                                                                         *)
(* The engine compares the epochs of entries, so the model remembers the   *)
(* epoch in which each write was appended (writeEpoch).  It undoes a       *)
(* follower's entries by comparing ids (CommonPrefix); DurableLogsMatch    *)
(* checks that comparing epochs, as the engine does, gives the same cut.   *)
(*                                                                         *)
(* A power cut is one fault of Durability's budget (failures), however     *)
(* many zones it stops, and at most MaxPowerCuts of them happen.  Since    *)
(* the restart numbers its epoch past every epoch an election forced, an   *)
(* epoch number names one leader across runs of the engine                *)
(* (OneLeaderPerEpoch); OneLeaderPerEpochInARun states it for each run.    *)
(*                                                                         *)
(* The broken rules: RestartRule = "FirstUp" lets the first replica to     *)
(* come up lead alone with its own log, no majority of durable logs        *)
(* consulted; RestartRule = "LatestFromLog" restarts as "Latest" but       *)
(* numbers the epoch from the entries on disk, as the engine did before    *)
(* it kept epoch files, and gives again the number of an earlier run's     *)
(* epoch that wrote no entry to disk.                                      *)
(***************************************************************************)
EXTENDS Durability

CONSTANTS
    MaxPowerCuts,   \* The budget of power cuts.
    RestartRule     \* "Latest" (as the engine: the most up-to-date durable log leads), "FirstUp" or "LatestFromLog".

ASSUME
    /\ MaxPowerCuts \in Nat
    /\ RestartRule \in {"Latest", "FirstUp", "LatestFromLog"}

VARIABLES
    writeEpoch,     \* writeEpoch[id]: the epoch in which the leader appended write id; 0 if never appended.
    powerCuts,      \* The number of power cuts so far: the engine's run, counted from 0.
    off,            \* Whether the engine is down after a power cut, not yet restarted.
    runElections,   \* Every election as <<run, partition, epoch, AZ>>: the history OneLeaderPerEpochInARun reads.
    epochOnDisk     \* epochOnDisk[p][az]: the latest epoch replica az of p forced to its epoch file.

pcVars == <<writeEpoch, powerCuts, off, runElections, epochOnDisk>>
pcAllVars == <<vars, durVars, pcVars>>

-----------------------------------------------------------------------------

\* The epoch of the last entry of replica az's log of p; 0 for an empty log.
LastEpoch(p, az) ==
    IF log[p][az] = <<>> THEN 0 ELSE writeEpoch[log[p][az][Len(log[p][az])]]

\* Replica a's log is at least as up to date as b's, as the engine compares them at a start:
\* the later last epoch first, then the longer log.
AtLeastAsRecent(p, a, b) ==
    \/ LastEpoch(p, a) > LastEpoch(p, b)
    \/ LastEpoch(p, a) = LastEpoch(p, b) /\ Len(log[p][a]) >= Len(log[p][b])

\* The replicas that may lead p after a restart.  Ties are logs equal by the log matching
\* rule; the engine takes the first zone, the model any of them.
RestartLeaders(p) ==
    IF RestartRule \in {"Latest", "LatestFromLog"} THEN {az \in AZ : \A other \in AZ : AtLeastAsRecent(p, az, other)}
    ELSE AZ

\* The replicas whose files a restart reads when az leads p: all of them under the engine's rule,
\* the leader's own under FirstUp.
Consulted(p, az) == IF RestartRule = "FirstUp" THEN {az} ELSE AZ

\* The latest epoch the consulted replicas' files name: their epoch files and the epochs of
\* their entries (an entry's epoch is at most its replica's epoch file's, so the entries add
\* nothing while the files are intact; the engine falls back on them when an epoch file is
\* damaged).  LatestFromLog reads the entries alone.
DiskEpoch(p, a) ==
    IF RestartRule = "LatestFromLog" \/ LastEpoch(p, a) > epochOnDisk[p][a] THEN LastEpoch(p, a)
    ELSE epochOnDisk[p][a]

\* The epoch a restart gives p when az leads it: one past the latest epoch the files it reads name.
RestartEpoch(p, az) ==
    LET latest == CHOOSE e \in {DiskEpoch(p, a) : a \in Consulted(p, az)} :
                     \A a \in Consulted(p, az) : DiskEpoch(p, a) <= e
    IN  latest + 1

\* Every zone stops at once: each replica keeps its durable prefix and the items it applies;
\* the epochs replicas joined, and which zones were up, are forgotten with the process.  The
\* replicas count as crashed until the restart, so the invariants that exempt a crashed leader
\* wait for it.
PowerCut ==
    /\ ~off
    /\ powerCuts < MaxPowerCuts
    /\ failures < MaxFailures
    /\ off' = TRUE
    /\ powerCuts' = powerCuts + 1
    /\ failures' = failures + 1
    /\ up' = {}
    /\ crashed' = AZ
    /\ log' = [p \in Partition |-> [az \in AZ |-> SubSeq(log[p][az], 1, durable[p][az])]]
    /\ items' = [p \in Partition |-> [az \in AZ |->
                    ApplyAll(NoItems(p), SubSeq(log[p][az], 1, durable[p][az]))]]
    /\ lastAction' = [name |-> "PowerCut"]
    /\ UNCHANGED <<leader, epoch, replicaEpoch, sent, acknowledged, refused, elections, durable,
                   writeEpoch, runElections, epochOnDisk>>

\* The engine starts from its data directory (PartitionGroup.recover): in each partition a
\* leader in a new epoch, the other replicas cut back to where their logs agree with its log,
\* given its log whole, and joined to the epoch.  Their disks hold the part they kept.  The new
\* epoch is forced to the epoch files of the replicas consulted before the leader takes a write.
Restart ==
    /\ off
    /\ \E new \in [Partition -> AZ] :
          /\ \A p \in Partition : new[p] \in RestartLeaders(p)
          /\ LET e == [p \in Partition |-> RestartEpoch(p, new[p])] IN
             /\ leader' = new
             /\ epoch' = e
             /\ replicaEpoch' = [p \in Partition |-> [az \in AZ |-> e[p]]]
             /\ log' = [p \in Partition |-> [az \in AZ |-> log[p][new[p]]]]
             /\ items' = [p \in Partition |-> [az \in AZ |-> items[p][new[p]]]]
             /\ durable' = [p \in Partition |-> [az \in AZ |->
                              IF az = new[p] THEN durable[p][az]
                              ELSE CommonPrefix(log[p][az], log[p][new[p]])]]
             /\ elections' = elections \cup {<<p, e[p], new[p]>> : p \in Partition}
             /\ runElections' = runElections \cup {<<powerCuts, p, e[p], new[p]>> : p \in Partition}
             /\ epochOnDisk' = [p \in Partition |-> [az \in AZ |->
                                 IF az \in Consulted(p, new[p]) THEN e[p] ELSE epochOnDisk[p][az]]]
             /\ lastAction' = [name |-> "Restart", leaders |-> new, epochs |-> e]
    /\ off' = FALSE
    /\ up' = AZ
    /\ crashed' = {}
    /\ UNCHANGED <<sent, acknowledged, refused, failures, writeEpoch, powerCuts>>

-----------------------------------------------------------------------------

PInit ==
    /\ DInit
    /\ writeEpoch = [id \in WriteId |-> 0]
    /\ powerCuts = 0
    /\ off = FALSE
    /\ runElections = {<<0, p, 1, leader[p]>> : p \in Partition}
    \* The table's first epoch needs no file: the engine numbers a restart from at least 1.
    /\ epochOnDisk = [p \in Partition |-> [az \in AZ |-> 1]]

\* A client request records the epoch of each write its leader appended (a request changes no
\* epoch).
PClientRequest ==
    /\ ClientRequest
    /\ writeEpoch' = [id \in WriteId |->
                        IF id \in DOMAIN sent' \ DOMAIN sent /\ id \notin refused'
                        THEN epoch[PartitionOf(sent'[id].key)] ELSE writeEpoch[id]]
    /\ UNCHANGED <<powerCuts, off, runElections, epochOnDisk>>

\* An election forces its epoch to the epoch files of the replicas that vote in it (every live
\* one) before its leader takes a write: in the model, in the same step.
PElectLeader(p, az) ==
    /\ DElectLeader(p, az)
    /\ runElections' = runElections \cup {<<powerCuts, p, epoch[p] + 1, az>>}
    /\ epochOnDisk' = [epochOnDisk EXCEPT ![p] = [a \in AZ |-> IF a \in up THEN epoch[p] + 1 ELSE @[a]]]
    /\ UNCHANGED <<writeEpoch, powerCuts, off>>

\* Durability's steps while the engine runs.  A write no log holds may be refused while it is
\* down too: its client's connection is gone.
PNext ==
    \/ ~off /\ PClientRequest
    \/ ~off /\ \E p \in Partition, az \in AZ : PElectLeader(p, az)
    \/ /\ ~off
       /\ \/ \E p \in Partition, az \in AZ :
                DReplicate(p, az) \/ CatchUpDurable(p, az) \/ Force(p, az)
          \/ \E p \in Partition : DAcknowledge(p)
          \/ \E az \in AZ : DFailAZ(az) \/ CrashAZ(az) \/ DRecoverAZ(az)
       /\ UNCHANGED pcVars
    \/ \E id \in WriteId : DRefuseDiscardedWrite(id) /\ UNCHANGED pcVars
    \/ PowerCut
    \/ Restart

PSpec == PInit /\ [][PNext]_pcAllVars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Properties.  Durability's invariants, NoAcknowledgedWriteLostToCrashes  *)
(* first, are checked across power cuts; these are the new ones.           *)
(***************************************************************************)

PowerCutTypeOK ==
    /\ writeEpoch \in [WriteId -> 0..(MaxFailures + 1)]
    /\ powerCuts \in 0..MaxPowerCuts
    /\ off \in BOOLEAN
    /\ off => up = {} /\ crashed = AZ
    /\ epochOnDisk \in [Partition -> [AZ -> 1..(MaxFailures + 1)]]
    /\ \A p \in Partition, az \in AZ : epochOnDisk[p][az] <= epoch[p]
    /\ \A p \in Partition, az \in AZ : \A i \in 1..Len(log[p][az]) :
          writeEpoch[log[p][az][i]] \in 1..epoch[p]

\* The log matching rule the restart's cut relies on: two logs whose entries at one position
\* were appended in one epoch agree up to that position, so comparing epochs (the engine)
\* and comparing writes (the model) cut a follower at the same place.
DurableLogsMatch ==
    \A p \in Partition, a, b \in AZ :
        \A i \in 1..Min(Len(log[p][a]), Len(log[p][b])) :
            writeEpoch[log[p][a][i]] = writeEpoch[log[p][b][i]] =>
                SubSeq(log[p][a], 1, i) = SubSeq(log[p][b], 1, i)

\* Every epoch elected, in any run, is named by some replica's epoch file: what lets a restart,
\* which reads them all, number its epoch past every earlier one (and OneLeaderPerEpoch hold
\* across power cuts).
ElectedEpochsOnDisk ==
    \A e \in elections : \E az \in AZ : epochOnDisk[e[1]][az] >= e[2]

\* WritePath's OneLeaderPerEpoch within each run of the engine: at most one leader per
\* partition per epoch, and the current leader is the one elected in the current epoch.
OneLeaderPerEpochInARun ==
    /\ \A e1, e2 \in runElections :
          e1[1] = e2[1] /\ e1[2] = e2[2] /\ e1[3] = e2[3] => e1[4] = e2[4]
    /\ ~off => \A p \in Partition : <<powerCuts, p, epoch[p], leader[p]>> \in runElections

=============================================================================
