package io.dynaspec.engine.expression;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.dynaspec.engine.expression.Values.l;
import static io.dynaspec.engine.expression.Values.n;
import static io.dynaspec.engine.expression.Values.placeholders;
import static io.dynaspec.engine.expression.Values.s;
import static io.dynaspec.engine.expression.Values.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The condition grammar and the ValidationException messages DynamoDB gives for expressions it
 * refuses. Grammar and limits: Expressions.OperatorsAndFunctions.html, Expressions.Attributes.html,
 * ServiceQuotas.html ("Expression parameters"), ReservedWords.html. Message wording: DynamoDB's
 * own, as its ValidationException returns it.
 */
class ConditionParserTest {
    private static final String INVALID = "Invalid ConditionExpression: ";

    private static String error(String expression, Object... placeholders) {
        return validationMessage(() -> ConditionParser.parse(expression, placeholders(placeholders)));
    }

    private static Condition parse(String expression, Object... placeholders) {
        return ConditionParser.parse(expression, placeholders(placeholders));
    }

    @Test
    void precedenceShapesTheTree() {
        // Expressions.OperatorsAndFunctions.html, "Precedence in conditions": NOT, then AND, then OR.
        Condition c = parse("a = :v OR NOT b = :v AND c = :v", ":v", n("1"));
        Condition.Or or = (Condition.Or) c;
        Condition.And and = (Condition.And) or.right();
        assertEquals(Condition.Not.class, and.left().getClass());
        assertEquals(Condition.Comparison.class, and.right().getClass());
    }

    @Test
    void andGroupsFromTheLeft() {
        Condition c = parse("a = :v AND b = :v AND c = :v", ":v", n("1"));
        Condition.And top = (Condition.And) c;
        assertEquals(Condition.And.class, top.left().getClass());
    }

    @Test
    void documentPathsWithIndexesAndPlaceholders() {
        // Expressions.Attributes.html, "Document paths".
        Condition c = parse("#pr.FiveStar[0].#t[12] = :v", "#pr", "ProductReviews", "#t", "Text", ":v", s("x"));
        Condition.Comparison cmp = (Condition.Comparison) c;
        assertEquals("ProductReviews.FiveStar[0].Text[12]", ((Operand.Path) cmp.left()).path().toString());
    }

    @Test
    void parenthesisedOperandsAndConditions() {
        parse("(a) = :v", ":v", n("1"));
        parse("(a = :v)", ":v", n("1"));
        parse("((a = :v) AND b = :v)", ":v", n("1"));
        parse("size(a) > (:v)", ":v", n("1"));
    }

    @Test
    void emptyExpression() {
        assertEquals(INVALID + "The expression can not be empty;", error(""));
        assertEquals(INVALID + "The expression can not be empty;", error("   "));
    }

    @Test
    void syntaxErrorsQuoteTheTokenAndItsNeighbours() {
        assertEquals(INVALID + "Syntax error; token: \"<EOF>\", near: \"foo\"", error("foo"));
        assertEquals(INVALID + "Syntax error; token: \"=\", near: \"== :v\"", error("a == :v", ":v", n("1")));
        assertEquals(INVALID + "Syntax error; token: \"1\", near: \"= 1\"", error("a = 1"));
        assertEquals(INVALID + "Syntax error; token: \"b\", near: \"a b =\"", error("a b = :v", ":v", n("1")));
        assertEquals(INVALID + "Syntax error; token: \"<EOF>\", near: \"AND\"", error("a = :v AND", ":v", n("1")));
        assertEquals(INVALID + "Syntax error; token: \"-\", near: \"a-b\"", error("a-b = :v", ":v", n("1")));
        assertEquals(INVALID + "Syntax error; token: \"+\", near: \"a + :v\"", error("a + :v = :v", ":v", n("1")));
    }

    @Test
    void reservedWordsNeedPlaceholders() {
        // ReservedWords.html: the list is not case-sensitive.
        assertEquals(INVALID + "Attribute name is a reserved keyword; reserved keyword: name",
                error("name = :v", ":v", s("x")));
        assertEquals(INVALID + "Attribute name is a reserved keyword; reserved keyword: Comment",
                error("a.Comment = :v", ":v", s("x")));
        parse("#n = :v", "#n", "name", ":v", s("x"));
    }

    @Test
    void undefinedPlaceholders() {
        assertEquals(INVALID + "An expression attribute name used in the document path is not defined; attribute name: #n",
                error("#n = :v", ":v", s("x")));
        assertEquals(INVALID + "An expression attribute value used in expression is not defined; attribute value: :v",
                error("a = :v"));
    }

    @Test
    void betweenBounds() {
        assertEquals(INVALID + "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                        + "lower bound operand: AttributeValue: {N:2}, upper bound operand: AttributeValue: {N:1}",
                error("a BETWEEN :lo AND :hi", ":lo", n("2"), ":hi", n("1")));
        assertEquals(INVALID + "The BETWEEN operator requires same data type for lower and upper bounds; "
                        + "lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}",
                error("a BETWEEN :lo AND :hi", ":lo", n("1"), ":hi", s("a")));
    }

    @Test
    void orderingNeedsScalarOperands() {
        assertEquals(INVALID + "Incorrect operand type for operator or function; operator or function: <, operand type: L",
                error("a < :v", ":v", l(s("x"))));
        assertEquals(INVALID + "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
                error("begins_with(a, :v)", ":v", n("1")));
        assertEquals(INVALID + "Incorrect operand type for operator or function; operator or function: size, operand type: N",
                error("size(:v) = :v", ":v", n("1")));
    }

    @Test
    void functionArityAndArguments() {
        assertEquals(INVALID + "Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2",
                error("attribute_exists(a, b)"));
        assertEquals(INVALID + "Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1",
                error("begins_with(a)"));
        assertEquals(INVALID + "Operator or function requires a document path; operator or function: attribute_not_exists",
                error("attribute_not_exists(:v)", ":v", s("x")));
        assertEquals(INVALID + "Invalid attribute type name found; type: STRING, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
                error("attribute_type(a, :t)", ":t", s("STRING")));
        assertEquals(INVALID + "Invalid function name; function: foo", error("foo(a)"));
        assertEquals(INVALID + "Invalid function name; function: Size", error("Size(a) = :v", ":v", n("1")));
    }

    @Test
    void functionsUsedOutOfPlace() {
        assertEquals(INVALID + "The function is not allowed to be used this way in an expression; function: size",
                error("size(a)"));
        assertEquals(INVALID + "The function is not allowed to be used this way in an expression; function: begins_with",
                error("begins_with(a, :v) = :w", ":v", s("x"), ":w", s("y")));
        assertEquals(INVALID + "The function is not allowed in a condition expression; function: if_not_exists",
                error("if_not_exists(a, :v) = :v", ":v", s("x")));
    }

    @Test
    void operandsMustBeDistinct() {
        // Expressions.OperatorsAndFunctions.html: "contains (a, a) will return an error".
        assertEquals(INVALID + "The first operand must be distinct from the remaining operands for this operator or function; "
                + "operator: contains, first operand: [a]", error("contains(a, a)"));
        assertEquals(INVALID + "The first operand must be distinct from the remaining operands for this operator or function; "
                + "operator: =, first operand: [a, b, [1]]", error("a.b[1] = a.b[1]"));
    }

    @Test
    void theFirstConditionWithAProblemIsTheOneReported() {
        // dynalite's scan validations, a record of DynamoDB's answers: placeholders, operand
        // counts, repeated paths and operand types are judged one condition at a time.
        assertEquals(INVALID + "The first operand must be distinct from the remaining operands for this operator or function; "
                + "operator: =, first operand: [a]", error("a = a AND #a = b AND :views > a", "#a", "a"));
        assertEquals(INVALID + "The first operand must be distinct from the remaining operands for this operator or function; "
                + "operator: attribute_type, first operand: [ab, bc, [1], a]",
                error("attribute_type(ab.bc[1].#a, ab.bc[1].a)", "#a", "a"));
        // Within one condition, the placeholder met first, a name or a value, is named.
        assertEquals(INVALID + "An expression attribute value used in expression is not defined; attribute value: :hello",
                error("begins_with(:hello, #a, #b)"));
        assertEquals(INVALID + "An expression attribute name used in the document path is not defined; attribute name: #P",
                error("(#P between :lo and :hi) and (#PC in (:cat1, :cat2))"));
    }

    @Test
    void sizeAsAttributeTypesSecondOperandIsANumber() {
        assertEquals(INVALID + "Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
                error("attribute_type(a, size(a)) and a=a and a=:a", ":a", n("1")));
    }

    @Test
    void redundantParentheses() {
        assertEquals(INVALID + "The expression has redundant parentheses;", error("((a = :v))", ":v", n("1")));
        assertEquals(INVALID + "The expression has redundant parentheses;", error("a = ((:v))", ":v", n("1")));
    }

    @Test
    void inTakesAtMostOneHundredOperands() {
        // Expressions.OperatorsAndFunctions.html: "The list can contain up to 100 values".
        Object[] p = IntStream.range(0, 101).boxed()
                .flatMap(i -> java.util.stream.Stream.of(":v" + i, n(Integer.toString(i)))).toArray();
        String list100 = IntStream.range(0, 100).mapToObj(i -> ":v" + i).collect(Collectors.joining(", "));
        Placeholders placeholders = placeholders(p);
        ConditionParser.parse("a IN (" + list100 + ")", placeholders);
        assertEquals(INVALID + "The IN operator is provided with too many operands; number of operands: 101",
                error("a IN (" + list100 + ", :v100)", p));
    }

    @Test
    void expressionsAreAtMostFourKilobytes() {
        // ServiceQuotas.html: "The maximum length of any expression string is 4 KB."
        String name = "a" + "z".repeat(4096);
        String expression = "attribute_not_exists(" + name + ")";
        assertEquals(INVALID + "Expression size has exceeded the maximum allowed size; expression size: " + expression.length(),
                error(expression));
        parse("attribute_not_exists(" + "a".repeat(4096 - 22) + ")");
    }

    @Test
    void atMostThreeHundredOperators() {
        // ServiceQuotas.html: at most 300 operators or functions.
        String ok = "attribute_exists(a)" + " AND attribute_exists(a)".repeat(149);
        parse(ok);
        assertEquals(INVALID + "The expression contains too many operators; operator count: 301",
                error(ok + " AND attribute_exists(a)"));
    }

    @Test
    void documentPathsAreAtMostThirtyTwoDeep() {
        // Expressions.Attributes.html: "The maximum depth for a document path is 32."
        parse("attribute_exists(a" + ".b".repeat(31) + ")");
        assertEquals(INVALID + "The document path has too many nesting levels; nesting levels: 33",
                error("attribute_exists(a" + ".b".repeat(32) + ")"));
    }

    @Test
    void deepParenthesesFailFast() {
        for (int depth : List.of(200, 1000, 2000)) {
            String text = "(".repeat(depth) + "a = :v" + ")".repeat(depth);
            assertTimeoutPreemptively(java.time.Duration.ofMillis(500), () -> {
                assertEquals(INVALID + "The expression has redundant parentheses;", error(text, ":v", n("1")));
            });
        }
        String unbalanced = "(".repeat(2000);
        assertTimeoutPreemptively(java.time.Duration.ofMillis(500), () -> error(unbalanced));
    }

    @Test
    void deepNegationsStayWithinTheOperatorLimit() {
        String text = "NOT ".repeat(1000) + "a = :v";
        assertTimeoutPreemptively(java.time.Duration.ofMillis(500), () -> {
            assertEquals(INVALID + "The expression contains too many operators; operator count: 301", error(text, ":v", n("1")));
        });
    }

    @Test
    void filterExpressionsNameThemselves() {
        assertEquals("Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"foo\"",
                validationMessage(() -> ConditionParser.parse("foo", Placeholders.none(), ExpressionKind.FILTER)));
    }
}
