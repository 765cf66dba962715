package io.dynaspec.runner.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Pretty-prints one JSON response as HTML with the members that differ from the other target's
 * response marked: a member the other lacks, or whose value differs, is wrapped in
 * {@code <mark class="diff">}; a member only the other has is listed as missing. Numbers compare
 * by value, as DynamoDB's do.
 */
final class JsonDiffHtml {
    private JsonDiffHtml() {
    }

    /** {@code self} rendered, marked where it differs from {@code other} (which may be null: all differs). */
    static String render(JsonNode self, JsonNode other) {
        StringBuilder out = new StringBuilder();
        node(out, self, other, 0);
        return out.toString();
    }

    private static void node(StringBuilder out, JsonNode self, JsonNode other, int depth) {
        if (self.isObject()) {
            object(out, self, other != null && other.isObject() ? other : null, other == null || !other.isObject(), depth);
        } else if (self.isArray()) {
            array(out, self, other != null && other.isArray() ? other : null, other == null || !other.isArray(), depth);
        } else {
            boolean differs = other == null || !sameScalar(self, other);
            open(out, differs);
            out.append(esc(self.isTextual() ? quoted(abbreviate(self.asText())) : self.toString()));
            close(out, differs);
        }
    }

    private static void object(StringBuilder out, JsonNode self, JsonNode other, boolean allDiffer, int depth) {
        open(out, allDiffer);
        out.append('{');
        Iterator<Map.Entry<String, JsonNode>> it = self.properties().iterator();
        boolean first = true;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.append(first ? "" : ",").append('\n').append(indent(depth + 1));
            first = false;
            JsonNode counterpart = other == null ? null : other.get(e.getKey());
            boolean absent = !allDiffer && counterpart == null;
            open(out, absent);
            out.append(esc(quoted(abbreviate(e.getKey())))).append(": ");
            node(out, e.getValue(), allDiffer || absent ? e.getValue() : counterpart, depth + 1);
            close(out, absent);
        }
        if (other != null) {
            for (Iterator<String> names = other.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!self.has(name)) {
                    out.append(first ? "" : ",").append('\n').append(indent(depth + 1))
                            .append("<mark class=\"missing\">(no ").append(esc(quoted(abbreviate(name)))).append(")</mark>");
                    first = false;
                }
            }
        }
        out.append(first ? "" : "\n" + indent(depth)).append('}');
        close(out, allDiffer);
    }

    private static void array(StringBuilder out, JsonNode self, JsonNode other, boolean allDiffer, int depth) {
        open(out, allDiffer);
        out.append('[');
        for (int i = 0; i < self.size(); i++) {
            out.append(i == 0 ? "" : ",").append('\n').append(indent(depth + 1));
            JsonNode counterpart = other == null ? null : other.get(i);
            boolean absent = !allDiffer && counterpart == null;
            open(out, absent);
            node(out, self.get(i), allDiffer || absent ? self.get(i) : counterpart, depth + 1);
            close(out, absent);
        }
        if (other != null && other.size() > self.size()) {
            out.append(self.isEmpty() ? "" : ",").append('\n').append(indent(depth + 1)).append("<mark class=\"missing\">(")
                    .append(other.size() - self.size()).append(" fewer elements)</mark>");
        }
        out.append(self.isEmpty() && (other == null || other.size() <= self.size()) ? "" : "\n" + indent(depth)).append(']');
        close(out, allDiffer);
    }

    /** Longer than this, a name or value is shown by its start and its length. */
    static final int LONGEST_SHOWN_WHOLE = 158;
    /** How many of its characters a shortened name or value keeps. */
    static final int KEPT = 119;

    /**
     * A name or value of the size-limit scenarios (400 KB values, 64 KB names) shown as its first
     * characters and its length, so that a report stays readable; values are compared whole
     * before they are shortened.
     */
    static String abbreviate(String text) {
        if (text.length() <= LONGEST_SHOWN_WHOLE) {
            return text;
        }
        // Never between the two halves of a character outside the BMP.
        int cut = Character.isHighSurrogate(text.charAt(KEPT - 1)) ? KEPT - 1 : KEPT;
        return text.substring(0, cut) + "\u2026 (" + text.length() + " characters)";
    }

    /** A string as JSON writes it, quoted and escaped. */
    private static String quoted(String text) {
        return TextNode.valueOf(text).toString();
    }

    private static boolean sameScalar(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static void open(StringBuilder out, boolean mark) {
        if (mark) {
            out.append("<mark class=\"diff\">");
        }
    }

    private static void close(StringBuilder out, boolean mark) {
        if (mark) {
            out.append("</mark>");
        }
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
