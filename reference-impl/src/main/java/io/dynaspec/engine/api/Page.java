package io.dynaspec.engine.api;

import io.dynaspec.engine.expression.Condition;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.List;
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
        scanned++;
        bytes += item.size();
        last = item;
        if (filter == null || filter.evaluate(item)) {
            count++;
            if (!countOnly) {
                items.add(projection.apply(item));
            }
        }
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
}
