package io.dynaspec.runner.tlc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;

/**
 * Reads a TLA+ value as TLC prints it in a trace, and gives it back as JSON, so that a
 * counterexample can be read by tools that know nothing of TLA+.
 *
 * <p>The mapping: integers are numbers; strings and model values are strings (a model value
 * {@code a} and the string {@code "a"} both become {@code "a"}); records are objects; sequences,
 * tuples and sets are arrays (a set in the order TLC prints it); a function {@code (a :> 1 @@ b
 * :> 2)} is an object keyed by the text of each argument ({@code "a"}, or {@code "<<k1, 1>>"}
 * when the argument is itself structured); an interval {@code 1..3} is the array of its members.
 */
public final class TlaValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String text;
    private int pos;

    private TlaValues(String text) {
        this.text = text;
    }

    /** The value printed as {@code text}; throws {@link IllegalArgumentException} if it is not one. */
    public static JsonNode parse(String text) {
        TlaValues parser = new TlaValues(text);
        JsonNode value = parser.value();
        parser.skipSpace();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the value");
        }
        return value;
    }

    private JsonNode value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("a value was expected");
        }
        char c = text.charAt(pos);
        if (c == '"') {
            return JSON.textNode(string());
        }
        if (startsWith("<<")) {
            pos += 2;
            return elements(">>");
        }
        if (c == '{') {
            pos++;
            return elements("}");
        }
        if (c == '[') {
            pos++;
            return record();
        }
        if (c == '(') {
            pos++;
            return function();
        }
        if (c == '-' || Character.isDigit(c)) {
            return numberOrInterval();
        }
        if (Character.isLetter(c) || c == '_') {
            String word = identifier();
            return switch (word) {
                case "TRUE" -> JSON.booleanNode(true);
                case "FALSE" -> JSON.booleanNode(false);
                default -> JSON.textNode(word);
            };
        }
        throw error("a value was expected");
    }

    private ArrayNode elements(String close) {
        ArrayNode array = JSON.arrayNode();
        skipSpace();
        if (startsWith(close)) {
            pos += close.length();
            return array;
        }
        while (true) {
            array.add(value());
            skipSpace();
            if (startsWith(close)) {
                pos += close.length();
                return array;
            }
            expect(",");
        }
    }

    private ObjectNode record() {
        ObjectNode record = JSON.objectNode();
        skipSpace();
        if (startsWith("]")) {
            pos++;
            return record;
        }
        while (true) {
            skipSpace();
            String field = identifier();
            expect("|->");
            record.set(field, value());
            skipSpace();
            if (startsWith("]")) {
                pos++;
                return record;
            }
            expect(",");
        }
    }

    /** {@code (k1 :> v1 @@ k2 :> v2)}, the opening parenthesis already read. */
    private ObjectNode function() {
        ObjectNode function = JSON.objectNode();
        while (true) {
            skipSpace();
            int keyStart = pos;
            JsonNode key = value();
            String keyText = key.isValueNode() ? key.asText() : text.substring(keyStart, pos).strip();
            expect(":>");
            function.set(keyText, value());
            skipSpace();
            if (startsWith(")")) {
                pos++;
                return function;
            }
            expect("@@");
        }
    }

    private JsonNode numberOrInterval() {
        BigInteger from = integer();
        skipSpace();
        if (!startsWith("..")) {
            return number(from);
        }
        pos += 2;
        skipSpace();
        BigInteger to = integer();
        ArrayNode members = JSON.arrayNode();
        for (BigInteger i = from; i.compareTo(to) <= 0; i = i.add(BigInteger.ONE)) {
            members.add(number(i));
        }
        return members;
    }

    /** The narrowest JSON number: TLC's integers are 32-bit, so in practice an int. */
    private static JsonNode number(BigInteger n) {
        if (n.bitLength() < Integer.SIZE) {
            return JSON.numberNode(n.intValue());
        }
        return n.bitLength() < Long.SIZE ? JSON.numberNode(n.longValue()) : JSON.numberNode(n);
    }

    private BigInteger integer() {
        int start = pos;
        if (startsWith("-")) {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == start || text.substring(start, pos).equals("-")) {
            throw error("a number was expected");
        }
        return new BigInteger(text.substring(start, pos));
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()
                && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == start) {
            throw error("a name was expected");
        }
        return text.substring(start, pos);
    }

    /** A string literal with TLC's escapes: {@code \"}, {@code \\}, {@code \n}, {@code \t}, {@code \r}, {@code \f}. */
    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\' && pos < text.length()) {
                char escaped = text.charAt(pos++);
                out.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    default -> escaped;
                });
            } else {
                out.append(c);
            }
        }
        throw error("unterminated string");
    }

    private void expect(String token) {
        skipSpace();
        if (!startsWith(token)) {
            throw error("'" + token + "' was expected");
        }
        pos += token.length();
    }

    private boolean startsWith(String token) {
        return text.startsWith(token, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        int from = Math.max(0, pos - 20);
        int to = Math.min(text.length(), pos + 20);
        return new IllegalArgumentException(what + " at offset " + pos + ": ..."
                + text.substring(from, to).replace('\n', ' ') + "...");
    }
}
