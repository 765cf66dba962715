package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.DocumentPath;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks every data-plane operation makes before it touches a partition: the table exists,
 * the item is well formed for it (key attributes, index key types, size), and the key is valid.
 */
final class WriteChecks {
    private WriteChecks() {
    }

    /** The table a data-plane request names; DynamoDB's bare ResourceNotFoundException otherwise. */
    static Table table(Cluster cluster, String name) {
        Table t = cluster.table(name);
        if (t == null) {
            throw Errors.resourceNotFound();
        }
        return t;
    }

    /**
     * Checks an item about to be stored whole (PutItem, BatchWriteItem, the result of UpdateItem)
     * and returns its key.
     */
    static PrimaryKey itemToStore(TableMetadata meta, Item item) {
        PrimaryKey key = meta.keySchema().keyOfItem(item);
        for (String name : item.names()) {
            if (name.isEmpty() || Item.nameTooLong(name)) {
                throw Errors.invalidParameter("An attribute name must be between 1 and " + Item.MAX_NAME_BYTES + " bytes long");
            }
        }
        for (TableMetadata.IndexDefinition ix : meta.localIndexes()) {
            indexKeyTypes(ix, item);
        }
        for (TableMetadata.IndexDefinition ix : meta.globalIndexes()) {
            indexKeyTypes(ix, item);
        }
        checkSize(item);
        return key;
    }

    /** The table's indexes, local then global. */
    static List<TableMetadata.IndexDefinition> indexes(TableMetadata meta) {
        List<TableMetadata.IndexDefinition> all = new ArrayList<>(meta.localIndexes());
        all.addAll(meta.globalIndexes());
        return all;
    }

    /**
     * A path may name a key attribute only whole (HowItWorks.CoreComponents.html: key attributes
     * are scalars): refuses one that reaches into an index's key attribute, with the message
     * dynalite's suite records of live DynamoDB.
     */
    static void notIntoIndexKey(TableMetadata meta, DocumentPath path) {
        if (path.depth() < 2) {
            return;
        }
        for (TableMetadata.IndexDefinition ix : indexes(meta)) {
            if (ix.keySchema().isKeyAttribute(path.attributeName())) {
                throw keyNotScalar("IndexKey", path.attributeName());
            }
        }
    }

    /** The refusal of a path into a key attribute; {@code kind} is "Key" (the table's) or "IndexKey". */
    static DynamoException keyNotScalar(String kind, String name) {
        return Errors.validation("Key attributes must be scalars; list random access '[]' and map lookup '.' "
                + "are not allowed: " + kind + ": " + name);
    }

    /** ServiceQuotas.html: an item is at most 400 KB, names and values counted. */
    static void checkSize(Item item) {
        if (item.size() > Item.MAX_SIZE) {
            throw Errors.validation("Item size has exceeded the maximum allowed size");
        }
    }

    /** An index key attribute present in the item must have the type its definition declares. */
    private static void indexKeyTypes(TableMetadata.IndexDefinition ix, Item item) {
        KeySchema k = ix.keySchema();
        indexKeyType(ix, k.partitionName(), k.partitionType(), item.get(k.partitionName()));
        if (k.hasSortKey()) {
            indexKeyType(ix, k.sortName(), k.sortType(), item.get(k.sortName()));
        }
    }

    private static void indexKeyType(TableMetadata.IndexDefinition ix, String name,
                                     io.dynaspec.engine.value.AttributeType type, AttributeValue v) {
        if (v != null && v.type() != type) {
            throw Errors.invalidParameter("Type mismatch for Index Key " + name + " Expected: " + type
                    + " Actual: " + v.type() + " IndexName: " + ix.name());
        }
        if (v instanceof AttributeValue.S s && s.value().isEmpty()) {
            throw Errors.validation("One or more parameter values are not valid. A value specified for a secondary index key "
                    + "is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: "
                    + ix.name() + ", IndexKey: " + name);
        }
    }
}
