package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.GlobalIndex;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.expression.Condition;
import io.dynaspec.engine.expression.DocumentPath;
import io.dynaspec.engine.expression.ProjectionExpression;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Query or Scan through a secondary index (IndexName, API_Query.html, LSI.html, GSI.html): the
 * index's key, its start and last-evaluated keys (the table key and the index key together), and
 * whether the read must fetch items from the table for attributes a local index does not
 * project. A local index is read from the table's own partitions; a global one from its own.
 *
 * @param definition the index as declared
 * @param tableKey   the table's key
 * @param global     the global secondary index read, or null for a local one
 */
record IndexRead(TableMetadata.IndexDefinition definition, KeySchema tableKey, GlobalIndex global) {

    /**
     * Where a read through the index resumes: after the entry stored under {@code entryKey} among
     * the entries of this index partition key and index sort key (for a local index the entry
     * key is the table sort key; for a global one, {@link GlobalIndex#entryKey}).
     */
    record Start(AttributeValue partition, AttributeValue indexSort, AttributeValue entryKey) {
    }

    /**
     * The index IndexName names, or null without one, with DynamoDB's messages for an unknown
     * index, a consistent read of a global one (GSI.html: "Queries on global secondary indexes
     * support eventual consistency only") and a global index not yet ACTIVE.
     */
    static IndexRead of(Table table, String indexName, boolean consistentRead) {
        if (indexName == null) {
            return null;
        }
        TableMetadata meta = table.metadata();
        for (TableMetadata.IndexDefinition d : meta.localIndexes()) {
            if (d.name().equals(indexName)) {
                return new IndexRead(d, meta.keySchema(), null);
            }
        }
        GlobalIndex global = table.globalIndex(indexName);
        if (global != null) {
            if (consistentRead) {
                throw Errors.validation("Consistent reads are not supported on global secondary indexes");
            }
            if (!global.isActive()) {
                // GSI.OnlineOps.html: the index is usable once ACTIVE; DynamoDB's refusal of a read
                // before then, as its users record it.
                throw Errors.validation("Cannot read from backfilling global secondary index: " + indexName);
            }
            return new IndexRead(global.definition(), meta.keySchema(), global);
        }
        throw Errors.validation("The table does not have the specified index: " + indexName);
    }

    boolean isGlobal() {
        return global != null;
    }

    /**
     * Select against a global index's projection: API_Query.html, Select ALL_ATTRIBUTES, "If the
     * index is a global secondary index, you can only use ALL_ATTRIBUTES if the index projects
     * all attributes"; the message is DynamoDB's as dynalite's tests record it.
     */
    void checkSelect(Select select) {
        if (isGlobal() && select == Select.ALL_ATTRIBUTES && !"ALL".equals(definition.projectionType())) {
            throw Errors.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported "
                    + "for global secondary index " + name() + " because its projection type is not ALL");
        }
    }

    /**
     * API_Query.html, Select: "If neither Select nor ProjectionExpression are specified, DynamoDB
     * defaults to ALL_ATTRIBUTES when accessing a table, and ALL_PROJECTED_ATTRIBUTES when
     * accessing an index."
     */
    static Select defaultSelect(Select requested, Select resolved, IndexRead index) {
        return index != null && requested == null && resolved == Select.ALL_ATTRIBUTES ? Select.ALL_PROJECTED_ATTRIBUTES : resolved;
    }

    String name() {
        return definition.name();
    }

    KeySchema keySchema() {
        return definition.keySchema();
    }

    /**
     * ExclusiveStartKey of a read through the index: the table's key attributes and the index's,
     * each once, as LastEvaluatedKey gave them. A key with other attributes, or without one of
     * the index's, is "invalid" without more said; the table part is checked as for a table read.
     */
    Start startKey(Map<String, AttributeValue> exclusiveStartKey) {
        if (exclusiveStartKey == null) {
            return null;
        }
        Set<String> names = keyNames();
        if (exclusiveStartKey.size() != names.size() || !exclusiveStartKey.keySet().containsAll(names)) {
            throw Errors.validation("The provided starting key is invalid");
        }
        KeySchema ik = keySchema();
        AttributeValue indexPartition = exclusiveStartKey.get(ik.partitionName());
        AttributeValue indexSort = ik.hasSortKey() ? exclusiveStartKey.get(ik.sortName()) : null;
        if (indexPartition.type() != ik.partitionType() || (indexSort != null && indexSort.type() != ik.sortType())) {
            throw Errors.validation("The provided key element does not match the schema");
        }
        Map<String, AttributeValue> tablePart = new LinkedHashMap<>();
        tablePart.put(tableKey.partitionName(), exclusiveStartKey.get(tableKey.partitionName()));
        if (tableKey.hasSortKey()) {
            tablePart.put(tableKey.sortName(), exclusiveStartKey.get(tableKey.sortName()));
        }
        try {
            PrimaryKey key = tableKey.keyOfKeyParameter(tablePart);
            return isGlobal()
                    ? new Start(indexPartition, indexSort == null ? GlobalIndex.NO_SORT_KEY : indexSort, GlobalIndex.entryKey(key))
                    : new Start(key.partition(), indexSort, key.sort());
        } catch (DynamoException e) {
            if (e.type() != ErrorType.VALIDATION) {
                throw e;
            }
            throw ReadParameters.invalidStartKey(e.getMessage());
        }
    }

    /** LastEvaluatedKey of a page read through the index: the table key and the index key of its last entry. */
    Map<String, AttributeValue> lastKey(Item entry) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : keyNames()) {
            key.put(name, entry.get(name));
        }
        return key;
    }

    private Set<String> keyNames() {
        Set<String> names = new LinkedHashSet<>();
        names.add(tableKey.partitionName());
        if (tableKey.hasSortKey()) {
            names.add(tableKey.sortName());
        }
        names.add(keySchema().partitionName());
        if (keySchema().hasSortKey()) {
            names.add(keySchema().sortName());
        }
        return names;
    }

    /**
     * Whether the read needs attributes the index does not project, so that each entry read
     * fetches its item from the table (LSI.html, "Projected attributes": "DynamoDB can
     * automatically fetch those attributes from the base table"; API_Query.html, Select
     * ALL_ATTRIBUTES: "for each matching item in the index, DynamoDB fetches the entire item from
     * the parent table"). The filter is judged on the whole item, so it may need the fetch too.
     */
    boolean needsFetch(Select select, ProjectionExpression projection, List<String> attributesToGet, Condition filter) {
        if (isGlobal() || "ALL".equals(definition.projectionType())) {
            return false;
        }
        List<String> wanted = new ArrayList<>();
        if (select == Select.ALL_ATTRIBUTES) {
            return true;
        }
        if (select == Select.SPECIFIC_ATTRIBUTES) {
            if (projection != null) {
                for (DocumentPath p : projection.paths()) {
                    wanted.add(p.attributeName());
                }
            } else if (attributesToGet != null) {
                wanted.addAll(attributesToGet);
            }
        }
        if (filter != null) {
            wanted.addAll(Condition.attributeNames(filter));
        }
        for (String name : wanted) {
            if (!definition.projects(tableKey, name)) {
                return true;
            }
        }
        return false;
    }
}
