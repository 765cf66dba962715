package io.dynaspec.engine.protocol;

import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.api.ReturnValues;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Member constraints shared by several operations, declared once, with the enum value orders
 * DynamoDB prints in its messages (API Reference, each operation's "Request Parameters").
 */
final class Shapes {
    static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    static final List<String> RETURN_VALUES = List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW");
    static final List<String> RETURN_CONSUMED_CAPACITY = List.of("INDEXES", "TOTAL", "NONE");
    static final List<String> RETURN_ITEM_COLLECTION_METRICS = List.of("SIZE", "NONE");
    static final List<String> RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = List.of("ALL_OLD", "NONE");
    /** API_AttributeValueUpdate.html, "Action". */
    static final List<String> ATTRIBUTE_ACTIONS = List.of("ADD", "PUT", "DELETE");
    /** In the order DynamoDB lists them in its message (dynalite's suite records of live DynamoDB). */
    static final List<String> CONDITIONAL_OPERATOR = List.of("OR", "AND");
    static final List<String> COMPARISON_OPERATORS = List.of("IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT",
            "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS");
    static final List<String> SCALAR_TYPES = List.of("B", "N", "S");
    static final List<String> KEY_TYPES = List.of("HASH", "RANGE");
    static final List<String> BILLING_MODES = List.of("PROVISIONED", "PAY_PER_REQUEST");
    /** API_CreateTable.html and API_UpdateTable.html, TableClass: "Valid Values: STANDARD | STANDARD_INFREQUENT_ACCESS". */
    static final List<String> TABLE_CLASSES = List.of("STANDARD", "STANDARD_INFREQUENT_ACCESS");
    /** API_StreamSpecification.html, StreamViewType. */
    static final List<String> STREAM_VIEW_TYPES = List.of("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY");
    /** In the order DynamoDB lists them in its message (dynalite's suite records of live DynamoDB). */
    static final List<String> PROJECTION_TYPES = List.of("ALL", "INCLUDE", "KEYS_ONLY");
    static final List<String> SELECT = List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES");

    private Shapes() {
    }

    /** TableName: 3 to 255 characters of [a-zA-Z0-9_.-] (API_CreateTable.html, "TableName"). */
    static String tableName(Members m) {
        return m.string("TableName").required().length(3, 255).pattern(TABLE_NAME).get();
    }

    static ReturnConsumedCapacity returnConsumedCapacity(Members m) {
        String v = m.string("ReturnConsumedCapacity").oneOf(RETURN_CONSUMED_CAPACITY).get();
        return v == null || !RETURN_CONSUMED_CAPACITY.contains(v) ? ReturnConsumedCapacity.NONE : ReturnConsumedCapacity.valueOf(v);
    }

    static boolean returnItemCollectionMetrics(Members m) {
        return "SIZE".equals(m.string("ReturnItemCollectionMetrics").oneOf(RETURN_ITEM_COLLECTION_METRICS).get());
    }

    static ReturnValues returnValues(Members m) {
        String v = m.string("ReturnValues").oneOf(RETURN_VALUES).get();
        return v == null || !RETURN_VALUES.contains(v) ? ReturnValues.NONE : ReturnValues.valueOf(v);
    }
}
