package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Agents saying they are alerting emergency services, or telling the customer to call them now,
 * as opposed to offering to, advising the customer under a condition, or talking about the police
 * in a parcel matter. Lines written for this test.
 */
class AgentAlertLexiconTest {

    private static final Lexicon CONTEXT = Lexicon.loadContext();

    @ParameterizedTest
    @ValueSource(strings = {
        "I am calling an ambulance now, stay with me",
        "I've called emergency services for you.",
        "The paramedics are on their way.",
        "An ambulance has been dispatched to your address",
        "OK, I'm calling the police right now",
        "Ich habe den Rettungsdienst alarmiert.",
        "Jetzt rufe ich den Notarzt.",
        "Der Krankenwagen ist bereits unterwegs.",
        "We sturen een ambulance naar u toe",
        "De ambulance komt eraan.",
        "Ik heb 112 gebeld.",
        "Nous avons prévenu les secours.",
        "Je vous envoie une ambulance.",
        "Les pompiers sont en route.",
        "Hemos avisado a emergencias.",
        "Los sanitarios están en camino.",
        "Estoy llamando ahora mismo al 112",
        "I'm going to get you help right now. Is your address still 14 Elm Close?",
        "I'll call an ambulance for you now.",
    })
    void shouldRecogniseAnAgentAlertingEmergencyServices(String line) {
        assertTrue(CONTEXT.match(line).categories().contains(Category.AGENT_ALERT), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Shall I call an ambulance for you?",
        "I can call emergency services.",
        "If it gets worse, call 911.",
        "We have contacted the police about the stolen parcel.",
        "Wir haben die Polizei informiert, das Paket wurde gestohlen.",
        "Your replacement is on its way.",
        "I'm calling the courier now.",
        "I'll call you back tomorrow.",
        "I'll get you help with that right now.",
        "Help is on its way!",
        "Soll ich einen Rettungswagen rufen?",
        "Rufe die 112 an, wenn es schlimmer wird.",
        "Ich kann die 112 verständigen.",
        "Zal ik een ambulance voor je bellen?",
        "Bel 112 als het erger wordt.",
        "Ik kan 112 bellen.",
        "Voulez-vous que j'appelle une ambulance ?",
        "Vous voulez que j'appelle les secours ?",
        "Appelez le 3114 ou le 112.",
        "¿Quiere que llame a una ambulancia?",
        "¿Llamo al 112?",
        "Puedo llamar al 112.",
        "Me llamo Pablo, ¿en qué puedo ayudarle?",
        "Su paquete está en camino.",
    })
    void shouldNotTakeAnOfferAdviceOrAParcelMatterForAnAlert(String line) {
        assertFalse(CONTEXT.match(line).categories().contains(Category.AGENT_ALERT), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Those can be signs of a stroke. Please call 999 right now.",
        "You need to call an ambulance immediately, I'll stay here.",
        "If you're having chest pain please call 911 now.",
        "Bitte rufen Sie sofort den Notarzt!",
        "Ruf jetzt die 112 an, ich bleibe im Chat.",
        "Dit klinkt ernstig, bel meteen 112.",
        "Belt u alstublieft direct de ambulance.",
        "Appelez immédiatement le SAMU.",
        "Il faut appeler le 15 tout de suite.",
        "Llame al 112 ahora mismo, por favor.",
        "Llama ya a emergencias.",
    })
    void shouldRecogniseAnAgentTellingTheCustomerToCallEmergencyServicesNow(String line) {
        assertTrue(CONTEXT.match(line).categories().contains(Category.URGENT_ADVICE), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // under a condition: a bot's standard line, or advice for later
        "If you or someone else is in danger, please call 911 immediately.",
        "In an emergency, call 999 straight away.",
        "Wenn Sie sich in einer Notlage befinden, wählen Sie bitte sofort die 112.",
        "Im Notfall rufen Sie sofort die 112.",
        "Bij brand, bel direct 112.",
        "Als je in gevaar bent: bel meteen 112.",
        "Si vous êtes en danger, appelez le 17 immédiatement.",
        "En cas d'urgence, appelez le 15 tout de suite.",
        "Si tú o alguien más está en peligro, llama al 911 de inmediato.",
        "En caso de emergencia, llame al 112 ahora.",
        // no urgency: an offer, a number, advice without "now"
        "Shall I call an ambulance for you?",
        "Please call 999 if it gets worse.",
        "Bitte rufen Sie unsere Hotline an.",
        "Bel ons gerust terug.",
        "Appelez le service client au 3939.",
        "Llame al 900 123 456 para más información.",
    })
    void shouldNotTakeConditionalOrOrdinaryAdviceForUrgentAdvice(String line) {
        assertFalse(CONTEXT.match(line).categories().contains(Category.URGENT_ADVICE), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Are you in danger right now?",
        "Shall I call an ambulance for you?",
        "Sind Sie in Gefahr? Wenn Sie nicht sprechen können, schreiben Sie nur ja.",
        "Soll ich die Polizei rufen?",
        "Bent u gewond?",
        "Zal ik 112 voor u bellen?",
        "Êtes-vous en danger ?",
        "Voulez-vous que j'appelle une ambulance ?",
        "¿Está en peligro?",
        "¿Quiere que llame a una ambulancia?",
        "Have you fallen?",
        "Je vous pose la question franchement : est-ce que vous pensez à mettre fin à vos jours ?",
        "Denkst du daran, dir das Leben zu nehmen?",
        "¿Está pensando en quitarse la vida?",
    })
    void shouldRecogniseAnAgentAskingWhetherTheCustomerIsInDanger(String line) {
        assertTrue(CONTEXT.match(line).categories().contains(Category.DANGER_QUESTION), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Do you need help with your order?",
        "Brauchen Sie Hilfe bei der Rücksendung?",
        "Are you safe?",
        "Are you still there?",
        "Heeft u hulp nodig bij het inloggen?",
        "Avez-vous besoin d'aide pour autre chose ?",
        "¿Necesita ayuda con algo más?",
    })
    void shouldNotTakeAnOrdinaryOfferOfHelpForADangerQuestion(String line) {
        assertFalse(CONTEXT.match(line).categories().contains(Category.DANGER_QUESTION), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm really sorry you're feeling like this. You can call Samaritans free on 116 123.",
        "Please call or text 988, they are there for you any time.",
        "Die Telefonseelsorge ist rund um die Uhr erreichbar: 0800 111 0 111.",
        "Je kunt altijd bellen met 113 Zelfmoordpreventie.",
        "Vous pouvez appeler le 3114, gratuit, 24h/24.",
        "Llama al 024, es gratuito y confidencial.",
    })
    void shouldRecogniseAnAgentPointingToACrisisLine(String line) {
        assertTrue(CONTEXT.match(line).categories().contains(Category.CRISIS_REFERRAL), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Your order number is 988-1123.",
        "Our hotline is open from 8 to 8.",
        "Bitte rufen Sie unsere Servicenummer an.",
        "Je pakket ligt bij afhaalpunt 113.",
        "Votre colis est au relais 3114 rue de Paris? Non, au 12.",
    })
    void shouldNotTakeOrdinaryNumbersOrHotlinesForACrisisLine(String line) {
        assertFalse(CONTEXT.match(line).categories().contains(Category.CRISIS_REFERRAL), line);
    }
}
