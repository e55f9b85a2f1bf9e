package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Per-language fixtures written for this project (not taken from the evaluation data). */
class LexiconTest {

    private static final Lexicon LEX = Lexicon.loadDefault();

    @ParameterizedTest(name = "[{0}] {2} <- {1}")
    @CsvSource(delimiter = '|', value = {
        // English
        "en | My chest hurts so bad and my left arm is numb | MEDICAL",
        "en | i cant breathe properly | MEDICAL",
        "en | I think I'm having a stroke, my face is drooping | MEDICAL",
        "en | there's blood everywhere and it won't stop | MEDICAL",
        "en | I feel really dizzy and everything is spinning | UNWELL",
        "en | im not feeling well at all | UNWELL",
        "en | I slipped in the bathroom and can't get up | FALL",
        "en | I want to end it all tonight | SELF_HARM",
        "en | nothing matters any more | HOPELESS",
        "en | my boyfriend is beating me | DANGER",
        "en | someone is breaking into my house | DANGER",
        "en | please call an ambulance now | HELP",
        "en | HEEEELP | HELP",
        // German
        "de | Ich habe starke Schmerzen in der Brust | MEDICAL",
        "de | ich krieg keine Luft mehr | MEDICAL",
        "de | ich kann meinen Arm nicht mehr bewegen | MEDICAL",
        "de | mir ist so schwindelig, alles dreht sich | UNWELL",
        "de | ich fühl mich gar nicht gut | UNWELL",
        "de | bin in der Küche gestürzt und komme nicht mehr hoch | FALL",
        "de | ich will nicht mehr leben | SELF_HARM",
        "de | eigentlich ist eh alles egal | HOPELESS",
        "de | mein Freund schlägt mich schon wieder | DANGER",
        "de | bitte rufen Sie einen Krankenwagen | HELP",
        // Dutch
        "nl | ik heb pijn op mijn borst en in mijn arm | MEDICAL",
        "nl | ik krijg bijna geen lucht | MEDICAL",
        "nl | ik voel me ineens heel duizelig | UNWELL",
        "nl | ik ben van de trap gevallen en kan niet opstaan | FALL",
        "nl | ik wil er een einde aan maken | SELF_HARM",
        "nl | mijn ex bedreigt me met een mes | DANGER",
        "nl | bel alsjeblieft een ambulance | HELP",
        // French
        "fr | j'ai une douleur à la poitrine qui serre | MEDICAL",
        "fr | je n'arrive plus à respirer | MEDICAL",
        "fr | je me sens très bizarre, la tête qui tourne | UNWELL",
        "fr | je suis tombée dans l'escalier | FALL",
        "fr | je ne veux plus vivre | SELF_HARM",
        "fr | de toute façon plus rien n'a de sens | HOPELESS",
        "fr | il a un couteau | DANGER",
        "fr | appelez le SAMU s'il vous plaît | HELP",
        // Spanish
        "es | me duele mucho el pecho | MEDICAL",
        "es | no puedo respirar bien | MEDICAL",
        "es | estoy muy mareada | UNWELL",
        "es | me he caído en la ducha y no puedo levantarme | FALL",
        "es | ya no quiero vivir | SELF_HARM",
        "es | mi pareja me está pegando | DANGER",
        "es | llamen a una ambulancia por favor | HELP",
        // Italian, Portuguese, Polish, Turkish, Arabic
        "it | ho un dolore al petto | MEDICAL",
        "it | non riesco a respirare | MEDICAL",
        "it | voglio uccidermi | SELF_HARM",
        "it | chiamate un'ambulanza | HELP",
        "pt | não consigo respirar | MEDICAL",
        "pt | quero me matar | SELF_HARM",
        "pt | socorro | HELP",
        "pl | nie mogę oddychać | MEDICAL",
        "pl | chcę się zabić | SELF_HARM",
        "pl | pomocy | HELP",
        "tr | nefes alamıyorum | MEDICAL",
        "tr | kendimi öldürmek istiyorum | SELF_HARM",
        "tr | yardım edin | HELP",
        "ar | لا أستطيع التنفس | MEDICAL",
        "ar | أريد أن أقتل نفسي | SELF_HARM",
        "ar | النجدة | HELP",
    })
    void shouldFireCategoryWhenDistressIsStated(String lang, String text, Category expected) {
        LexiconMatch m = LEX.match(text);
        assertTrue(m.categories().contains(expected), () -> lang + " expected " + expected + " got " + m);
    }

    @ParameterizedTest(name = "[{0}] typo {1}")
    @CsvSource(delimiter = '|', value = {
        "en | i cnat breathe | MEDICAL",
        "en | my husbnd is hittting me | DANGER",
        "de | ich bjn gestürzt und komme nixht hoch | FALL",
        "de | Schmerzen in Brust uund Arm | MEDICAL",
        "nl | ademhalen gaat mooeilijk | MEDICAL",
        "nl | ik kan niet ademenn | MEDICAL",
        "fr | mon mari me fraape aidez moi | DANGER",
        "fr | je veux me sucider | SELF_HARM",
        "es | no puedo mober el brazo | MEDICAL",
        "es | ayudaaaa | HELP",
    })
    void shouldToleratePoorTypingWhenWordsAreMisspelled(String lang, String text, Category expected) {
        LexiconMatch m = LEX.match(text);
        assertTrue(m.categories().contains(expected), () -> lang + " expected " + expected + " got " + m);
    }

    @ParameterizedTest(name = "[{0}] negated {1}")
    @CsvSource(delimiter = '|', value = {
        "en | no chest pain, just a question about my bill | MEDICAL",
        "en | I don't feel dizzy anymore | UNWELL",
        "de | ich habe keine Brustschmerzen | MEDICAL",
        "de | kein Fieber mehr | UNWELL",
        "nl | ik heb geen pijn op de borst | MEDICAL",
        "nl | ik ben niet duizelig | UNWELL",
        "fr | pas de douleur à la poitrine | MEDICAL",
        "es | sin dolor en el pecho | MEDICAL",
    })
    void shouldSuppressCategoryWhenNegated(String lang, String text, Category category) {
        LexiconMatch m = LEX.match(text);
        assertFalse(m.categories().contains(category), () -> lang + " " + m);
        assertTrue(m.suppressed().contains(category), () -> lang + " " + m);
        assertTrue(m.reasons().contains("negated:" + category.name()), () -> lang + " " + m);
    }

    @ParameterizedTest(name = "[{0}] joke {1}")
    @CsvSource(delimiter = '|', value = {
        "en | I'm dying of laughter 😂",
        "en | this queue is killing me lol",
        "en | my duo says he'll kill me if we derank again lmaooo",
        "en | my husband will kill me when he sees the bill",
        "de | mein Mann hat sich draufgesetzt HAHAHAHSJDKSHAHAHA ich sterbe",
        "fr | ma femme va me tuer, encore commandé les mauvais rideaux",
        "es | literal me quiero morir, estaba a una victoria de subir a diamante",
        "en | I could kill for a coffee right now",
        "en | the price nearly gave me a heart attack",
        "de | ich sterbe vor Lachen",
        "de | ich sterbe vor Langeweile in der Warteschleife",
        "nl | ik lig dubbel van het lachen",
        "fr | je suis mort de rire",
        "fr | ce suivi me rend folle",
        "es | me muero de risa jajaja",
        "es | me estoy volviendo loca con este pedido",
    })
    void shouldNotFireDistressWhenHyperboleOrJoke(String lang, String text) {
        LexiconMatch m = LEX.match(text);
        assertFalse(m.hasDistress(), () -> lang + " " + m);
    }

    @ParameterizedTest(name = "[{0}] benign {1}")
    @CsvSource(delimiter = '|', value = {
        "en | what if I had a heart attack while travelling, am I covered? ",
        "en | does my insurance pay for an ambulance ride?",
        "en | I had the flu last week so I missed the delivery",
        "en | my dog is sick, can you deliver tomorrow",
        "en | my doctor said the stroke risk is low",
        "en | can you help me with my order",
        "en | Help! I ordered the wrong size",
        "en | the blood pressure monitor won't switch on",
        "en | I fell asleep waiting for the courier",
        "de | meine Mutter ist dement, kann ich die Adresse ändern",
        "de | ich lieg mit Grippe im Bett, darf meine Nachbarin es abholen",
        "de | Hilfe! Ich habe die falsche Größe bestellt",
        "de | mein Arzt hat gesagt es war kein Herzinfarkt",
        "nl | mijn hond heeft het kaartje opgegeten",
        "nl | kunt u me helpen met mijn bestelling",
        "nl | vorig jaar had ik een hartaanval, nu wil ik mijn abonnement aanpassen",
        "fr | mon tensiomètre ne s'allume pas",
        "fr | est-ce que l'assurance rembourse l'ambulance ?",
        "es | ¿el seguro cubre la ambulancia?",
        "es | necesito ayuda con mi pedido",
    })
    void shouldNotFireStrongDistressWhenMedicalWordsAreBenign(String lang, String text) {
        LexiconMatch m = LEX.match(text);
        for (Category c : m.categories()) {
            assertFalse(c.isDistress() && c != Category.UNWELL && c != Category.HOPELESS,
                    () -> lang + " " + m);
        }
    }

    @ParameterizedTest(name = "[{0}] third party {1}")
    @CsvSource(delimiter = '|', value = {
        "en | my husband collapsed and isn't breathing | MEDICAL",
        "en | my mum fell and can't get up | FALL",
        "de | mein Vater ist zusammengebrochen | MEDICAL",
        "nl | mijn moeder is gevallen | FALL",
        "nl | mijn vader reageert niet meer | MEDICAL",
        "fr | ma femme ne respire plus | MEDICAL",
        "es | mi abuela se ha caído | FALL",
    })
    void shouldFlagThirdPartyAndStillFireWhenSomeoneElseIsInDanger(String lang, String text, Category c) {
        LexiconMatch m = LEX.match(text);
        assertTrue(m.categories().contains(c), () -> lang + " " + m);
        assertTrue(m.thirdParty(), () -> lang + " " + m);
    }

    @ParameterizedTest(name = "[{0}] context {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Are you still there? | CHECK_IN",
        "en | Hello? Is everything ok? | CHECK_IN",
        "de | Sind Sie noch da? | CHECK_IN",
        "nl | Gaat alles goed met je? | CHECK_IN",
        "fr | Vous êtes toujours là ? | CHECK_IN",
        "es | ¿Sigue ahí? | CHECK_IN",
        "en | Visitor inactive for 3 min | INACTIVITY_NOTICE",
        "en | The chat was closed due to inactivity | INACTIVITY_NOTICE",
        "de | Kunde hat den Chat verlassen | INACTIVITY_NOTICE",
        "nl | Chat beëindigd wegens inactiviteit | INACTIVITY_NOTICE",
        "fr | Conversation terminée pour cause d'inactivité | INACTIVITY_NOTICE",
        "es | Chat cerrado por inactividad | INACTIVITY_NOTICE",
        "en | sorry, my cat walked across the keyboard | EXPLANATION",
        "de | sorry, meine Katze ist über die Tastatur gelaufen | EXPLANATION",
        "nl | sorry mijn zoontje had mijn telefoon | EXPLANATION",
        "fr | désolée, mon fils a pris mon téléphone | EXPLANATION",
        "es | perdón, mi gato caminó sobre el teclado | EXPLANATION",
        "en | I'm fine thanks | REASSURANCE",
        "de | alles gut, danke | REASSURANCE",
        "nl | niks aan de hand hoor | REASSURANCE",
        "fr | tout va bien | REASSURANCE",
        "es | estoy bien, gracias | REASSURANCE",
        "en | hahahahaha | LAUGHTER",
        "fr | MDRRRR | LAUGHTER",
        "es | jajajaja | LAUGHTER",
        "el | χαχαχαχα | LAUGHTER",
        "ru | ахахахах | LAUGHTER",
        "en | 😂😂 | LAUGHTER",
        "en | xDDD | LAUGHTER",
    })
    void shouldDetectContextWhenAgentSystemOrCustomerSaysIt(String lang, String text, Category c) {
        LexiconMatch m = LEX.match(text);
        assertTrue(m.categories().contains(c), () -> lang + " " + m);
    }

    @Test
    void shouldNotReportReassuranceWhenItIsPartOfAnUnwellPhrase() {
        LexiconMatch m = LEX.match("no me siento bien");
        assertTrue(m.categories().contains(Category.UNWELL));
        assertFalse(m.categories().contains(Category.REASSURANCE));
    }

    @Test
    void shouldNeverPutMatchedWordsInReasonsWhenReporting() {
        LexiconMatch m = LEX.match("I can't breathe, my chest hurts, no dizziness, help me");
        for (String reason : m.reasons()) {
            String lower = reason.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("breath") || lower.contains("chest") || lower.contains("dizz"), reason);
        }
        assertTrue(m.reasons().contains("MEDICAL"));
    }

    @Test
    void shouldReturnEmptyMatchWhenTextIsEmptyOrNull() {
        assertTrue(LEX.match("").categories().isEmpty());
        assertTrue(LEX.match(null).categories().isEmpty());
        assertTrue(LEX.match("   ...  ").reasons().isEmpty());
    }

    @Test
    void shouldReturnSameInstanceWhenLoadedTwice() {
        assertSame(LEX, Lexicon.loadDefault());
    }

    @Test
    void shouldAnswerForAMegabyteOfTextWhenInputIsHuge() {
        // A linear matcher gets through this; a backtracking one would not come back.
        StringBuilder b = new StringBuilder(1_100_000);
        String[] parts = {"ich kann nicht ", "no no no ", "hahaha ", "aaaaaaaaaaaaaaaa ", "my husband ", "🙈 ",
            "qwertzuiopasdfghjkl ", "ne pas ", "help with "};
        int i = 0;
        while (b.length() < 1_000_000) {
            b.append(parts[i++ % parts.length]);
        }
        // (not "I can't breathe": that line is joke-prone, and the laughter above would cancel it)
        b.append("I have chest pain");
        LexiconMatch m = LEX.match(b.toString());
        assertNotNull(m);
        assertTrue(m.categories().contains(Category.MEDICAL));
        assertTrue(m.categories().contains(Category.LAUGHTER));
    }

    @Test
    void shouldGiveSameAnswerWhenCalledFromManyThreads() throws Exception {
        String text = "mijn moeder is gevallen en ze reageert niet meer";
        LexiconMatch expected = LEX.match(text);
        Thread[] threads = new Thread[4];
        LexiconMatch[] got = new LexiconMatch[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int k = t;
            threads[t] = new Thread(() -> got[k] = LEX.match(text));
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (LexiconMatch g : got) {
            assertEquals(expected, g);
        }
    }

    @Test
    void shouldKeepSelfHarmWhenAQuestionAboutItStandsNextToHopelessness() {
        LexiconMatch asked = LEX.match("zahlt die versicherung auch bei suizid?");
        assertFalse(asked.categories().contains(Category.SELF_HARM), asked::toString);
        LexiconMatch meant = LEX.match("zahlt die auch bei suizid? die tabletten liegen schon hier, ist eh bald vorbei");
        assertTrue(meant.categories().contains(Category.SELF_HARM), meant::toString);
    }

    @ParameterizedTest(name = "[{0}] threat {1}")
    @CsvSource(delimiter = '|', value = {
        "en | my husband is going to kill me",
        "en | he'll kill me if i leave",
        "en | he will kill me if he finds out i called you",
        "fr | mon mari va me tuer",
        "fr | il gueule qu'il va me tuer",
        "es | mi novio me va a matar",
        "nl | hij roept dat hij me gaat steken"})
    void shouldReadAThreatAsDangerAndNotAsAJokeOrAsSelfHarm(String lang, String text) {
        LexiconMatch m = LEX.match(text);
        assertTrue(m.categories().contains(Category.DANGER), () -> lang + " " + m);
        assertFalse(m.categories().contains(Category.SELF_HARM), () -> lang + " " + m);
    }

    @ParameterizedTest(name = "[{0}] possibility {1}")
    @CsvSource(delimiter = '|', value = {
        "en | if i leave the door open someone could break in?",
        "de | könnte jemand einbrechen wenn ich das fenster offen lasse?",
        "fr | si je laisse la porte ouverte quelqu un pourrait entrer ?"})
    void shouldNotReadTheWritersConditionOnAPossibilityAsDanger(String lang, String text) {
        LexiconMatch m = LEX.match(text);
        assertFalse(m.categories().contains(Category.DANGER), () -> lang + " " + m);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        // Dutch clitics for mijn and zijn: split like "n'ai", their "n" negated what followed
        "nl | m'n borst doet zo'n pijn | MEDICAL",
        "nl | z'n gezicht hangt scheef | MEDICAL",
        "nl | m’n hart gaat tekeer | MEDICAL",
        // "tapé" (typed) is folded to "tape" (hits): the benign line must not cancel the threat
        "fr | il me tape | DANGER",
        "fr | il m'a tapé hier soir et il recommence | DANGER",
        // a phrase that names the insurance itself is not framed by it
        "en | my kids will be better off with the insurance money than with me | SELF_HARM"})
    void shouldFireWhenAFormOnceCancelledItsOwnPhrase(String lang, String text, Category c) {
        LexiconMatch m = LEX.match(text);
        assertTrue(m.categories().contains(c), () -> lang + " " + m);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "fr | je n'ai pas mal à la poitrine",
        "en | does the insurance pay if i kill myself",
        "fr | j'ai tapé le mauvais code"})
    void shouldStillCancelWhenTheCueStandsOutsideThePhrase(String lang, String text) {
        LexiconMatch m = LEX.match(text);
        assertTrue(m.categories().stream().noneMatch(Category::isDistress), () -> lang + " " + m);
    }
}
