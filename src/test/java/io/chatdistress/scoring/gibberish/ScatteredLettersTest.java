package io.chatdistress.scoring.gibberish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScatteredLettersTest {

    @ParameterizedTest
    @ValueSource(strings = {"x v... b.. 🙈", "m n", "Q . . w", "ж ы..", "ç. ;; ß", "b    n  m", "p...l", "λ κ"})
    void shouldRecogniseLettersStrewnAmongPunctuation(String text) {
        assertTrue(ScatteredLetters.matches(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"z. B.", "d.h.", "e.g.", "o.k.", "O K", "s/n", "y/o", "k k", "ok", "a", "x", "kk",
        "mn 3 v", "v 2", "bon", "ja n", "我 很 好", "ب ت", "", "...", "🙂 🙂"})
    void shouldLeaveWordsAbbreviationsAndCodesAlone(String text) {
        assertFalse(ScatteredLetters.matches(text), text);
    }

    @Test
    void shouldMakeTheDetectorCallScatteredLettersMash() {
        GibberishDetector detector = GibberishDetector.loadDefault();
        GibberishResult pocket = detector.analyse("v x... c... 😅");
        assertTrue(pocket.gibberish());
        assertTrue(pocket.signals().contains("scattered-letters"), pocket.signals()::toString);
        assertFalse(detector.analyse("z. B. morgen").gibberish());
        assertFalse(detector.analyse("o.k.").gibberish());
    }

    @Test
    void shouldStayLinearOnLongInput() {
        String longScatter = "v . ".repeat(5_000);
        assertTrue(ScatteredLetters.matches(longScatter));
        assertFalse(ScatteredLetters.matches("ab".repeat(5_000)));
    }
}
