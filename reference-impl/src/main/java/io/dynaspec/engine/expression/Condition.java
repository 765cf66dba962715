package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed condition (Expressions.ConditionExpressions.html, Expressions.OperatorsAndFunctions.html):
 * an immutable tree, built once by {@link ConditionParser} or {@link #fromExpected} and evaluated
 * against any number of items. Evaluation never fails: a comparison between values of different
 * types, or with a missing attribute, is simply false (or true for {@code <>}).
 */
public sealed interface Condition {

    /**
     * Whether the condition holds for an item. An absent item (null) is judged as an item with
     * no attributes, as DynamoDB judges a conditional write to a key that holds no item.
     */
    boolean evaluate(Item item);

    /**
     * The legacy {@code Expected} parameter as a condition (LegacyConditionalParameters.Expected.html):
     * one comparison per attribute, joined by {@code conditionalOperator} (AND when null). Empty
     * when {@code expected} is null or empty. Throws DynamoDB's ValidationException for an entry
     * whose parameters do not fit together.
     */
    static Optional<Condition> fromExpected(Map<String, ExpectedCondition> expected,
                                            ConditionalOperator conditionalOperator) {
        return LegacyConditions.toCondition(expected, conditionalOperator);
    }

    /**
     * The top-level attribute names the condition reads, in the order written: what a Query
     * filter may not name when they are key attributes (Query.FilterExpression.html).
     */
    static Set<String> attributeNames(Condition c) {
        Set<String> names = new LinkedHashSet<>();
        for (DocumentPath p : documentPaths(c)) {
            names.add(p.attributeName());
        }
        return names;
    }

    /** The document paths the condition reads, in the order written. */
    static List<DocumentPath> documentPaths(Condition c) {
        List<DocumentPath> paths = new ArrayList<>();
        addPaths(c, paths);
        return paths;
    }

    private static void addPaths(Condition c, List<DocumentPath> paths) {
        if (c instanceof And a) {
            addPaths(a.left(), paths);
            addPaths(a.right(), paths);
        } else if (c instanceof Or o) {
            addPaths(o.left(), paths);
            addPaths(o.right(), paths);
        } else if (c instanceof Not n) {
            addPaths(n.condition(), paths);
        } else if (c instanceof Comparison x) {
            addPaths(paths, x.left(), x.right());
        } else if (c instanceof Between b) {
            addPaths(paths, b.subject(), b.lower(), b.upper());
        } else if (c instanceof In in) {
            addPaths(paths, in.subject());
            in.candidates().forEach(o -> addPaths(paths, o));
        } else if (c instanceof AttributeExists e) {
            paths.add(e.path());
        } else if (c instanceof AttributeNotExists e) {
            paths.add(e.path());
        } else if (c instanceof AttributeTypeIs t) {
            paths.add(t.path());
        } else if (c instanceof BeginsWith b) {
            addPaths(paths, b.subject(), b.prefix());
        } else if (c instanceof Contains x) {
            addPaths(paths, x.subject(), x.operand());
        }
    }

    private static void addPaths(List<DocumentPath> paths, Operand... operands) {
        for (Operand o : operands) {
            if (o instanceof Operand.Path p) {
                paths.add(p.path());
            } else if (o instanceof Operand.Size s) {
                addPaths(paths, s.operand());
            }
        }
    }

    /** {@code a AND b}. */
    record And(Condition left, Condition right) implements Condition {
        public boolean evaluate(Item item) {
            return left.evaluate(item) && right.evaluate(item);
        }
    }

    /** {@code a OR b}. */
    record Or(Condition left, Condition right) implements Condition {
        public boolean evaluate(Item item) {
            return left.evaluate(item) || right.evaluate(item);
        }
    }

    /** {@code NOT a}. */
    record Not(Condition condition) implements Condition {
        public boolean evaluate(Item item) {
            return !condition.evaluate(item);
        }
    }

    /** {@code a = b}, {@code a < b}, ... */
    record Comparison(Comparator comparator, Operand left, Operand right) implements Condition {
        public boolean evaluate(Item item) {
            return comparator.test(left.evaluate(item), right.evaluate(item));
        }
    }

    /** {@code a BETWEEN b AND c}: {@code b <= a <= c}, all three of one ordered type. */
    record Between(Operand subject, Operand lower, Operand upper) implements Condition {
        public boolean evaluate(Item item) {
            AttributeValue a = subject.evaluate(item);
            AttributeValue lo = lower.evaluate(item);
            AttributeValue hi = upper.evaluate(item);
            if (a == null || lo == null || hi == null
                    || !Comparator.isOrdered(a, lo) || !Comparator.isOrdered(a, hi)) {
                return false;
            }
            return Comparator.compare(lo, a) <= 0 && Comparator.compare(a, hi) <= 0;
        }
    }

    /** {@code a IN (b, c, ...)}: true when a equals any of the candidates. */
    record In(Operand subject, List<Operand> candidates) implements Condition {
        public In {
            candidates = List.copyOf(candidates);
        }

        public boolean evaluate(Item item) {
            AttributeValue a = subject.evaluate(item);
            if (a == null) {
                return false;
            }
            for (Operand candidate : candidates) {
                if (a.equals(candidate.evaluate(item))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code attribute_exists(path)}. */
    record AttributeExists(DocumentPath path) implements Condition {
        public boolean evaluate(Item item) {
            return path.resolve(item) != null;
        }
    }

    /** {@code attribute_not_exists(path)}. */
    record AttributeNotExists(DocumentPath path) implements Condition {
        public boolean evaluate(Item item) {
            return path.resolve(item) == null;
        }
    }

    /** {@code attribute_type(path, :type)}: the attribute exists and is of that type. */
    record AttributeTypeIs(DocumentPath path, AttributeType type) implements Condition {
        public boolean evaluate(Item item) {
            AttributeValue v = path.resolve(item);
            return v != null && v.type() == type;
        }
    }

    /** {@code begins_with(path, substr)}: a string or binary prefix of the same type. */
    record BeginsWith(Operand subject, Operand prefix) implements Condition {
        public boolean evaluate(Item item) {
            AttributeValue a = subject.evaluate(item);
            AttributeValue p = prefix.evaluate(item);
            if (a instanceof AttributeValue.S s && p instanceof AttributeValue.S ps) {
                return s.value().startsWith(ps.value());
            }
            if (a instanceof AttributeValue.B b && p instanceof AttributeValue.B pb) {
                return b.value().startsWith(pb.value());
            }
            return false;
        }
    }

    /**
     * {@code contains(path, operand)}: a substring of a string, a subsequence of a binary, a
     * member of a set of the operand's type, or an element of a list.
     */
    record Contains(Operand subject, Operand operand) implements Condition {
        public boolean evaluate(Item item) {
            AttributeValue a = subject.evaluate(item);
            AttributeValue x = operand.evaluate(item);
            if (a == null || x == null) {
                return false;
            }
            if (a instanceof AttributeValue.S s) {
                return x instanceof AttributeValue.S xs && s.value().contains(xs.value());
            }
            if (a instanceof AttributeValue.B b) {
                return x instanceof AttributeValue.B xb && b.value().contains(xb.value());
            }
            if (a instanceof AttributeValue.SS ss) {
                return x instanceof AttributeValue.S xs && ss.values().contains(xs.value());
            }
            if (a instanceof AttributeValue.NS ns) {
                return x instanceof AttributeValue.N xn && ns.values().contains(xn.value());
            }
            if (a instanceof AttributeValue.BS bs) {
                return x instanceof AttributeValue.B xb && bs.values().contains(xb.value());
            }
            if (a instanceof AttributeValue.L l) {
                return l.values().contains(x);
            }
            return false;
        }
    }

}
