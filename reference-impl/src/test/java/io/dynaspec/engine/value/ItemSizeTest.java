package io.dynaspec.engine.value;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Item size by CapacityUnitCalculations.html ("DynamoDB item sizes and formats"): the sum of
 * attribute name lengths and value sizes, with the overheads the page lists.
 */
class ItemSizeTest {

    private static Item item(Object... nameValue) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], (AttributeValue) nameValue[i + 1]);
        }
        return Item.of(m);
    }

    @Test
    void stringsCountUtf8BytesOfNameAndValue() {
        assertEquals(4 + 5, item("name", new AttributeValue.S("Irene")).size());
        // "é" is 2 bytes, "€" 3, "😀" 4 in UTF-8.
        String s = "é€😀";
        assertEquals(s.getBytes(StandardCharsets.UTF_8).length, 9);
        assertEquals(1 + 9, item("s", new AttributeValue.S(s)).size());
        assertEquals(2 + 1, item("é", new AttributeValue.S("a")).size(), "names count UTF-8 bytes too");
    }

    @Test
    void binariesCountRawBytes() {
        assertEquals(1 + 3, item("b", new AttributeValue.B(Bytes.copyOf(new byte[] {1, 2, 3}))).size());
    }

    @Test
    void nullAndBooleanCountOneByte() {
        assertEquals(1 + 1, item("n", AttributeValue.Null.INSTANCE).size());
        assertEquals(1 + 1, item("t", AttributeValue.Bool.TRUE).size());
    }

    @Test
    void numbersCountSignificantDigits() {
        assertEquals(3 + 3, item("num", AttributeValue.N.of("123")).size());
    }

    @Test
    void listsAndMapsHaveThreeBytesOverheadAndOnePerElement() {
        assertEquals(1 + 3, item("l", new AttributeValue.L(List.of())).size());
        assertEquals(1 + 3, item("m", new AttributeValue.M(Map.of())).size());
        // L of "ab" and true: 3 + (1 + 2) + (1 + 1).
        assertEquals(1 + 3 + 3 + 2, item("l", new AttributeValue.L(List.of(new AttributeValue.S("ab"), AttributeValue.Bool.TRUE))).size());
        // M {"k": "v"}: 3 + 1 + name 1 + value 1.
        assertEquals(1 + 3 + 1 + 1 + 1, item("m", new AttributeValue.M(Map.of("k", new AttributeValue.S("v")))).size());
    }

    @Test
    void setsCountTheirMembers() {
        assertEquals(2 + 6 + 3, item("ss", new AttributeValue.SS(Set.of("python", "aws"))).size());
        assertEquals(2 + 2 + 3, item("ns", new AttributeValue.NS(Set.of(DynamoNumber.parse("1"), DynamoNumber.parse("123")))).size());
    }

    @Test
    void theSeedsEmployeeItem() {
        // The seed's Employee item: names and values as UTF-8, the SS as its members.
        Item irene = item(
                "LoginAlias", new AttributeValue.S("irenes"),
                "FirstName", new AttributeValue.S("Irene"),
                "LastName", new AttributeValue.S("Smith"),
                "ManagerLoginAlias", new AttributeValue.S("mateoj"),
                "Skills", new AttributeValue.SS(Set.of("python", "aws")));
        assertEquals((10 + 6) + (9 + 5) + (8 + 5) + (17 + 6) + (6 + 9), irene.size());
    }
}
