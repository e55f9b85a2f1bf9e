package io.chatdistress.scoring.gibberish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyboardGeometryTest {

    private static final KeyboardGeometry KEYS = KeyboardGeometry.get();

    @Test
    void shouldFoldWithinSupplementaryPlanesWhenCodePointIsAboveTheBmp() {
        for (int c = 0x10000; c <= Character.MAX_CODE_POINT; c++) {
            int f = KeyboardGeometry.fold(c);
            if (f <= 0xFFFF) {
                throw new AssertionError("U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " folds into the BMP");
            }
            if (KEYS.keyOf(c) != -1) {
                throw new AssertionError("a key above the BMP");
            }
        }
    }

    @Test
    void shouldIndexTheFoldedCharWhenCharIsInTheBmp() {
        int keysSeen = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            int expected = KEYS.index(KeyboardGeometry.fold(c));
            assertEquals(expected, KEYS.keyOf(c));
            keysSeen += expected >= 0 ? 1 : 0;
        }
        assertTrue(keysSeen > 100);
    }

    @ParameterizedTest(name = "[{index}] {0}{1}")
    @CsvSource({"a,s,1.0", "q,w,1.0", "a,a,0.0", "ф,ы,1.0", "A,s,1.0", "a,😂,99.0", "1,9,2.8"})
    void shouldAgreeBetweenDistanceAndTenthsWhenKeysAreLookedUp(String a, String b, double expected) {
        int ca = a.codePointAt(0);
        int cb = b.codePointAt(0);
        assertEquals(expected, KEYS.distance(ca, cb), 0.51);
        assertEquals(KEYS.distance(ca, cb), KeyboardGeometry.toKeyWidths(KEYS.tenths(ca, cb)));
        assertEquals(KEYS.tenths(ca, cb), KEYS.tenthsByKey(KEYS.keyOf(ca), KEYS.keyOf(cb)));
    }
}
