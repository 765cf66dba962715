package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an update expression (Expressions.UpdateExpressions.html):
 *
 * <pre>
 * update   ::= clause+              each of SET, REMOVE, ADD, DELETE at most once, in any order
 * clause   ::= SET path = value (, path = value)* | REMOVE path (, path)*
 *            | ADD path :value (, path :value)* | DELETE path :value (, path :value)*
 * value    ::= operand | operand + operand | operand - operand
 * operand  ::= path | :value | if_not_exists(path, operand) | list_append(operand, operand) | ( value )
 * </pre>
 *
 * The paths the actions write must neither overlap nor conflict.
 */
public final class UpdateExpressionParser extends ExpressionReader {
    private static final Problem[] ORDER = {
            Problem.RESERVED_WORD, Problem.FUNCTION_NAME, Problem.CLAUSE, Problem.UNDEFINED_NAME,
            Problem.UNDEFINED_VALUE, Problem.OVERLAP, Problem.CONFLICT, Problem.ACTION_OPERAND, Problem.OPERAND};
    private static final Set<String> CONDITION_FUNCTIONS = Set.of(
            "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains", "size");
    private static final Set<AttributeType> SETS = EnumSet.of(AttributeType.SS, AttributeType.NS, AttributeType.BS);

    private final List<UpdateExpression.SetAction> set = new ArrayList<>();
    private final List<DocumentPath> remove = new ArrayList<>();
    private final List<UpdateExpression.AddAction> add = new ArrayList<>();
    private final List<UpdateExpression.DeleteAction> delete = new ArrayList<>();
    private final Set<Clause> seen = EnumSet.noneOf(Clause.class);

    private enum Clause { SET, REMOVE, ADD, DELETE }

    private UpdateExpressionParser(String text, Placeholders placeholders) {
        super(ExpressionKind.UPDATE, text, placeholders);
    }

    /** Parses an UpdateExpression. */
    public static UpdateExpression parse(String text, Placeholders placeholders) {
        UpdateExpressionParser parser = new UpdateExpressionParser(text, placeholders);
        parser.clauses();
        parser.finish(ORDER);
        return new UpdateExpression(parser.set, parser.remove, parser.add, parser.delete);
    }

    @Override
    boolean isKeyword(Token t) {
        return clauseOf(t) != null;
    }

    private static Clause clauseOf(Token t) {
        for (Clause c : Clause.values()) {
            if (t.isKeyword(c.name())) {
                return c;
            }
        }
        return null;
    }

    private void clauses() {
        do {
            Clause clause = clauseOf(peek());
            if (clause == null) {
                throw syntaxError();
            }
            next();
            if (!seen.add(clause)) {
                note(Problem.CLAUSE, ExpressionErrors.duplicateClause(clause.name()));
            }
            action(clause);
            while (peek().is(",")) {
                next();
                action(clause);
            }
        } while (peek().kind() != Token.Kind.EOF);
    }

    private void action(Clause clause) {
        DocumentPath path = path();
        requireDistinctPath(path);
        switch (clause) {
            case SET -> {
                expect("=");
                set.add(new UpdateExpression.SetAction(path, setValue()));
            }
            case REMOVE -> remove.add(path);
            case ADD -> {
                AttributeValue v = actionValue();
                if (v.type() != AttributeType.N && !SETS.contains(v.type())) {
                    note(Problem.ACTION_OPERAND, ExpressionErrors.actionOperandType("ADD", v.type()));
                }
                add.add(new UpdateExpression.AddAction(path, v));
            }
            case DELETE -> {
                AttributeValue v = actionValue();
                if (!SETS.contains(v.type())) {
                    note(Problem.ACTION_OPERAND, ExpressionErrors.actionOperandType("DELETE", v.type()));
                }
                delete.add(new UpdateExpression.DeleteAction(path, v));
            }
        }
    }

    private AttributeValue actionValue() {
        if (peek().kind() != Token.Kind.VALUE_PLACEHOLDER) {
            throw syntaxError();
        }
        return placeholderValue();
    }

    private UpdateExpression.SetValue setValue() {
        UpdateExpression.SetValue left = operand();
        Token t = peek();
        if (t.is("+") || t.is("-")) {
            next();
            countOperator();
            UpdateExpression.SetValue right = operand();
            checkLiteral(t.text(), left, AttributeType.N);
            checkLiteral(t.text(), right, AttributeType.N);
            return t.is("+") ? new UpdateExpression.SetValue.Sum(left, right)
                    : new UpdateExpression.SetValue.Difference(left, right);
        }
        return left;
    }

    private UpdateExpression.SetValue operand() {
        Token t = peek();
        if (t.is("(")) {
            next();
            UpdateExpression.SetValue inner = setValue();
            expect(")");
            return inner;
        }
        if (t.kind() == Token.Kind.VALUE_PLACEHOLDER) {
            return new UpdateExpression.SetValue.Literal(placeholderValue());
        }
        if (t.kind() == Token.Kind.WORD && !isKeyword(t) && peek(1).is("(")) {
            return function();
        }
        if (atPath()) {
            return new UpdateExpression.SetValue.PathValue(path());
        }
        throw syntaxError();
    }

    private UpdateExpression.SetValue function() {
        String name = next().text();
        expect("(");
        countOperator();
        List<UpdateExpression.SetValue> args = new ArrayList<>();
        args.add(operand());
        while (peek().is(",")) {
            next();
            args.add(operand());
        }
        expect(")");
        UpdateExpression.SetValue unknown = new UpdateExpression.SetValue.Literal(UNKNOWN_VALUE);
        if (!name.equals("if_not_exists") && !name.equals("list_append")) {
            note(Problem.FUNCTION_NAME, CONDITION_FUNCTIONS.contains(name)
                    ? ExpressionErrors.functionNotInUpdate(kind, name)
                    : ExpressionErrors.unknownFunction(kind, name));
            return unknown;
        }
        if (args.size() != 2) {
            note(Problem.OPERAND, ExpressionErrors.operandCount(kind, name, args.size()));
            return unknown;
        }
        if (name.equals("if_not_exists")) {
            if (!(args.get(0) instanceof UpdateExpression.SetValue.PathValue p)) {
                note(Problem.OPERAND, ExpressionErrors.requiresPath(kind, name));
                return unknown;
            }
            return new UpdateExpression.SetValue.IfNotExists(p.path(), args.get(1));
        }
        checkLiteral(name, args.get(0), AttributeType.L);
        checkLiteral(name, args.get(1), AttributeType.L);
        return new UpdateExpression.SetValue.ListAppend(args.get(0), args.get(1));
    }

    /** A value written in the expression must already be of the type the operator takes. */
    private void checkLiteral(String operator, UpdateExpression.SetValue operand, AttributeType expected) {
        if (operand instanceof UpdateExpression.SetValue.Literal lit && lit.value() != UNKNOWN_VALUE
                && lit.value().type() != expected) {
            note(Problem.OPERAND, ExpressionErrors.operandType(kind, operator, lit.value().type().descriptor()));
        }
    }
}
