package io.chatdistress.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.model.Sender;
import io.chatdistress.scoring.Category;
import io.chatdistress.scoring.MessageScore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The session model on hand-made message scores, so its rules are tested apart from the scorer. */
class SessionRiskModelTest {
    private static final String SESSION = "sess-ü-1";
    private final SessionRiskModel model = new SessionRiskModel(SessionPolicy.defaults());
    private final SessionState state = new SessionState();
    private final List<Escalation> events = new ArrayList<>();
    private long clock = 1_700_000_000_000L;
    private int seq;

    private static MessageScore coherent() {
        return new MessageScore(0.05, false, 0, false, Set.of(), false, List.of(), 20);
    }

    private static MessageScore mash() {
        return new MessageScore(0.97, true, 1.0, false, Set.of(), false, List.of("adjacent-key-run"), 20);
    }

    private static MessageScore code() {
        return new MessageScore(0.2, false, 0, true, Set.of(), false, List.of("structured-iban"), 22);
    }

    private static MessageScore lexicon(Category... categories) {
        return new MessageScore(0.05, false, 0, false, EnumSet.of(categories[0], categories), false, List.of(), 20);
    }

    private String say(Sender sender, MessageScore score, long afterSeconds) {
        // a placeholder text: tests whose outcome depends on the words use sayText
        return sayText(sender, score, "(text not used by the model)", afterSeconds);
    }

    private String sayText(Sender sender, MessageScore score, String text, long afterSeconds) {
        clock += afterSeconds * 1000;
        String id = "m-" + seq++;
        ChatMessage m = new ChatMessage(id, SESSION, sender, text, clock, "t1", "webchat", "c-9", "en");
        events.addAll(model.onMessage(SESSION, state, m, score));
        return id;
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "Help!", "HELP 🙏", "hilfe bitte", "Hulp nodig",
        "ik heb hulp nodig", "necesito ayuda por favor", "J'ai besoin d'aide svp", "hi, I need help please",
        "ayúdame porfa", "c'est urgent", "oui vite svp", "schnell bitte", "es urgente", "it is urgent please",
        "SOS 🆘🆘🆘", "sos!!!"})
    void shouldReadASupportOpenerAsABarePlea(String text) {
        assertTrue(SessionRiskModel.isBarePlea(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help fire", "help he is back", "help help",
        "hilfe hilfe", "au secours", "socorro", "helppp", "please", "", "help me my husband",
        "i need help with my order", "urgent help", "vite vite", "c'est urgent il est là", "sos help"})
    void shouldNotReadAnythingMoreAsABarePlea(String text) {
        assertFalse(SessionRiskModel.isBarePlea(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"112", "911", " 999 ", "112!", "112?"})
    void shouldReadALoneEmergencyNumberAsABareNumber(String text) {
        assertTrue(SessionRiskModel.isBareEmergencyNumber(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call 112", "112 112", "1120", "porsche 911", "911 🚑", "", "11 2"})
    void shouldNotReadMoreThanOneNumberAloneAsABareNumber(String text) {
        assertFalse(SessionRiskModel.isBareEmergencyNumber(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "No.", "nee", "Neeee", "nein!", "NON", "pas vraiment", "not really...",
        "no realmente", "nicht wirklich", "nö"})
    void shouldReadABareNoAsABareNo(String text) {
        assertTrue(SessionRiskModel.isBareNo(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "Yes please", "ja", "JA!", "ja bitte", "oui", "oui svp", "sí", "si por favor",
        "ja graag", "yesss", "Oui. Ce soir je pense.", "yes! please hurry"})
    void shouldReadABareYesAsABareYes(String text) {
        assertTrue(SessionRiskModel.isBareYes(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes but the parcel is still missing", "ja genau das paket", "oui merci c'est bon",
        "no", "", "si je peux"})
    void shouldNotReadMoreThanAYesAsABareYes(String text) {
        assertFalse(SessionRiskModel.isBareYes(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no problem", "nee hoor, alles goed", "nein danke", "non merci", "no gracias",
        "not really a problem", "yes", "ok", "", "no, the parcel is still missing"})
    void shouldNotReadMoreThanANoAsABareNo(String text) {
        assertFalse(SessionRiskModel.isBareNo(text), text);
    }

    @Test
    void shouldTriggerWhenTheCustomerAnswersAreYouOkWithNo() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, coherent(), 20);
        say(Sender.AGENT, lexicon(Category.WELLBEING_CHECK, Category.CHECK_IN), 20);
        sayText(Sender.CUSTOMER, coherent(), "nee", 20);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertTrue(events.get(0).reasons().contains("not-ok-answer"), events::toString);
    }

    @Test
    void shouldTriggerAnEmergencyWhenTheCustomerAnswersAreYouInDangerWithYes() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, coherent(), 20);
        say(Sender.AGENT, lexicon(Category.DANGER_QUESTION), 20);
        // a second agent line ("if you cannot talk, just write yes") keeps the question open
        say(Sender.AGENT, coherent(), 5);
        sayText(Sender.CUSTOMER, coherent(), "ja", 20);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertEquals(Severity.EMERGENCY, events.get(0).severity(), events::toString);
        assertTrue(events.get(0).reasons().contains("affirmed-danger-question"), events::toString);
    }

    @Test
    void shouldReadYesOnlyAsTheAnswerToTheDangerQuestionJustAsked() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.AGENT, lexicon(Category.DANGER_QUESTION), 20);
        sayText(Sender.CUSTOMER, coherent(), "no, all good, it was the TV", 20);
        sayText(Sender.CUSTOMER, coherent(), "yes", 20);
        // "no" to "shall I call an ambulance?" is not "no, I am not ok"
        say(Sender.AGENT, lexicon(Category.DANGER_QUESTION, Category.WELLBEING_CHECK, Category.CHECK_IN), 20);
        sayText(Sender.CUSTOMER, coherent(), "no", 20);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldNotTriggerOnANoThatAnswersAnOrdinaryQuestion() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.AGENT, coherent(), 20);
        sayText(Sender.CUSTOMER, coherent(), "no", 20);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 20);
        sayText(Sender.CUSTOMER, coherent(), "nein", 20);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldNotEscalateALoneEmergencyNumberThatAnswersAQuestionForANumber() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, coherent(), 20);
        say(Sender.CUSTOMER, coherent(), 20);
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "911", 30);
        say(Sender.CUSTOMER, coherent(), 20);
        silence(600);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldEscalateALoneEmergencyNumberTypedTwice() {
        say(Sender.CUSTOMER, coherent(), 0);
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "112", 30);
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "112", 10);
        assertEquals(1, count(Action.TRIGGER), events::toString);
    }

    @Test
    void shouldNotEscalateABarePleaThatOpensASupportChat() {
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "help", 0);
        say(Sender.AGENT, coherent(), 40);
        say(Sender.CUSTOMER, coherent(), 20);
        say(Sender.CUSTOMER, coherent(), 20);
        silence(600);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldEscalateAnOpeningPleaFollowedByMashAsAnEmergency() {
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "hilfe bitte", 0);
        assertTrue(events.isEmpty(), events::toString);
        say(Sender.CUSTOMER, mash(), 15);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertEquals(Severity.EMERGENCY, events.get(0).severity());
        assertTrue(events.get(0).reasons().contains("lexicon:HELP"), events::toString);
    }

    @Test
    void shouldEscalateAnOpeningPleaWhenTheCheckInAfterItGoesUnanswered() {
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "necesito ayuda", 0);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 30);
        silence(20);
        assertTrue(events.isEmpty(), "the customer still has time to answer: " + events);
        silence(30);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertTrue(events.get(0).reasons().contains("unanswered-check-in"), events::toString);
    }

    @Test
    void shouldNotEscalateAnUrgentAnswerInTheFirstLinesButStillEscalateItWithMash() {
        sayText(Sender.CUSTOMER, coherent(), "je veux changer le code de ma serrure", 0);
        say(Sender.AGENT, coherent(), 40);
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "oui vite svp", 20);
        assertTrue(events.isEmpty(), "impatience with a lock code is not an emergency: " + events);
        say(Sender.CUSTOMER, mash(), 15);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertEquals(Severity.EMERGENCY, events.get(0).severity());
    }

    @Test
    void shouldKeepAPleaWithMoreInItStrong() {
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "help he is back", 0);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertEquals(Severity.EMERGENCY, events.get(0).severity());
    }

    @Test
    void shouldKeepABarePleaStrongLaterInTheChat() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.AGENT, coherent(), 30);
        say(Sender.CUSTOMER, coherent(), 30);
        say(Sender.AGENT, coherent(), 30);
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "help me", 30);
        assertEquals(1, count(Action.TRIGGER), "out of the blue, the third line: " + events);
        assertEquals(Severity.EMERGENCY, events.get(0).severity());
    }

    @Test
    void shouldKeepASecondPleaStrong() {
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "help", 0);
        assertTrue(events.isEmpty(), events::toString);
        sayText(Sender.CUSTOMER, lexicon(Category.HELP), "help please", 10);
        assertEquals(1, count(Action.TRIGGER), events::toString);
    }

    private void silence(long seconds) {
        for (long s = 5; s <= seconds; s += 5) {
            events.addAll(model.onSilenceCheck(SESSION, state, clock + s * 1000));
        }
        clock += seconds * 1000;
    }

    private long count(Action action) {
        return events.stream().filter(e -> e.action() == action).count();
    }

    @Test
    void shouldEscalateOnceWhenCustomerTypesMashThenSaysUnwellThenMashAgain() {
        // Given the real case: normal text first
        say(Sender.AGENT, coherent(), 0);
        say(Sender.CUSTOMER, coherent(), 20);
        say(Sender.CUSTOMER, code(), 30);
        // When mash, "I don't feel well", more mash follow
        String firstMash = say(Sender.CUSTOMER, mash(), 40);
        String trigger = say(Sender.CUSTOMER, lexicon(Category.UNWELL), 8);
        say(Sender.CUSTOMER, mash(), 8);
        say(Sender.CUSTOMER, mash(), 5);
        silence(120);
        // Then exactly one trigger, as soon as illness follows the mash, with emergency severity
        assertEquals(1, count(Action.TRIGGER), events::toString);
        Escalation e = events.get(0);
        assertEquals(Action.TRIGGER, e.action());
        assertEquals(trigger, e.triggerMessageId());
        assertEquals(Severity.EMERGENCY, e.severity());
        assertTrue(e.evidenceMessageIds().contains(firstMash));
        assertTrue(e.reasons().contains("lexicon:UNWELL"));
        assertEquals(SESSION + "#1", e.dedupKey());
        assertFalse(e.summary().contains("text not used"));
    }

    @Test
    void shouldStayQuietWhenMashComesWithLaughter() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 10);
        say(Sender.CUSTOMER, lexicon(Category.LAUGHTER), 5);
        say(Sender.CUSTOMER, mash(), 5);
        say(Sender.CUSTOMER, coherent(), 20);
        silence(300);
        assertEquals(0, events.size(), events::toString);
    }

    @Test
    void shouldNeverEscalateOnPastedCodes() {
        for (int i = 0; i < 10; i++) {
            say(Sender.CUSTOMER, code(), 5);
        }
        silence(300);
        assertTrue(events.isEmpty());
    }

    @Test
    void shouldEscalateWhenCustomerGoesSilentAfterMashAndCheckIn() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 30);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 20);
        silence(30);
        assertEquals(0, events.size(), "not yet: the customer has 60 s to answer");
        silence(60);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertTrue(events.get(0).reasons().contains("unanswered-check-in"));
    }

    @Test
    void shouldNotTreatUnansweredCheckInAsDistressWithoutAnEarlierSignal() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 120);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 120);
        say(Sender.SYSTEM, lexicon(Category.INACTIVITY_NOTICE), 120);
        silence(600);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldResolveWhenCustomerExplainsTheMash() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 10);
        say(Sender.CUSTOMER, mash(), 2);
        say(Sender.CUSTOMER, mash(), 2);
        assertEquals(1, count(Action.TRIGGER));
        say(Sender.CUSTOMER, lexicon(Category.EXPLANATION), 10);
        assertEquals(1, count(Action.RESOLVE));
        Escalation resolve = events.get(events.size() - 1);
        assertEquals(resolve.episode(), events.get(0).episode());
        // A later, new burst is a new episode with its own trigger.
        say(Sender.CUSTOMER, coherent(), 300);
        say(Sender.CUSTOMER, mash(), 200);
        say(Sender.CUSTOMER, mash(), 2);
        say(Sender.CUSTOMER, mash(), 2);
        assertEquals(2, count(Action.TRIGGER));
        assertEquals(2, events.get(events.size() - 1).episode());
    }

    @Test
    void shouldStandDownAnUrgentMashBurstWhenTheCustomerTypesOn() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 10);
        say(Sender.CUSTOMER, mash(), 2);
        say(Sender.CUSTOMER, mash(), 2);
        assertEquals(Severity.URGENT, events.get(0).severity(), events::toString);
        say(Sender.CUSTOMER, coherent(), 10);
        say(Sender.CUSTOMER, coherent(), 10);
        assertEquals(1, count(Action.RESOLVE), events::toString);
    }

    @Test
    void shouldNotStandDownAMashEmergencyOnCoherentTypingAloneButOnAnExplanation() {
        // "fell", "on the stairs hip": lines the lexicon has no words for read as coherent
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 10);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 20);
        silence(120);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertEquals(Severity.EMERGENCY, events.get(0).severity(), events::toString);
        say(Sender.CUSTOMER, coherent(), 10);
        say(Sender.CUSTOMER, coherent(), 10);
        say(Sender.CUSTOMER, coherent(), 10);
        assertEquals(0, count(Action.RESOLVE), events::toString);
        say(Sender.CUSTOMER, lexicon(Category.EXPLANATION), 10);
        assertEquals(1, count(Action.RESOLVE), events::toString);
    }

    @Test
    void shouldNotTriggerBeforeTheExplanationOfTwoAccidentalMashMessages() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 10);
        say(Sender.CUSTOMER, mash(), 2);
        silence(30);
        say(Sender.CUSTOMER, lexicon(Category.EXPLANATION), 0);
        silence(300);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldTriggerImmediatelyOnExplicitEmergencyAndNotResolveOnCoherentFollowUp() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, lexicon(Category.MEDICAL), 10);
        assertEquals(1, count(Action.TRIGGER));
        assertEquals(Severity.EMERGENCY, events.get(0).severity());
        say(Sender.CUSTOMER, coherent(), 10);
        say(Sender.CUSTOMER, coherent(), 10);
        say(Sender.CUSTOMER, lexicon(Category.REASSURANCE), 10);
        assertEquals(0, count(Action.RESOLVE), "explicit emergencies are stood down by people, not by the model");
    }

    @Test
    void shouldSendUpdateWhenSeverityRises() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 10);
        say(Sender.CUSTOMER, mash(), 2);
        say(Sender.CUSTOMER, mash(), 2);
        assertEquals(Severity.URGENT, events.get(0).severity());
        say(Sender.CUSTOMER, lexicon(Category.MEDICAL), 5);
        assertEquals(1, count(Action.TRIGGER));
        assertEquals(1, count(Action.UPDATE));
        Escalation update = events.get(1);
        assertEquals(Severity.EMERGENCY, update.severity());
        assertEquals(1, update.sequence());
    }

    private static MessageScore garbled() {
        // Half-legible typing: above the coherent line, below the mash threshold, no lexicon hit.
        return new MessageScore(0.35, false, 0.4, false, Set.of(), false, List.of(), 12);
    }

    @Test
    void shouldTriggerWhenMashFollowsAGarbledLineAndACheckIn() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 20);
        say(Sender.CUSTOMER, garbled(), 10);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 10);
        String last = say(Sender.CUSTOMER, mash(), 10);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertEquals(last, events.get(0).triggerMessageId());
    }

    @Test
    void shouldLetACoherentLineWeakenEarlierMash() {
        // Same as above with a legible line in the middle: the mash is half explained away.
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 20);
        say(Sender.CUSTOMER, coherent(), 10);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 10);
        say(Sender.CUSTOMER, mash(), 10);
        assertEquals(0, count(Action.TRIGGER), events::toString);
    }

    @Test
    void shouldTreatAGarbledReplyToAreYouOkAsNoAnswer() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 20);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 15);
        String reply = say(Sender.CUSTOMER, garbled(), 15);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertEquals(reply, events.get(0).triggerMessageId());
        assertTrue(events.get(0).reasons().contains("no-reassurance-after-check-in"), events::toString);
    }

    @Test
    void shouldWaitWhenTheReplyToAreYouOkIsLegibleButNotReassuring() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 20);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 15);
        say(Sender.CUSTOMER, coherent(), 15);
        assertEquals(0, count(Action.TRIGGER), events::toString);
    }

    @Test
    void shouldNotCountAPastedCodeAsNormalTypingWhileMashIsOpen() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 20);
        say(Sender.CUSTOMER, code(), 10);
        say(Sender.CUSTOMER, mash(), 10);
        String third = say(Sender.CUSTOMER, mash(), 10);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertEquals(third, events.get(0).triggerMessageId());
    }

    @Test
    void shouldKeepTheEarlierSilenceDeadlineWhenTheAgentChecksInLate() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 20);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 50);
        // 65 s after the mash, 15 s after the check-in: the mash's own deadline has passed.
        silence(15);
        assertEquals(1, count(Action.TRIGGER), events::toString);
    }

    @Test
    void shouldNameASentenceThatBreaksOffIntoMash() {
        MessageScore breakOff = new MessageScore(0.99, true, 0.45, false, Set.of(), false,
                List.of("adjacent-key-run", "mash-tail"), 40);
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 20);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 20);
        say(Sender.CUSTOMER, breakOff, 10);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertTrue(events.get(0).reasons().contains("sentence-broke-off"), events::toString);
        assertFalse(SessionRiskModel.isBreakOff(mash()), "mash from the first character is not a break-off");
    }

    @Test
    void shouldEscalateDegradingTypingThatTheAgentCannotReadWhenCheckInGoesUnanswered() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, garbled(), 30);
        say(Sender.AGENT, lexicon(Category.UNREADABLE_REPLY), 15);
        say(Sender.CUSTOMER, garbled(), 30);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 15);
        assertEquals(0, count(Action.TRIGGER), "garbled lines alone never trigger");
        silence(90);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertTrue(events.get(0).reasons().contains("unanswered-check-in"), events::toString);
    }

    private static MessageScore oddEnding() {
        // Reads as typing as a whole, but the last word on its own reads as mash ("dus ik moet 9io").
        return new MessageScore(0.08, false, 0, false, Set.of(), false,
                List.of(io.chatdistress.scoring.MessageScorer.ODD_ENDING), 15);
    }

    @Test
    void shouldEscalateWhenTheAgentAsksIfAllIsWellAfterALineThatBrokeOffAndGetsNoAnswer() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, oddEnding(), 30);
        say(Sender.AGENT, lexicon(Category.WELLBEING_CHECK, Category.CHECK_IN), 30);
        assertEquals(0, count(Action.TRIGGER), "the worried question alone is no alarm");
        silence(90);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        Escalation e = events.get(0);
        assertTrue(e.reasons().contains("agent-concern"), e::toString);
        assertTrue(e.reasons().contains("unanswered-check-in"), e::toString);
        // The state keeps what the rule needs across a store round trip.
        SessionState copy = SessionState.fromBytes(state.toBytes());
        assertTrue(copy.agentConcern);
        assertEquals(state.lastLineOdd, copy.lastLineOdd);
    }

    @Test
    void shouldStayQuietWhenTheAgentOnlyAsksWhetherTheCustomerIsStillThere() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, oddEnding(), 30);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 30);
        silence(600);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldStayQuietWhenTheAgentAsksIfAllIsWellAfterANormalLine() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, coherent(), 30);
        say(Sender.AGENT, lexicon(Category.WELLBEING_CHECK, Category.CHECK_IN), 30);
        silence(600);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldRaiseAnUrgentEventWhenTheWorriedQuestionIsNeverAnsweredAndTheCustomerGoesInactive() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, coherent(), 30);
        say(Sender.AGENT, lexicon(Category.WELLBEING_CHECK, Category.CHECK_IN), 30);
        silence(120);
        assertEquals(0, count(Action.TRIGGER), "silence after the question alone is not enough");
        say(Sender.SYSTEM, lexicon(Category.INACTIVITY_NOTICE), 60);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        Escalation e = events.get(0);
        assertEquals(Severity.URGENT, e.severity(), "no mash and no distress words: a supervisor, not 112");
        assertTrue(e.reasons().contains("agent-concern"), e::toString);
        assertTrue(e.summary().contains("agent asked"), e::summary);
        say(Sender.SYSTEM, lexicon(Category.INACTIVITY_NOTICE), 60);
        assertEquals(1, count(Action.TRIGGER), "a second notice changes nothing");
    }

    @Test
    void shouldStayQuietWhenOnlyAPresenceCheckGoesUnansweredBeforeTheInactivityNotice() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 30);
        silence(120);
        say(Sender.SYSTEM, lexicon(Category.INACTIVITY_NOTICE), 60);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldStayQuietWhenTheCustomerAnswersTheWorriedQuestionAndLeavesLater() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.AGENT, lexicon(Category.WELLBEING_CHECK, Category.CHECK_IN), 30);
        say(Sender.CUSTOMER, coherent(), 40);
        silence(300);
        say(Sender.SYSTEM, lexicon(Category.INACTIVITY_NOTICE), 0);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldStayQuietWhenTheCustomerAnswersTheWorriedQuestion() {
        say(Sender.CUSTOMER, oddEnding(), 0);
        say(Sender.AGENT, lexicon(Category.WELLBEING_CHECK), 20);
        say(Sender.CUSTOMER, lexicon(Category.REASSURANCE), 20);
        silence(600);
        assertEquals(0, count(Action.TRIGGER), events::toString);
    }

    @Test
    void shouldStayQuietWhenTheCustomerRetypesLegiblyAfterTheAgentCouldNotRead() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, garbled(), 30);
        say(Sender.AGENT, lexicon(Category.UNREADABLE_REPLY), 15);
        say(Sender.CUSTOMER, coherent(), 30);
        say(Sender.CUSTOMER, coherent(), 10);
        silence(600);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldForgetOldMashAfterTheSessionGap() {
        say(Sender.CUSTOMER, mash(), 0);
        say(Sender.CUSTOMER, mash(), 2);
        say(Sender.CUSTOMER, coherent(), 2);
        say(Sender.CUSTOMER, mash(), 31 * 60);
        say(Sender.CUSTOMER, coherent(), 2);
        assertTrue(events.isEmpty(), events::toString);
        assertTrue(model.isExpired(state, clock + 31 * 60 * 1000));
    }

    /** Two ordinary customer lines, then the agent's line: one EMERGENCY trigger with this reason. */
    private void assertAgentLineAloneTriggersAnEmergency(MessageScore agentLine, String reason, String summaryPart) {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, coherent(), 30);
        say(Sender.AGENT, agentLine, 20);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        Escalation e = events.get(0);
        assertEquals(Severity.EMERGENCY, e.severity(), e::toString);
        assertTrue(e.reasons().contains(reason), e::toString);
        assertTrue(e.summary().contains(summaryPart), e::summary);
    }

    @Test
    void shouldTriggerAnEmergencyWhenTheAgentSaysTheyAreAlertingEmergencyServices() {
        assertAgentLineAloneTriggersAnEmergency(lexicon(Category.AGENT_ALERT, Category.CHECK_IN),
                SessionRiskModel.AGENT_ALERT_REASON, "agent is alerting emergency services");
        say(Sender.AGENT, lexicon(Category.AGENT_ALERT), 20);
        say(Sender.CUSTOMER, lexicon(Category.REASSURANCE), 20);
        say(Sender.CUSTOMER, coherent(), 20);
        say(Sender.CUSTOMER, coherent(), 20);
        assertEquals(1, events.size(), "said once is enough, and only a person stands it down: " + events);
        SessionState copy = SessionState.fromBytes(state.toBytes());
        assertTrue(copy.agentAlerted);
        assertTrue(copy.sawStrongDistress);
    }

    @Test
    void shouldRaiseAnOpenUrgentEpisodeToEmergencyWhenTheAgentAlertsEmergencyServices() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 10);
        say(Sender.CUSTOMER, mash(), 5);
        say(Sender.CUSTOMER, mash(), 5);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertEquals(Severity.URGENT, events.get(0).severity(), "mash while typing on: urgent");
        say(Sender.AGENT, lexicon(Category.AGENT_ALERT), 10);
        assertEquals(1, count(Action.UPDATE), events::toString);
        Escalation update = events.get(1);
        assertEquals(Severity.EMERGENCY, update.severity());
        assertTrue(update.reasons().contains(SessionRiskModel.AGENT_ALERT_REASON), update::toString);
    }

    @Test
    void shouldIgnoreAnAgentAlertOrUrgentAdviceBeforeTheCustomerHasWrittenAnything() {
        say(Sender.AGENT, lexicon(Category.AGENT_ALERT), 0);
        assertTrue(events.isEmpty(), events::toString);
        // a bot's greeting may carry "call 112 now" boilerplate the lexicon did not see as conditional
        say(Sender.BOT, lexicon(Category.URGENT_ADVICE), 0);
        say(Sender.CUSTOMER, coherent(), 10);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void shouldTriggerAnEmergencyWhenTheAgentPointsTheCustomerToACrisisLine() {
        assertAgentJudgementStands(lexicon(Category.CRISIS_REFERRAL, Category.WELLBEING_CHECK),
                SessionRiskModel.CRISIS_REFERRAL_REASON, "crisis line");
    }

    @Test
    void shouldTriggerAnEmergencyWhenTheAgentTellsTheCustomerToCallEmergencyServicesNow() {
        assertAgentJudgementStands(lexicon(Category.URGENT_ADVICE, Category.CHECK_IN),
                SessionRiskModel.URGENT_ADVICE_REASON, "told the customer to call emergency services");
    }

    /** The agent's line triggers an emergency, and the customer's "I'm fine" does not stand it down. */
    private void assertAgentJudgementStands(MessageScore agentLine, String reason, String summaryPart) {
        assertAgentLineAloneTriggersAnEmergency(agentLine, reason, summaryPart);
        say(Sender.CUSTOMER, lexicon(Category.REASSURANCE), 20);
        assertEquals(1, events.size(), "not stood down by the customer's 'I'm fine': " + events);
    }

    @Test
    void shouldLetABareComplaintOfIllnessTriggerButNotABareShrug() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.AGENT, coherent(), 20);
        // "ist mir egal" / "da igual" as the answer to "morning or afternoon?"
        say(Sender.CUSTOMER, lexicon(Category.HOPELESS), 20);
        assertTrue(events.isEmpty(), events::toString);
        say(Sender.CUSTOMER, lexicon(Category.UNWELL), 20);
        assertEquals(1, count(Action.TRIGGER), events::toString);
        assertTrue(events.get(0).reasons().contains("bare-complaint"), events::toString);
    }

    @Test
    void shouldRoundTripStateThroughBytes() {
        say(Sender.CUSTOMER, coherent(), 0);
        say(Sender.CUSTOMER, mash(), 10);
        say(Sender.AGENT, lexicon(Category.CHECK_IN), 10);
        byte[] bytes = state.toBytes();
        SessionState copy = SessionState.fromBytes(bytes);
        assertEquals(state.lastEventTime(), SessionState.lastEventTimeOf(bytes));
        assertEquals(state.silenceDeadline(), copy.silenceDeadline());
        assertEquals(state.risk(), copy.risk(), 1e-6);
        assertEquals(state.lastMessageId(), copy.lastMessageId());
        assertTrue(bytes.length < 300, "state bytes: " + bytes.length);
    }
}
