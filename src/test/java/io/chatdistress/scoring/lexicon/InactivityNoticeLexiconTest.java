package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chat platforms word their "customer inactive" and "connection lost" notices in many ways; the
 * session model counts them as an unanswered check-in, so a missed notice delays an escalation.
 * Fixtures written for this project, with durations between subject and state.
 */
class InactivityNoticeLexiconTest {

    private static final Lexicon LEX = Lexicon.loadDefault();

    @ParameterizedTest
    @ValueSource(strings = {
        "Visitor 7 min inactive",
        "Customer has been idle for 4 minutes",
        "Connection to the customer lost",
        "Besucher seit 6 Min. inaktiv",
        "Kundin 10 Minuten inaktiv",
        "Verbindung zum Besucher getrennt",
        "Bezoeker 8 min inactief",
        "Verbinding met de bezoeker verbroken",
        "Visiteuse 4 min inactive",
        "Connexion avec le visiteur interrompue",
        "Usuario 9 min inactivo",
        "Conexión con la usuaria cerrada",
        "Utente 6 min inattivo",
        "Visitante 7 min inativo",
        "Użytkownik 5 min nieaktywny",
        "Kullanıcı 3 dakikadır hareketsiz",
    })
    void shouldRecogniseInactivityNoticeWhenADurationSitsInTheMiddle(String notice) {
        assertTrue(LEX.match(notice).categories().contains(Category.INACTIVITY_NOTICE), notice);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sophie has joined the chat",
        "Sie sind jetzt mit Tobias verbunden",
        "Je bent nu verbonden met Sanne",
        "Connexion établie avec Thomas",
    })
    void shouldNotTakeAJoinNoticeForInactivity(String notice) {
        assertFalse(LEX.match(notice).categories().contains(Category.INACTIVITY_NOTICE), notice);
    }
}
