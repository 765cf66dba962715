package io.dynaspec.engine.expression;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Properties of the expression package as a whole. A printed condition parses back to the same
 * tree; and whatever text arrives, parsing and evaluating it either gives an answer or DynamoDB's
 * ValidationException — never another exception (Expressions.OperatorsAndFunctions.html,
 * Expressions.UpdateExpressions.html for the grammars). The second property runs 10^5 cases in
 * the build; {@code -Dexpression.tries=1000000} runs it again at that count.
 */
class ExpressionPropertiesTest {
    private static final KeySchema KEY = new KeySchema("k", AttributeType.S, null, null);

    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
    void printedConditionParsesToTheSameTree(@ForAll("conditions") Condition condition) {
        ExpressionText text = ExpressionText.of(condition);
        Placeholders placeholders = text.placeholders();
        assertEquals(condition, ConditionParser.parse(text.text(), placeholders), text.text());
        placeholders.checkAllUsed();
    }

    @Property(tries = 100_000, edgeCases = EdgeCasesMode.NONE)
    void anyConditionTextIsJudgedOrRefused(@ForAll("conditionTexts") String text, @ForAll("items") Item item) {
        judgeCondition(text, item);
    }

    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    void anyUpdateTextIsAppliedOrRefused(@ForAll("updateTexts") String text, @ForAll("items") Item item) {
        applyUpdate(text, item);
    }

    /** The same property at a count given on the command line, e.g. {@code -Dexpression.tries=1000000}. */
    @Test
    @EnabledIfSystemProperty(named = "expression.tries", matches = "\\d+")
    void anyTextAtScale() {
        long tries = Long.parseLong(System.getProperty("expression.tries"));
        Arbitrary<Tuple.Tuple2<String, Item>> cases = Combinators.combine(conditionTexts(), items()).as(Tuple::of);
        cases.sampleStream().limit(tries).forEach(c -> judgeCondition(c.get1(), c.get2()));
        Combinators.combine(updateTexts(), items()).as(Tuple::of).sampleStream().limit(tries / 5)
                .forEach(c -> applyUpdate(c.get1(), c.get2()));
    }

    private static void judgeCondition(String text, Item item) {
        try {
            Placeholders placeholders = Values.placeholders(soupArgs());
            Condition condition = ConditionParser.parse(text, placeholders);
            condition.evaluate(item);
            condition.evaluate(null);
        } catch (DynamoException e) {
            requireValidation(e, text);
        } catch (RuntimeException | StackOverflowError e) {
            fail("condition [" + text + "] threw " + e, e);
        }
    }

    private static void applyUpdate(String text, Item item) {
        try {
            UpdateExpression update = UpdateExpressionParser.parse(text, Values.placeholders(soupArgs()));
            update.apply(item, KEY);
            update.updatedAttributes(item);
        } catch (DynamoException e) {
            requireValidation(e, text);
        } catch (RuntimeException | StackOverflowError e) {
            fail("update [" + text + "] threw " + e, e);
        }
    }

    private static void requireValidation(DynamoException e, String text) {
        if (e.type() != ErrorType.VALIDATION || e.getMessage() == null || e.getMessage().isEmpty()) {
            fail("[" + text + "] raised " + e.type() + ": " + e.getMessage());
        }
    }

    private static Object[] soupArgs() {
        return ExpressionArbitraries.soupPlaceholders().entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
    }

    @Provide
    Arbitrary<Condition> conditions() {
        return ExpressionArbitraries.conditions(3);
    }

    @Provide
    Arbitrary<String> conditionTexts() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, ExpressionArbitraries.soups(ExpressionArbitraries.CONDITION_TOKENS)),
                Tuple.of(1, Arbitraries.of(PRINTED_POOL)),
                Tuple.of(2, ExpressionArbitraries.mutants(PRINTED_POOL, ExpressionArbitraries.CONDITION_TOKENS)));
    }

    @Provide
    Arbitrary<String> updateTexts() {
        return ExpressionArbitraries.soups(ExpressionArbitraries.UPDATE_TOKENS);
    }

    /**
     * Items come from a pool drawn once: the texts are what varies most, and drawing a fresh
     * nested item for each of 10^5 cases would cost most of the run.
     */
    @Provide
    Arbitrary<Item> items() {
        return Arbitraries.of(ITEM_POOL);
    }

    private static final List<Item> ITEM_POOL = ExpressionArbitraries.items().sampleStream().limit(500).toList();
    /** Valid condition texts, printed from generated trees once, to be judged as they are and mutated. */
    private static final List<String> PRINTED_POOL = ExpressionArbitraries.conditions(2)
            .map(c -> ExpressionText.of(c).text()).sampleStream().limit(1000).toList();
}
