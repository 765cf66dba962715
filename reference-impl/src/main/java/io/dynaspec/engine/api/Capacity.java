package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DynamoDB's capacity arithmetic (provisioned-capacity-mode.html, on-demand-capacity-mode.html,
 * LSI.html and GSI.html "Provisioned throughput considerations").
 */
public final class Capacity {
    private static final int WRITE_UNIT_BYTES = 1024;
    private static final int READ_UNIT_BYTES = 4096;

    private Capacity() {
    }

    /**
     * A write costs one unit per started 1 KB of the larger of the item before and after it; a
     * write that touches nothing (deleting a missing item) still costs one.
     */
    public static double writeUnits(Item before, Item after) {
        int size = Math.max(before == null ? 0 : before.size(), after == null ? 0 : after.size());
        return Math.max(1, ceilDiv(size, WRITE_UNIT_BYTES));
    }

    /**
     * A read costs one unit per started 4 KB of the item read, strongly consistent; half that for
     * an eventually consistent read. Reading a missing item costs the minimum.
     */
    public static double readUnits(Item item, boolean consistent) {
        int units = Math.max(1, ceilDiv(item == null ? 0 : item.size(), READ_UNIT_BYTES));
        return consistent ? units : units / 2.0;
    }

    /** Read units for a run of bytes read together (Query, Scan): the total rounded up, not each item. */
    public static double readUnitsForBytes(long bytes, boolean consistent) {
        long units = Math.max(1, (bytes + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES);
        return consistent ? units : units / 2.0;
    }

    /**
     * Write units one secondary index adds to a write (LSI.html): one write to put an entry into the
     * index, one to delete one, two when an index key value changes, one when only projected
     * attributes change; nothing when the item is in the index neither before nor after. Each
     * write is sized by the index entry: the table key, the index key and the projected attributes.
     */
    public static double indexWriteUnits(TableMetadata table, TableMetadata.IndexDefinition index, Item before, Item after) {
        Item oldEntry = indexEntry(table, index, before);
        Item newEntry = indexEntry(table, index, after);
        if (oldEntry == null && newEntry == null) {
            return 0;
        }
        if (oldEntry == null || newEntry == null) {
            return entryUnits(oldEntry == null ? newEntry : oldEntry);
        }
        if (!sameIndexKey(index.keySchema(), before, after)) {
            return entryUnits(oldEntry) + entryUnits(newEntry);
        }
        return Math.max(entryUnits(oldEntry), entryUnits(newEntry));
    }

    private static double entryUnits(Item entry) {
        return Math.max(1, ceilDiv(entry.size(), WRITE_UNIT_BYTES));
    }

    private static boolean sameIndexKey(KeySchema key, Item a, Item b) {
        return a.get(key.partitionName()).equals(b.get(key.partitionName()))
                && (!key.hasSortKey() || a.get(key.sortName()).equals(b.get(key.sortName())));
    }

    /** The index's copy of an item, or null when the item lacks an index key attribute. */
    static Item indexEntry(TableMetadata table, TableMetadata.IndexDefinition index, Item item) {
        return index.entryOf(table.keySchema(), item);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /**
     * Capacity consumed by one request on one table: the total, the table's own share, and each
     * index's share (API_ConsumedCapacity.html).
     *
     * @param tableName     the table
     * @param read          true for read units, false for write units
     * @param table         the table's own units
     * @param localIndexes  units per local secondary index
     * @param globalIndexes units per global secondary index
     */
    public record Consumed(String tableName, boolean read, double table, Map<String, Double> localIndexes,
                           Map<String, Double> globalIndexes) {
        public double total() {
            double t = table;
            for (double d : localIndexes.values()) {
                t += d;
            }
            for (double d : globalIndexes.values()) {
                t += d;
            }
            return t;
        }

        /** The capacity a write consumed on a table and its indexes. */
        public static Consumed ofWrite(TableMetadata meta, Item before, Item after) {
            Map<String, Double> lsi = new LinkedHashMap<>();
            for (TableMetadata.IndexDefinition idx : meta.localIndexes()) {
                lsi.put(idx.name(), indexWriteUnits(meta, idx, before, after));
            }
            Map<String, Double> gsi = new LinkedHashMap<>();
            for (TableMetadata.IndexDefinition idx : meta.globalIndexes()) {
                gsi.put(idx.name(), indexWriteUnits(meta, idx, before, after));
            }
            return new Consumed(meta.name(), false, writeUnits(before, after), lsi, gsi);
        }

        public static Consumed ofRead(String tableName, double units) {
            return new Consumed(tableName, true, units, Map.of(), Map.of());
        }

        /**
         * The consumption counted twice: a transaction reads or writes every item once to prepare
         * and once to commit (transaction-apis.html, "Capacity management for transactions").
         */
        public Consumed twice() {
            Map<String, Double> lsi = new LinkedHashMap<>();
            localIndexes.forEach((k, v) -> lsi.put(k, 2 * v));
            Map<String, Double> gsi = new LinkedHashMap<>();
            globalIndexes.forEach((k, v) -> gsi.put(k, 2 * v));
            return new Consumed(tableName, read, 2 * table, lsi, gsi);
        }

        /** Adds another request's consumption on the same table (BatchWriteItem sums per table). */
        public Consumed plus(Consumed other) {
            Map<String, Double> lsi = new LinkedHashMap<>(localIndexes);
            other.localIndexes.forEach((k, v) -> lsi.merge(k, v, Double::sum));
            Map<String, Double> gsi = new LinkedHashMap<>(globalIndexes);
            other.globalIndexes.forEach((k, v) -> gsi.merge(k, v, Double::sum));
            return new Consumed(tableName, read, table + other.table, lsi, gsi);
        }
    }
}
