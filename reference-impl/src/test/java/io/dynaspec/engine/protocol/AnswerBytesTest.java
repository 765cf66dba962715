package io.dynaspec.engine.protocol;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The shortcuts of the answers' writing leave their bytes as a new generator per answer writes
 * them: strings copied as bytes when nothing in them needs escaping ({@link AttributeValueJson}),
 * and the generator and buffer each thread reuses from one answer to the next
 * ({@link ResponseBodies}), also after an answer that failed halfway.
 */
class AnswerBytesTest {
    /** Strings on both sides of every rule of the copy: length, escapes, ASCII, surrogates. */
    private static List<String> strings() {
        List<String> l = new ArrayList<>(List.of("", "a", "x".repeat(63), "x".repeat(64), "x".repeat(1000),
                "y".repeat(70) + "\"", "y".repeat(70) + "\\", "y".repeat(70) + "\n", "y".repeat(70) + "\u0000",
                "y".repeat(70) + "\u001f", "y".repeat(70) + "\u007f", "y".repeat(70) + "?", "y".repeat(70) + "/",
                "y".repeat(70) + "é", "y".repeat(70) + "\u20ac", "y".repeat(70) + "\ud83d\ude00",
                "y".repeat(70) + "\ud83d", "y".repeat(70) + "\ude00z", "\ud83d" + "y".repeat(70)));
        for (char c : new char[] {'"', '\\', '\n', '\u0000', '\u001f', ' ', '?', '\u007f', '\u0080', 'é', '\u20ac'}) {
            // in every lane of the eight bytes read at once, and in the bytes after the last eight
            for (int at = 0; at < 75; at++) {
                StringBuilder b = new StringBuilder("y".repeat(75));
                b.setCharAt(at, c);
                l.add(b.toString());
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        char[] alphabet = {'a', 'Z', '0', ' ', '"', '\\', '\n', '\t', '?', 'é', '\u20ac', '\ud83d', '\ude00', '\u007f'};
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(140);
            for (int j = 0; j < n; j++) {
                // mostly plain, so that long strings often qualify for the copy
                b.append(random.nextInt(10) < 8 ? (char) ('a' + random.nextInt(26)) : alphabet[random.nextInt(alphabet.length)]);
            }
            l.add(b.toString());
        }
        return l;
    }

    @Test
    void aStringValueIsWrittenAsTheGeneratorWritesIt() throws IOException {
        for (String s : strings()) {
            byte[] expected = fresh(g -> {
                g.writeStartObject();
                g.writeStringField("S", s);
                g.writeEndObject();
                g.writeStartObject();
                g.writeArrayFieldStart("SS");
                g.writeString(s);
                g.writeString(s + "!");
                g.writeEndArray();
                g.writeEndObject();
            });
            byte[] actual = fresh(g -> {
                AttributeValueJson.write(g, new AttributeValue.S(s));
                AttributeValueJson.write(g, new AttributeValue.SS(new LinkedHashSet<>(List.of(s, s + "!"))));
            });
            assertArrayEquals(expected, actual, () -> "for " + s.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void answersOnOneThreadAreEachWhole() throws IOException {
        for (String s : strings()) {
            ResponseBodies.Members members = g -> AttributeValueJson.writeAttributesField(g, "Item",
                    java.util.Map.of("k", new AttributeValue.S(s)));
            byte[] expected = fresh(g -> {
                g.writeStartObject();
                members.write(g);
                g.writeEndObject();
            });
            assertArrayEquals(expected, ResponseBodies.object(members));
        }
    }

    @Test
    void anAnswerThatFailsHalfwayLeavesNothingInTheNext() throws IOException {
        byte[] first = ResponseBodies.object(g -> g.writeStringField("a", "b"));
        assertThrows(RuntimeException.class, () -> ResponseBodies.object(g -> {
            g.writeObjectFieldStart("Item");
            g.writeStringField("half", "x".repeat(9000));
            throw Errors.internal("failed halfway");
        }));
        byte[] after = ResponseBodies.object(g -> g.writeStringField("a", "b"));
        assertEquals("{\"a\":\"b\"}", new String(after, StandardCharsets.UTF_8));
        assertArrayEquals(first, after);
    }

    @Test
    void anAnswerWrittenWhileAnotherIsWrittenIsItsOwn() throws IOException {
        byte[][] inner = new byte[1][];
        byte[] outer = ResponseBodies.object(g -> {
            g.writeStringField("outer", "1");
            inner[0] = ResponseBodies.object(h -> h.writeStringField("inner", "2"));
            g.writeStringField("more", "3");
        });
        assertEquals("{\"outer\":\"1\",\"more\":\"3\"}", new String(outer, StandardCharsets.UTF_8));
        assertEquals("{\"inner\":\"2\"}", new String(inner[0], StandardCharsets.UTF_8));
    }

    @Test
    void aLargeAnswerIsWholeAndTheNextSmallOneToo() throws IOException {
        String big = "z".repeat(200_000);
        byte[] large = ResponseBodies.object(g -> g.writeStringField("big", big));
        assertEquals("{\"big\":\"" + big + "\"}", new String(large, StandardCharsets.UTF_8));
        assertEquals("{}", new String(ResponseBodies.object(g -> { }), StandardCharsets.UTF_8));
    }

    private static byte[] fresh(ResponseBodies.Members body) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator g = JsonTree.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            body.write(g);
        }
        return out.toByteArray();
    }
}
