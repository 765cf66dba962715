package io.dynaspec.runner.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** DynamoDB JSON round trips, and "the same" as DynamoDB means it: numbers by value, sets unordered. */
class DynamoJsonTest {

    @Test
    void everyTypeRoundTrips() {
        String item = "{\"S\":{\"S\":\"x\"},\"N\":{\"N\":\"1.5\"},\"B\":{\"B\":\"aGVsbG8=\"},\"T\":{\"BOOL\":true},\"Z\":{\"NULL\":true},"
                + "\"SS\":{\"SS\":[\"a\",\"b\"]},\"NS\":{\"NS\":[\"1\"]},\"BS\":{\"BS\":[\"AQI=\"]},"
                + "\"M\":{\"M\":{\"k\":{\"S\":\"v\"}}},\"L\":{\"L\":[{\"N\":\"7\"}]}}";
        assertEquals(item, DynamoJson.toJson(DynamoJson.item(DynamoJson.parse(item))).toString());
    }

    @Test
    void numbersCompareByValueAndSetsIgnoreOrder() {
        assertTrue(DynamoJson.same(DynamoJson.parse("{\"a\":{\"N\":\"34.0\"},\"s\":{\"SS\":[\"x\",\"y\"]},\"c\":1.0}"),
                DynamoJson.parse("{\"a\":{\"N\":\"34\"},\"s\":{\"SS\":[\"y\",\"x\"]},\"c\":1}")));
        assertFalse(DynamoJson.same(DynamoJson.parse("{\"l\":{\"L\":[{\"N\":\"1\"},{\"N\":\"2\"}]}}"),
                DynamoJson.parse("{\"l\":{\"L\":[{\"N\":\"2\"},{\"N\":\"1\"}]}}")), "lists keep their order");
        assertFalse(DynamoJson.same(DynamoJson.parse("{\"a\":{\"S\":\"1\"}}"), DynamoJson.parse("{\"a\":{\"N\":\"1\"}}")));
    }

    @Test
    void includesAllowsExtraMembersOnly() {
        assertTrue(DynamoJson.includes(DynamoJson.parse("{\"TableName\":\"T\",\"CapacityUnits\":1.0}"),
                DynamoJson.parse("{\"TableName\":\"T\",\"CapacityUnits\":1,\"WriteCapacityUnits\":1}")));
        assertFalse(DynamoJson.includes(DynamoJson.parse("{\"CapacityUnits\":2.0}"), DynamoJson.parse("{\"CapacityUnits\":1.0}")));
    }
}
