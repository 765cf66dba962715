package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.KeySchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key condition of a Query as the request states it, before the table is known: one or two
 * terms, each an operator on one top-level attribute (Query.KeyConditionExpressions.html). It
 * comes from a KeyConditionExpression, read with the condition grammar and then held to the shape
 * a key condition may take, or from the legacy KeyConditions map
 * (LegacyConditionalParameters.KeyConditions.html). {@link #against} then matches it to the key
 * schema.
 *
 * @param terms the terms, in the order written
 */
public record KeyCondition(List<Term> terms) {
    /** Operators a legacy KeyConditions entry may name that no key can be read by. */
    private static final Set<ComparisonOperator> NOT_INDEXABLE = Set.of(ComparisonOperator.NULL,
            ComparisonOperator.NOT_NULL, ComparisonOperator.NE, ComparisonOperator.CONTAINS,
            ComparisonOperator.NOT_CONTAINS, ComparisonOperator.IN);

    public KeyCondition {
        terms = List.copyOf(terms);
    }

    /**
     * One condition on one key attribute.
     *
     * @param attribute the attribute's name
     * @param operator  EQ, LT, LE, GT, GE, BETWEEN or BEGINS_WITH from an expression; any
     *                  operator from the legacy parameter
     * @param values    the operator's values: two for BETWEEN, else one
     */
    public record Term(String attribute, ComparisonOperator operator, List<AttributeValue> values) {
        public Term {
            values = List.copyOf(values);
        }
    }

    /**
     * A KeyConditionExpression, once read with the condition grammar (syntax, placeholders and
     * operand types checked as for any condition), held to the shape of a key condition: only
     * comparisons other than {@code <>}, BETWEEN and begins_with, each on one top-level attribute
     * against values, joined by AND, at most one per attribute.
     */
    public static KeyCondition of(Condition condition) {
        List<Term> terms = new ArrayList<>(2);
        collect(condition, terms);
        return of(terms);
    }

    /** The legacy KeyConditions map, each entry's values checked as a filter entry's are. */
    public static KeyCondition fromLegacy(Map<String, LegacyCondition> keyConditions) {
        List<Term> terms = new ArrayList<>(keyConditions.size());
        for (Map.Entry<String, LegacyCondition> e : keyConditions.entrySet()) {
            List<AttributeValue> values = e.getValue().values() == null ? List.of() : e.getValue().values();
            LegacyConditions.comparison(e.getKey(), e.getValue().operator(), values);
            terms.add(new Term(e.getKey(), e.getValue().operator(), values));
        }
        return of(terms);
    }

    private static KeyCondition of(List<Term> terms) {
        if (terms.isEmpty() || terms.size() > 2) {
            throw ExpressionErrors.keyConditionCount();
        }
        return new KeyCondition(terms);
    }

    /** Walks the tree in the order it was written, refusing what a key condition cannot hold. */
    private static void collect(Condition c, List<Term> terms) {
        if (c instanceof Condition.And and) {
            collect(and.left(), terms);
            collect(and.right(), terms);
        } else if (c instanceof Condition.Or) {
            throw ExpressionErrors.keyConditionOperator("OR");
        } else if (c instanceof Condition.Not) {
            throw ExpressionErrors.keyConditionOperator("NOT");
        } else if (c instanceof Condition.In) {
            throw ExpressionErrors.keyConditionOperator("IN");
        } else if (c instanceof Condition.AttributeExists) {
            throw ExpressionErrors.keyConditionOperator("attribute_exists");
        } else if (c instanceof Condition.AttributeNotExists) {
            throw ExpressionErrors.keyConditionOperator("attribute_not_exists");
        } else if (c instanceof Condition.AttributeTypeIs) {
            throw ExpressionErrors.keyConditionOperator("attribute_type");
        } else if (c instanceof Condition.Contains) {
            throw ExpressionErrors.keyConditionOperator("contains");
        } else if (c instanceof Condition.Comparison cmp) {
            add(terms, comparison(cmp));
        } else if (c instanceof Condition.Between b) {
            add(terms, ranged("BETWEEN", ComparisonOperator.BETWEEN, b.subject(), b.lower(), b.upper()));
        } else if (c instanceof Condition.BeginsWith bw) {
            add(terms, ranged("begins_with", ComparisonOperator.BEGINS_WITH, bw.subject(), bw.prefix()));
        } else {
            throw new IllegalStateException("unknown condition " + c);
        }
    }

    private static void add(List<Term> terms, Term term) {
        for (Term t : terms) {
            if (t.attribute().equals(term.attribute())) {
                throw ExpressionErrors.keyConditionTwicePerKey();
            }
        }
        terms.add(term);
    }

    /** {@code key op :v} or {@code :v op key}, turned around so that the key comes first. */
    private static Term comparison(Condition.Comparison cmp) {
        if (cmp.comparator() == Comparator.NE) {
            throw ExpressionErrors.keyConditionOperator("<>");
        }
        Operand left = cmp.left();
        Operand right = cmp.right();
        noNesting(left, right);
        // A nested path as the first operand is reported before a second attribute name
        // ("a.d > c"), a second attribute name before a nested path after it ("b > a.b"), as
        // dynalite's suite records DynamoDB.
        if (left instanceof Operand.Path first && first.path().depth() > 1) {
            throw ExpressionErrors.keyConditionNestedAttribute();
        }
        boolean keyLeft = left instanceof Operand.Path;
        boolean keyRight = right instanceof Operand.Path;
        if (keyLeft && keyRight) {
            throw ExpressionErrors.keyConditionMultipleNames();
        }
        if (!keyLeft && !keyRight) {
            throw ExpressionErrors.keyConditionNoKey();
        }
        Operand.Path key = (Operand.Path) (keyLeft ? left : right);
        AttributeValue value = ((Operand.Value) (keyLeft ? right : left)).value();
        Comparator comparator = keyLeft ? cmp.comparator() : mirrored(cmp.comparator());
        ComparisonOperator op = switch (comparator) {
            case EQ -> ComparisonOperator.EQ;
            case LT -> ComparisonOperator.LT;
            case LE -> ComparisonOperator.LE;
            case GT -> ComparisonOperator.GT;
            case GE -> ComparisonOperator.GE;
            case NE -> throw ExpressionErrors.keyConditionOperator("<>");
        };
        return new Term(keyName(key), op, List.of(value));
    }

    private static Comparator mirrored(Comparator c) {
        return switch (c) {
            case LT -> Comparator.GT;
            case LE -> Comparator.GE;
            case GT -> Comparator.LT;
            case GE -> Comparator.LE;
            default -> c;
        };
    }

    /** BETWEEN and begins_with: the key first, then values only. */
    private static Term ranged(String name, ComparisonOperator op, Operand subject, Operand... values) {
        Operand[] all = new Operand[values.length + 1];
        all[0] = subject;
        System.arraycopy(values, 0, all, 1, values.length);
        // A value where the key belongs is reported before a nested operation among the bounds
        // (":a between size(b) and size(a)": dynalite's suite records DynamoDB's answer).
        if (subject instanceof Operand.Value) {
            throw ExpressionErrors.keyConditionFirstOperand(name);
        }
        // An attribute name among the bounds is reported before a nested operation among them
        // ("a between b and size(a)").
        for (Operand v : values) {
            if (v instanceof Operand.Path) {
                throw ExpressionErrors.keyConditionMultipleNames();
            }
        }
        noNesting(all);
        if (!(subject instanceof Operand.Path key)) {
            throw ExpressionErrors.keyConditionFirstOperand(name);
        }
        List<AttributeValue> literal = new ArrayList<>(values.length);
        for (Operand v : values) {
            if (v instanceof Operand.Path) {
                throw ExpressionErrors.keyConditionMultipleNames();
            }
            literal.add(((Operand.Value) v).value());
        }
        return new Term(keyName(key), op, literal);
    }

    private static void noNesting(Operand... operands) {
        for (Operand o : operands) {
            if (o instanceof Operand.Size) {
                throw ExpressionErrors.keyConditionNested();
            }
        }
    }

    private static String keyName(Operand.Path key) {
        if (key.path().depth() > 1) {
            throw ExpressionErrors.keyConditionNestedAttribute();
        }
        return key.path().attributeName();
    }

    /**
     * Matches the condition to the table's key (API_Query.html, "KeyConditionExpression"): an
     * equality on the partition key, and optionally one condition on the sort key. The checks go
     * key attribute by key attribute, partition key first.
     */
    public KeyRange against(KeySchema schema) {
        Term partition = checkTerm(schema, schema.partitionName(), schema.partitionType(), true);
        Term sort = schema.hasSortKey() ? checkTerm(schema, schema.sortName(), schema.sortType(), false) : null;
        return new KeyRange(partition.values().get(0), sort);
    }

    private Term checkTerm(KeySchema schema, String name, AttributeType type, boolean partitionKey) {
        if (partitionKey && !schema.hasSortKey() && terms.size() > 1) {
            throw ExpressionErrors.keyConditionNotSupported();
        }
        Term term = null;
        for (Term t : terms) {
            if (t.attribute().equals(name)) {
                term = t;
            }
        }
        if (term == null) {
            if (partitionKey || terms.size() > 1) {
                throw ExpressionErrors.missedKeyElement(name);
            }
            return null;
        }
        if (NOT_INDEXABLE.contains(term.operator())) {
            throw ExpressionErrors.notIndexable();
        }
        for (AttributeValue v : term.values()) {
            if (v.type() != type) {
                throw ExpressionErrors.keyConditionType();
            }
        }
        if (partitionKey && term.operator() != ComparisonOperator.EQ) {
            throw ExpressionErrors.keyConditionNotSupported();
        }
        return term;
    }
}
