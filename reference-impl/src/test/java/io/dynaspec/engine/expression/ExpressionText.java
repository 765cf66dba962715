package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A condition written back as expression text, with the placeholder maps it needs, for the
 * property tests that parse what they print (no request ever prints a condition): every
 * attribute name becomes {@code #n0, #n1, ...} and every value {@code :v0, :v1, ...}, so any
 * name (reserved, or with characters a bare name cannot have) prints safely. Parsing the text
 * with these maps gives back an equal tree. Parentheses are written only where precedence
 * needs them, never doubled, since DynamoDB rejects redundant parentheses.
 *
 * @param text   the expression
 * @param names  ExpressionAttributeNames for it, possibly empty
 * @param values ExpressionAttributeValues for it, possibly empty
 */
public record ExpressionText(String text, Map<String, String> names, Map<String, AttributeValue> values) {
    public ExpressionText {
        names = Map.copyOf(names);
        values = Map.copyOf(values);
    }

    /** Writes a condition as text. */
    public static ExpressionText of(Condition condition) {
        Writer w = new Writer();
        w.condition(condition, 0);
        return new ExpressionText(w.out.toString(), w.names, w.values);
    }

    /** Placeholders for parsing {@link #text()}: an empty map is passed as absent. */
    public Placeholders placeholders() {
        return Placeholders.of(names.isEmpty() ? null : names, values.isEmpty() ? null : values);
    }

    private static final class Writer {
        /** Binding strength: OR loosest, then AND, then NOT and everything else. */
        private static final int OR = 1;
        private static final int AND = 2;
        private static final int UNARY = 3;

        final StringBuilder out = new StringBuilder();
        final Map<String, String> names = new LinkedHashMap<>();
        final Map<AttributeValue, String> valueKeys = new LinkedHashMap<>();
        final Map<String, AttributeValue> values = new LinkedHashMap<>();

        /** Writes {@code c}, in parentheses if it binds more loosely than its place needs. */
        void condition(Condition c, int needed) {
            int strength = strength(c);
            boolean wrap = strength < needed;
            if (wrap) {
                out.append('(');
            }
            if (c instanceof Condition.Or or) {
                condition(or.left(), OR);
                out.append(" OR ");
                condition(or.right(), AND);
            } else if (c instanceof Condition.And and) {
                condition(and.left(), AND);
                out.append(" AND ");
                condition(and.right(), UNARY);
            } else if (c instanceof Condition.Not not) {
                out.append("NOT ");
                condition(not.condition(), UNARY);
            } else if (c instanceof Condition.Comparison cmp) {
                operand(cmp.left());
                out.append(' ').append(cmp.comparator().symbol()).append(' ');
                operand(cmp.right());
            } else if (c instanceof Condition.Between b) {
                operand(b.subject());
                out.append(" BETWEEN ");
                operand(b.lower());
                out.append(" AND ");
                operand(b.upper());
            } else if (c instanceof Condition.In in) {
                operand(in.subject());
                out.append(" IN (");
                operands(in.candidates());
                out.append(')');
            } else if (c instanceof Condition.AttributeExists e) {
                call("attribute_exists", new Operand.Path(e.path()));
            } else if (c instanceof Condition.AttributeNotExists e) {
                call("attribute_not_exists", new Operand.Path(e.path()));
            } else if (c instanceof Condition.AttributeTypeIs t) {
                call("attribute_type", new Operand.Path(t.path()),
                        new Operand.Value(new AttributeValue.S(t.type().descriptor())));
            } else if (c instanceof Condition.BeginsWith b) {
                call("begins_with", b.subject(), b.prefix());
            } else if (c instanceof Condition.Contains ct) {
                call("contains", ct.subject(), ct.operand());
            }
            if (wrap) {
                out.append(')');
            }
        }

        private static int strength(Condition c) {
            if (c instanceof Condition.Or) {
                return OR;
            }
            return c instanceof Condition.And ? AND : UNARY;
        }

        private void call(String function, Operand... args) {
            out.append(function).append('(');
            operands(List.of(args));
            out.append(')');
        }

        private void operands(List<Operand> operands) {
            for (int i = 0; i < operands.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                operand(operands.get(i));
            }
        }

        void operand(Operand o) {
            if (o instanceof Operand.Path p) {
                path(p.path());
            } else if (o instanceof Operand.Value v) {
                out.append(valueKeys.computeIfAbsent(v.value(), this::newValueKey));
            } else if (o instanceof Operand.Size s) {
                out.append("size(");
                operand(s.operand());
                out.append(')');
            }
        }

        private String newValueKey(AttributeValue v) {
            String key = ":v" + values.size();
            values.put(key, v);
            return key;
        }

        void path(DocumentPath path) {
            for (int i = 0; i < path.elements().size(); i++) {
                DocumentPath.Element e = path.elements().get(i);
                if (e instanceof DocumentPath.Element.Key k) {
                    if (i > 0) {
                        out.append('.');
                    }
                    out.append(nameKey(k.name()));
                } else {
                    out.append('[').append(((DocumentPath.Element.Index) e).index()).append(']');
                }
            }
        }

        private String nameKey(String name) {
            for (Map.Entry<String, String> e : names.entrySet()) {
                if (e.getValue().equals(name)) {
                    return e.getKey();
                }
            }
            String key = "#n" + names.size();
            names.put(key, name);
            return key;
        }
    }
}
