package io.chatdistress.scoring.gibberish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.TestLines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ordinary support-chat sentences in some forty languages and scripts the dev set barely has
 * (src/test/resources/gibberish/other-languages.txt): none may read as keyboard mash; Greek-layout mash must.
 */
class OtherLanguagesTest {

    private static final GibberishDetector DETECTOR = GibberishDetector.loadDefault();

    static List<Arguments> sentences() {
        List<Arguments> rows = new ArrayList<>();
        for (String[] f : TestLines.read("/gibberish/other-languages.txt", 2)) {
            rows.add(Arguments.of(f[0], f[1]));
        }
        assertTrue(rows.size() > 40, "sentence file read");
        return rows;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void shouldNotTakeOrdinaryTextInOtherLanguagesForMash(String lang, String text) {
        GibberishResult r = DETECTOR.analyse(text);
        assertFalse(r.gibberish(), lang + " " + r.score() + " " + r.signals());
    }

    @ParameterizedTest
    @CsvSource({
        "Aș dori să schimb adresa, Aş dori să schimb adresa",
        "Țara mea, Ţara mea",
        "ещё не пришла, еще не пришла"})
    void shouldScoreBothSpellingsOfALetterAlike(String variant, String usual) {
        assertEquals(DETECTOR.analyse(usual).score(), DETECTOR.analyse(variant).score(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({
        "ασδφγηκλ",              // home row of the Greek layout
        "ψωβνμψωβν ξκλξκλ",      // bottom row, then fist
        "ερτυθιοπρτυθ",          // top row sweep
        "ααααααααααα"})          // held key
    void shouldCatchMashOnTheGreekLayoutByItsKeyPath(String mash) {
        GibberishResult r = DETECTOR.analyse(mash);
        assertTrue(r.gibberish(), mash + " " + r.score());
    }

    @Test
    void shouldStillCatchMashNextToVietnameseLetters() {
        // Tone-marked letters count as language; the mash around them still does not.
        assertTrue(DETECTOR.analyse("ổ sdfghjkl sdfghjk jhgfd").gibberish());
    }
}
