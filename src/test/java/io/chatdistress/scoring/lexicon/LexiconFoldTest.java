package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconFoldTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ich fühle mich SCHLECHT | ich fuhle mich schlecht",
        "Straße | strasse",
        "Ærø søen | aero soen",
        "Łódź | lodz",
        "ÉPOUVANTABLE café | epouvantable cafe",
        "ＦＵＬＬ　ｗｉｄｔｈ | full width",
        "ﬁne | fine",
        "İstanbul ılık | istanbul ilik",
        "heeeeelp meeee | heelp mee",
        "hilfeeeee!!! | hilfee",
        "1000 € | 1000",
        "don't | dont",
        "I'm fine | im fine",
        "j'ai mal | j ai mal",
        "c’est l’ambulance | c est l ambulance",
        "qu'il | qu il",
        "m'n fiets en z'n auto, d'r tas | mn fiets en zn auto dr tas",
        "أَنَا مَرِيض | انا مريض",
    })
    void shouldFoldCaseDiacriticsPunctuationAndElongationWhenTextIsMessy(String in, String expected) {
        assertEquals(expected, LexiconText.fold(in));
    }

    @Test
    void shouldCollapseWhitespaceWhenTabsAndNewlinesAppear() {
        assertEquals("many spaces and lines", LexiconText.fold("  many   spaces\tand\nlines  "));
    }

    @Test
    void shouldKeepEmojiAsSeparateTokensWhenGluedToWords() {
        assertEquals("haha 😂 ok", LexiconText.fold("haha😂ok"));
    }

    @Test
    void shouldReturnEmptyStringWhenInputIsNullOrBlank() {
        assertEquals("", LexiconText.fold(null));
        assertEquals("", LexiconText.fold(" ?! "));
    }

    @Test
    void shouldCutClausesAtPunctuationAndGluedMashWhenFoldingClauses() {
        List<String> clauses = LexiconText.foldClauses("No, ich kann nicht atmen! anymoreCxxcf xD iPhone");
        assertEquals(List.of("no", "ich kann nicht atmen", "anymore cxxcf xd iphone"), clauses);
    }

    @Test
    void shouldFoldAMegabyteInOnePassWhenInputIsHuge() {
        String big = "Ça va très bien 😂 ".repeat(60_000);
        String folded = LexiconText.fold(big);
        assertTrue(folded.startsWith("ca va tres bien 😂 ca va"));
    }
}
