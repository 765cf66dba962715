package io.dynaspec.engine.expression;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a condition expression (Expressions.OperatorsAndFunctions.html) into a {@link Condition}:
 *
 * <pre>
 * condition ::= disjunct (OR disjunct)*
 * disjunct  ::= negation (AND negation)*
 * negation  ::= NOT negation | operand comparator operand | operand BETWEEN operand AND operand
 *             | operand IN ( operand (, operand)* ) | function | ( condition )
 * operand   ::= path | :value | size(operand) | ( operand )
 * </pre>
 *
 * Comparisons bind tightest, then NOT, AND, OR, as the page's "Precedence in conditions" lists;
 * AND and OR group from the left. One left-to-right pass with one token of lookahead.
 */
public final class ConditionParser extends ExpressionReader {
    private static final Problem[] ORDER = {
            Problem.REDUNDANT_PARENTHESES, Problem.FUNCTION_NAME, Problem.FUNCTION_USE, Problem.RESERVED_WORD,
            Problem.CONDITION};
    /**
     * Within one condition, what DynamoDB reports first: an undefined placeholder, then a wrong
     * number of operands, then an operand not distinct from the first, then an operand's type.
     */
    private static final Problem[] WITHIN_CONDITION = {Problem.OPERAND_COUNT, Problem.DISTINCT, Problem.OPERAND};
    private static final String TYPE_CHOICES = "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}";

    /** A condition or an operand, and whether parentheses enclosed it directly. */
    private record Parsed(Object node, boolean parenthesized) {
    }

    private int depth;

    private ConditionParser(ExpressionKind kind, String text, Placeholders placeholders) {
        super(kind, text, placeholders);
    }

    /** Parses a ConditionExpression. */
    public static Condition parse(String text, Placeholders placeholders) {
        return parse(text, placeholders, ExpressionKind.CONDITION);
    }

    /** Parses a condition given as {@code kind} (ConditionExpression or FilterExpression). */
    public static Condition parse(String text, Placeholders placeholders, ExpressionKind kind) {
        ConditionParser parser = new ConditionParser(kind, text, placeholders);
        Parsed whole = parser.disjunction();
        Condition condition = parser.asCondition(whole);
        parser.settleCondition();
        parser.finish(ORDER);
        return condition;
    }

    @Override
    boolean isKeyword(Token t) {
        return t.isKeyword("AND") || t.isKeyword("OR") || t.isKeyword("NOT")
                || t.isKeyword("BETWEEN") || t.isKeyword("IN");
    }

    private Parsed disjunction() {
        Parsed left = conjunction();
        while (peek().isKeyword("OR")) {
            Condition l = asCondition(left);
            next();
            countOperator();
            Condition r = asCondition(conjunction());
            left = new Parsed(new Condition.Or(l, r), false);
        }
        return left;
    }

    private Parsed conjunction() {
        Parsed left = negation();
        while (peek().isKeyword("AND")) {
            Condition l = asCondition(left);
            next();
            countOperator();
            Condition r = asCondition(negation());
            left = new Parsed(new Condition.And(l, r), false);
        }
        return left;
    }

    private Parsed negation() {
        if (peek().isKeyword("NOT")) {
            next();
            countOperator();
            return new Parsed(new Condition.Not(asCondition(negation())), false);
        }
        Parsed unit = primary();
        boolean functionCall = !unit.parenthesized() && unit.node() instanceof Condition;
        if ((unit.node() instanceof Operand || functionCall) && startsComparison(peek())) {
            Parsed comparison = new Parsed(comparisonAfter(asOperand(unit)), false);
            settleCondition();
            return comparison;
        }
        if (unit.node() instanceof Condition) {
            settleCondition();
        }
        return unit;
    }

    /**
     * DynamoDB reads a condition's operands, placeholders and types one condition at a time:
     * the first condition, in the order written, that has such a problem is the one reported
     * (scan and updateItem validations in dynalite's record of DynamoDB's answers:
     * {@code a = a AND #a = b AND :views > a} names the repeated path, not the undefined :views).
     */
    private void settleCondition() {
        if (noted(Problem.CONDITION) != null) {
            return;
        }
        DynamoException first = firstUndefined();
        for (int i = 0; first == null && i < WITHIN_CONDITION.length; i++) {
            first = noted(WITHIN_CONDITION[i]);
        }
        if (first != null) {
            note(Problem.CONDITION, first);
        }
    }

    private static boolean startsComparison(Token t) {
        return (t.kind() == Token.Kind.SYMBOL && Comparator.of(t.text()) != null)
                || t.isKeyword("BETWEEN") || t.isKeyword("IN");
    }

    private Parsed primary() {
        return parenthesizedOr(this::disjunction);
    }

    /** {@code ( inner )}, noting redundant parentheses, or else a term. */
    private Parsed parenthesizedOr(java.util.function.Supplier<Parsed> inside) {
        if (peek().is("(")) {
            next();
            enter();
            Parsed inner = inside.get();
            expect(")");
            depth--;
            if (inner.parenthesized()) {
                note(Problem.REDUNDANT_PARENTHESES, ExpressionErrors.redundantParentheses(kind));
            }
            return new Parsed(inner.node(), true);
        }
        return new Parsed(term(), false);
    }

    /**
     * Each level of parentheses that is not redundant holds at least one operator, so a depth
     * beyond the operator limit can only be reached through redundant parentheses; stopping
     * there keeps the parse's stack small whatever the text.
     */
    private void enter() {
        depth++;
        if (depth > ExpressionKind.MAX_OPERATORS) {
            throw ExpressionErrors.redundantParentheses(kind);
        }
    }

    /** The comparison, BETWEEN or IN that follows {@code subject}. */
    private Condition comparisonAfter(Operand subject) {
        Token t = peek();
        Comparator comparator = t.kind() == Token.Kind.SYMBOL ? Comparator.of(t.text()) : null;
        if (comparator != null) {
            next();
            countOperator();
            Operand right = operand();
            checkOrderable(comparator, subject, right);
            checkDistinct(comparator.symbol(), subject, right);
            return new Condition.Comparison(comparator, subject, right);
        }
        if (t.isKeyword("BETWEEN")) {
            next();
            countOperator();
            Operand lower = operand();
            if (!peek().isKeyword("AND")) {
                throw syntaxError();
            }
            next();
            Operand upper = operand();
            checkBetween(subject, lower, upper);
            return new Condition.Between(subject, lower, upper);
        }
        if (t.isKeyword("IN")) {
            next();
            countOperator();
            expect("(");
            List<Operand> candidates = new ArrayList<>();
            candidates.add(operand());
            while (peek().is(",")) {
                next();
                candidates.add(operand());
            }
            expect(")");
            if (candidates.size() > ExpressionKind.MAX_IN_OPERANDS) {
                note(Problem.OPERAND, ExpressionErrors.tooManyInOperands(kind, candidates.size()));
            }
            for (Operand candidate : candidates) {
                checkDistinct("IN", subject, candidate);
            }
            return new Condition.In(subject, candidates);
        }
        throw syntaxError();
    }

    /** An operand, possibly in parentheses; a function other than size is noted as misused. */
    private Operand operand() {
        return asOperand(operandUnit());
    }

    private Parsed operandUnit() {
        return parenthesizedOr(this::operandUnit);
    }

    /** A path, a value or a function call: an {@link Operand} or, for most functions, a {@link Condition}. */
    private Object term() {
        Token t = peek();
        if (t.kind() == Token.Kind.VALUE_PLACEHOLDER) {
            return new Operand.Value(placeholderValue());
        }
        if (t.kind() == Token.Kind.WORD && !isKeyword(t) && peek(1).is("(")) {
            return function();
        }
        if (atPath()) {
            return new Operand.Path(path());
        }
        throw syntaxError();
    }

    private Object function() {
        String name = next().text();
        expect("(");
        countOperator();
        List<Operand> args = new ArrayList<>();
        args.add(operand());
        while (peek().is(",")) {
            next();
            args.add(operand());
        }
        expect(")");
        return switch (name) {
            case "attribute_exists" -> new Condition.AttributeExists(pathArgument(name, args, 1));
            case "attribute_not_exists" -> new Condition.AttributeNotExists(pathArgument(name, args, 1));
            case "attribute_type" -> attributeType(args);
            case "begins_with" -> beginsWith(args);
            case "contains" -> contains(args);
            case "size" -> size(args);
            default -> unknownFunction(name);
        };
    }

    private Condition unknownFunction(String name) {
        if (name.equals("if_not_exists") || name.equals("list_append")) {
            note(Problem.FUNCTION_NAME, ExpressionErrors.functionNotInCondition(kind, name));
        } else {
            note(Problem.FUNCTION_NAME, ExpressionErrors.unknownFunction(kind, name));
        }
        return new Condition.AttributeExists(UNKNOWN_PATH);
    }

    private boolean arity(String name, List<Operand> args, int expected) {
        if (args.size() != expected) {
            note(Problem.OPERAND_COUNT, ExpressionErrors.operandCount(kind, name, args.size()));
            return false;
        }
        return true;
    }

    private DocumentPath pathArgument(String name, List<Operand> args, int expected) {
        if (!arity(name, args, expected)) {
            return UNKNOWN_PATH;
        }
        if (args.get(0) instanceof Operand.Path p) {
            return p.path();
        }
        note(Problem.OPERAND, ExpressionErrors.requiresPath(kind, name));
        return UNKNOWN_PATH;
    }

    private Condition attributeType(List<Operand> args) {
        String name = "attribute_type";
        DocumentPath path = pathArgument(name, args, 2);
        if (args.size() != 2) {
            return new Condition.AttributeTypeIs(path, AttributeType.NULL);
        }
        checkDistinct(name, args.get(0), args.get(1));
        Operand typeArg = args.get(1);
        if (typeArg instanceof Operand.Size) {
            // size returns a number (Expressions.OperatorsAndFunctions.html), named as a value's type would be.
            note(Problem.OPERAND, ExpressionErrors.operandType(kind, name, AttributeType.N.descriptor()));
            return new Condition.AttributeTypeIs(path, AttributeType.NULL);
        }
        if (!(typeArg instanceof Operand.Value v)) {
            note(Problem.OPERAND, ExpressionErrors.operandType(kind, name, TYPE_CHOICES));
            return new Condition.AttributeTypeIs(path, AttributeType.NULL);
        }
        if (!(v.value() instanceof AttributeValue.S s)) {
            note(Problem.OPERAND, ExpressionErrors.operandType(kind, name, v.value().type().descriptor()));
            return new Condition.AttributeTypeIs(path, AttributeType.NULL);
        }
        AttributeType type = AttributeType.fromDescriptor(s.value());
        if (type == null) {
            note(Problem.OPERAND, ExpressionErrors.invalidTypeName(kind, s.value()));
            return new Condition.AttributeTypeIs(path, AttributeType.NULL);
        }
        return new Condition.AttributeTypeIs(path, type);
    }

    private Condition beginsWith(List<Operand> args) {
        String name = "begins_with";
        if (!arity(name, args, 2)) {
            return new Condition.AttributeExists(UNKNOWN_PATH);
        }
        checkDistinct(name, args.get(0), args.get(1));
        for (Operand arg : args) {
            AttributeType type = literalType(arg);
            if (type != null && type != AttributeType.S && type != AttributeType.B) {
                note(Problem.OPERAND, ExpressionErrors.operandType(kind, name, type.descriptor()));
            }
        }
        return new Condition.BeginsWith(args.get(0), args.get(1));
    }

    private Condition contains(List<Operand> args) {
        String name = "contains";
        if (!arity(name, args, 2)) {
            return new Condition.AttributeExists(UNKNOWN_PATH);
        }
        checkDistinct(name, args.get(0), args.get(1));
        return new Condition.Contains(args.get(0), args.get(1));
    }

    private Operand size(List<Operand> args) {
        String name = "size";
        if (!arity(name, args, 1)) {
            return new Operand.Path(UNKNOWN_PATH);
        }
        AttributeType type = literalType(args.get(0));
        if (type == AttributeType.N || type == AttributeType.BOOL || type == AttributeType.NULL) {
            note(Problem.OPERAND, ExpressionErrors.operandType(kind, name, type.descriptor()));
        }
        return new Operand.Size(args.get(0));
    }

    /** The type an operand is known to have before any item is read: a value's, or N for size. */
    private static AttributeType literalType(Operand operand) {
        if (operand instanceof Operand.Value v) {
            return v.value().type();
        }
        return operand instanceof Operand.Size ? AttributeType.N : null;
    }

    private void checkOrderable(Comparator comparator, Operand left, Operand right) {
        if (!comparator.isOrdering()) {
            return;
        }
        for (Operand operand : new Operand[] {left, right}) {
            AttributeType type = literalType(operand);
            if (type != null && type != AttributeType.N && type != AttributeType.S && type != AttributeType.B) {
                note(Problem.OPERAND, ExpressionErrors.operandType(kind, comparator.symbol(), type.descriptor()));
            }
        }
    }

    private void checkBetween(Operand subject, Operand lower, Operand upper) {
        for (Operand operand : new Operand[] {subject, lower, upper}) {
            AttributeType type = literalType(operand);
            if (type != null && type != AttributeType.N && type != AttributeType.S && type != AttributeType.B) {
                note(Problem.OPERAND, ExpressionErrors.operandType(kind, "BETWEEN", type.descriptor()));
            }
        }
        checkDistinct("BETWEEN", subject, lower);
        checkDistinct("BETWEEN", subject, upper);
        if (lower instanceof Operand.Value lo && upper instanceof Operand.Value hi
                && Comparator.isOrderedType(lo.value()) && Comparator.isOrderedType(hi.value())) {
            if (lo.value().type() != hi.value().type()) {
                note(Problem.OPERAND, ExpressionErrors.betweenTypes(kind, lo.value(), hi.value()));
            } else if (Comparator.compare(lo.value(), hi.value()) > 0) {
                note(Problem.OPERAND, ExpressionErrors.betweenBounds(kind, lo.value(), hi.value()));
            }
        }
    }

    /** The path and the other operand must differ: {@code contains(a, a)} is an error. */
    private void checkDistinct(String operator, Operand first, Operand other) {
        if (first instanceof Operand.Path p && other instanceof Operand.Path q && p.path().equals(q.path())
                && p.path() != UNKNOWN_PATH) {
            note(Problem.DISTINCT, ExpressionErrors.notDistinct(kind, operator, p.path()));
        }
    }

    /**
     * A parsed unit where a condition must stand. A lone path or value is a syntax error at the
     * token after it; {@code size(...)} alone is a misused function.
     */
    private Condition asCondition(Parsed parsed) {
        if (parsed.node() instanceof Condition c) {
            return c;
        }
        if (parsed.node() instanceof Operand.Size) {
            note(Problem.FUNCTION_USE, ExpressionErrors.functionMisused(kind, "size"));
            return new Condition.AttributeExists(UNKNOWN_PATH);
        }
        throw syntaxError();
    }

    /** A parsed unit where an operand must stand: a condition function there is misused. */
    private Operand asOperand(Parsed parsed) {
        if (parsed.node() instanceof Operand o) {
            return o;
        }
        note(Problem.FUNCTION_USE, ExpressionErrors.functionMisused(kind, functionName((Condition) parsed.node())));
        return new Operand.Path(UNKNOWN_PATH);
    }

    private static String functionName(Condition c) {
        if (c instanceof Condition.AttributeExists) {
            return "attribute_exists";
        }
        if (c instanceof Condition.AttributeNotExists) {
            return "attribute_not_exists";
        }
        if (c instanceof Condition.AttributeTypeIs) {
            return "attribute_type";
        }
        if (c instanceof Condition.BeginsWith) {
            return "begins_with";
        }
        return "contains";
    }
}
