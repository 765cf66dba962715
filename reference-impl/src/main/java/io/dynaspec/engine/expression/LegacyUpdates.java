package io.dynaspec.engine.expression;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The legacy AttributeUpdates parameter of UpdateItem (LegacyConditionalParameters.AttributeUpdates.html,
 * API_AttributeValueUpdate.html): per attribute an Action — PUT (the default), ADD or DELETE — and
 * a Value. Each is the same change as an update expression action, so the map is turned into an
 * {@link UpdateExpression} and applied as one: PUT is {@code SET a = :v}; DELETE without a value
 * is {@code REMOVE a}, with a set value {@code DELETE a :v}; ADD of a number or set is
 * {@code ADD a :v}, and ADD of a list appends it ("If the existing data type is a list, and if
 * Value is also a list, then Value is appended to the list"). Only the messages differ.
 */
public final class LegacyUpdates {
    /** API_AttributeValueUpdate.html, "Action". */
    public enum Action { ADD, PUT, DELETE }

    /**
     * One AttributeValueUpdate.
     *
     * @param action Action, or null for the default PUT
     * @param value  Value, or null
     */
    public record Update(Action action, AttributeValue value) {
    }

    private LegacyUpdates() {
    }

    /**
     * The update expression equivalent to AttributeUpdates, after DynamoDB's checks of each
     * action against its value's type (they come before the table is looked up).
     */
    public static UpdateExpression toUpdateExpression(Map<String, Update> updates) {
        List<UpdateExpression.SetAction> set = new ArrayList<>();
        List<DocumentPath> remove = new ArrayList<>();
        List<UpdateExpression.AddAction> add = new ArrayList<>();
        List<UpdateExpression.DeleteAction> delete = new ArrayList<>();
        for (Map.Entry<String, Update> e : updates.entrySet()) {
            DocumentPath path = DocumentPath.of(e.getKey());
            Action action = e.getValue().action() == null ? Action.PUT : e.getValue().action();
            AttributeValue value = e.getValue().value();
            if (value == null && action != Action.DELETE) {
                throw Errors.invalidParameter("Only DELETE action is allowed when no attribute value is specified");
            }
            switch (action) {
                case PUT -> set.add(new UpdateExpression.SetAction(path, new UpdateExpression.SetValue.Literal(value)));
                case DELETE -> {
                    if (value == null) {
                        remove.add(path);
                    } else if (isSet(value.type())) {
                        delete.add(new UpdateExpression.DeleteAction(path, value));
                    } else {
                        throw Errors.invalidParameter("DELETE action with value is not supported for the type " + value.type().descriptor());
                    }
                }
                case ADD -> {
                    if (value.type() == AttributeType.L) {
                        set.add(new UpdateExpression.SetAction(path, new UpdateExpression.SetValue.ListAppend(
                                new UpdateExpression.SetValue.IfNotExists(path,
                                        new UpdateExpression.SetValue.Literal(new AttributeValue.L(List.of()))),
                                new UpdateExpression.SetValue.Literal(value))));
                    } else if (value.type() == AttributeType.N || isSet(value.type())) {
                        add.add(new UpdateExpression.AddAction(path, value));
                    } else {
                        throw Errors.invalidParameter("ADD action is not supported for the type " + value.type().descriptor());
                    }
                }
            }
        }
        return new UpdateExpression(set, remove, add, delete);
    }

    /**
     * The item after the update. An ADD or DELETE whose value's type does not match the
     * attribute's is DynamoDB's "Type mismatch for attribute to update".
     */
    public static Item apply(UpdateExpression update, Item existing, KeySchema schema) {
        try {
            return update.apply(existing, schema);
        } catch (DynamoException e) {
            if (ExpressionErrors.INCORRECT_OPERAND_TYPE.equals(e.getMessage())) {
                throw Errors.validation("Type mismatch for attribute to update");
            }
            throw e;
        }
    }

    private static boolean isSet(AttributeType t) {
        return t == AttributeType.SS || t == AttributeType.NS || t == AttributeType.BS;
    }
}
