package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Generators for the property tests: attribute values and items, condition trees that DynamoDB
 * would accept, and token soups that it mostly would not.
 */
final class ExpressionArbitraries {
    /** Attribute names, some reserved, some only reachable through placeholders. */
    static final List<String> NAMES = List.of("a", "b", "c", "name", "Size", "x.y", "with space", "_u");

    private ExpressionArbitraries() {
    }

    static Arbitrary<AttributeValue> strings() {
        return Arbitraries.strings().withChars("abAB\u00e9\u4e2d").ofMinLength(0).ofMaxLength(4)
                .map(AttributeValue.S::new);
    }

    static Arbitrary<AttributeValue> numbers() {
        return Arbitraries.integers().between(-1000, 1000).flatMap(i -> Arbitraries.integers().between(0, 3)
                .map(scale -> new AttributeValue.N(DynamoNumber.of(BigDecimal.valueOf(i, scale)))));
    }

    static Arbitrary<AttributeValue> binaries() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(3)
                .map(b -> new AttributeValue.B(Bytes.copyOf(b)));
    }

    /** Values on which DynamoDB defines an order: N, S, B. */
    static Arbitrary<AttributeValue> ordered() {
        return Arbitraries.oneOf(strings(), numbers(), binaries());
    }

    static Arbitrary<AttributeValue> values(int depth) {
        List<Arbitrary<? extends AttributeValue>> choices = new ArrayList<>(List.of(
                strings(), numbers(), binaries(),
                Arbitraries.of(AttributeValue.Bool.TRUE, AttributeValue.Bool.FALSE, AttributeValue.Null.INSTANCE),
                Arbitraries.of("a", "b", "ab", "\u00e9").list().ofMinSize(1).ofMaxSize(3)
                        .map(l -> new AttributeValue.SS(new LinkedHashSet<>(l))),
                Arbitraries.integers().between(-5, 5).list().ofMinSize(1).ofMaxSize(3)
                        .map(l -> {
                            LinkedHashSet<DynamoNumber> n = new LinkedHashSet<>();
                            l.forEach(i -> n.add(DynamoNumber.of(i)));
                            return new AttributeValue.NS(n);
                        })));
        if (depth > 0) {
            Arbitrary<AttributeValue> inner = values(depth - 1);
            choices.add(inner.list().ofMaxSize(3).map(AttributeValue.L::new));
            choices.add(attributes(inner, 3).map(AttributeValue.M::new));
        }
        return Arbitraries.oneOf(choices);
    }

    /**
     * Name-to-value maps drawn as a list of pairs, a later pair replacing an earlier one of the
     * same name: cheaper than drawing unique keys.
     */
    private static Arbitrary<Map<String, AttributeValue>> attributes(Arbitrary<AttributeValue> values, int maxSize) {
        return Combinators.combine(Arbitraries.of(NAMES), values).as(Map::entry).list().ofMaxSize(maxSize)
                .map(entries -> {
                    Map<String, AttributeValue> map = new LinkedHashMap<>();
                    entries.forEach(e -> map.put(e.getKey(), e.getValue()));
                    return map;
                });
    }

    static Arbitrary<Item> items() {
        return attributes(values(2), 6).map(Item::of);
    }

    static Arbitrary<DocumentPath> paths() {
        Arbitrary<DocumentPath.Element> element = Arbitraries.oneOf(
                Arbitraries.of(NAMES).map(DocumentPath.Element.Key::new),
                Arbitraries.integers().between(0, 3).map(DocumentPath.Element.Index::new));
        return Combinators.combine(Arbitraries.of(NAMES), element.list().ofMaxSize(2)).as((head, rest) -> {
            List<DocumentPath.Element> elements = new ArrayList<>();
            elements.add(new DocumentPath.Element.Key(head));
            elements.addAll(rest);
            return new DocumentPath(elements);
        });
    }

    private static Arbitrary<Operand> pathOperands() {
        return paths().map(Operand.Path::new);
    }

    /** A comparison's left side: a path, or the size of one. */
    private static Arbitrary<Operand> subjects() {
        return Arbitraries.oneOf(pathOperands(), pathOperands().map(Operand.Size::new));
    }

    /** Leaf conditions built to pass DynamoDB's checks: distinct operands, ordered bounds, fitting types. */
    static Arbitrary<Condition> leaves() {
        Arbitrary<Condition> equality = Combinators.combine(Arbitraries.of(Comparator.EQ, Comparator.NE), subjects(),
                values(1)).as((c, s, v) -> new Condition.Comparison(c, s, new Operand.Value(v)));
        Arbitrary<Condition> ordering = Combinators.combine(
                Arbitraries.of(Comparator.LT, Comparator.LE, Comparator.GT, Comparator.GE), subjects(), ordered())
                .as((c, s, v) -> new Condition.Comparison(c, s, new Operand.Value(v)));
        Arbitrary<Condition> between = Combinators.combine(subjects(), numbers(), numbers()).as((s, x, y) -> {
            boolean inOrder = Comparator.compare(x, y) <= 0;
            return new Condition.Between(s, new Operand.Value(inOrder ? x : y), new Operand.Value(inOrder ? y : x));
        });
        Arbitrary<Condition> in = Combinators.combine(subjects(), values(1).list().ofMinSize(1).ofMaxSize(4))
                .as((s, vs) -> new Condition.In(s, vs.stream().<Operand>map(Operand.Value::new).toList()));
        Arbitrary<Condition> exists = paths().map(Condition.AttributeExists::new);
        Arbitrary<Condition> notExists = paths().map(Condition.AttributeNotExists::new);
        Arbitrary<Condition> type = Combinators.combine(paths(), Arbitraries.of(AttributeType.class))
                .as(Condition.AttributeTypeIs::new);
        Arbitrary<Condition> beginsWith = Combinators.combine(pathOperands(), Arbitraries.oneOf(strings(), binaries()))
                .as((p, v) -> new Condition.BeginsWith(p, new Operand.Value(v)));
        Arbitrary<Condition> contains = Combinators.combine(pathOperands(), values(1))
                .as((p, v) -> new Condition.Contains(p, new Operand.Value(v)));
        return Arbitraries.oneOf(equality, ordering, between, in, exists, notExists, type, beginsWith, contains);
    }

    static Arbitrary<Condition> conditions(int depth) {
        if (depth == 0) {
            return leaves();
        }
        Arbitrary<Condition> smaller = conditions(depth - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaves()),
                net.jqwik.api.Tuple.of(2, Combinators.combine(smaller, smaller).as(Condition.And::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(smaller, smaller).as(Condition.Or::new)),
                net.jqwik.api.Tuple.of(1, smaller.map(Condition.Not::new)));
    }

    /** Placeholders every soup may use; some keys the soups also name are deliberately missing. */
    static Map<String, Object> soupPlaceholders() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("#n", "a");
        p.put("#r", "name");
        p.put(":s", new AttributeValue.S("ab"));
        p.put(":n", new AttributeValue.N(DynamoNumber.of(2)));
        p.put(":l", new AttributeValue.L(List.of(new AttributeValue.S("a"))));
        p.put(":t", new AttributeValue.S("SS"));
        p.put(":ss", new AttributeValue.SS(new LinkedHashSet<>(List.of("a", "b"))));
        return p;
    }

    /**
     * Tokens, valid and not, for text DynamoDB must either accept or refuse with a
     * ValidationException. Drawn straight from the random source, without shrinking: the
     * properties that use them run 10^5 cases and print the failing text.
     */
    static Arbitrary<String> soups(List<String> vocabulary) {
        return Arbitraries.randomValue(random -> {
            int n = 1 + random.nextInt(14);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(vocabulary.get(random.nextInt(vocabulary.size())));
                sb.append(random.nextInt(4) == 0 ? "" : " ");
            }
            return sb.toString();
        });
    }

    /**
     * Valid texts with one or two tokens deleted, doubled, swapped or replaced from the
     * vocabulary: text close to what DynamoDB accepts, where parsers tend to break.
     */
    static Arbitrary<String> mutants(List<String> validTexts, List<String> vocabulary) {
        return Arbitraries.randomValue(random -> {
            List<String> tokens = new ArrayList<>(List.of(validTexts.get(random.nextInt(validTexts.size())).split(" ")));
            int edits = 1 + random.nextInt(2);
            for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
                int at = random.nextInt(tokens.size());
                switch (random.nextInt(4)) {
                    case 0 -> tokens.remove(at);
                    case 1 -> tokens.add(at, tokens.get(at));
                    case 2 -> tokens.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
                    default -> {
                        if (at + 1 < tokens.size()) {
                            tokens.add(at + 1, tokens.remove(at));
                        }
                    }
                }
            }
            return String.join(" ", tokens);
        });
    }

    static final List<String> CONDITION_TOKENS = List.of(
            "a", "b", "c", "name", "#n", "#r", "#undefined", ":s", ":n", ":l", ":t", ":ss", ":undefined",
            "(", ")", "[", "]", "0", "1", ",", ".", "=", "<>", "<", "<=", ">", ">=", "+", "-", "!",
            "AND", "OR", "NOT", "BETWEEN", "IN", "and", "attribute_exists", "attribute_not_exists",
            "attribute_type", "begins_with", "contains", "size", "if_not_exists", "foo", "a = :s", "size(a) > :n",
            "attribute_exists(#n)", "b IN (:s, :n)", "a BETWEEN :n AND :n", "(", "((");

    static final List<String> UPDATE_TOKENS = List.of(
            "SET", "REMOVE", "ADD", "DELETE", "set", "a", "b", "c", "name", "#n", "#r", "#undefined",
            ":s", ":n", ":l", ":ss", ":undefined", "=", "+", "-", "(", ")", "[", "]", "0", "2", ",", ".",
            "if_not_exists", "list_append", "size", "a = :n", "a = a + :n", "b = list_append(b, :l)",
            "c[1] = :s", "a :ss", "b :n", "a.b = :s");
}
