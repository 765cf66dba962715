package io.dynaspec.runner.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Tables, as a DynamoDB user describes them: "a table Employee keyed by LoginAlias". Every
 * table is on-demand and is deleted when its scenario ends (see {@link Hooks}).
 */
public final class TableSteps {

    private final World world;

    public TableSteps(World world) {
        this.world = world;
    }

    @Given("a table {word} keyed by {word}")
    public void simpleKeyTable(String table, String partitionKey) {
        create(table, List.of(new KeyAttribute(partitionKey, "S", KeyType.HASH)), null);
    }

    @Given("a table {word} keyed by {word} and sorted by {word}")
    public void compositeKeyTable(String table, String partitionKey, String sortKey) {
        create(table, List.of(new KeyAttribute(partitionKey, "S", KeyType.HASH),
                new KeyAttribute(sortKey, "S", KeyType.RANGE)), null);
    }

    /** Rows: | attribute | type | key | with type S, N or B and key HASH or RANGE. */
    @Given("a table {word} with key schema:")
    public void tableWithKeySchema(String table, DataTable schema) {
        List<KeyAttribute> keys = new ArrayList<>();
        for (Map<String, String> row : schema.asMaps()) {
            keys.add(new KeyAttribute(row.get("attribute"), row.get("type"), KeyType.fromValue(row.get("key"))));
        }
        create(table, keys, null);
    }

    @Given("a table {word} keyed by {word} and sorted by {word} with a local secondary index {word} on {word}")
    public void tableWithLocalIndex(String table, String partitionKey, String sortKey, String index, String indexSortKey) {
        create(table, List.of(new KeyAttribute(partitionKey, "S", KeyType.HASH),
                new KeyAttribute(sortKey, "S", KeyType.RANGE)),
                new KeyAttribute(indexSortKey, "S", KeyType.RANGE).named(index));
    }

    private void create(String logical, List<KeyAttribute> keys, KeyAttribute localIndexSortKey) {
        Map<String, String> definitions = new LinkedHashMap<>();
        keys.forEach(k -> definitions.put(k.name(), k.type()));
        List<KeySchemaElement> schema = keys.stream()
                .map(k -> KeySchemaElement.builder().attributeName(k.name()).keyType(k.keyType()).build())
                .toList();
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(world.table(logical))
                .keySchema(schema)
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (localIndexSortKey != null) {
            definitions.put(localIndexSortKey.name(), localIndexSortKey.type());
            request.localSecondaryIndexes(LocalSecondaryIndex.builder()
                    .indexName(localIndexSortKey.index())
                    .keySchema(schema.get(0), KeySchemaElement.builder()
                            .attributeName(localIndexSortKey.name()).keyType(KeyType.RANGE).build())
                    .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                    .build());
        }
        request.attributeDefinitions(definitions.entrySet().stream()
                .map(d -> AttributeDefinition.builder().attributeName(d.getKey())
                        .attributeType(ScalarAttributeType.fromValue(d.getValue())).build())
                .toList());
        CreateTableResponse created = world.db().createTable(request.build());
        world.tableCreated(logical, schema);
        if (created.tableDescription().tableStatus() != TableStatus.ACTIVE) {
            world.awaitActive(logical);
        }
    }

    /** One key attribute: name, scalar type (S, N or B), role, and the index it keys if any. */
    private record KeyAttribute(String name, String type, KeyType keyType, String index) {
        KeyAttribute(String name, String type, KeyType keyType) {
            this(name, type, keyType, null);
        }

        KeyAttribute named(String indexName) {
            return new KeyAttribute(name, type, keyType, indexName);
        }
    }
}
