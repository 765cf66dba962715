package io.dynaspec.engine.expression;

/**
 * One token of an expression, with its place in the text so that syntax errors can quote the
 * text around it.
 *
 * @param kind  what the token is
 * @param text  the token as written
 * @param start offset of its first character
 * @param end   offset just past its last character
 */
record Token(Kind kind, String text, int start, int end) {
    enum Kind {
        /** A bare word: an attribute name, a function name or a keyword such as AND. */
        WORD,
        /** {@code #name}. */
        NAME_PLACEHOLDER,
        /** {@code :value}. */
        VALUE_PLACEHOLDER,
        /** Digits: only valid as a list index. */
        NUMBER,
        /** Punctuation and operators: ( ) [ ] , . = <> < <= > >= + -. */
        SYMBOL,
        /** A character no token starts with. */
        INVALID,
        /** The end of the text. */
        EOF
    }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** True for a bare word equal to the keyword in any case (AND, or, Between...). */
    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }
}
