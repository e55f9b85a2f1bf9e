package io.chatdistress.scoring.gibberish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The cached character facts, and the Unicode facts the detector's shortcuts rely on. */
class CharTableTest {

    private static final CharTable TABLE = new CharTable(new CharTable.Source(
            c -> c % 6, Character::isWhitespace, c -> c == 'a' || c == 'é', c -> c == '(', c -> c == ')',
            c -> c == '.', Character::isLetter));

    @Test
    void shouldAnswerLikeThePredicatesWhenAskedForAnyCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c += c < 0x30000 ? 1 : 97) {
            int info = TABLE.info(c);
            int cp = c;
            assertEquals(c % 6 & CharTable.CLASS_MASK, info & CharTable.CLASS_MASK, () -> "class of U+" + hex(cp));
            assertEquals(Character.isWhitespace(c), (info & CharTable.SPACE) != 0);
            assertEquals(Character.isLetter(c), (info & CharTable.LETTER) != 0);
            assertEquals(Character.isLetterOrDigit(c), (info & CharTable.LETTER_OR_DIGIT) != 0);
            assertEquals(Character.isUpperCase(c), (info & CharTable.UPPER) != 0);
            assertEquals(Character.isDigit(c), (info & CharTable.DIGIT) != 0);
            int f = KeyboardGeometry.fold(c);
            assertEquals(f == 'a' || f == 'é', (info & CharTable.VOWEL) != 0, () -> "vowel of U+" + hex(cp));
            assertEquals(c == '(', (info & CharTable.OPENING) != 0);
            assertEquals(c == ')', (info & CharTable.CLOSING) != 0);
            assertEquals(c == '.', (info & CharTable.TRAILING) != 0);
            assertEquals(f, TABLE.fold(c), () -> "fold of U+" + hex(cp));
            assertEquals(f, CharTable.fold(c, info), () -> "fold of U+" + hex(cp));
        }
    }

    /** The detector skips the NFC check for text below U+0300. */
    @Test
    void shouldBeNfcWhenEveryCharIsBelowCombiningMarks() {
        char[] pair = new char[2];
        for (char a = 0; a < 0x300; a++) {
            pair[0] = a;
            for (char b = 0; b < 0x300; b++) {
                pair[1] = b;
                String s = new String(pair);
                if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                    throw new AssertionError("not NFC: U+" + hex(a) + " U+" + hex(b));
                }
            }
        }
    }

    /** The detector's emoticon check gives up on any non-ASCII char: none lower-cases into an emoticon. */
    @Test
    void shouldLowerCaseToNonAsciiWhenCharIsNonAsciiExceptKelvin() {
        int ascii = 0;
        for (int c = 0x80; c <= Character.MAX_CODE_POINT; c++) {
            String lower = new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
            if (lower.chars().allMatch(x -> x < 0x80)) {
                ascii++;
                assertEquals("k", lower, "U+" + hex(c));
            }
        }
        assertTrue(ascii <= 1);
    }

    private static String hex(int c) {
        return Integer.toHexString(c).toUpperCase(Locale.ROOT);
    }
}
