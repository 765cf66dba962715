package io.dynaspec.engine.value;

import io.dynaspec.engine.error.DynamoException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Key attribute rules: API_PutItem.html ("Item": "You must provide all of the attributes for the
 * primary key"), HowItWorks.NamingRulesDataTypes.html (key attributes are S, N or B; empty strings
 * and binaries are not allowed in keys), ServiceQuotas.html (partition key 2048 bytes, sort key 1024).
 */
class KeySchemaTest {
    private final KeySchema composite = new KeySchema("pk", AttributeType.S, "sk", AttributeType.N);

    @Test
    void numericallyEqualKeysAreTheSameKey() {
        PrimaryKey a = composite.keyOfKeyParameter(Map.of("pk", new AttributeValue.S("x"), "sk", AttributeValue.N.of("1e3")));
        PrimaryKey b = composite.keyOfKeyParameter(Map.of("pk", new AttributeValue.S("x"), "sk", AttributeValue.N.of("1000")));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void missingAndMistypedKeyAttributesInAnItem() {
        assertEquals("One or more parameter values were invalid: Missing the key sk in the item",
                assertThrows(DynamoException.class, () -> composite.keyOfItem(Item.of(Map.of("pk", new AttributeValue.S("x"))))).getMessage());
        assertEquals("One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S",
                assertThrows(DynamoException.class, () -> composite.keyOfItem(Item.of(Map.of(
                        "pk", new AttributeValue.S("x"), "sk", new AttributeValue.S("1"))))).getMessage());
    }

    @Test
    void emptyStringKeysAreRefused() {
        assertEquals("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk",
                assertThrows(DynamoException.class, () -> composite.keyOfItem(Item.of(Map.of(
                        "pk", new AttributeValue.S(""), "sk", AttributeValue.N.of("1"))))).getMessage());
    }

    @Test
    void keyParameterMustMatchTheSchemaExactly() {
        String msg = "The provided key element does not match the schema";
        assertEquals(msg, assertThrows(DynamoException.class, () -> composite.keyOfKeyParameter(Map.of("pk", new AttributeValue.S("x")))).getMessage());
        assertEquals(msg, assertThrows(DynamoException.class, () -> composite.keyOfKeyParameter(Map.of(
                "pk", new AttributeValue.S("x"), "sk", AttributeValue.N.of("1"), "other", new AttributeValue.S("y")))).getMessage());
        assertEquals(msg, assertThrows(DynamoException.class, () -> composite.keyOfKeyParameter(Map.of(
                "pk", AttributeValue.N.of("1"), "sk", AttributeValue.N.of("1")))).getMessage());
    }

    @Test
    void partitionKeyOf2048BytesIsStoredAnd2049Refused() {
        KeySchema simple = new KeySchema("pk", AttributeType.S, null, null);
        simple.keyOfItem(Item.of(Map.of("pk", new AttributeValue.S("a".repeat(2048)))));
        assertEquals("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes",
                assertThrows(DynamoException.class, () -> simple.keyOfItem(Item.of(Map.of("pk", new AttributeValue.S("a".repeat(2049)))))).getMessage());
    }

    @Test
    void sortKeyOf1024BytesIsStoredAnd1025Refused() {
        KeySchema k = new KeySchema("pk", AttributeType.S, "sk", AttributeType.S);
        k.keyOfItem(Item.of(Map.of("pk", new AttributeValue.S("p"), "sk", new AttributeValue.S("b".repeat(1024)))));
        assertEquals("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes",
                assertThrows(DynamoException.class, () -> k.keyOfItem(Item.of(Map.of(
                        "pk", new AttributeValue.S("p"), "sk", new AttributeValue.S("b".repeat(1025)))))).getMessage());
    }

    @Test
    void sortOrderIsDynamoDbs() {
        // Strings by UTF-8 bytes: U+FF5E (3 bytes, EF BD 9E) sorts before U+1F600 (4 bytes, F0 ...),
        // although Java's UTF-16 order puts the surrogate pair first.
        assertEquals(-1, Integer.signum(KeyOrder.INSTANCE.compare(new AttributeValue.S("\uFF5E"), new AttributeValue.S("\uD83D\uDE00"))));
        assertEquals(-1, Integer.signum(KeyOrder.INSTANCE.compare(AttributeValue.N.of("9"), AttributeValue.N.of("10"))));
        assertEquals(-1, Integer.signum(KeyOrder.INSTANCE.compare(AttributeValue.N.of("-10"), AttributeValue.N.of("-9"))));
        // Binary as unsigned bytes: 0x7F before 0x80.
        assertEquals(-1, Integer.signum(KeyOrder.INSTANCE.compare(
                new AttributeValue.B(Bytes.copyOf(new byte[] {0x7f})), new AttributeValue.B(Bytes.copyOf(new byte[] {(byte) 0x80})))));
    }
}
