package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;

import java.util.List;

/**
 * A document path (Expressions.Attributes.html): a top-level attribute name followed by map
 * keys ({@code .name}) and list indexes ({@code [n]}). Names are held after placeholder
 * substitution, so two paths are equal when they reach the same place.
 *
 * @param elements the path's elements, the first always a {@link Element.Key}
 */
public record DocumentPath(List<Element> elements) {
    /** Paths are at most 32 elements deep (Expressions.Attributes.html, "Document Paths"). */
    public static final int MAX_DEPTH = 32;

    public DocumentPath {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !(elements.get(0) instanceof Element.Key)) {
            throw new IllegalArgumentException("a document path starts with an attribute name");
        }
    }

    /** One step of a path. */
    public sealed interface Element {
        /** A map key, or at the head of the path the top-level attribute name. */
        record Key(String name) implements Element {
        }

        /** A zero-based list index. */
        record Index(int index) implements Element {
        }
    }

    /** A path of top-level attribute name and map keys only. */
    public static DocumentPath of(String name, String... keys) {
        Element[] elements = new Element[keys.length + 1];
        elements[0] = new Element.Key(name);
        for (int i = 0; i < keys.length; i++) {
            elements[i + 1] = new Element.Key(keys[i]);
        }
        return new DocumentPath(List.of(elements));
    }

    /** The top-level attribute this path starts from. */
    public String attributeName() {
        return ((Element.Key) elements.get(0)).name();
    }

    public int depth() {
        return elements.size();
    }

    /**
     * The value this path reaches in an item, or null when any step is missing or lands on a
     * value of the wrong type (a key into a non-map, an index into a non-list). A null item is
     * an item with no attributes.
     */
    public AttributeValue resolve(Item item) {
        if (item == null) {
            return null;
        }
        AttributeValue v = item.get(attributeName());
        for (int i = 1; i < elements.size() && v != null; i++) {
            v = step(v, elements.get(i));
        }
        return v;
    }

    /** The value one element below {@code container}, or null. */
    static AttributeValue step(AttributeValue container, Element element) {
        if (element instanceof Element.Key key) {
            return container instanceof AttributeValue.M m ? m.values().get(key.name()) : null;
        }
        int index = ((Element.Index) element).index();
        if (container instanceof AttributeValue.L l && index < l.values().size()) {
            return l.values().get(index);
        }
        return null;
    }

    /**
     * The path as DynamoDB writes it in messages about paths: {@code [a, b, [1]]}
     * (UpdateExpression overlap and conflict messages).
     */
    public String describe() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Element e = elements.get(i);
            if (e instanceof Element.Key k) {
                sb.append(k.name());
            } else {
                sb.append('[').append(((Element.Index) e).index()).append(']');
            }
        }
        return sb.append(']').toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(attributeName());
        for (int i = 1; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (e instanceof Element.Key k) {
                sb.append('.').append(k.name());
            } else {
                sb.append('[').append(((Element.Index) e).index()).append(']');
            }
        }
        return sb.toString();
    }
}
