package io.dynaspec.engine.protocol;

import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.Item;

import java.util.Collection;
import java.util.Map;

/**
 * DynamoDB's limit on attribute names, wherever a name appears in a request: item and key
 * attributes, nested map keys, AttributesToGet, the names ExpressionAttributeNames stands for,
 * and the attributes of Expected, KeyConditions, QueryFilter and ScanFilter. Constraints.html,
 * "Attribute names": at most 64 KB, counted in bytes of UTF-8; the API Reference declares each of
 * these members with "Maximum length of 65535". The rule itself is {@link Item#nameTooLong}; this
 * class reports it as each member's shape constraint.
 */
final class AttributeNames {
    private static final String TOO_LONG = "Member must have length less than or equal to " + Item.MAX_NAME_BYTES;

    private AttributeNames() {
    }

    /** The keys of a map member that are attribute names (Item, Key, Expected, KeyConditions, ...). */
    static void checkKeys(Members in, String member, Map<String, ?> map) {
        if (map == null) {
            return;
        }
        for (String name : map.keySet()) {
            if (Item.nameTooLong(name)) {
                in.violations().add(in.pathOf(member), describe(map.keySet()), "Map keys must satisfy constraint: [" + TOO_LONG + "]");
                return;
            }
        }
    }

    /** The values of a map member that are attribute names (ExpressionAttributeNames). */
    static void checkValues(Members in, String member, Map<String, ?> map) {
        if (map == null) {
            return;
        }
        for (Object v : map.values()) {
            if (v instanceof String name && Item.nameTooLong(name)) {
                in.violations().add(in.pathOf(member), describe(map.keySet()), "Map value must satisfy constraint: [" + TOO_LONG + "]");
                return;
            }
        }
    }

    /** The elements of a list member that are attribute names (AttributesToGet). */
    static void checkElements(Members in, String member, Collection<String> names) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            if (Item.nameTooLong(name)) {
                in.violations().add(in.pathOf(member), "[" + names.size() + " names]", "Member must satisfy constraint: [" + TOO_LONG + "]");
                return;
            }
        }
    }

    /** A key of a map inside an attribute value ({@code "M"}), read after the request's shape. */
    static void checkNested(String name) {
        if (Item.nameTooLong(name)) {
            throw Errors.invalidParameter("An attribute name must be between 1 and " + Item.MAX_NAME_BYTES + " bytes long");
        }
    }

    /** DynamoDB prints the offending value; a name of 64 KB is not repeated back here. */
    private static String describe(Collection<String> keys) {
        return "{" + keys.size() + (keys.size() == 1 ? " entry" : " entries") + "}";
    }
}
