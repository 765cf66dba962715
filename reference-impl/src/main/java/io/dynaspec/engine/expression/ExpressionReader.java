package io.dynaspec.engine.expression;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the three expression parsers share: the token cursor, syntax errors quoted as DynamoDB
 * quotes them, document paths, placeholders, reserved words and the operator count.
 *
 * <p>Parsing reads the tokens once, left to right, without backtracking. A syntax error stops it
 * at once. Other problems are noted by kind and the parse goes on; when it ends, the first
 * problem of the most important kind is thrown, each parser giving its own order of kinds —
 * DynamoDB, too, reports a redundant parenthesis before an undefined placeholder met earlier.
 */
abstract class ExpressionReader {
    /** Kinds of problems found while parsing, each reported with its first instance. */
    enum Problem {
        REDUNDANT_PARENTHESES, FUNCTION_NAME, FUNCTION_USE, RESERVED_WORD, CLAUSE, CONDITION, UNDEFINED_NAME,
        UNDEFINED_VALUE, OVERLAP, CONFLICT, ACTION_OPERAND, OPERAND_COUNT, DISTINCT, OPERAND
    }

    /** Stand-ins that let the parse go on past a problem already noted. */
    static final DocumentPath UNKNOWN_PATH = DocumentPath.of("?");
    /**
     * A NULL of its own, told apart by identity: a request's {@code {"NULL": true}} value is a real
     * operand, whose type is checked like any other.
     */
    static final AttributeValue UNKNOWN_VALUE = new AttributeValue.Null();

    final ExpressionKind kind;
    final String text;
    final Placeholders placeholders;
    private final List<Token> tokens;
    private int position;
    private int operators;
    /** The first problem of each kind noted; made on the first problem, as most texts have none. */
    private Map<Problem, DynamoException> problems;
    private final List<DocumentPath> distinctPaths = new ArrayList<>();
    /** The first undefined placeholder met, a name or a value, whichever comes first in the text. */
    private DynamoException firstUndefined;

    ExpressionReader(ExpressionKind kind, String text, Placeholders placeholders) {
        this.kind = kind;
        this.text = text;
        this.placeholders = placeholders;
        if (text.isBlank()) {
            throw ExpressionErrors.empty(kind);
        }
        // A char takes at most 3 UTF-8 bytes (a surrogate pair 4 for its 2 chars): a text of at
        // most MAX_LENGTH / 3 chars fits whatever its characters, so only longer ones are encoded.
        if (text.length() > ExpressionKind.MAX_LENGTH / 3) {
            int bytes = ExpressionErrors.utf8Length(text);
            if (bytes > ExpressionKind.MAX_LENGTH) {
                throw ExpressionErrors.tooLong(kind, bytes);
            }
        }
        this.tokens = Lexer.tokens(text);
    }

    final Token peek() {
        return tokens.get(position);
    }

    /** The token {@code ahead} places after the current one (the end of the text at most). */
    final Token peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    final Token next() {
        Token t = tokens.get(position);
        if (t.kind() != Token.Kind.EOF) {
            position++;
        }
        return t;
    }

    final void expect(String symbol) {
        if (!peek().is(symbol)) {
            throw syntaxError();
        }
        next();
    }

    /** Requires the end of the text, then throws the most important problem noted, if any. */
    final void finish(Problem... order) {
        if (peek().kind() != Token.Kind.EOF) {
            throw syntaxError();
        }
        if (problems == null) {
            return;
        }
        for (Problem p : order) {
            DynamoException e = problems.get(p);
            if (e != null) {
                throw e;
            }
        }
    }

    final void note(Problem problem, DynamoException error) {
        if (problems == null) {
            problems = new EnumMap<>(Problem.class);
        }
        problems.putIfAbsent(problem, error);
        if ((problem == Problem.UNDEFINED_NAME || problem == Problem.UNDEFINED_VALUE) && firstUndefined == null) {
            firstUndefined = error;
        }
    }

    /** The first problem of this kind noted so far, or null. */
    final DynamoException noted(Problem problem) {
        return problems == null ? null : problems.get(problem);
    }

    /** The first undefined placeholder noted so far, a name or a value, or null. */
    final DynamoException firstUndefined() {
        return firstUndefined;
    }

    /**
     * A syntax error at the current token, quoting the text from the token before it to the
     * token after it: {@code Syntax error; token: "b", near: "a b c"}.
     */
    final DynamoException syntaxError() {
        Token t = peek();
        int from = position > 0 ? tokens.get(position - 1).start() : t.start();
        int to;
        if (t.kind() == Token.Kind.EOF) {
            to = position > 0 ? tokens.get(position - 1).end() : 0;
        } else {
            Token after = tokens.get(position + 1);
            to = after.kind() == Token.Kind.EOF ? t.end() : after.end();
        }
        return ExpressionErrors.syntax(kind, t.text(), text.substring(from, to));
    }

    /** One more operator or function; DynamoDB allows 300 in an expression (ServiceQuotas.html). */
    final void countOperator() {
        operators++;
        if (operators > ExpressionKind.MAX_OPERATORS) {
            throw ExpressionErrors.tooManyOperators(kind, operators);
        }
    }

    /** True when the current token can start a document path. */
    final boolean atPath() {
        Token t = peek();
        return t.kind() == Token.Kind.NAME_PLACEHOLDER || (t.kind() == Token.Kind.WORD && !isKeyword(t));
    }

    /** Words that are keywords of the grammar being read, never attribute names. */
    abstract boolean isKeyword(Token t);

    /**
     * A document path: {@code name}, {@code #name}, then any number of {@code .name},
     * {@code .#name} and {@code [n]} (Expressions.Attributes.html).
     */
    final DocumentPath path() {
        List<DocumentPath.Element> elements = new ArrayList<>();
        elements.add(new DocumentPath.Element.Key(pathName()));
        while (true) {
            Token t = peek();
            if (t.is(".")) {
                next();
                elements.add(new DocumentPath.Element.Key(pathName()));
            } else if (t.is("[")) {
                next();
                Token index = peek();
                if (index.kind() != Token.Kind.NUMBER) {
                    throw syntaxError();
                }
                next();
                expect("]");
                elements.add(new DocumentPath.Element.Index(listIndex(index.text())));
            } else {
                break;
            }
        }
        if (elements.size() > DocumentPath.MAX_DEPTH) {
            note(Problem.OPERAND, ExpressionErrors.tooDeep(kind, elements.size()));
        }
        return new DocumentPath(elements);
    }

    private String pathName() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME_PLACEHOLDER) {
            next();
            String name = placeholders.name(t.text());
            if (name == null) {
                note(Problem.UNDEFINED_NAME, ExpressionErrors.undefinedName(kind, t.text()));
                return "?";
            }
            return name;
        }
        if (t.kind() != Token.Kind.WORD || isKeyword(t)) {
            throw syntaxError();
        }
        next();
        if (ReservedWords.isReserved(t.text())) {
            note(Problem.RESERVED_WORD, ExpressionErrors.reserved(kind, t.text()));
        }
        return t.text();
    }

    private static int listIndex(String digits) {
        String trimmed = digits.replaceFirst("^0+(?=.)", "");
        return trimmed.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(trimmed);
    }

    /** An expression attribute value, {@code :name}. */
    final AttributeValue placeholderValue() {
        Token t = next();
        AttributeValue v = placeholders.value(t.text());
        if (v == null) {
            note(Problem.UNDEFINED_VALUE, ExpressionErrors.undefinedValue(kind, t.text()));
            return UNKNOWN_VALUE;
        }
        return v;
    }

    /**
     * Notes a path that must neither overlap an earlier one (be the same or lie inside it) nor
     * conflict with it (read a map key where the other reads a list index), as the paths an
     * update writes and a projection reads must not. DynamoDB names the first such pair.
     */
    final void requireDistinctPath(DocumentPath path) {
        if (noted(Problem.UNDEFINED_NAME) != null) {
            return; // reported before any overlap or conflict; the path holds a stand-in name
        }
        for (DocumentPath earlier : distinctPaths) {
            int n = Math.min(earlier.depth(), path.depth());
            boolean apart = false;
            for (int i = 0; i < n && !apart; i++) {
                DocumentPath.Element x = earlier.elements().get(i);
                DocumentPath.Element y = path.elements().get(i);
                if (x.getClass() != y.getClass()) {
                    note(Problem.CONFLICT, ExpressionErrors.pathsConflict(kind, earlier, path));
                    return;
                }
                apart = !x.equals(y);
            }
            if (!apart) {
                note(Problem.OVERLAP, ExpressionErrors.pathsOverlap(kind, earlier, path));
                return;
            }
        }
        distinctPaths.add(path);
    }
}
