package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parsed projection expression (Expressions.ProjectionExpressions.html): the document paths to
 * return of an item. A nested path returns its value inside the maps and lists that enclose it,
 * holding only what was asked for; list elements keep their order and close up.
 *
 * @param paths the paths, in the order written
 */
public record ProjectionExpression(List<DocumentPath> paths) {
    public ProjectionExpression {
        paths = List.copyOf(paths);
    }

    /** Parses a ProjectionExpression: document paths separated by commas. */
    public static ProjectionExpression parse(String text, Placeholders placeholders) {
        return ProjectionParser.parse(text, placeholders);
    }

    /** The item reduced to this projection's paths; null stays null. */
    public Item project(Item item) {
        return project(item, paths);
    }

    /** An item reduced to the given paths. Paths the item lacks are left out. */
    static Item project(Item item, List<DocumentPath> paths) {
        if (item == null) {
            return null;
        }
        Branch root = new Branch();
        for (DocumentPath path : paths) {
            AttributeValue value = path.resolve(item);
            if (value != null) {
                root.place(path.elements(), 0, value);
            }
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        root.keys.forEach((name, node) -> attributes.put(name, node.build()));
        return Item.of(attributes);
    }

    /** The part of an item a projection keeps: a whole value, or the chosen keys and elements of a map or list. */
    private static final class Branch {
        AttributeValue whole;
        final Map<String, Branch> keys = new LinkedHashMap<>();
        final TreeMap<Integer, Branch> indexes = new TreeMap<>();
        boolean list;

        void place(List<DocumentPath.Element> path, int i, AttributeValue value) {
            if (i == path.size()) {
                whole = value;
                return;
            }
            DocumentPath.Element e = path.get(i);
            Branch child;
            if (e instanceof DocumentPath.Element.Key k) {
                child = keys.computeIfAbsent(k.name(), x -> new Branch());
            } else {
                list = true;
                child = indexes.computeIfAbsent(((DocumentPath.Element.Index) e).index(), x -> new Branch());
            }
            child.place(path, i + 1, value);
        }

        AttributeValue build() {
            if (whole != null) {
                return whole;
            }
            if (list) {
                List<AttributeValue> elements = new ArrayList<>();
                indexes.values().forEach(b -> elements.add(b.build()));
                return new AttributeValue.L(elements);
            }
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            keys.forEach((name, b) -> map.put(name, b.build()));
            return new AttributeValue.M(map);
        }
    }
}
