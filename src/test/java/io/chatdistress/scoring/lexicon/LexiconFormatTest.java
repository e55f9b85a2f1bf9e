package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.Category;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The .lex line format, on small lexicons built in the test. */
class LexiconFormatTest {

    private static Lexicon lex(String text) {
        return Lexicon.of(Map.of("t.lex", text));
    }

    @Test
    void shouldExpandGroupsMacrosAndOptionalWordsWhenParsing() {
        Lexicon l = lex("""
                # comment
                @define WHO (mein|meine) (Mann|Frau)
                MEDICAL {WHO} ist (ganz |)zusammengebrochen   # trailing comment
                """);
        assertEquals(Set.of(Category.MEDICAL), l.match("Meine Frau ist zusammengebrochen").categories());
        assertEquals(Set.of(Category.MEDICAL), l.match("mein mann ist ganz zusammengebrochen").categories());
        assertTrue(l.match("mein Hund ist zusammengebrochen").categories().isEmpty());
    }

    @Test
    void shouldMatchPrefixWordsAndGapsWhenPatternUsesThem() {
        Lexicon l = lex("""
                SELF_HARM suicid*
                MEDICAL schmerz ... brust
                """);
        assertTrue(l.match("pensamientos suicidas").categories().contains(Category.SELF_HARM));
        assertTrue(l.match("Schmerz in der Brust").categories().contains(Category.MEDICAL));
        assertFalse(l.match("Schmerz im Knie und viel später die Brust").categories().contains(Category.MEDICAL));
    }

    @Test
    void shouldKeepExactWordsExactWhenMarkedWithEquals() {
        Lexicon l = lex("MEDICAL =stroke\nMEDICAL heartattack\nMEDICAL stroke victim");
        assertTrue(l.match("strike").categories().isEmpty());
        assertTrue(l.match("stroek victim").categories().isEmpty(), "=word is never read as a typo");
        assertTrue(l.match("heartattakc").categories().contains(Category.MEDICAL), "long single words allow one typo");
    }

    @Test
    void shouldLetAPhraseThatWrapsAWholeIdiomStandWhenTheIdiomAloneIsCancelled() {
        Lexicon l = lex("""
                MEDICAL (i think |)im dying
                HYPERBOLE im dying
                HYPERBOLE dying of laughter
                """);
        assertTrue(l.match("ugh im dying").categories().isEmpty(), "the idiom alone cancels");
        assertEquals(Set.of(Category.MEDICAL), l.match("i think im dying").categories());
        assertTrue(l.match("i think im dying of laughter").categories().isEmpty(),
                "an idiom that reaches past the phrase still cancels it");
    }

    @Test
    void shouldApplySoloRuleWhenMessageHasOtherContent() {
        Lexicon l = lex("HELP! hilfe");
        assertTrue(l.match("Hilfe!!").categories().contains(Category.HELP));
        LexiconMatch m = l.match("Hilfe, ich habe die falsche Größe bestellt");
        assertTrue(m.categories().isEmpty());
        assertTrue(m.suppressed().contains(Category.HELP));
    }

    @Test
    void shouldSuppressJokeProneWhenLaughterPresent() {
        Lexicon l = lex("MEDICAL~ je meurs\nLAUGHTER mdr");
        assertTrue(l.match("je meurs").categories().contains(Category.MEDICAL));
        LexiconMatch m = l.match("je meurs mdrrr");
        assertFalse(m.categories().contains(Category.MEDICAL));
        assertTrue(m.reasons().contains("hyperbole:MEDICAL"));
    }

    @Test
    void shouldScopeNegationToClauseWhenPunctuationIntervenes() {
        Lexicon l = lex("""
                MEDICAL chest pain
                NEG/1 no
                """);
        assertTrue(l.match("no chest pain").suppressed().contains(Category.MEDICAL));
        assertTrue(l.match("no. chest pain").categories().contains(Category.MEDICAL));
    }

    @Test
    void shouldRejectMalformedLinesWithFileAndLineInMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lex("MEDICAL fine\nNOT_A_CATEGORY something"));
        assertTrue(e.getMessage().contains("t.lex:2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lex("MEDICAL (unclosed"));
        assertThrows(IllegalArgumentException.class, () -> lex("MEDICAL {UNDEFINED} word"));
        assertThrows(IllegalArgumentException.class, () -> lex("MEDICAL ... word"));
    }

    @Test
    void shouldRejectAFlagWrittenAtTheEndOfThePatternInsteadOfAfterTheHead() {
        // Folding would drop the trailing mark and the line would silently lose its flag.
        IllegalArgumentException joke = assertThrows(IllegalArgumentException.class,
                () -> lex("MEDICAL fine\nMEDICAL (je meurs|je vais mourir)~"));
        assertTrue(joke.getMessage().contains("t.lex:2"), joke.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lex("FALL (i |)cant move~!"));
        assertThrows(IllegalArgumentException.class, () -> lex("HELP hilfe!  # solo"));
        assertTrue(lex("FALL~! (i |)cant move").match("cant move").categories().contains(Category.FALL));
    }
}
