package io.dynaspec.engine.value;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Numbers as HowItWorks.NamingRulesDataTypes.html ("Number") defines them: up to 38 significant
 * digits; positive range 1E-130 to 9.9999999999999999999999999999999999999E+125, negative likewise;
 * leading and trailing zeros trimmed.
 */
class DynamoNumberTest {

    @Test
    void equalNumbersSpeltDifferentlyAreOneNumber() {
        assertEquals(DynamoNumber.parse("1000"), DynamoNumber.parse("1e3"));
        assertEquals(DynamoNumber.parse("1000").hashCode(), DynamoNumber.parse("1E+3").hashCode());
        assertEquals(DynamoNumber.parse("1.5"), DynamoNumber.parse("01.500"));
        assertEquals(DynamoNumber.parse("0"), DynamoNumber.parse("-0.000"));
    }

    @Test
    void outputIsNormalisedWithoutExponent() {
        assertEquals("1000", DynamoNumber.parse("1e3").toString());
        assertEquals("1.5", DynamoNumber.parse("1.50").toString());
        assertEquals("-0.001", DynamoNumber.parse("-1E-3").toString());
        assertEquals("0", DynamoNumber.parse("0.0").toString());
    }

    @Test
    void thirtyEightSignificantDigitsAreKeptAndThirtyNineRefused() {
        String d38 = "1".repeat(38);
        assertEquals(d38, DynamoNumber.parse(d38).toString());
        // Trailing zeros are not significant: 38 digits then zeros still fit.
        assertEquals(d38 + "000", DynamoNumber.parse(d38 + "000").toString());
        DynamoException e = assertThrows(DynamoException.class, () -> DynamoNumber.parse("1".repeat(39)));
        assertEquals(ErrorType.VALIDATION, e.type());
        assertEquals("Attempting to store more than 38 significant digits in a Number", e.getMessage());
    }

    @Test
    void rangeLimitsAreDynamoDbs() {
        DynamoNumber.parse("9.9999999999999999999999999999999999999E+125");
        DynamoNumber.parse("-9.9999999999999999999999999999999999999E+125");
        DynamoNumber.parse("1E-130");
        DynamoNumber.parse("-1E-130");
        assertEquals("Number overflow. Attempting to store a number with magnitude larger than supported range",
                assertThrows(DynamoException.class, () -> DynamoNumber.parse("1E+126")).getMessage());
        assertEquals("Number underflow. Attempting to store a number with magnitude smaller than supported range",
                assertThrows(DynamoException.class, () -> DynamoNumber.parse("1E-131")).getMessage());
    }

    @Test
    void textThatIsNotANumberIsRefusedAndNamed() {
        for (String bad : new String[] {"abc", "1e", "0x10", "NaN", "Infinity", " 1", "1..2", "--1"}) {
            DynamoException e = assertThrows(DynamoException.class, () -> DynamoNumber.parse(bad), bad);
            assertEquals("The parameter cannot be converted to a numeric value: " + bad, e.getMessage(), bad);
        }
        assertEquals("The parameter cannot be converted to a numeric value",
                assertThrows(DynamoException.class, () -> DynamoNumber.parse("")).getMessage());
    }

    @Test
    void arithmeticIsExactAndAResultPastThirtyEightDigitsIsAnOverflow() {
        // 38 nines plus one is 1E+38: one significant digit, so it fits.
        assertEquals("1" + "0".repeat(38), DynamoNumber.parse("9".repeat(38)).add(DynamoNumber.parse("1")).toString());
        // 1E+50 - 1 would need 50 digits: refused, not rounded, and reported as an overflow.
        assertEquals("Number overflow. Attempting to store a number with magnitude larger than supported range",
                assertThrows(DynamoException.class,
                        () -> DynamoNumber.parse("1E+50").subtract(DynamoNumber.parse("1"))).getMessage());
    }

    @Test
    void sizeIsOneBytePerTwoSignificantDigitsPlusOne() {
        // CapacityUnitCalculations.html: "(1 byte per two significant digits) + (1 byte)".
        assertEquals(2, DynamoNumber.parse("7").storageSize());
        assertEquals(2, DynamoNumber.parse("12").storageSize());
        assertEquals(3, DynamoNumber.parse("123").storageSize());
        assertEquals(3, DynamoNumber.parse("0.00123").storageSize(), "leading zeros are trimmed");
        assertEquals(2, DynamoNumber.parse("1200000").storageSize(), "trailing zeros are trimmed");
        assertEquals(20, DynamoNumber.parse("1".repeat(38)).storageSize());
    }
}
