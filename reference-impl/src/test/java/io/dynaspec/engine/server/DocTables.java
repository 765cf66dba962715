package io.dynaspec.engine.server;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.util.Map;

/**
 * The tables of the Developer Guide's examples, each created under a name no other test uses, so
 * that a test can replay an example from its first step: ProductCatalog keyed by Id
 * (Expressions.ConditionExpressions.html, Expressions.UpdateExpressions.html), Employee keyed by
 * LoginAlias (the seed), and Thread keyed by ForumName and Subject (API_UpdateItem.html).
 */
final class DocTables {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;

    private DocTables() {
    }

    static String productCatalog() {
        return create("ProductCatalog", "Id", ScalarAttributeType.N, null);
    }

    static String employee() {
        return create("Employee", "LoginAlias", ScalarAttributeType.S, null);
    }

    static String thread() {
        return create("Thread", "ForumName", ScalarAttributeType.S, "Subject");
    }

    private static String create(String base, String hash, ScalarAttributeType hashType, String range) {
        String name = WireFixture.uniqueTable(base);
        DDB.createTable(b -> {
            b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
            if (range == null) {
                b.attributeDefinitions(AttributeDefinition.builder().attributeName(hash).attributeType(hashType).build())
                        .keySchema(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build());
            } else {
                b.attributeDefinitions(
                                AttributeDefinition.builder().attributeName(hash).attributeType(hashType).build(),
                                AttributeDefinition.builder().attributeName(range).attributeType(ScalarAttributeType.S).build())
                        .keySchema(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build());
            }
        });
        return name;
    }

    /** The item the key holds, read strongly consistently; empty when there is none. */
    static Map<String, AttributeValue> stored(String table, Map<String, AttributeValue> key) {
        return DDB.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
