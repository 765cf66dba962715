package io.dynaspec.engine.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens in one pass. It never fails: a character that starts no
 * token becomes an {@link Token.Kind#INVALID} token, so the parser reports it as a syntax error
 * at its place, as DynamoDB does.
 */
final class Lexer {
    private Lexer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (isLetter(c)) {
                i = endOfWord(text, i + 1);
                kind = Token.Kind.WORD;
            } else if ((c == '#' || c == ':') && i + 1 < n && isWordPart(text.charAt(i + 1))) {
                i = endOfWord(text, i + 1);
                kind = c == '#' ? Token.Kind.NAME_PLACEHOLDER : Token.Kind.VALUE_PLACEHOLDER;
            } else if (c >= '0' && c <= '9') {
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else if ((c == '<' || c == '>') && i + 1 < n && text.charAt(i + 1) == '=') {
                i += 2;
                kind = Token.Kind.SYMBOL;
            } else if (c == '<' && i + 1 < n && text.charAt(i + 1) == '>') {
                i += 2;
                kind = Token.Kind.SYMBOL;
            } else if ("()[],.=<>+-".indexOf(c) >= 0) {
                i++;
                kind = Token.Kind.SYMBOL;
            } else {
                i += Character.charCount(text.codePointAt(i));
                kind = Token.Kind.INVALID;
            }
            tokens.add(new Token(kind, text.substring(start, i), start, i));
        }
        tokens.add(new Token(Token.Kind.EOF, "<EOF>", n, n));
        return tokens;
    }

    private static int endOfWord(String text, int i) {
        while (i < text.length() && isWordPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Attribute names in expressions start with a letter (Expressions.Attributes.html). */
    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordPart(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
