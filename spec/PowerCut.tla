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
(* An election cuts, as the engine's does (DurabilityCut's DCutToLeader),  *)
(* the entries past the new leader's log, and their clients are told the   *)
(* writes failed; but the cut record is written by replicas whose process  *)
(* lives, so a crashed replica's files keep the cut entries (uncut) until  *)
(* the zone restarts and undoes them against the group's log, or the power *)
(* is cut and they come back with its files (PElectAndCut).                *)
(* Each epoch record also names where its epoch's log began (epochStart),  *)
(* and Restart first undoes, on every replica, the entries of epochs       *)
(* earlier than the latest epoch any record names past that epoch's start  *)
(* (UndoCut), as PartitionGroup.recover does, then chooses the leader.     *)
(*                                                                         *)
(* The broken rules: RestartRule = "FirstUp" lets the first replica to     *)
(* come up lead alone with its own log, no majority of durable logs        *)
(* consulted; RestartRule = "LatestFromLog" restarts as "Latest" but       *)
(* numbers the epoch from the entries on disk, as the engine did before    *)
(* it kept epoch files, and gives again the number of an earlier run's     *)
(* epoch that wrote no entry to disk; RestartRule = "KeepCut" restarts as  *)
(* "Latest" without undoing the cut entries, as the engine did before its  *)
(* epoch records named where each epoch's log began, and brings back a     *)
(* write whose client was told it failed.                                  *)
(***************************************************************************)
EXTENDS Durability

CONSTANTS
    MaxPowerCuts,   \* The budget of power cuts.
    RestartRule     \* "Latest" (as the engine: the most up-to-date durable log leads), "FirstUp", "LatestFromLog" or "KeepCut".

ASSUME
    /\ MaxPowerCuts \in Nat
    /\ RestartRule \in {"Latest", "FirstUp", "LatestFromLog", "KeepCut"}

VARIABLES
    writeEpoch,     \* writeEpoch[id]: the epoch in which the leader appended write id; 0 if never appended.
    powerCuts,      \* The number of power cuts so far: the engine's run, counted from 0.
    off,            \* Whether the engine is down after a power cut, not yet restarted.
    runElections,   \* Every election as <<run, partition, epoch, AZ>>: the history OneLeaderPerEpochInARun reads.
    epochOnDisk,    \* epochOnDisk[p][az]: the latest epoch replica az of p forced to its epoch file.
    epochStart,     \* epochStart[p][az]: where that epoch's log began, as the same record names it.
    uncut           \* uncut[p][az]: the entries an election cut from crashed replica az's log that its files keep.

pcVars == <<writeEpoch, powerCuts, off, runElections, epochOnDisk, epochStart, uncut>>
pcAllVars == <<vars, durVars, pcVars>>

-----------------------------------------------------------------------------

\* The epoch of the last entry of a log; 0 for an empty log.
LastEpochOf(l) == IF l = <<>> THEN 0 ELSE writeEpoch[l[Len(l)]]

\* The epoch of the last entry of replica az's log of p.
LastEpoch(p, az) == LastEpochOf(log[p][az])

\* The latest epoch record the replicas in S keep, as <<epoch, start>> (all records of one epoch
\* name one start: the election's).
LatestRecord(p, S) ==
    LET az == CHOOSE a \in S : \A b \in S : epochOnDisk[p][b] <= epochOnDisk[p][a]
    IN  <<epochOnDisk[p][az], epochStart[p][az]>>

\* What a restart keeps of replica az's log when the latest record it reads names epoch e with
\* its log beginning at start: the entries of epochs before e past start are undone, newest first,
\* down to start or to an entry of e or later (PartitionGroup.undoCut).  Under KeepCut, all of it.
UndoCut(l, rec) ==
    IF RestartRule = "KeepCut" THEN l
    ELSE LET keep == CHOOSE n \in 0..Len(l) :
                        /\ \A i \in (n + 1)..Len(l) : i > rec[2] /\ writeEpoch[l[i]] < rec[1]
                        /\ n = 0 \/ n <= rec[2] \/ writeEpoch[l[n]] >= rec[1]
         IN  SubSeq(l, 1, keep)

\* Replica a's log is at least as up to date as b's, as the engine compares them at a start:
\* the later last epoch first, then the longer log.
AtLeastAsRecentLog(la, lb) ==
    \/ LastEpochOf(la) > LastEpochOf(lb)
    \/ LastEpochOf(la) = LastEpochOf(lb) /\ Len(la) >= Len(lb)

AtLeastAsRecent(p, a, b) == AtLeastAsRecentLog(log[p][a], log[p][b])

\* The replicas whose files a restart reads when az leads p: all of them under the engine's rule,
\* the leader's own under FirstUp.
Consulted(p, az) == IF RestartRule = "FirstUp" THEN {az} ELSE AZ

\* Replica a's log of p after the restart's undoing, when az leads p: the latest record of the
\* replicas consulted is the one read (all of them under the engine's rule, which undoes before
\* it chooses the leader).
Kept(p, az, a) == UndoCut(log[p][a], LatestRecord(p, Consulted(p, az)))

\* The replicas that may lead p after a restart: the most up to date logs once the cut entries
\* are undone.  Ties are logs equal by the log matching rule; the engine takes the first zone,
\* the model any of them.
RestartLeaders(p) ==
    IF RestartRule = "FirstUp" THEN AZ
    ELSE {az \in AZ : \A other \in AZ : AtLeastAsRecentLog(Kept(p, az, az), Kept(p, az, other))}

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

\* What replica az's files of p hold: its durable prefix, and the entries an election cut while
\* it was crashed.
Files(p, az) == SubSeq(log[p][az], 1, durable[p][az]) \o uncut[p][az]

\* Every zone stops at once: each replica keeps what its files hold and the items it applies;
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
    /\ log' = [p \in Partition |-> [az \in AZ |-> Files(p, az)]]
    /\ items' = [p \in Partition |-> [az \in AZ |-> ApplyAll(NoItems(p), Files(p, az))]]
    /\ durable' = [p \in Partition |-> [az \in AZ |-> Len(Files(p, az))]]
    /\ uncut' = [p \in Partition |-> [az \in AZ |-> <<>>]]
    /\ lastAction' = [name |-> "PowerCut"]
    /\ UNCHANGED <<leader, epoch, replicaEpoch, sent, acknowledged, refused, elections,
                   writeEpoch, runElections, epochOnDisk, epochStart>>

\* The engine starts from its data directory (PartitionGroup.recover): in each partition a
\* leader in a new epoch, the other replicas cut back to where their logs agree with its log,
\* given its log whole, and joined to the epoch.  Their disks hold the part they kept.  The new
\* epoch, and where its log begins (the leader's length), are forced to the epoch files of the
\* replicas consulted before the leader takes a write.  Before it chooses, every replica undoes
\* the entries an earlier election cut while its replica was crashed (Kept).
Restart ==
    /\ off
    /\ \E new \in [Partition -> AZ] :
          /\ \A p \in Partition : new[p] \in RestartLeaders(p)
          /\ LET e    == [p \in Partition |-> RestartEpoch(p, new[p])]
                 lead == [p \in Partition |-> Kept(p, new[p], new[p])] IN
             /\ leader' = new
             /\ epoch' = e
             /\ replicaEpoch' = [p \in Partition |-> [az \in AZ |-> e[p]]]
             /\ log' = [p \in Partition |-> [az \in AZ |-> lead[p]]]
             /\ items' = [p \in Partition |-> [az \in AZ |-> ApplyAll(NoItems(p), lead[p])]]
             /\ durable' = [p \in Partition |-> [az \in AZ |->
                              IF az = new[p] THEN Len(lead[p])
                              ELSE CommonPrefix(Kept(p, new[p], az), lead[p])]]
             /\ elections' = elections \cup {<<p, e[p], new[p]>> : p \in Partition}
             /\ runElections' = runElections \cup {<<powerCuts, p, e[p], new[p]>> : p \in Partition}
             /\ epochOnDisk' = [p \in Partition |-> [az \in AZ |->
                                 IF az \in Consulted(p, new[p]) THEN e[p] ELSE epochOnDisk[p][az]]]
             /\ epochStart' = [p \in Partition |-> [az \in AZ |->
                                 IF az \in Consulted(p, new[p]) THEN Len(lead[p]) ELSE epochStart[p][az]]]
             /\ lastAction' = [name |-> "Restart", leaders |-> new, epochs |-> e]
    /\ off' = FALSE
    /\ up' = AZ
    /\ crashed' = {}
    /\ UNCHANGED <<sent, acknowledged, refused, failures, writeEpoch, powerCuts, uncut>>

-----------------------------------------------------------------------------

PInit ==
    /\ DInit
    /\ writeEpoch = [id \in WriteId |-> 0]
    /\ powerCuts = 0
    /\ off = FALSE
    /\ runElections = {<<0, p, 1, leader[p]>> : p \in Partition}
    \* The table's first epoch needs no file: the engine numbers a restart from at least 1, and
    \* epoch 1 began with an empty log.
    /\ epochOnDisk = [p \in Partition |-> [az \in AZ |-> 1]]
    /\ epochStart = [p \in Partition |-> [az \in AZ |-> 0]]
    /\ uncut = [p \in Partition |-> [az \in AZ |-> <<>>]]

\* A client request records the epoch of each write its leader appended (a request changes no
\* epoch).
PClientRequest ==
    /\ ClientRequest
    /\ writeEpoch' = [id \in WriteId |->
                        IF id \in DOMAIN sent' \ DOMAIN sent /\ id \notin refused'
                        THEN epoch[PartitionOf(sent'[id].key)] ELSE writeEpoch[id]]
    /\ UNCHANGED <<powerCuts, off, runElections, epochOnDisk, epochStart, uncut>>

\* An election forces its epoch, and where its log begins (the new leader's length), to the
\* epoch files of the replicas that vote in it (every live one) before its leader takes a write:
\* in the model, in the same step.  The trace validation follows it alone, with the engine's
\* cut as a step of its own (trace/TracePowerCut.tla).
PElectLeader(p, az) ==
    /\ DElectLeader(p, az)
    /\ runElections' = runElections \cup {<<powerCuts, p, epoch[p] + 1, az>>}
    /\ epochOnDisk' = [epochOnDisk EXCEPT ![p] = [a \in AZ |-> IF a \in up THEN epoch[p] + 1 ELSE @[a]]]
    /\ epochStart' = [epochStart EXCEPT ![p] = [a \in AZ |-> IF a \in up THEN Len(log[p][az]) ELSE @[a]]]
    /\ UNCHANGED <<writeEpoch, powerCuts, off, uncut>>

\* The engine's election (PartitionGroup.electLeader): PElectLeader, and the entries past the new
\* leader's log are cut from the group's log, on every replica (DurabilityCut's DCutToLeader, at
\* the election).  A replica whose process lives records the cut in its files; a crashed one
\* cannot, and its files keep the cut entries (uncut) until its zone restarts, when it undoes
\* them against the group's log (PRecoverAZ), or the power is cut.  The writes no replica holds
\* any more are refused: their clients are told they failed.
PElectAndCut(p, az) ==
    LET n          == Len(log[p][az])
        Cut(a)     == IF Len(log[p][a]) <= n THEN log[p][a] ELSE SubSeq(log[p][a], 1, n)
        refusedNow == {id \in DOMAIN sent :
                          /\ PartitionOf(sent[id].key) = p
                          /\ id \notin acknowledged \cup refused
                          /\ \A a \in AZ : id \notin Range(Cut(a))}
    IN  \* WritePath's ElectLeader,
        /\ leader[p] \notin up
        /\ az \in up
        /\ Majority(up)
        /\ \A other \in up : AtLeastAsUpToDate(p, az, other)
        /\ leader' = [leader EXCEPT ![p] = az]
        /\ epoch' = [epoch EXCEPT ![p] = @ + 1]
        /\ replicaEpoch' = [replicaEpoch EXCEPT ![p][az] = epoch[p] + 1]
        /\ elections' = elections \cup {<<p, epoch[p] + 1, az>>}
        \* with the cut,
        /\ log' = [log EXCEPT ![p] = [a \in AZ |-> Cut(a)]]
        /\ items' = [items EXCEPT ![p] = [a \in AZ |-> ApplyAll(NoItems(p), Cut(a))]]
        /\ durable' = [durable EXCEPT ![p] = [a \in AZ |-> Min(@[a], Len(Cut(a)))]]
        /\ uncut' = [uncut EXCEPT ![p] = [a \in AZ |->
                        IF a \in crashed THEN SubSeq(log[p][a], Len(Cut(a)) + 1, Len(log[p][a])) \o @[a]
                        ELSE @[a]]]
        /\ refused' = refused \cup refusedNow
        /\ lastAction' = [name |-> "ElectLeader", p |-> p, az |-> az, epoch |-> epoch[p] + 1,
                          refused |-> refusedNow]
        /\ UNCHANGED <<up, sent, acknowledged, failures, crashed>>
        \* and PElectLeader's epoch records.
        /\ runElections' = runElections \cup {<<powerCuts, p, epoch[p] + 1, az>>}
        /\ epochOnDisk' = [epochOnDisk EXCEPT ![p] = [a \in AZ |-> IF a \in up THEN epoch[p] + 1 ELSE @[a]]]
        /\ epochStart' = [epochStart EXCEPT ![p] = [a \in AZ |-> IF a \in up THEN n ELSE @[a]]]
        /\ UNCHANGED <<writeEpoch, powerCuts, off>>

\* A zone recovers (Durability's DRecoverAZ); a crashed replica restarting from its files undoes
\* the entries an election cut while it was down, as they are not in the group's log at their
\* position (PartitionGroup.reconcile).
PRecoverAZ(az) ==
    /\ DRecoverAZ(az)
    /\ uncut' = [p \in Partition |-> [uncut[p] EXCEPT ![az] = <<>>]]
    /\ UNCHANGED <<writeEpoch, powerCuts, off, runElections, epochOnDisk, epochStart>>

\* Durability's steps while the engine runs.  A write no log holds may be refused while it is
\* down too: its client's connection is gone.
PNext ==
    \/ ~off /\ PClientRequest
    \/ ~off /\ \E p \in Partition, az \in AZ : PElectAndCut(p, az)
    \/ /\ ~off
       /\ \/ \E p \in Partition, az \in AZ :
                DReplicate(p, az) \/ CatchUpDurable(p, az) \/ Force(p, az)
          \/ \E p \in Partition : DAcknowledge(p)
          \/ \E az \in AZ : DFailAZ(az) \/ CrashAZ(az)
       /\ UNCHANGED pcVars
    \/ ~off /\ \E az \in AZ : PRecoverAZ(az)
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
    /\ epochStart \in [Partition -> [AZ -> 0..MaxWrites]]
    /\ uncut \in [Partition -> [AZ -> Seq(WriteId)]]
    /\ \A p \in Partition, az \in AZ : az \notin crashed \/ off => uncut[p][az] = <<>>
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

\* "all attribute writes in the operation will either succeed or fail": a write whose client
\* was told it failed takes no effect.  No leader serving its partition holds it, so no read
\* finds it and no acknowledgement follows (an acknowledged write is never refused: TypeOK).
\* The engine's start broke it before its epoch records named where each epoch's log began
\* (trace/README.md, seed 67; dur-powercut-broken-cut).
FailedWriteTakesNoEffect ==
    ~off => \A id \in refused :
                LET p == PartitionOf(sent[id].key) IN
                leader[p] \notin crashed => id \notin Range(log[p][leader[p]])

=============================================================================
