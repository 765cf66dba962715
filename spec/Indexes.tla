------------------------------ MODULE Indexes ------------------------------
(***************************************************************************)
(* Secondary indexes on the write path of WritePath.                       *)
(*                                                                         *)
(* A local secondary index (LSI) lives beside its base items in every      *)
(* Replica: the replica maintains it when it applies a log entry, so the   *)
(* entry that writes a base item also writes its index entry, and          *)
(* replication, acknowledgement, failover and catch-up carry both at once. *)
(*                                                                         *)
(* A global secondary index (GSI) is fed by a propagator that reads each   *)
(* partition's log at its leader, in log order, entry by entry.  The safe  *)
(* propagator reads only the committed prefix: entries acknowledged to     *)
(* their clients.  The broken one (IndexFeed = "LeaderLog") reads the      *)
(* leader's log as it stands, acknowledged or not.                         *)
(*                                                                         *)
(* The index key of both indexes is the item's attribute "val": the LSI    *)
(* sorts a partition key's items by it, the GSI is partitioned by it.      *)
(* The model keeps an LSI as the set of its entries <<val, sk>> (its order *)
(* is a function of the set) and a GSI as, per base item key, the entry    *)
(* it holds for that item, if any, with the version (write id) it came     *)
(* from.  Every property is named in spec/README.md with the sentence of   *)
(* DynamoDB's documentation it follows.                                    *)
(***************************************************************************)
EXTENDS WritePath

CONSTANT
    IndexFeed       \* "Committed" (safe: acknowledged entries only) or "LeaderLog" (broken).

ASSUME IndexFeed \in {"Committed", "LeaderLog"}

VARIABLES
    lsi,            \* lsi[p][az][pk]: the LSI entries <<val, sk>> of that Replica's items under pk.
    gsi,            \* gsi[k]: <<>> or <<[val, version]>>: the GSI's entry for the base item with key k.
    gsiVersion,     \* gsiVersion[k]: the id of the last write on k the GSI applied (0: none yet).
    fed             \* fed[p]: how many entries of p's log the propagator has applied to the GSI.

indexVars == <<lsi, gsi, gsiVersion, fed>>
allVars == <<vars, indexVars>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* The LSI, maintained by the replica as it applies its log.               *)
(***************************************************************************)

\* A partition key's LSI entries after applying write w on key <<pk, s>>: the entry of the item
\* the write replaces goes, and a put brings its own.
LsiApply(entries, w) ==
    LET s      == w.key[2]
        others == {e \in entries : e[2] # s}
    IN  IF w.op = "Delete" THEN others ELSE others \cup {<<w.value, s>>}

RECURSIVE LsiApplyAll(_, _)
LsiApplyAll(coll, ids) ==
    IF ids = <<>> THEN coll
    ELSE LET w == sent'[Head(ids)] IN
         LsiApplyAll([coll EXCEPT ![w.key[1]] = LsiApply(@, w)], Tail(ids))

\* The LSI of every replica after a step of WritePath: a replica whose log grew applies the new
\* entries to its LSI as it applies them to its items; a replica that adopted its leader's log
\* (CatchUp) adopts its leader's LSI with it; the others keep theirs.
LsiAfterStep ==
    [p \in Partition |-> [az \in AZ |->
        IF log'[p][az] = log[p][az] THEN lsi[p][az]
        ELSE IF /\ Len(log[p][az]) < Len(log'[p][az])
                /\ log[p][az] = SubSeq(log'[p][az], 1, Len(log[p][az]))
             THEN LsiApplyAll(lsi[p][az], SubSeq(log'[p][az], Len(log[p][az]) + 1, Len(log'[p][az])))
             ELSE lsi[p][leader[p]]]]

NoLsi(p) == [pk \in KeysOf(p) |-> {}]

-----------------------------------------------------------------------------
(***************************************************************************)
(* The GSI, fed by the propagator.                                         *)
(***************************************************************************)

\* The length of the committed prefix of p's log at its leader: the entries acknowledged to
\* their clients (the leader acknowledges in log order).
CommittedLen(p) ==
    LET L == log[p][leader[p]] IN
    CHOOSE n \in 0..Len(L) :
        /\ \A i \in 1..n : L[i] \in acknowledged
        /\ n = Len(L) \/ L[n + 1] \notin acknowledged

\* How far the propagator may read p's log.
Readable(p) ==
    IF IndexFeed = "Committed" THEN CommittedLen(p) ELSE Len(log[p][leader[p]])

\* The GSI's entry for a base item, as a put writes it: the index key and the version.
GsiEntry(w) == IF w.op = "Delete" THEN <<>> ELSE <<[val |-> w.value, version |-> w.id]>>

\* The propagator applies the next entry of p's log at its leader to the GSI.  Per base item,
\* updates reach the index in log order.
Propagate(p) ==
    LET L  == leader[p]
        n  == fed[p] + 1
        id == log[p][L][n]
        w  == sent[id]
    IN  /\ L \in up
        /\ n <= Readable(p)
        /\ gsi' = [gsi EXCEPT ![w.key] = GsiEntry(w)]
        /\ gsiVersion' = [gsiVersion EXCEPT ![w.key] = id]
        /\ fed' = [fed EXCEPT ![p] = n]
        /\ lastAction' = [name |-> "Propagate", p |-> p, az |-> L, epoch |-> epoch[p],
                          write |-> id, index |-> n]
        /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                       failures, elections, lsi>>

-----------------------------------------------------------------------------

IInit ==
    /\ Init
    /\ lsi = [p \in Partition |-> [az \in AZ |-> NoLsi(p)]]
    /\ gsi = [k \in Key |-> <<>>]
    /\ gsiVersion = [k \in Key |-> 0]
    /\ fed = [p \in Partition |-> 0]

\* Every step of the write path, with each replica's LSI kept as it applies its log.
WritePathStep ==
    /\ Next
    /\ lsi' = LsiAfterStep
    /\ UNCHANGED <<gsi, gsiVersion, fed>>

INext ==
    \/ WritePathStep
    \/ \E p \in Partition : Propagate(p)

ISpec == IInit /\ [][INext]_allVars

\* As WritePath's Fairness, and the propagator is not starved.
IFairness ==
    /\ \A p \in Partition, az \in AZ :
          /\ WF_allVars(Replicate(p, az) /\ lsi' = LsiAfterStep /\ UNCHANGED <<gsi, gsiVersion, fed>>)
          /\ WF_allVars(CatchUp(p, az) /\ lsi' = LsiAfterStep /\ UNCHANGED <<gsi, gsiVersion, fed>>)
    /\ \A p \in Partition :
          /\ WF_allVars(Acknowledge(p) /\ UNCHANGED indexVars)
          /\ WF_allVars((\E az \in AZ : ElectLeader(p, az)) /\ UNCHANGED indexVars)
          /\ WF_allVars(Propagate(p))
    /\ \A az \in AZ : WF_allVars(RecoverAZ(az) /\ UNCHANGED indexVars)
    /\ \A id \in WriteId : WF_allVars(RefuseDiscardedWrite(id) /\ UNCHANGED indexVars)

IFairSpec == ISpec /\ IFairness

-----------------------------------------------------------------------------
(***************************************************************************)
(* Properties.                                                             *)
(***************************************************************************)

IndexTypeOK ==
    /\ \A p \in Partition : lsi[p] \in [AZ -> [KeysOf(p) -> SUBSET (Value \X SortKey)]]
    /\ gsi \in [Key -> Seq([val : Value, version : WriteId])]
    /\ \A k \in Key : Len(gsi[k]) <= 1
    /\ gsiVersion \in [Key -> 0..MaxWrites]
    /\ fed \in [Partition -> 0..MaxWrites]

\* LSI.html: "DynamoDB automatically maintains all local secondary indexes [...] when you add,
\* modify, or delete items in the base table, any indexes on that table are also updated to
\* reflect these changes"; the index "has the same partition key as the base table, but a
\* different sort key": in every replica, each partition key's LSI holds exactly one entry per
\* item, under the item's index key.
LsiMatchesReplicaItems ==
    \A p \in Partition, az \in AZ : \A pk \in KeysOf(p) :
        lsi[p][az][pk] = {<<it.val, it.sk>> : it \in Range(items[p][az][pk])}

\* GSI.html: "changes to the table data are propagated to the global secondary indexes [...]
\* within a fraction of a second" and are "eventually consistent": an index lags its table,
\* it never runs ahead of what the table acknowledged.  Every GSI entry is a version of its
\* base item that was acknowledged.
IndexShowsOnlyAcknowledgedWrites ==
    \A k \in Key : gsi[k] # <<>> => gsi[k][1].version \in acknowledged

\* The GSI is exactly the committed prefix the propagator has read, applied in log order: the
\* projection of an acknowledged state of the base table.
IndexIsCommittedPrefix ==
    \A p \in Partition :
        /\ fed[p] <= CommittedLen(p)
        /\ LET applied == SubSeq(log[p][leader[p]], 1, fed[p])
               state   == ApplyAll(NoItems(p), applied)
           IN  \A k \in Key : PartitionOf(k) = p =>
                   gsi[k] = [i \in DOMAIN Lookup(state[k[1]], k[2]) |->
                               [val |-> Lookup(state[k[1]], k[2])[i].val,
                                version |-> Lookup(state[k[1]], k[2])[i].version]]

\* Per base item, the index never goes back to an older version: updates apply in log order.
IndexNeverGoesBack == [][\A k \in Key : gsiVersion'[k] >= gsiVersion[k]]_allVars

\* Once writes stop and zones are up, every index equals the projection of its base table.
GsiMatchesTable ==
    \A k \in Key :
        LET found == Lookup(items[PartitionOf(k)][leader[PartitionOf(k)]][k[1]], k[2]) IN
        gsi[k] = [i \in DOMAIN found |-> [val |-> found[i].val, version |-> found[i].version]]

IndexCatchesUp == <>[](GsiMatchesTable /\ \A p \in Partition : fed[p] = Len(log[p][leader[p]]))

=============================================================================
