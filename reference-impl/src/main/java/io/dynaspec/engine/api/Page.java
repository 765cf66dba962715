package io.dynaspec.engine.api;

import io.dynaspec.engine.expression.Condition;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A page of a Query or Scan as it is read, item by item, in reading order. A page ends after
 * Limit items are read, or once the items read exceed 1 MB, both counted before the filter
 * (API_Scan.html: "If the total size of scanned items exceeds the maximum dataset size limit of
 * 1 MB, the scan completes"; "first reads up to the maximum number of items set (if using the
 * Limit parameter) or a maximum of 1 MB of data and then applies any filtering"). The item with
 * which the total exceeds 1 MB is part of the page.
 */
final class Page {
    /** The dataset size limit of one page: 1 MB of items read. */
    static final long MAX_BYTES = 1024 * 1024;

    private final Integer limit;
    private final Condition filter;
    private final UnaryOperator<Item> projection;
    private final boolean countOnly;
    private final List<Item> items = new ArrayList<>();
    private int count;
    private int scanned;
    private long bytes;
    private Item last;
    /** Whether items are returned as the index holds them (Select ALL_PROJECTED_ATTRIBUTES). */
    private boolean returnEntries;
    /** Read units of the items fetched from the table, each rounded up on its own, strongly consistent. */
    private double fetchUnits;

    /**
     * @param limit      Limit, or null
     * @param filter     the filter, or null
     * @param projection what to return of a matching item
     * @param countOnly  Select COUNT: count matching items without keeping them
     */
    Page(Integer limit, Condition filter, UnaryOperator<Item> projection, boolean countOnly) {
        this.limit = limit;
        this.filter = filter;
        this.projection = projection;
        this.countOnly = countOnly;
    }

    /** Reads one more item; then {@link #isFull()} says whether the page ends here. */
    void read(Item item) {
        read(item, item);
    }

    /** A page read through an index returns the entries the index holds, as they are. */
    Page returningEntries() {
        returnEntries = true;
        return this;
    }

    /**
     * Reads one more index entry, with the whole item when it was fetched from the table (else
     * the entry itself): the entry counts toward the page's size, the filter judges the item.
     */
    void read(Item entry, Item item) {
        scanned++;
        bytes += entry.size();
        last = entry;
        if (filter == null || filter.evaluate(item)) {
            count++;
            if (!countOnly) {
                items.add(returnEntries ? entry : projection.apply(item));
            }
        }
    }

    /**
     * An item fetched from the table for an index entry: LSI.html ("Provisioned throughput
     * considerations") charges the read of the whole item, rounded up to 4 KB, besides the index.
     */
    void fetched(Item item) {
        fetchUnits += Capacity.readUnits(item, true);
    }

    boolean isFull() {
        return (limit != null && scanned >= limit) || bytes > MAX_BYTES;
    }

    /**
     * The page as returned. A page that ended at Limit or past 1 MB carries the key of its last item,
     * even when nothing follows it: "If LastEvaluatedKey is not empty, it does not necessarily
     * mean that there is more data in the result set" (Query.Pagination.html).
     */
    ItemPage result(KeySchema key, String tableName, boolean consistent, ReturnConsumedCapacity rcc) {
        var lastEvaluatedKey = isFull()
                ? key.keyAttributes(new PrimaryKey(last.get(key.partitionName()),
                        key.hasSortKey() ? last.get(key.sortName()) : null))
                : null;
        // read-write-operations.html: a Query or Scan costs the total size of the items read,
        // rounded up to 4 KB once, not item by item; half for an eventually consistent read.
        Capacity.Consumed consumed = rcc == ReturnConsumedCapacity.NONE ? null
                : Capacity.Consumed.ofRead(tableName, Capacity.readUnitsForBytes(bytes, consistent));
        return new ItemPage(countOnly ? null : List.copyOf(items), count, scanned, lastEvaluatedKey, consumed);
    }

    /**
     * The page of a read through a secondary index: its LastEvaluatedKey holds the table key and
     * the index key; the index's read units are those of the entries read, the table's those of
     * the items fetched from it for a local index (API_ConsumedCapacity.html, LSI.html), none for
     * a global one, which is read eventually consistently (GSI.html).
     */
    ItemPage result(IndexRead index, String tableName, boolean consistent, ReturnConsumedCapacity rcc) {
        var lastEvaluatedKey = isFull() ? index.lastKey(last) : null;
        Capacity.Consumed consumed = rcc == ReturnConsumedCapacity.NONE ? null
                : index.isGlobal()
                ? new Capacity.Consumed(tableName, true, 0, Map.of(), Map.of(index.name(), Capacity.readUnitsForBytes(bytes, false)))
                : new Capacity.Consumed(tableName, true, consistent ? fetchUnits : fetchUnits / 2,
                        Map.of(index.name(), Capacity.readUnitsForBytes(bytes, consistent)), Map.of());
        return new ItemPage(countOnly ? null : List.copyOf(items), count, scanned, lastEvaluatedKey, consumed);
    }
}
