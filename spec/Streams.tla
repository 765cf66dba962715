------------------------------ MODULE Streams ------------------------------
(***************************************************************************)
(* A DynamoDB stream on the write path of WritePath.                       *)
(*                                                                         *)
(* Each partition's stream is one shard: a sequence of records, one for    *)
(* every write that changed an item, in the order of the partition's log. *)
(* When a replica applies a log entry it knows the item before and after   *)
(* (the entry's images); the leader keeps them with the entry.  The        *)
(* stream's publisher reads the log at the leader, in log order, entry by  *)
(* entry, and appends a record for each entry that changed its item:       *)
(* INSERT, MODIFY or REMOVE, with the old and new images.  The safe        *)
(* publisher reads only the committed prefix (entries acknowledged to      *)
(* their clients; the engine's commit hook).  The broken one               *)
(* (StreamFeed = "LeaderAppend") publishes an entry as soon as the leader  *)
(* has appended it.                                                        *)
(*                                                                         *)
(* The properties state the stream as a function of the committed log:    *)
(* every acknowledged write that changed an item appears exactly once, per *)
(* key in commit order, the OldImage of each record being the NewImage of  *)
(* the previous record on that key; a write never acknowledged never       *)
(* appears.  spec/README.md gives each with the documentation it follows.  *)
(***************************************************************************)
EXTENDS WritePath

CONSTANT
    StreamFeed      \* "Committed" (safe: acknowledged entries only) or "LeaderAppend" (broken).

ASSUME StreamFeed \in {"Committed", "LeaderAppend"}

VARIABLES
    images,         \* images[id]: <<old, new>>, the images of write id's item as the leader applied it (<<>>: not applied).
    stream,         \* stream[p]: the records of partition p's shard, oldest first.
    published       \* published[p]: how many entries of p's log (at its leader) the publisher has read.

streamVars == <<images, stream, published>>
allVars == <<vars, streamVars>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Images and records.                                                     *)
(***************************************************************************)

\* An item as a stream record shows it: its client attribute, or nothing when there is no
\* item.  "version" (which write put the item) is the model's bookkeeping, not an attribute, so
\* a put of the value the item already holds changes nothing.
Image(found) == IF found = <<>> THEN <<>> ELSE <<[val |-> found[1].val]>>

\* The image of key k in a partition's items.
ImageIn(coll, k) == Image(Lookup(coll[k[1]], k[2]))

\* The event name of a change from old to new.
EventName(old, new) ==
    IF old = <<>> THEN "INSERT" ELSE IF new = <<>> THEN "REMOVE" ELSE "MODIFY"

\* A stream record: the write, its key, its sequence number (the entry's index in the
\* partition's log), the event, and the images.
Record == [write : WriteId, key : Key, seq : Nat, event : {"INSERT", "MODIFY", "REMOVE"},
           old : Seq([val : Value]), new : Seq([val : Value])]

MakeRecord(w, n, old, new) ==
    [write |-> w.id, key |-> w.key, seq |-> n, event |-> EventName(old, new), old |-> old,
     new |-> new]

\* The records a stream holds for a log prefix, computed from the log alone: apply the entries
\* in order from an empty partition, and keep a record for each that changed its item.  n is the
\* log index of Head(ids).  This is the stream as a function of the log.
RECURSIVE RecordsOf(_, _, _)
RecordsOf(state, ids, n) ==
    IF ids = <<>> THEN <<>>
    ELSE LET w    == sent[Head(ids)]
             next == Apply(state, w)
             old  == ImageIn(state, w.key)
             new  == ImageIn(next, w.key)
             rest == RecordsOf(next, Tail(ids), n + 1)
         IN  IF old = new THEN rest ELSE <<MakeRecord(w, n, old, new)>> \o rest

-----------------------------------------------------------------------------
(***************************************************************************)
(* The leader keeps each entry's images as it applies it.                  *)
(***************************************************************************)

\* A partition's items after applying, in order, the writes of ws with these ids: WritePath's
\* ApplyAll, on the writes as they stand after a step (a batch appends several in one step).
RECURSIVE ApplyWrites(_, _, _)
ApplyWrites(ws, coll, ids) ==
    IF ids = <<>> THEN coll ELSE ApplyWrites(ws, Apply(coll, ws[Head(ids)]), Tail(ids))

\* After a step of WritePath: every entry a leader appended in the step gets the images of its
\* item before and after the leader applied it (the leader's items are its log applied, so the
\* item before entry n is the prefix 1..n-1 applied).
ImagesAfterStep ==
    [id \in WriteId |->
        IF images[id] # <<>> THEN images[id]
        ELSE LET holders == {p \in Partition :
                               \E n \in 1..Len(log'[p][leader'[p]]) : log'[p][leader'[p]][n] = id}
             IN  IF holders = {} THEN <<>>
                 ELSE LET p    == CHOOSE p \in holders : TRUE
                          L    == log'[p][leader'[p]]
                          n    == CHOOSE n \in 1..Len(L) : L[n] = id
                          w    == sent'[id]
                          prev == ApplyWrites(sent', NoItems(p), SubSeq(L, 1, n - 1))
                      IN  <<ImageIn(prev, w.key), ImageIn(Apply(prev, w), w.key)>>]

-----------------------------------------------------------------------------
(***************************************************************************)
(* The publisher.                                                          *)
(***************************************************************************)

\* The length of the committed prefix of p's log at its leader: the entries acknowledged to
\* their clients (the leader acknowledges in log order).
CommittedLen(p) ==
    LET L == log[p][leader[p]] IN
    CHOOSE n \in 0..Len(L) :
        /\ \A i \in 1..n : L[i] \in acknowledged
        /\ n = Len(L) \/ L[n + 1] \notin acknowledged

\* How far the publisher may read p's log.
Publishable(p) ==
    IF StreamFeed = "Committed" THEN CommittedLen(p) ELSE Len(log[p][leader[p]])

\* The publisher reads the next entry of p's log at its leader and, if the entry changed its
\* item, appends the record to the shard.  A write that changed nothing gets no record.
Publish(p) ==
    LET L   == leader[p]
        n   == published[p] + 1
        id  == log[p][L][n]
        w   == sent[id]
        old == images[id][1]
        new == images[id][2]
    IN  /\ L \in up
        /\ n <= Publishable(p)
        /\ stream' = [stream EXCEPT ![p] = IF old = new THEN @ ELSE Append(@, MakeRecord(w, n, old, new))]
        /\ published' = [published EXCEPT ![p] = n]
        /\ lastAction' = [name |-> "Publish", p |-> p, az |-> L, epoch |-> epoch[p],
                          write |-> id, index |-> n]
        /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
                       failures, elections, images>>

-----------------------------------------------------------------------------

SInit ==
    /\ Init
    /\ images = [id \in WriteId |-> <<>>]
    /\ stream = [p \in Partition |-> <<>>]
    /\ published = [p \in Partition |-> 0]

\* Every step of the write path, with the leaders keeping the images of what they append.
WritePathStep ==
    /\ Next
    /\ images' = ImagesAfterStep
    /\ UNCHANGED <<stream, published>>

SNext ==
    \/ WritePathStep
    \/ \E p \in Partition : Publish(p)

SSpec == SInit /\ [][SNext]_allVars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Properties.                                                             *)
(***************************************************************************)

StreamTypeOK ==
    /\ images \in [WriteId -> Seq(Seq([val : Value]))]
    /\ \A id \in WriteId : images[id] = <<>> \/ Len(images[id]) = 2
    /\ stream \in [Partition -> Seq(Record)]
    /\ published \in [Partition -> 0..MaxWrites]

\* The records of partition p that are about key k, in shard order.
KeyRecords(p, k) == SelectSeq(stream[p], LAMBDA r : r.key = k)

\* Streams.html: a stream record is written "whenever an application creates, updates, or
\* deletes items in the table"; records come from acknowledged writes only: every record is of
\* a write acknowledged to its client, so a write never acknowledged never appears.
StreamShowsOnlyAcknowledgedWrites ==
    \A p \in Partition : \A i \in 1..Len(stream[p]) : stream[p][i].write \in acknowledged

\* Streams.html: "Each stream record appears exactly once in the stream": no write has two
\* records, and every acknowledged write the publisher has read that changed its item has one.
\* A record is an INSERT ("a new item was added"), a MODIFY ("one or more of an existing item's
\* attributes were modified") or a REMOVE ("the item was deleted"), API_streams_Record.html: a
\* write whose item is the same before and after is none of these, and has no record.
EachChangeAppearsOnce ==
    \A p \in Partition :
        /\ \A i, j \in 1..Len(stream[p]) : i # j => stream[p][i].write # stream[p][j].write
        /\ \A n \in 1..published[p] :
              LET L    == log[p][leader[p]]
                  w    == sent[L[n]]
                  prev == ApplyAll(NoItems(p), SubSeq(L, 1, n - 1))
                  changed == ImageIn(prev, w.key) # ImageIn(Apply(prev, w), w.key)
                  count == Cardinality({i \in 1..Len(stream[p]) : stream[p][i].write = w.id})
              IN  count = IF changed THEN 1 ELSE 0

\* Streams.html: "For each item that is modified in a DynamoDB table, the stream records appear
\* in the same sequence as the actual modifications to the item": per key, records appear in
\* the order of their entries in the log, and each record's sequence number is its entry's index.
PerKeyInCommitOrder ==
    \A p \in Partition :
        /\ \A i \in 1..Len(stream[p]) :
              LET r == stream[p][i] IN
              r.seq <= Len(log[p][leader[p]]) /\ log[p][leader[p]][r.seq] = r.write
        /\ \A i, j \in 1..Len(stream[p]) : i < j => stream[p][i].seq < stream[p][j].seq

\* StreamViewType NEW_AND_OLD_IMAGES: "Both the new and the old images of the item".  The images
\* chain: the first record on a key finds no item, and each later record's OldImage is the
\* NewImage of the record before it on that key; INSERT has no old image, REMOVE no new one.
ImagesChainPerKey ==
    \A p \in Partition, k \in Key :
        LET rs == KeyRecords(p, k) IN
        /\ \A i \in 1..Len(rs) :
              /\ rs[i].old # rs[i].new
              /\ rs[i].old = IF i = 1 THEN <<>> ELSE rs[i - 1].new
              /\ rs[i].event = EventName(rs[i].old, rs[i].new)

\* The stream is a function of the committed log: exactly the records the log's first
\* published[p] entries give, and the publisher has read no further than what is committed.
StreamIsCommittedLog ==
    \A p \in Partition :
        /\ published[p] <= CommittedLen(p)
        /\ stream[p] = RecordsOf(NoItems(p), SubSeq(log[p][leader[p]], 1, published[p]), 1)

\* A shard only grows: once a record is readable it stays, with the same content.
ShardOnlyGrows ==
    [][\A p \in Partition : Len(stream[p]) <= Len(stream'[p])
                            /\ stream[p] = SubSeq(stream'[p], 1, Len(stream[p]))]_allVars

=============================================================================
