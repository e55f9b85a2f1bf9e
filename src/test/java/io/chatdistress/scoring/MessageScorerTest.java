package io.chatdistress.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageScorerTest {
    private static final MessageScorer SCORER = MessageScorer.loadDefault();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Are you okay? Can you type?|CHECK_IN",
        "Ist alles in Ordnung bei Ihnen?|CHECK_IN",
        "¿Sigue usted ahí? ¿Va todo bien?|CHECK_IN"})
    void shouldReadAgentCheckInsWithoutMashAnalysis(String text, Category expected) {
        MessageScore s = SCORER.scoreContext(text);
        assertTrue(s.has(expected), s.toString());
        assertEquals(0.0, s.gibberish());
        assertFalse(s.mash());
    }

    @Test
    void shouldSkipMashAnalysisForContextLinesOnly() {
        String mash = "hjjjjjjjjjjjjjjjjjjjjkl sdfghjklöä";
        assertTrue(SCORER.score(mash).mash());
        assertFalse(SCORER.scoreContext(mash).mash());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ich wollte noch fragen ob 8uz|true",
        "I need to cancel my order 7uj|true",
        "es que necesito 0ok|true",
        "Leeds BS1 5TR|false",
        "thanks a lot|false",
        "where is my parcel|false",
        "ok|false",
        "kjhg|false",
        "kan ik het morgen ophalen bij sdx|false",
        "Is that child-friendly? Is it fre?|false",
        "the code was 1234|false"})
    void shouldFlagATypedLineWhoseLastWordAloneReadsAsMash(String text, boolean expected) {
        MessageScore s = SCORER.score(text);
        assertEquals(expected, s.signals().contains(MessageScorer.ODD_ENDING), s.toString());
        if (expected) {
            assertFalse(s.mash(), "the line as a whole must read as typing: " + s);
        }
    }

    @Test
    void shouldReadWordSaladAsMashThatIsNotConfident() {
        MessageScore salad = SCORER.score("I in the on to go is it ok I the");
        assertTrue(salad.mash(), salad::toString);
        assertTrue(salad.signals().contains(MessageScorer.WORD_SALAD), salad::toString);
        assertTrue(salad.gibberish() < 0.85, salad::toString);
        MessageScore sentence = SCORER.score("it is what it is, I am on my way to the shop");
        assertFalse(sentence.mash(), sentence::toString);
        assertFalse(sentence.signals().contains(MessageScorer.WORD_SALAD), sentence::toString);
    }

    @Test
    void shouldCapWhatIsAnalysedWithoutSplittingSurrogates() {
        String huge = "😀".repeat(600_000);
        MessageScore s = SCORER.score(huge);
        assertTrue(s.analysedChars() <= MessageScorer.MAX_ANALYSED_CHARS);
        assertEquals(0, s.analysedChars() % 2, "a surrogate pair was cut");
    }

    @Test
    void shouldReadAKeyHeldForAWholeLineAsMashEvenWhenTheLetterLaughs() {
        MessageScore held = SCORER.score("k".repeat(110) + ",".repeat(27));
        assertTrue(held.mash(), held::toString);
        assertFalse(held.has(Category.LAUGHTER), "a head on the keyboard does not laugh: " + held);
        MessageScore laugh = SCORER.score("kkkkkkkkkkkk");
        assertTrue(laugh.has(Category.LAUGHTER), "Portuguese laughter stays laughter: " + laugh);
    }
}
