package io.dynaspec.runner.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynaspec.runner.steps.DynamoJson;
import org.junit.jupiter.api.Test;

/** Which members of a response are marked as differing from the other target's. */
class JsonDiffHtmlTest {

    private static String render(String self, String other) {
        return JsonDiffHtml.render(DynamoJson.parse(self), other == null ? null : DynamoJson.parse(other));
    }

    @Test
    void equalResponsesAreNotMarked() {
        assertEquals("{\n  &quot;Count&quot;: 1\n}", render("{\"Count\": 1}", "{\"Count\": 1.0}"));
    }

    @Test
    void aDifferentValueIsMarkedAndAMissingMemberIsNamed() {
        assertEquals("{\n  &quot;Count&quot;: <mark class=\"diff\">2</mark>,\n  <mark class=\"missing\">(no &quot;Items&quot;)</mark>\n}",
                render("{\"Count\": 2}", "{\"Count\": 1, \"Items\": []}"));
    }

    @Test
    void aMemberTheOtherLacksIsMarkedWhole() {
        assertEquals("{\n  <mark class=\"diff\">&quot;Item&quot;: {\n    &quot;a&quot;: 1\n  }</mark>\n}",
                render("{\"Item\": {\"a\": 1}}", "{}"));
    }

    @Test
    void nestedDifferencesAreMarkedWhereTheyAre() {
        assertEquals("{\n  &quot;Item&quot;: {\n    &quot;a&quot;: {\n      &quot;N&quot;: <mark class=\"diff\">&quot;2&quot;</mark>\n    }\n  }\n}",
                render("{\"Item\": {\"a\": {\"N\": \"2\"}}}", "{\"Item\": {\"a\": {\"N\": \"1\"}}}"));
    }

    @Test
    void longValuesAreShownByTheirStartAndLengthButComparedWhole() {
        String a = "x".repeat(1000);
        String b = "x".repeat(999) + "y";
        String shown = render("{\"S\": \"" + a + "\"}", "{\"S\": \"" + b + "\"}");
        assertEquals("{\n  &quot;S&quot;: <mark class=\"diff\">&quot;" + "x".repeat(119) + "\u2026 (1000 characters)&quot;</mark>\n}", shown);
    }

    @Test
    void aLongValueIsNeverCutInsideACharacter() {
        String shown = JsonDiffHtml.abbreviate("\"" + "\ud83d\ude00".repeat(500) + "\"");
        assertEquals(-1, shown.codePoints().filter(c -> Character.isSurrogate((char) c) && c <= 0xffff).findAny().orElse(-1),
                "no lone surrogate in " + shown);
    }
}
