----------------------------- MODULE WritePath -----------------------------
(***************************************************************************)
(* The write path of a DynamoDB-style table.                               *)
(*                                                                         *)
(* The Table's Partitioner hashes an item's partition key to a partition.  *)
(* Each partition is a PartitionGroup: one Replica in each                 *)
(* AvailabilityZone, one of them the leader.  Every write goes to the      *)
(* leader, which judges the write's condition against its own items,       *)
(* appends the write to its log and applies it, replicates the log to the  *)
(* other replicas, and acknowledges the write when the acknowledgement     *)
(* rule allows.  Faults fail and recover whole AZs; when the leader's AZ   *)
(* fails, the live replicas elect a new leader in a new epoch.             *)
(*                                                                         *)
(* Replication follows Viewstamped Replication: a replica remembers the    *)
(* epoch of the leader whose log it last adopted (replicaEpoch).  The      *)
(* first time a replica hears from the leader of a newer epoch it adopts   *)
(* the leader's whole log (CatchUp); within an epoch the leader ships one  *)
(* entry at a time (Replicate).  Under the Quorum rule a write is          *)
(* acknowledged once a majority of replicas that joined the current epoch  *)
(* hold it, and an election picks the live replica with the latest epoch   *)
(* and, among those, the longest log.                                      *)
(*                                                                         *)
(* Each property is named after the sentence of the seed notes it states;  *)
(* spec/README.md quotes the sentences.                                    *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS
    PartitionKey,   \* The set of partition keys.
    SortKey,        \* The set of sort keys: natural numbers, because items are kept in sort-key order.
    Value,          \* The set of values a client can write to an item's attribute "val".
    AZ,             \* The set of AvailabilityZones; every PartitionGroup has one Replica in each.
    Partition,      \* The set of partitions of the Table.
    Hash,           \* The Partitioner: the partition each partition key hashes to (the Table's partition map).
    MaxWrites,      \* The budget of client writes: at most this many writes are ever sent.
    MaxBatch,       \* The most puts in one BatchWriteItem (DynamoDB allows 25).
    MaxFailures,    \* The budget of faults: at most this many AZ failures ever happen.
    AckRule         \* The acknowledgement rule: "Quorum" (safe) or "LeaderOnly" (loses writes).

ASSUME
    /\ SortKey \subseteq Nat
    /\ Hash \in [PartitionKey -> Partition]
    /\ MaxWrites \in Nat /\ MaxBatch \in Nat /\ MaxFailures \in Nat
    /\ AckRule \in {"Quorum", "LeaderOnly"}

VARIABLES
    leader,         \* leader[p]: the AZ whose Replica leads partition p.
    epoch,          \* epoch[p]: partition p's current epoch; every election starts a new one.
    log,            \* log[p][az]: the ids of the writes in the log of p's Replica in az, in log order.
    items,          \* items[p][az][pk]: the items that Replica has applied for partition key pk, in sort-key order.
    replicaEpoch,   \* replicaEpoch[p][az]: the epoch of the leader whose log that Replica last adopted.
    up,             \* The set of AZs that are up.
    sent,           \* sent[id]: the client write with that id, as the leader received and judged it.
    acknowledged,   \* The ids of the writes acknowledged to their client.
    refused,        \* The ids of the writes refused to their client (condition failed, unprocessed, or discarded).
    failures,       \* The number of AZ failures so far; bounded by MaxFailures.
    elections,      \* Every election so far, as <<partition, epoch, AZ>>: the history OneLeaderPerEpoch reads.
    lastAction      \* The step that produced this state, with its arguments, so that a trace can be replayed.

vars == <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged, refused,
          failures, elections, lastAction>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Keys, items, writes.                                                    *)
(***************************************************************************)

\* An item's primary key: partition key and sort key.
Key == PartitionKey \X SortKey

\* Write ids: clients number their writes in the order the leaders receive them.
WriteId == 1..MaxWrites

\* The partition that holds an item with this key: only the partition key is hashed.
PartitionOf(key) == Hash[key[1]]

\* The partition keys whose items live in partition p.
KeysOf(p) == {pk \in PartitionKey : Hash[pk] = p}

\* An item as a replica stores it: its sort key and its two attributes.  "val" is the client's
\* value; "version" is the id of the write that put it, so that a mix of two writes shows.
Item == [sk : SortKey, val : Value, version : WriteId]

\* A partition key's item collection, empty.
NoItems(p) == [pk \in KeysOf(p) |-> <<>>]

\* Conditions a PutItem may carry.
NoCondition == [kind |-> "none"]
Condition ==
    {NoCondition, [kind |-> "attribute_not_exists"]}
        \cup {[kind |-> "equals", value |-> v] : v \in Value}

\* A write as the leader received it: the request, its id, and the ids of the writes that were
\* acknowledged before it was judged but were missing from the state it was judged on.
Write ==
    [id : WriteId, request : {"PutItem", "BatchWriteItem"}, op : {"Put"}, key : Key,
     value : Value, condition : Condition, missed : SUBSET WriteId]
        \cup [id : WriteId, request : {"DeleteItem"}, op : {"Delete"}, key : Key,
              condition : {NoCondition}, missed : SUBSET WriteId]

Range(s) == {s[i] : i \in DOMAIN s}

Majority(S) == 2 * Cardinality(S) > Cardinality(AZ)

\* The item with sort key s in an item collection, as a sequence of at most one item.
Lookup(coll, s) == SelectSeq(coll, LAMBDA it : it.sk = s)

\* Whether a condition holds of what the leader found under the key.
Satisfied(cond, found) ==
    CASE cond.kind = "none"                 -> TRUE
      [] cond.kind = "attribute_not_exists" -> found = <<>>
      [] cond.kind = "equals"               -> found # <<>> /\ found[1].val = cond.value

\* The item a put writes: every attribute comes from the one write.
ItemOf(w) == [sk |-> w.key[2], val |-> w.value, version |-> w.id]

\* A replica's items after applying write w: the write replaces the item under its key whole,
\* and a put goes in at its sort-key position.
Apply(coll, w) ==
    LET pk     == w.key[1]
        s      == w.key[2]
        others == SelectSeq(coll[pk], LAMBDA it : it.sk # s)
    IN  [coll EXCEPT ![pk] =
            IF w.op = "Delete" THEN others
            ELSE SelectSeq(others, LAMBDA it : it.sk < s)
                    \o <<ItemOf(w)>>
                    \o SelectSeq(others, LAMBDA it : it.sk > s)]

\* A replica's items after applying the writes with these ids, in order.
RECURSIVE ApplyAll(_, _)
ApplyAll(coll, ids) ==
    IF ids = <<>> THEN coll ELSE ApplyAll(Apply(coll, sent[Head(ids)]), Tail(ids))

\* The same set of keys, in one fixed order, so that a batch numbers its writes deterministically.
RECURSIVE InOrder(_)
InOrder(S) ==
    IF S = {} THEN <<>>
    ELSE LET k == CHOOSE k \in S : TRUE IN <<k>> \o InOrder(S \ {k})

-----------------------------------------------------------------------------
(***************************************************************************)
(* Receiving a write at the leader.                                        *)
(***************************************************************************)

\* The outcome of one request at its partition's leader, computed on st, a record of the
\* variables a request changes, so that a batch can receive its puts one after another.
Receive(st, r) ==
    LET p       == PartitionOf(r.key)
        L       == leader[p]
        id      == Len(st.sent) + 1
        missed  == {j \in acknowledged :
                        PartitionOf(st.sent[j].key) = p /\ j \notin Range(st.log[p][L])}
        w       == IF r.op = "Put"
                     THEN [id |-> id, request |-> r.request, op |-> "Put", key |-> r.key,
                           value |-> r.value, condition |-> r.condition, missed |-> missed]
                     ELSE [id |-> id, request |-> r.request, op |-> "Delete", key |-> r.key,
                           condition |-> r.condition, missed |-> missed]
        outcome == IF L \notin up THEN "Unprocessed"
                   ELSE IF Satisfied(r.condition, Lookup(st.items[p][L][r.key[1]], r.key[2]))
                        THEN "Accepted"
                        ELSE "ConditionalCheckFailed"
        ok      == outcome = "Accepted"
    IN  [log     |-> IF ok THEN [st.log EXCEPT ![p][L] = Append(@, id)] ELSE st.log,
         items   |-> IF ok THEN [st.items EXCEPT ![p][L] = Apply(@, w)] ELSE st.items,
         sent    |-> Append(st.sent, w),
         refused |-> IF ok THEN st.refused ELSE st.refused \cup {id},
         report  |-> Append(st.report, [write |-> id, p |-> p, az |-> L, epoch |-> epoch[p],
                                        outcome |-> outcome])]

RECURSIVE ReceiveAll(_, _)
ReceiveAll(st, rs) == IF rs = <<>> THEN st ELSE ReceiveAll(Receive(st, Head(rs)), Tail(rs))

\* The state after the leaders receive a request's writes, one after another.
Received(rs) ==
    ReceiveAll([log |-> log, items |-> items, sent |-> sent, refused |-> refused,
                report |-> <<>>], rs)

\* A client request takes effect: st is what Received computed.  The step records the
\* request's arguments and, for each of its writes, where it went and what became of it.
Submit(st, args) ==
    /\ Len(st.sent) <= MaxWrites
    /\ log' = st.log
    /\ items' = st.items
    /\ sent' = st.sent
    /\ refused' = st.refused
    /\ lastAction' = args
    /\ UNCHANGED <<leader, epoch, replicaEpoch, up, acknowledged, failures, elections>>

\* PutItem: the leader judges the condition against its own items and, if it holds, appends
\* the write to its log and applies it; otherwise it refuses with ConditionalCheckFailed.
PutItem(key, v, cond) ==
    LET st == Received(<<[request |-> "PutItem", op |-> "Put", key |-> key, value |-> v,
                          condition |-> cond]>>)
    IN  /\ leader[PartitionOf(key)] \in up
        /\ Submit(st, [name |-> "PutItem", key |-> key, value |-> v, condition |-> cond,
                       writes |-> st.report])

\* DeleteItem: unconditional; deleting an absent item succeeds too.
DeleteItem(key) ==
    LET st == Received(<<[request |-> "DeleteItem", op |-> "Delete", key |-> key,
                          condition |-> NoCondition]>>)
    IN  /\ leader[PartitionOf(key)] \in up
        /\ Submit(st, [name |-> "DeleteItem", key |-> key, writes |-> st.report])

\* BatchWriteItem: independent unconditional puts, each sent to its own partition's leader.
\* A put whose leader is down comes back in UnprocessedItems; the others are not affected.
BatchWriteItem(puts) ==
    LET st == Received(puts)
    IN  Submit(st, [name |-> "BatchWriteItem",
                    puts |-> [i \in DOMAIN puts |-> [key |-> puts[i].key, value |-> puts[i].value]],
                    writes |-> st.report])

\* The batches a client may send: between 2 and MaxBatch puts on distinct keys, in one fixed
\* key order so that a batch and its reordering are the same request.
Batch ==
    LET orders == {InOrder(S) : S \in {S \in SUBSET Key : Cardinality(S) \in 2..MaxBatch}}
    IN  UNION {{[i \in DOMAIN ks |->
                    [request |-> "BatchWriteItem", op |-> "Put", key |-> ks[i], value |-> vs[i],
                     condition |-> NoCondition]]
                : vs \in [DOMAIN ks -> Value]}
              : ks \in orders}

-----------------------------------------------------------------------------
(***************************************************************************)
(* Replication, acknowledgement, faults, failover.                         *)
(***************************************************************************)

\* Within an epoch, the leader ships the next entry of its log to a follower, which appends
\* it and applies it.
Replicate(p, az) ==
    LET L  == leader[p]
        n  == Len(log[p][az]) + 1
        id == log[p][L][n]
    IN  /\ az # L
        /\ {L, az} \subseteq up
        /\ replicaEpoch[p][az] = epoch[p]
        /\ Len(log[p][az]) < Len(log[p][L])
        /\ log' = [log EXCEPT ![p][az] = Append(@, id)]
        /\ items' = [items EXCEPT ![p][az] = Apply(@, sent[id])]
        /\ lastAction' = [name |-> "Replicate", p |-> p, az |-> az, epoch |-> epoch[p],
                          write |-> id, index |-> n]
        /\ UNCHANGED <<leader, epoch, replicaEpoch, up, sent, acknowledged, refused,
                       failures, elections>>

\* A replica that has not yet heard from the current epoch's leader (a follower after an
\* election, or a replica whose AZ recovered) adopts the leader's whole log and items.  Any
\* entries it held that the leader lacks were never acknowledged, and are dropped.
CatchUp(p, az) ==
    LET L == leader[p] IN
    /\ az # L
    /\ {L, az} \subseteq up
    /\ replicaEpoch[p][az] < epoch[p]
    /\ log' = [log EXCEPT ![p][az] = log[p][L]]
    /\ items' = [items EXCEPT ![p][az] = items[p][L]]
    /\ replicaEpoch' = [replicaEpoch EXCEPT ![p][az] = epoch[p]]
    /\ lastAction' = [name |-> "CatchUp", p |-> p, az |-> az, epoch |-> epoch[p],
                      length |-> Len(log[p][L])]
    /\ UNCHANGED <<leader, epoch, up, sent, acknowledged, refused, failures, elections>>

\* The replicas that count towards acknowledging the entry at index i of p's leader's log:
\* those that hold it and have joined the current epoch, the ones whose logs the leader knows
\* to be prefixes of its own (as in Viewstamped Replication, replies from older epochs are
\* ignored).
Holders(p, i) ==
    {az \in AZ : /\ replicaEpoch[p][az] = epoch[p]
                 /\ Len(log[p][az]) >= i
                 /\ log[p][az][i] = log[p][leader[p]][i]}

\* The acknowledgement rule.
AckAllowed(p, i) ==
    IF AckRule = "Quorum" THEN Majority(Holders(p, i))
    ELSE leader[p] \in Holders(p, i)

\* The leader acknowledges its writes in log order.
Acknowledge(p) ==
    LET L       == leader[p]
        pending == {i \in 1..Len(log[p][L]) : log[p][L][i] \notin acknowledged}
        i       == CHOOSE i \in pending : \A j \in pending : i <= j
    IN  /\ L \in up
        /\ pending # {}
        /\ AckAllowed(p, i)
        /\ acknowledged' = acknowledged \cup {log[p][L][i]}
        /\ lastAction' = [name |-> "Acknowledge", p |-> p, az |-> L, epoch |-> epoch[p],
                          write |-> log[p][L][i], index |-> i]
        /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, refused,
                       failures, elections>>

\* An AZ fails: every replica in it stops, keeping its log.
FailAZ(az) ==
    /\ az \in up
    /\ failures < MaxFailures
    /\ up' = up \ {az}
    /\ failures' = failures + 1
    /\ lastAction' = [name |-> "FailAZ", az |-> az]
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, sent, acknowledged, refused,
                   elections>>

\* An AZ recovers; its replicas catch up with their leaders through CatchUp and Replicate.
RecoverAZ(az) ==
    /\ az \notin up
    /\ up' = up \cup {az}
    /\ lastAction' = [name |-> "RecoverAZ", az |-> az]
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, sent, acknowledged, refused,
                   failures, elections>>

\* Whether replica a's log is at least as up to date as replica b's: a later epoch first, then
\* a longer log.  Length alone is not enough: a former leader's log can be long with entries
\* no later leader has, while a shorter log of a later epoch holds acknowledged writes.
AtLeastAsUpToDate(p, a, b) ==
    \/ replicaEpoch[p][a] > replicaEpoch[p][b]
    \/ /\ replicaEpoch[p][a] = replicaEpoch[p][b]
       /\ Len(log[p][a]) >= Len(log[p][b])

\* Failover: the leader's AZ is down, a majority of AZs is up, and the most up-to-date live
\* replica becomes leader in a new epoch.  Epochs stay bounded: each election needs a failure
\* of the leader's AZ, and failures are bounded by MaxFailures.
ElectLeader(p, az) ==
    /\ leader[p] \notin up
    /\ az \in up
    /\ Majority(up)
    /\ \A other \in up : AtLeastAsUpToDate(p, az, other)
    /\ leader' = [leader EXCEPT ![p] = az]
    /\ epoch' = [epoch EXCEPT ![p] = @ + 1]
    /\ replicaEpoch' = [replicaEpoch EXCEPT ![p][az] = epoch[p] + 1]
    /\ elections' = elections \cup {<<p, epoch[p] + 1, az>>}
    /\ lastAction' = [name |-> "ElectLeader", p |-> p, az |-> az, epoch |-> epoch[p] + 1]
    /\ UNCHANGED <<log, items, up, sent, acknowledged, refused, failures>>

\* A write that no replica's log holds any more can never be acknowledged: its client gets an
\* error.  (Its entry was on a leader that failed before replicating it.)
RefuseDiscardedWrite(id) ==
    /\ id \in 1..Len(sent)
    /\ id \notin acknowledged \cup refused
    /\ \A p \in Partition, az \in AZ : id \notin Range(log[p][az])
    /\ refused' = refused \cup {id}
    /\ lastAction' = [name |-> "RefuseDiscardedWrite", write |-> id,
                      p |-> PartitionOf(sent[id].key)]
    /\ UNCHANGED <<leader, epoch, log, items, replicaEpoch, up, sent, acknowledged,
                   failures, elections>>

-----------------------------------------------------------------------------

Init ==
    /\ leader \in [Partition -> AZ]
    /\ epoch = [p \in Partition |-> 1]
    /\ log = [p \in Partition |-> [az \in AZ |-> <<>>]]
    /\ items = [p \in Partition |-> [az \in AZ |-> NoItems(p)]]
    /\ replicaEpoch = [p \in Partition |-> [az \in AZ |-> 1]]
    /\ up = AZ
    /\ sent = <<>>
    /\ acknowledged = {}
    /\ refused = {}
    /\ failures = 0
    /\ elections = {<<p, 1, leader[p]>> : p \in Partition}
    /\ lastAction = [name |-> "Init"]

Next ==
    \/ /\ Len(sent) < MaxWrites
       /\ \/ \E key \in Key, v \in Value, cond \in Condition : PutItem(key, v, cond)
          \/ \E key \in Key : DeleteItem(key)
          \/ \E puts \in Batch : BatchWriteItem(puts)
    \/ \E p \in Partition, az \in AZ : Replicate(p, az) \/ CatchUp(p, az)
    \/ \E p \in Partition : Acknowledge(p)
    \/ \E az \in AZ : FailAZ(az) \/ RecoverAZ(az)
    \/ \E p \in Partition, az \in AZ : ElectLeader(p, az)
    \/ \E id \in WriteId : RefuseDiscardedWrite(id)

Spec == Init /\ [][Next]_vars

\* Replication, acknowledgement, failover, recovery and refusal are not starved.  Clients and
\* faults need no fairness: they may stop at any time.
Fairness ==
    /\ \A p \in Partition, az \in AZ : WF_vars(Replicate(p, az)) /\ WF_vars(CatchUp(p, az))
    /\ \A p \in Partition : WF_vars(Acknowledge(p)) /\ WF_vars(\E az \in AZ : ElectLeader(p, az))
    /\ \A az \in AZ : WF_vars(RecoverAZ(az))
    /\ \A id \in WriteId : WF_vars(RefuseDiscardedWrite(id))

FairSpec == Spec /\ Fairness

-----------------------------------------------------------------------------
(***************************************************************************)
(* Properties, each named after the seed sentence it states.               *)
(***************************************************************************)

TypeOK ==
    /\ leader \in [Partition -> AZ]
    /\ epoch \in [Partition -> 1..(MaxFailures + 1)]
    /\ log \in [Partition -> [AZ -> Seq(WriteId)]]
    /\ \A p \in Partition : items[p] \in [AZ -> [KeysOf(p) -> Seq(Item)]]
    /\ replicaEpoch \in [Partition -> [AZ -> 1..(MaxFailures + 1)]]
    /\ \A p \in Partition, az \in AZ : replicaEpoch[p][az] <= epoch[p]
    /\ up \subseteq AZ
    /\ sent \in Seq(Write) /\ Len(sent) <= MaxWrites
    /\ \A id \in DOMAIN sent : sent[id].id = id
    /\ acknowledged \subseteq DOMAIN sent
    /\ refused \subseteq DOMAIN sent
    /\ acknowledged \cap refused = {}
    /\ failures \in 0..MaxFailures

\* "our application will still be running and there will be no data loss": every acknowledged
\* write is in the log of its partition's leader, and so in every leader after it.
NoAcknowledgedWriteLost ==
    \A id \in acknowledged :
        LET p == PartitionOf(sent[id].key) IN id \in Range(log[p][leader[p]])

\* "One partition in each group acts as the Primary ... IF the primary partition fails, another
\* partition in another AZ becomes the primary": at most one leader per partition per epoch,
\* and the current leader is the one elected in the current epoch.
OneLeaderPerEpoch ==
    /\ \A e1, e2 \in elections : e1[1] = e2[1] /\ e1[2] = e2[2] => e1[3] = e2[3]
    /\ \A p \in Partition : <<p, epoch[p], leader[p]>> \in elections

\* "all 3 partitions that have the same eventually consistent data": a replica that has joined
\* the leader's epoch holds a prefix of the leader's log, so followers never disagree with it.
FollowerLogsAgreeWithLeader ==
    \A p \in Partition, az \in AZ :
        replicaEpoch[p][az] = epoch[p] =>
            /\ Len(log[p][az]) <= Len(log[p][leader[p]])
            /\ log[p][az] = SubSeq(log[p][leader[p]], 1, Len(log[p][az]))

\* "A condition expression is a condition checked before item creation/update": every
\* acknowledged conditional write was judged on a state holding every write acknowledged
\* before it, so conditional writes are linearizable.
ConditionalWritesLinearizable ==
    \A id \in acknowledged :
        sent[id].condition # NoCondition => sent[id].missed = {}

\* "Write operation is atomic ... all attribute writes in the operation will either succeed or
\* fail i.e. no partial writes": every item any replica holds has all its attributes from one
\* put on that item's key.
WriteIsAtomic ==
    \A p \in Partition, az \in AZ : \A pk \in KeysOf(p) :
        \A i \in 1..Len(items[p][az][pk]) :
            LET it == items[p][az][pk][i] IN
            /\ it.version \in DOMAIN sent
            /\ sent[it.version].op = "Put"
            /\ sent[it.version].key = <<pk, it.sk>>
            /\ it.val = sent[it.version].value

\* "dynamo sorts items on partition by sort key value": every replica holds each item
\* collection in strictly increasing sort-key order (one item per key).
ItemsInSortKeyOrder ==
    \A p \in Partition, az \in AZ : \A pk \in KeysOf(p) :
        \A i \in 1..(Len(items[p][az][pk]) - 1) :
            items[p][az][pk][i].sk < items[p][az][pk][i + 1].sk

\* A replica's items are exactly its log applied in order: the state machine and the log agree.
ItemsAreAppliedLog ==
    \A p \in Partition, az \in AZ : items[p][az] = ApplyAll(NoItems(p), log[p][az])

\* "When AZ-a recovers, the partitions inside it will catch up with the primary and will
\* eventually sync up": once faults stop, every live replica converges to its leader's log and
\* items, and every write is acknowledged or refused.
Converged ==
    \A p \in Partition, az \in up :
        log[p][az] = log[p][leader[p]] /\ items[p][az] = items[p][leader[p]]

EveryWriteAnswered == \A id \in DOMAIN sent : id \in acknowledged \cup refused

EventuallySyncUp == <>[](Converged /\ EveryWriteAnswered)

=============================================================================
