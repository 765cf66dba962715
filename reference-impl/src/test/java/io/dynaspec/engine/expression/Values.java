package io.dynaspec.engine.expression;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Short builders for attribute values, items and placeholder maps, shared by the expression tests. */
final class Values {
    private Values() {
    }

    static AttributeValue s(String v) {
        return new AttributeValue.S(v);
    }

    static AttributeValue n(String v) {
        return AttributeValue.N.of(v);
    }

    static AttributeValue b(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new AttributeValue.B(Bytes.copyOf(data));
    }

    static AttributeValue ss(String... v) {
        return new AttributeValue.SS(new LinkedHashSet<>(Arrays.asList(v)));
    }

    static AttributeValue ns(String... v) {
        return new AttributeValue.NS(Arrays.stream(v).map(DynamoNumber::parse)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    static AttributeValue bs(AttributeValue... binaries) {
        return new AttributeValue.BS(Arrays.stream(binaries).map(x -> ((AttributeValue.B) x).value())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    static AttributeValue l(AttributeValue... v) {
        return new AttributeValue.L(List.of(v));
    }

    /** A map from alternating keys and values. */
    static AttributeValue m(Object... keysAndValues) {
        return new AttributeValue.M(pairs(keysAndValues));
    }

    static AttributeValue bool(boolean v) {
        return AttributeValue.Bool.of(v);
    }

    static AttributeValue nul() {
        return AttributeValue.Null.INSTANCE;
    }

    /** An item from alternating attribute names and values. */
    static Item item(Object... namesAndValues) {
        return Item.of(pairs(namesAndValues));
    }

    /** Placeholders from alternating keys and values: "#k" keys take names, ":k" keys take values. */
    static Placeholders placeholders(Object... keysAndValues) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            if (key.startsWith("#")) {
                names.put(key, (String) keysAndValues[i + 1]);
            } else {
                values.put(key, (AttributeValue) keysAndValues[i + 1]);
            }
        }
        return Placeholders.of(names.isEmpty() ? null : names, values.isEmpty() ? null : values);
    }

    private static Map<String, AttributeValue> pairs(Object... keysAndValues) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (AttributeValue) keysAndValues[i + 1]);
        }
        return map;
    }

    /** Runs {@code action}, which must fail with a ValidationException; returns its message. */
    static String validationMessage(Runnable action) {
        DynamoException e = assertThrows(DynamoException.class, action::run);
        assertEquals(ErrorType.VALIDATION, e.type());
        return e.getMessage();
    }
}
