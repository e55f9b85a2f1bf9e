package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Agents saying they are alerting emergency services, as opposed to offering to, advising the
 * customer to, or talking about the police in a parcel matter. Lines written for this test.
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
