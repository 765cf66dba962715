package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Deletes expired items (TTL.html, API_UpdateTimeToLive.html): an item expires once its TTL
 * attribute is a Number of epoch seconds before the engine's clock. An attribute of another type
 * never expires, nor does one more than five years in the past (time-to-live-ttl-before-you-start.html:
 * such values are ignored). An expired item stays readable until a sweep deletes it ("Items that
 * have expired and not been deleted will still show up in reads, queries, and scans").
 * <p>
 * Each delete is a write like any other: judged at the partition's leader (the item must still be
 * expired there, so an item whose TTL was just moved on is kept), appended to its log, replicated
 * and acknowledged by the acknowledgement rule. It goes through no api operation, so it consumes
 * no capacity. A sweep runs when asked ({@link Cluster#sweepExpiredItems()}) and whenever the
 * clock is advanced ({@link Cluster#advanceClock(long)}), so that tests decide when it happens.
 */
public final class TimeToLiveSweeper {
    private final Cluster cluster;
    /**
     * The items the sweeper has judged expired at a leader and is deleting, by identity: the log
     * entry of such a delete has that very item as its previous one, which is how a stream tells
     * the sweeper's deletes from a client's (API_streams_Record.html, userIdentity).
     */
    private final Set<Item> deleting = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    TimeToLiveSweeper(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Whether an item with this TTL attribute value has expired at {@code nowMillis}. */
    public static boolean expired(AttributeValue ttl, long nowMillis) {
        if (!(ttl instanceof AttributeValue.N n)) {
            return false;
        }
        BigDecimal seconds = n.value().toBigDecimal();
        BigDecimal now = BigDecimal.valueOf(nowMillis).movePointLeft(3);
        long fiveYearsBefore = Instant.ofEpochMilli(nowMillis).atOffset(ZoneOffset.UTC).minusYears(5).toEpochSecond();
        return seconds.compareTo(now) < 0 && seconds.compareTo(BigDecimal.valueOf(fiveYearsBefore)) >= 0;
    }

    /**
     * Deletes every item of every table with TTL enabled that has expired by the clock's time.
     * A partition that cannot reach a quorum keeps its expired items for a later sweep. Returns
     * how many items were deleted.
     */
    public int sweep() {
        long now = cluster.clock().millis();
        int deleted = 0;
        for (Table table : cluster.tables()) {
            String attribute = table.timeToLive().attributeName();
            if (attribute == null) {
                continue;
            }
            for (PartitionGroup group : table.partitions()) {
                if (group.wouldWaitForDelivery()) {
                    // Its deliveries are held: a delete would wait for them. A later sweep takes it.
                    continue;
                }
                List<PrimaryKey> keys;
                try {
                    keys = group.readItems(true, view -> expiredKeys(table, view, attribute, now));
                } catch (DynamoException e) {
                    continue;
                }
                for (PrimaryKey key : keys) {
                    Item[] judged = new Item[1];
                    try {
                        table.write(key, existing -> {
                            boolean expired = existing != null && existing.has(attribute) && expired(existing.get(attribute), now);
                            if (expired) {
                                judged[0] = existing;
                                deleting.add(existing);
                            }
                            return expired;
                        }, Mutation.DELETE);
                        deleted++;
                    } catch (DynamoException e) {
                        // Changed since it was read, or the partition lost its quorum: a later sweep decides.
                    } finally {
                        if (judged[0] != null) {
                            deleting.remove(judged[0]);
                        }
                    }
                }
            }
        }
        return deleted;
    }

    /** Whether a log entry is one of the sweeper's deletes, while that delete is in progress. */
    boolean made(LogEntry entry) {
        return entry.item() == null && entry.previous() != null && deleting.contains(entry.previous());
    }

    private static List<PrimaryKey> expiredKeys(Table table, PartitionView view, String attribute, long now) {
        List<PrimaryKey> keys = new ArrayList<>();
        for (Iterator<HashedPartitionKey> it = view.partitionKeysFrom(null, true); it.hasNext(); ) {
            for (Item item : view.collection(it.next().value()).values()) {
                AttributeValue ttl = item.get(attribute);
                if (ttl != null && expired(ttl, now)) {
                    keys.add(table.keySchema().keyOfItem(item));
                }
            }
        }
        return keys;
    }
}
