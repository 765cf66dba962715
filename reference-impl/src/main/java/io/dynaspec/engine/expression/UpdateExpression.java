package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed update expression (Expressions.UpdateExpressions.html): its SET, REMOVE, ADD and
 * DELETE actions. Built once by {@link UpdateExpressionParser}, applied to the item a key holds
 * by {@link #apply}.
 *
 * @param set    {@code SET path = value} actions, in the order written
 * @param remove {@code REMOVE path} actions
 * @param add    {@code ADD path :value} actions
 * @param delete {@code DELETE path :value} actions
 */
public record UpdateExpression(List<SetAction> set, List<DocumentPath> remove, List<AddAction> add,
                               List<DeleteAction> delete) {
    public UpdateExpression {
        set = List.copyOf(set);
        remove = List.copyOf(remove);
        add = List.copyOf(add);
        delete = List.copyOf(delete);
    }

    /** {@code SET path = value}. */
    public record SetAction(DocumentPath path, SetValue value) {
    }

    /** {@code ADD path :value}: adds a number, or adds elements to a set. */
    public record AddAction(DocumentPath path, AttributeValue value) {
    }

    /** {@code DELETE path :value}: removes elements from a set. */
    public record DeleteAction(DocumentPath path, AttributeValue value) {
    }

    /**
     * The right-hand side of a SET action: {@code operand}, {@code operand + operand} or
     * {@code operand - operand}, where an operand is a path, a value or one of the functions
     * {@code if_not_exists} and {@code list_append}. Evaluated against the item as it was before
     * the update.
     */
    public sealed interface SetValue {
        AttributeValue evaluate(Item original);

        /** Another attribute's value: it must exist. */
        record PathValue(DocumentPath path) implements SetValue {
            public AttributeValue evaluate(Item original) {
                AttributeValue v = path.resolve(original);
                if (v == null) {
                    throw ExpressionErrors.missingOperand();
                }
                return v;
            }
        }

        /** A value from ExpressionAttributeValues. */
        record Literal(AttributeValue value) implements SetValue {
            public AttributeValue evaluate(Item original) {
                return value;
            }
        }

        /** {@code if_not_exists(path, value)}: the attribute's value if it exists, else the fallback. */
        record IfNotExists(DocumentPath path, SetValue fallback) implements SetValue {
            public AttributeValue evaluate(Item original) {
                AttributeValue v = path.resolve(original);
                return v != null ? v : fallback.evaluate(original);
            }
        }

        /** {@code list_append(list1, list2)}: list2's elements after list1's. */
        record ListAppend(SetValue first, SetValue second) implements SetValue {
            public AttributeValue evaluate(Item original) {
                AttributeValue a = first.evaluate(original);
                AttributeValue b = second.evaluate(original);
                if (!(a instanceof AttributeValue.L la) || !(b instanceof AttributeValue.L lb)) {
                    throw ExpressionErrors.incorrectOperandType();
                }
                List<AttributeValue> joined = new ArrayList<>(la.values().size() + lb.values().size());
                joined.addAll(la.values());
                joined.addAll(lb.values());
                return new AttributeValue.L(joined);
            }
        }

        /** {@code a + b} on numbers. */
        record Sum(SetValue left, SetValue right) implements SetValue {
            public AttributeValue evaluate(Item original) {
                return new AttributeValue.N(number(left, original).add(number(right, original)));
            }
        }

        /** {@code a - b} on numbers. */
        record Difference(SetValue left, SetValue right) implements SetValue {
            public AttributeValue evaluate(Item original) {
                return new AttributeValue.N(number(left, original).subtract(number(right, original)));
            }
        }

        private static DynamoNumber number(SetValue operand, Item original) {
            if (operand.evaluate(original) instanceof AttributeValue.N n) {
                return n.value();
            }
            throw ExpressionErrors.incorrectOperandType();
        }
    }

    /** Every path the expression writes or removes, in the order written within each clause. */
    public List<DocumentPath> updatedPaths() {
        List<DocumentPath> paths = new ArrayList<>();
        set.forEach(a -> paths.add(a.path()));
        paths.addAll(remove);
        add.forEach(a -> paths.add(a.path()));
        delete.forEach(a -> paths.add(a.path()));
        return paths;
    }

    /** Every path the SET actions read, inside arithmetic and functions included. */
    public List<DocumentPath> readPaths() {
        List<DocumentPath> paths = new ArrayList<>();
        set.forEach(a -> collectReads(a.value(), paths));
        return paths;
    }

    private static void collectReads(SetValue v, List<DocumentPath> paths) {
        if (v instanceof SetValue.PathValue p) {
            paths.add(p.path());
        } else if (v instanceof SetValue.IfNotExists f) {
            paths.add(f.path());
            collectReads(f.fallback(), paths);
        } else if (v instanceof SetValue.ListAppend a) {
            collectReads(a.first(), paths);
            collectReads(a.second(), paths);
        } else if (v instanceof SetValue.Sum s) {
            collectReads(s.left(), paths);
            collectReads(s.right(), paths);
        } else if (v instanceof SetValue.Difference d) {
            collectReads(d.left(), paths);
            collectReads(d.right(), paths);
        }
    }

    /**
     * The top-level attributes a SET copies from another path (directly or through
     * {@code if_not_exists}): their type is known only from the item, not from the expression.
     */
    public List<String> attributesSetFromPaths() {
        List<String> names = new ArrayList<>();
        for (SetAction a : set) {
            if (a.path().depth() == 1 && (a.value() instanceof SetValue.PathValue || a.value() instanceof SetValue.IfNotExists)) {
                names.add(a.path().attributeName());
            }
        }
        return names;
    }

    /**
     * The attributes this update touched, as they are in {@code item}: what
     * {@code ReturnValues=UPDATED_OLD} (given the old item) and {@code UPDATED_NEW} (given the
     * new one) return (API_UpdateItem.html). Nested paths keep their enclosing maps and lists,
     * as a projection does.
     */
    public Item updatedAttributes(Item item) {
        return ProjectionExpression.project(item, updatedPaths());
    }

    /**
     * Refuses an update of a key attribute: "One or more parameter values were invalid: Cannot
     * update attribute LoginAlias. This attribute is part of the key".
     */
    public void checkKeyUnchanged(KeySchema keySchema) {
        for (DocumentPath path : updatedPaths()) {
            if (keySchema.isKeyAttribute(path.attributeName())) {
                throw ExpressionErrors.keyAttributeUpdated(path.attributeName());
            }
        }
    }

    /**
     * The item after this update. {@code existing} is the item the key holds, or null for none;
     * the result then starts from no attributes, and the api layer adds the key. All SET values
     * are computed from the item as it was before any action; the actions then apply SET,
     * REMOVE, ADD, DELETE.
     */
    public Item apply(Item existing, KeySchema keySchema) {
        checkKeyUnchanged(keySchema);
        return UpdateApplication.apply(this, existing);
    }
}
