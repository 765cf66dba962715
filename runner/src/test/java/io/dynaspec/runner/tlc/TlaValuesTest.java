package io.dynaspec.runner.tlc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** TLA+ values as TLC prints them in traces, read back as JSON. */
class TlaValuesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static void assertJson(String expectedJson, String tla) throws Exception {
        JsonNode expected = MAPPER.readTree(expectedJson);
        assertEquals(expected, TlaValues.parse(tla), tla);
    }

    @Test
    void scalars() throws Exception {
        assertJson("42", "42");
        assertJson("-7", "-7");
        assertJson("true", "TRUE");
        assertJson("false", "FALSE");
        assertJson("\"P1\"", "P1");
        assertJson("\"Accepted\"", "\"Accepted\"");
        assertJson("\"say \\\"hi\\\"\\n\"", "\"say \\\"hi\\\"\\n\"");
    }

    @Test
    void sequencesSetsAndIntervals() throws Exception {
        assertJson("[]", "<<>>");
        assertJson("[\"k1\", 1]", "<<k1, 1>>");
        assertJson("[]", "{}");
        assertJson("[\"a\", \"b\", \"c\"]", "{a, b, c}");
        assertJson("[[\"P1\", 1, \"a\"], [\"P1\", 2, \"b\"]]", "{<<P1, 1, a>>, <<P1, 2, b>>}");
        assertJson("[1, 2, 3]", "1..3");
    }

    @Test
    void recordsAndFunctions() throws Exception {
        assertJson("{\"name\": \"FailAZ\", \"az\": \"a\"}", "[name |-> \"FailAZ\", az |-> a]");
        assertJson("{\"P1\": {\"a\": [1], \"b\": [], \"c\": []}}", "(P1 :> (a :> <<1>> @@ b :> <<>> @@ c :> <<>>))");
        assertJson("{\"<<k1, 1>>\": 3}", "(<<k1, 1>> :> 3)");
    }

    @Test
    void valuesTlcSpreadsOverSeveralLines() throws Exception {
        String tla = """
                ( P1 :>
                      ( a :> (k1 :> <<[sk |-> 1, val |-> v1, version |-> 1]>>) @@
                        b :> (k1 :> <<>>) @@
                        c :> (k1 :> <<>>) ) )""";
        assertJson("{\"P1\": {\"a\": {\"k1\": [{\"sk\": 1, \"val\": \"v1\", \"version\": 1}]},"
                + " \"b\": {\"k1\": []}, \"c\": {\"k1\": []}}}", tla);
    }

    @Test
    void textThatIsNoValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TlaValues.parse("[a |-> 1"));
        assertThrows(IllegalArgumentException.class, () -> TlaValues.parse("<<1, 2>> extra"));
        assertThrows(IllegalArgumentException.class, () -> TlaValues.parse("\"open"));
    }
}
