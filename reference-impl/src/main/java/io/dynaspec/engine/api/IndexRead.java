package io.dynaspec.engine.api;

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
 * A Query or Scan through a local secondary index (IndexName, API_Query.html, LSI.html): the
 * index's key, its start and last-evaluated keys (the table key and the index key together), and
 * whether the read must fetch items from the table for attributes the index does not project.
 *
 * @param definition the index as declared
 * @param tableKey   the table's key
 */
record IndexRead(TableMetadata.IndexDefinition definition, KeySchema tableKey) {

    /**
     * Where a read through the index resumes: after the entry of this table key, which sits under
     * this index sort key.
     */
    record Start(PrimaryKey tableKey, AttributeValue indexSort) {
    }

    /**
     * The index IndexName names, or null without one. DynamoDB's messages for an unknown index
     * and for a consistent read of a global one; reads of global secondary indexes are not
     * modelled.
     */
    static IndexRead of(Table table, String indexName, boolean consistentRead) {
        if (indexName == null) {
            return null;
        }
        TableMetadata meta = table.metadata();
        for (TableMetadata.IndexDefinition d : meta.localIndexes()) {
            if (d.name().equals(indexName)) {
                return new IndexRead(d, meta.keySchema());
            }
        }
        for (TableMetadata.IndexDefinition d : meta.globalIndexes()) {
            if (d.name().equals(indexName)) {
                if (consistentRead) {
                    // GSI.html, "Reading data from a Global Secondary Index".
                    throw Errors.validation("Consistent reads are not supported on global secondary indexes");
                }
                throw Errors.validation("IndexName is not supported by the dynaspec reference engine for global secondary indexes: "
                        + "Query and Scan read tables and local secondary indexes");
            }
        }
        throw Errors.validation("The table does not have the specified index: " + indexName);
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
        AttributeValue indexSort = exclusiveStartKey.get(ik.sortName());
        if (indexSort.type() != ik.sortType()) {
            throw Errors.validation("The provided key element does not match the schema");
        }
        Map<String, AttributeValue> tablePart = new LinkedHashMap<>();
        tablePart.put(tableKey.partitionName(), exclusiveStartKey.get(tableKey.partitionName()));
        tablePart.put(tableKey.sortName(), exclusiveStartKey.get(tableKey.sortName()));
        try {
            return new Start(tableKey.keyOfKeyParameter(tablePart), indexSort);
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
        names.add(tableKey.sortName());
        names.add(keySchema().partitionName());
        names.add(keySchema().sortName());
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
        if ("ALL".equals(definition.projectionType())) {
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
