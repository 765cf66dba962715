--------------------------- MODULE IndexBackfill ---------------------------
(***************************************************************************)
(* A global secondary index added to a table that already holds items:     *)
(* UpdateTable creates it, and DynamoDB backfills it.                      *)
(*                                                                         *)
(* API_GlobalSecondaryIndexDescription.html: "Backfilling is the process   *)
(* of reading items from the table and determining whether they can be     *)
(* added to the index"; "After all items have been processed, the          *)
(* backfilling operation is complete"; IndexStatus "CREATING - The index   *)
(* is being created", "ACTIVE - The index is ready for use".               *)
(* GSI.OnlineOps.html: DynamoDB "backfills the index with data from the    *)
(* table".  The table takes writes meanwhile (the AWS knowledge-center     *)
(* page on GSI creation counts "Write activity on the base table during    *)
(* index creation" among what its duration depends on), and a Query of an  *)
(* index that is not ACTIVE is refused ("Cannot read from backfilling      *)
(* global secondary index", features/ on UpdateTable).                     *)
(*                                                                         *)
(* The module extends Indexes, whose GSI is fed by the propagator          *)
(* (Propagate) from each partition's committed log.  Before CreateIndex    *)
(* the table has no such index: writes go on, nothing is propagated.       *)
(* CreateIndex makes it CREATING.  The backfill reads one base partition   *)
(* at a time (BackfillRead), as the engine's GlobalIndex.backfillStep      *)
(* does: at the partition's leader, in one step, the items of its          *)
(* committed prefix, and the point of the log that prefix ends at becomes  *)
(* where propagation of that partition starts (fed[p]): the entries it     *)
(* covers are dropped, the items reflect them.  It then copies the items   *)
(* it read into the index one by one (BackfillCopy), while the table       *)
(* takes writes, acknowledges them and fails over.  Once every partition   *)
(* has been read and every item copied the index is ACTIVE                 *)
(* (Activate), readable (QueryIndex), and the propagator applies the       *)
(* entries acknowledged since each partition was read.                     *)
(*                                                                         *)
(* The engine holds propagation while the index is CREATING                *)
(* (CreatingPropagation = "Held"), so a copy, which carries the item as    *)
(* the read saw it, never lands on a newer entry propagation applied.      *)
(* Two broken rules let propagation run during the backfill.  "AfterRead"  *)
(* propagates a partition once the backfill has read it: a write           *)
(* acknowledged after the read reaches the index before the copy of the    *)
(* older item, which then overwrites it.  "Running" propagates every       *)
(* partition from the start: entries applied before the read leave         *)
(* entries the read does not undo (an item deleted before the read keeps   *)
(* the entry an earlier put gave it, as the read copies only the items     *)
(* there are).                                                             *)
(***************************************************************************)
EXTENDS Indexes

CONSTANT
    CreatingPropagation     \* While the index is CREATING, the propagator is "Held" (safe, the
                            \* engine's rule), or runs on each partition the backfill has read
                            \* ("AfterRead": broken) or on every partition ("Running": broken).

ASSUME CreatingPropagation \in {"Held", "AfterRead", "Running"}

VARIABLES
    indexStatus,        \* "NONE" (not created yet), "CREATING" or "ACTIVE".
    backfillRead,       \* The base partitions the backfill has read.
    owed,               \* The entries [key, val, version] the backfill read and has not yet put
                        \* in the index.
    ackedAtCreation,    \* The ids of the writes acknowledged when the index was created.
    propagated          \* propagated[k]: the id of the last write on k the propagator applied
                        \* (0: none).

backfillVars == <<indexStatus, backfillRead, owed, ackedAtCreation, propagated>>
bAllVars == <<allVars, backfillVars>>

\* An index entry the backfill owes, for the base item with key k.
Owed == [key : Key, val : Value, version : WriteId]

-----------------------------------------------------------------------------

\* The items of p's committed prefix at its leader: what a strongly consistent read of the
\* partition returns (the engine's CommittedView).
CommittedItems(p) == ApplyAll(NoItems(p), SubSeq(log[p][leader[p]], 1, CommittedLen(p)))

\* UpdateTable adds the index to the table: CREATING, empty, nothing read yet.
CreateIndex ==
    /\ indexStatus = "NONE"
    /\ indexStatus' = "CREATING"
    /\ ackedAtCreation' = acknowledged
    /\ lastAction' = [name |-> "CreateIndex"]
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections, indexVars, backfillRead, owed, propagated>>

\* The backfill reads base partition p at its leader, in one step: the items of its committed
\* prefix, which it owes the index, and the entries that prefix covers, which propagation
\* will not apply.
BackfillRead(p) ==
    LET L     == leader[p]
        state == CommittedItems(p)
    IN  /\ indexStatus = "CREATING"
        /\ p \notin backfillRead
        /\ L \in up
        /\ owed' = owed \cup UNION {{[key |-> <<pk, it.sk>>, val |-> it.val,
                                         version |-> it.version] : it \in Range(state[pk])}
                                       : pk \in KeysOf(p)}
        /\ fed' = [fed EXCEPT ![p] = CommittedLen(p)]
        /\ backfillRead' = backfillRead \cup {p}
        /\ lastAction' = [name |-> "BackfillRead", p |-> p, az |-> L, epoch |-> epoch[p],
                          length |-> CommittedLen(p)]
        /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                       failures, elections, lsi, gsi, gsiVersion, indexStatus, ackedAtCreation,
                       propagated>>

\* The backfill puts one item it read into the index, as it read it.
BackfillCopy(e) ==
    /\ e \in owed
    /\ gsi' = [gsi EXCEPT ![e.key] = <<[val |-> e.val, version |-> e.version]>>]
    /\ gsiVersion' = [gsiVersion EXCEPT ![e.key] = e.version]
    /\ owed' = owed \ {e}
    /\ lastAction' = [name |-> "BackfillCopy", key |-> e.key, value |-> e.val, write |-> e.version]
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections, lsi, fed, indexStatus, backfillRead, ackedAtCreation,
                   propagated>>

\* Every partition read and every item copied: the index is ACTIVE.
Activate ==
    /\ indexStatus = "CREATING"
    /\ backfillRead = Partition
    /\ owed = {}
    /\ indexStatus' = "ACTIVE"
    /\ lastAction' = [name |-> "Activate"]
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections, indexVars, backfillRead, owed, ackedAtCreation, propagated>>

\* Indexes' propagator, when the rule lets it run.
BPropagate(p) ==
    LET id == log[p][leader[p]][fed[p] + 1] IN
    /\ \/ indexStatus = "ACTIVE"
       \/ /\ indexStatus = "CREATING"
          /\ \/ CreatingPropagation = "Running"
             \/ CreatingPropagation = "AfterRead" /\ p \in backfillRead
    /\ Propagate(p)
    /\ propagated' = [propagated EXCEPT ![sent[id].key] = id]
    /\ UNCHANGED <<indexStatus, backfillRead, owed, ackedAtCreation>>

\* A Query or Scan of the index: only once it is ACTIVE.  It reads the index and changes nothing.
QueryIndex ==
    /\ indexStatus = "ACTIVE"
    /\ lastAction' = [name |-> "QueryIndex", entries |-> gsi]
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                   failures, elections, indexVars, backfillVars>>

-----------------------------------------------------------------------------

BInit ==
    /\ IInit
    /\ indexStatus = "NONE"
    /\ backfillRead = {}
    /\ owed = {}
    /\ ackedAtCreation = {}
    /\ propagated = [k \in Key |-> 0]

BNext ==
    \/ WritePathStep /\ UNCHANGED backfillVars
    \/ \E p \in Partition : BPropagate(p)
    \/ CreateIndex
    \/ \E p \in Partition : BackfillRead(p)
    \/ \E e \in owed : BackfillCopy(e)
    \/ Activate
    \/ QueryIndex

BSpec == BInit /\ [][BNext]_bAllVars

\* As Indexes' IFairness, with the backfill and the propagator not starved once the index is
\* created (creating it is the client's choice, and is not forced).
BFairness ==
    /\ \A p \in Partition, az \in AZ :
          /\ WF_bAllVars(Replicate(p, az) /\ lsi' = LsiAfterStep
                            /\ UNCHANGED <<gsi, gsiVersion, fed>> /\ UNCHANGED backfillVars)
          /\ WF_bAllVars(CatchUp(p, az) /\ lsi' = LsiAfterStep
                            /\ UNCHANGED <<gsi, gsiVersion, fed>> /\ UNCHANGED backfillVars)
    /\ \A p \in Partition :
          /\ WF_bAllVars(Acknowledge(p) /\ UNCHANGED indexVars /\ UNCHANGED backfillVars)
          /\ WF_bAllVars((\E az \in AZ : ElectLeader(p, az)) /\ UNCHANGED indexVars
                            /\ UNCHANGED backfillVars)
          /\ WF_bAllVars(BPropagate(p))
          /\ WF_bAllVars(BackfillRead(p))
    /\ \A az \in AZ : WF_bAllVars(RecoverAZ(az) /\ UNCHANGED indexVars /\ UNCHANGED backfillVars)
    /\ \A id \in WriteId :
          WF_bAllVars(RefuseDiscardedWrite(id) /\ UNCHANGED indexVars /\ UNCHANGED backfillVars)
    /\ WF_bAllVars(\E e \in owed : BackfillCopy(e))
    /\ WF_bAllVars(Activate)

BFairSpec == BSpec /\ BFairness

-----------------------------------------------------------------------------
(***************************************************************************)
(* Properties.  Indexes' IndexShowsOnlyAcknowledgedWrites and              *)
(* IndexNeverGoesBack hold as they are, during the backfill and after;     *)
(* its IndexIsCommittedPrefix holds whenever the backfill owes no copy,    *)
(* and with the owed copies put in while it does.                          *)
(***************************************************************************)

BackfillTypeOK ==
    /\ indexStatus \in {"NONE", "CREATING", "ACTIVE"}
    /\ backfillRead \subseteq Partition
    /\ owed \subseteq Owed
    /\ ackedAtCreation \subseteq WriteId
    /\ propagated \in [Key -> 0..MaxWrites]
    /\ indexStatus = "NONE" => fed = [p \in Partition |-> 0] /\ gsi = [k \in Key |-> <<>>]

\* The GSI's entry for k, as the projection of p's first n log entries at the leader gives it.
PrefixEntry(p, n, k) ==
    LET found == Lookup(ApplyAll(NoItems(p), SubSeq(log[p][leader[p]], 1, n))[k[1]], k[2]) IN
    [i \in DOMAIN found |-> [val |-> found[i].val, version |-> found[i].version]]

\* What the index holds for k once the backfill has put in the copy it owes for k.
Filled(k) ==
    IF \E e \in owed : e.key = k
    THEN LET e == CHOOSE e \in owed : e.key = k IN <<[val |-> e.val, version |-> e.version]>>
    ELSE gsi[k]

\* During the backfill: the index, with the copies the backfill owes put in, is the committed
\* prefix read so far (each partition's, up to where it was read or propagated), and the
\* backfill owes at most one copy per item.
IndexWithOwedCopiesIsCommittedPrefix ==
    /\ \A e1, e2 \in owed : e1.key = e2.key => e1 = e2
    /\ \A p \in Partition :
          /\ fed[p] <= CommittedLen(p)
          /\ \A k \in Key : PartitionOf(k) = p => Filled(k) = PrefixEntry(p, fed[p], k)

\* Indexes' property, whenever no copy is owed: in particular once the index is ACTIVE.
IndexIsCommittedPrefixOnceCopied == owed = {} => IndexIsCommittedPrefix

\* API_GlobalSecondaryIndexDescription.html: the backfill reads "items from the table" and is
\* complete "After all items have been processed"; the index is then ACTIVE, "ready for use":
\* an ACTIVE index has applied every write acknowledged before it was created.  With
\* IndexIsCommittedPrefixOnceCopied, its entries are the projection of a committed prefix
\* holding every one of them.
ActiveIndexCoversWritesBeforeCreation ==
    indexStatus = "ACTIVE" =>
        \A id \in ackedAtCreation :
            LET p == PartitionOf(sent[id].key) IN
            id \in Range(SubSeq(log[p][leader[p]], 1, fed[p]))

\* GSI.html: "changes to the table data are propagated to the global secondary indexes";
\* the backfill only fills in what was there before.  No index entry is older than a write
\* the propagator already applied to its item: a copy of an item as the backfill read it
\* never replaces a newer version propagated since.
NoEntryOlderThanPropagated ==
    \A k \in Key : gsi[k] # <<>> => gsi[k][1].version >= propagated[k]

\* Once the index is created and writes and faults stop, it becomes ACTIVE and equals the
\* projection of its table.
BackfillCompletes ==
    indexStatus = "CREATING" ~> (indexStatus = "ACTIVE" /\ GsiMatchesTable)

=============================================================================
