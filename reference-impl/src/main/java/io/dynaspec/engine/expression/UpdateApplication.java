package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Applies an update's actions to an item (Expressions.UpdateExpressions.html). Values are
 * immutable, so each action copies the maps and lists along its path and shares the rest.
 */
final class UpdateApplication {
    /**
     * A total order on paths in which list indexes ascend: SET actions beyond a list's end then
     * append "in order by element number" (Expressions.UpdateExpressions.html).
     */
    private static final Comparator<DocumentPath> INDEXES_ASCENDING = UpdateApplication::compareElements;

    private UpdateApplication() {
    }

    static Item apply(UpdateExpression update, Item existing) {
        Item original = existing == null ? Item.of(Map.of()) : existing;
        List<AttributeValue> newValues = new ArrayList<>(update.set().size());
        for (UpdateExpression.SetAction action : update.set()) {
            newValues.add(action.value().evaluate(original));
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(original.attributes());

        // SET and ADD both write a value at a path; past a list's end they append in order by
        // element number, whichever clause names the element (dynalite's suite records of live
        // DynamoDB: "SET c[4] = ... ADD c[8] :b, c[6] :a" leaves c[6]'s value before c[8]'s).
        record Write(DocumentPath path, UnaryOperator<AttributeValue> change) {
        }
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < update.set().size(); i++) {
            AttributeValue value = newValues.get(i);
            writes.add(new Write(update.set().get(i).path(), old -> value));
        }
        for (UpdateExpression.AddAction action : update.add()) {
            writes.add(new Write(action.path(), old -> add(old, action.value())));
        }
        writes.sort((a, b) -> INDEXES_ASCENDING.compare(a.path(), b.path()));
        for (Write w : writes) {
            change(attributes, w.path(), w.change());
        }

        // REMOVE's list indexes name elements of the list as it was: remove the highest first.
        List<DocumentPath> removals = new ArrayList<>(update.remove());
        removals.sort(INDEXES_ASCENDING.reversed());
        for (DocumentPath path : removals) {
            change(attributes, path, old -> null);
        }
        for (UpdateExpression.DeleteAction action : update.delete()) {
            change(attributes, action.path(), old -> delete(old, action.value()));
        }

        Item result = Item.of(attributes);
        if (result.size() > Item.MAX_SIZE) {
            throw ExpressionErrors.updatedItemTooLarge();
        }
        return result;
    }

    private static int compareElements(DocumentPath a, DocumentPath b) {
        int n = Math.min(a.depth(), b.depth());
        for (int i = 0; i < n; i++) {
            DocumentPath.Element x = a.elements().get(i);
            DocumentPath.Element y = b.elements().get(i);
            int c;
            if (x instanceof DocumentPath.Element.Index xi && y instanceof DocumentPath.Element.Index yi) {
                c = Integer.compare(xi.index(), yi.index());
            } else if (x instanceof DocumentPath.Element.Key xk && y instanceof DocumentPath.Element.Key yk) {
                c = xk.name().compareTo(yk.name());
            } else {
                c = x instanceof DocumentPath.Element.Key ? -1 : 1;
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.depth(), b.depth());
    }

    /**
     * Replaces the value at {@code path} by {@code change(old)}, old being null where nothing is;
     * a null result removes the value. Every step before the last must exist and be a map (for
     * a name) or a list (for an index), else the path is "invalid for update".
     */
    private static void change(Map<String, AttributeValue> attributes, DocumentPath path,
                               UnaryOperator<AttributeValue> change) {
        String name = path.attributeName();
        AttributeValue top = attributes.get(name);
        AttributeValue updated;
        if (path.depth() == 1) {
            updated = change.apply(top);
        } else {
            if (top == null) {
                throw ExpressionErrors.invalidPathForUpdate();
            }
            updated = changeWithin(top, path.elements(), 1, change);
        }
        if (updated == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, updated);
        }
    }

    /**
     * The new value of the child at path element i: the change itself at the last element, or the
     * change made further down; a missing child on the way is an invalid path.
     */
    private static AttributeValue changeChild(AttributeValue child, boolean last, List<DocumentPath.Element> path, int i,
                                              UnaryOperator<AttributeValue> change) {
        if (last) {
            return change.apply(child);
        }
        if (child == null) {
            throw ExpressionErrors.invalidPathForUpdate();
        }
        return changeWithin(child, path, i + 1, change);
    }

    private static AttributeValue changeWithin(AttributeValue container, List<DocumentPath.Element> path, int i,
                                               UnaryOperator<AttributeValue> change) {
        boolean last = i == path.size() - 1;
        DocumentPath.Element element = path.get(i);
        if (element instanceof DocumentPath.Element.Key key) {
            if (!(container instanceof AttributeValue.M m)) {
                throw ExpressionErrors.invalidPathForUpdate();
            }
            AttributeValue updated = changeChild(m.values().get(key.name()), last, path, i, change);
            Map<String, AttributeValue> copy = new LinkedHashMap<>(m.values());
            if (updated == null) {
                copy.remove(key.name());
            } else {
                copy.put(key.name(), updated);
            }
            return new AttributeValue.M(copy);
        }
        if (!(container instanceof AttributeValue.L l)) {
            throw ExpressionErrors.invalidPathForUpdate();
        }
        int index = ((DocumentPath.Element.Index) element).index();
        List<AttributeValue> list = l.values();
        AttributeValue updated = changeChild(index < list.size() ? list.get(index) : null, last, path, i, change);
        List<AttributeValue> copy = new ArrayList<>(list);
        if (updated == null) {
            if (index < copy.size()) {
                copy.remove(index);
            }
        } else if (index < copy.size()) {
            copy.set(index, updated);
        } else {
            // Setting an index past the end appends (Expressions.UpdateExpressions.html).
            copy.add(updated);
        }
        return new AttributeValue.L(copy);
    }

    /** ADD: a number is added, set elements are joined; a missing attribute takes the value. */
    private static AttributeValue add(AttributeValue old, AttributeValue value) {
        if (old == null) {
            return value;
        }
        if (old instanceof AttributeValue.N a && value instanceof AttributeValue.N b) {
            return new AttributeValue.N(a.value().add(b.value()));
        }
        if (old instanceof AttributeValue.SS a && value instanceof AttributeValue.SS b) {
            return new AttributeValue.SS(union(a.values(), b.values()));
        }
        if (old instanceof AttributeValue.NS a && value instanceof AttributeValue.NS b) {
            return new AttributeValue.NS(union(a.values(), b.values()));
        }
        if (old instanceof AttributeValue.BS a && value instanceof AttributeValue.BS b) {
            return new AttributeValue.BS(union(a.values(), b.values()));
        }
        throw ExpressionErrors.incorrectOperandType();
    }

    /** DELETE: set elements are taken away; an emptied set removes the attribute. */
    private static AttributeValue delete(AttributeValue old, AttributeValue value) {
        if (old == null) {
            return null;
        }
        if (old instanceof AttributeValue.SS a && value instanceof AttributeValue.SS b) {
            Set<String> rest = difference(a.values(), b.values());
            return rest.isEmpty() ? null : new AttributeValue.SS(rest);
        }
        if (old instanceof AttributeValue.NS a && value instanceof AttributeValue.NS b) {
            Set<DynamoNumber> rest = difference(a.values(), b.values());
            return rest.isEmpty() ? null : new AttributeValue.NS(rest);
        }
        if (old instanceof AttributeValue.BS a && value instanceof AttributeValue.BS b) {
            Set<Bytes> rest = difference(a.values(), b.values());
            return rest.isEmpty() ? null : new AttributeValue.BS(rest);
        }
        throw ExpressionErrors.incorrectOperandType();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> s = new LinkedHashSet<>(a);
        s.removeAll(b);
        return s;
    }
}
