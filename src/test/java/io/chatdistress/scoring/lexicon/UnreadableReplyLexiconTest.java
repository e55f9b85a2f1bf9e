package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agents saying they cannot read the customer's last line, and agents saying "I understand". */
class UnreadableReplyLexiconTest {

    private static final Lexicon LEX = Lexicon.loadDefault();

    @ParameterizedTest
    @ValueSource(strings = {
        "Sorry, I couldn't read that. Could you type it again?",
        "Hmm, I'm not quite sure I understand",
        "Can you say that again please",
        "Tut mir leid, das kann ich nicht lesen",
        "Ich verstehe Ihre Nachricht leider nicht",
        "Sorry, ik snap het niet helemaal",
        "Kunt u dat herhalen?",
        "Désolé, je n'ai pas compris votre message",
        "Pouvez-vous reformuler ?",
        "Lo siento, no le entiendo",
        "¿Podría repetirlo?",
        "Mi scusi, non ho capito",
        "Desculpe, não entendi",
        "Przepraszam, nie rozumiem",
    })
    void shouldRecogniseAnAgentWhoCannotReadTheLastLine(String line) {
        assertTrue(LEX.match(line).categories().contains(Category.UNREADABLE_REPLY), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I understand, let me check that for you.",
        "Ich verstehe, ich schaue nach.",
        "Ik begrijp het, ik kijk het na.",
        "Je comprends, je vérifie.",
        "Entiendo, lo reviso ahora mismo.",
        "I don't understand why the courier did not ring",
    })
    void shouldNotFireOnUnderstandingOrOnOtherConfusion(String line) {
        assertFalse(LEX.match(line).categories().contains(Category.UNREADABLE_REPLY), line);
    }
}
