package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agents asking whether the customer is all right, as opposed to whether they are still there. */
class WellbeingCheckLexiconTest {

    private static final Lexicon CONTEXT = Lexicon.loadContext();

    @ParameterizedTest
    @ValueSource(strings = {
        "Hello? Are you okay?",
        "Is everything alright over there?",
        "Did something happen?",
        "Do you need an ambulance?",
        "Hallo? Geht es Ihnen gut?",
        "Ist bei Ihnen alles in Ordnung?",
        "Sind Sie verletzt?",
        "Soll ich einen Krankenwagen rufen?",
        "Hallo? Gaat het wel?",
        "Gaat het wel goed met u?",
        "Is er iets gebeurd?",
        "Bent u in orde?",
        "Allô ? Vous allez bien ?",
        "Il s'est passé quelque chose ?",
        "¿Se encuentra bien?",
        "¿Le ha pasado algo?",
        "Sta bene? È successo qualcosa?",
        "Você está bem?",
        "Czy wszystko w porządku?",
        "İyi misiniz?",
        "هل أنت بخير؟",
    })
    void shouldRecogniseAWorriedQuestion(String line) {
        assertTrue(CONTEXT.match(line).categories().contains(Category.WELLBEING_CHECK), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Are you still there?",
        "Hello? Are you still with me?",
        "Sind Sie noch da?",
        "Alles klar, ich schaue nach.",
        "Ben je er nog?",
        "Vanmiddag gaat het regenen.",
        "Hoe gaat het met de levering?",
        "Ça va être livré demain.",
        "Tudo bem, vou verificar.",
        "Vous êtes toujours là ?",
        "¿Sigue ahí?",
        "Do you need help with anything else?",
        "Okay, the alarm is set.",
    })
    void shouldNotTakeAPresenceCheckOrSmallTalkForWorry(String line) {
        assertFalse(CONTEXT.match(line).categories().contains(Category.WELLBEING_CHECK), line);
    }
}
