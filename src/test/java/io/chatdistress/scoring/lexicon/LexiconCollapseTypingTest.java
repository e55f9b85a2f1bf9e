package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typing of a person who is collapsing: neighbouring keys, doubled and stray keys, digits in
 * words, a key above the space bar instead of a space, two slips in a long word, and a bare
 * call for help at the end of a short message. Fixtures written for this project.
 */
class LexiconCollapseTypingTest {

    private static final Lexicon LEX = Lexicon.loadDefault();

    @ParameterizedTest(name = "[{0}] {2} <- {1}")
    @CsvSource(delimiter = '|', value = {
        // a key above the space bar typed instead of the space
        "en | sorry i feelmreally sick | UNWELL",
        "en | i dontbwant to live anymore | SELF_HARM",
        "de | ich willbnicht mehr leben | SELF_HARM",
        // a neighbouring key pressed inside a short word
        "de | mir iszt schlecht | UNWELL",
        // two swapped keys in a two-letter word
        "nl | ik voel em raar | UNWELL",
        // stray digits and doubled keys inside a word
        "nl | ik wil niet meer lev33n | SELF_HARM",
        // a stray letter after an emergency number
        "fr | appelez le 112x | HELP",
        "nl | bel 112q | HELP",
        // two slips in a long word
        "de | mein mann ist bewustlis | MEDICAL",
        // colloquial present continuous of an attacker
        "es | mi novio me está pegando | DANGER",
        // a bare call for help at the end of a short message
        "de | mir geht es komisch hilfe | HELP",
        "es | me siento muy mal ayuda | HELP",
        "nl | ik voel me raar help | HELP",
        "it | mi sento molto strano aiuto | HELP",
        "pt | estou me sentindo muito estranho socorro | HELP",
    })
    void shouldFireWhenTypingBreaksDown(String lang, String text, Category expected) {
        LexiconMatch m = LEX.match(text);
        assertTrue(m.categories().contains(expected), () -> lang + " expected " + expected + " got " + m);
    }

    @ParameterizedTest(name = "[{0}] quiet <- {1}")
    @CsvSource(delimiter = '|', value = {
        // thanks for help, in any length
        "en | many thanks for your help | HELP",
        "de | vielen Dank für Ihre Hilfe | HELP",
        "es | mil gracias por su ayuda | HELP",
        "fr | merci beaucoup pour votre aide | HELP",
        "nl | bedankt voor je hulp | HELP",
        // help at the end of a longer ordinary message
        "en | i have a question about my order help | HELP",
        "en | Help! I ordered the wrong size | HELP",
        // a common word two edits from a long lexicon word, in a short phrase
        "en | she is leaving at noon | MEDICAL",
        // a word that lacks a doubled letter of a one-word phrase
        "nl | ik wen even weg | MEDICAL",
        // times and numbers with a letter are not emergency numbers
        "fr | rappelez-moi vers 15h | HELP",
        "en | the parcel is 15u late | HELP",
        "en | i can breathe fine | MEDICAL",
    })
    void shouldStayQuietWhenOrdinaryTextIsCloseToDistress(String lang, String text, Category unwanted) {
        LexiconMatch m = LEX.match(text);
        assertFalse(m.categories().contains(unwanted), () -> lang + " did not expect " + unwanted + " in " + m);
    }

    @ParameterizedTest(name = "[{0}] typo is no negation <- {1}")
    @CsvSource(delimiter = '|', value = {
        "en | i have mo chest pain | MEDICAL",
        "de | ich habe kejn fieber | UNWELL",
        "es | no tengo dolr en el pecho y no puedo respirar | MEDICAL",
    })
    void shouldNeverReadNegationWhenCueIsMistyped(String lang, String text, Category expected) {
        LexiconMatch m = LEX.match(text);
        assertTrue(m.categories().contains(expected), () -> lang + " expected " + expected + " got " + m);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "feally | really | true",
        "qppel | appel | true",
        "isat | ist | true",
        "fwel | feel | true",
        "fpel | feel | false",
        "leben | leben | false",
        "ist | isat | false",
    })
    void shouldRecogniseNeighbourKeysWhenOneEditApart(String token, String word, boolean expected) {
        assertEquals(expected, PhraseMatcher.neighbourEdit(token, word));
    }

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "notaz | notarzt | 2",
        "bewustlis | bewusstlos | 2",
        "cnat | cant | 1",
        "hilfe | hilfe | 0",
        "abc | xyz | 3",
    })
    void shouldMeasureEditsWhenWordsDiffer(String a, String b, int expected) {
        assertEquals(expected, PhraseMatcher.osaDistance(a, b));
    }
}
