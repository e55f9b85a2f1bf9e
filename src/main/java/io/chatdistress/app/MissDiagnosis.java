package io.chatdistress.app;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.model.Sender;
import io.chatdistress.scoring.Category;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.session.Action;
import io.chatdistress.session.Escalation;
import io.chatdistress.session.SessionPolicy;
import io.chatdistress.session.SessionRiskModel;
import io.chatdistress.session.SessionState;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says why a labelled session was not caught in time (or why a normal one escalated), for the
 * evaluation report: what the scorer saw in the window a careful reader needed, and how much
 * evidence the session model had gathered by the message where it should have escalated. Replays
 * the pure model with silence checks at each deadline, as the service's punctuator would; the
 * report states signal kinds and counts, never chat text.
 */
final class MissDiagnosis {
    private final MessageScorer scorer;
    private final SessionPolicy policy;

    MissDiagnosis(MessageScorer scorer, SessionPolicy policy) {
        this.scorer = scorer;
        this.policy = policy;
    }

    String explain(SessionFile.Session s, EvaluationReport.Outcome outcome) {
        SessionRiskModel model = new SessionRiskModel(policy);
        SessionState state = new SessionState();
        List<SessionFile.Message> messages = s.messages();
        int from = s.signalAt() == null ? 0 : s.signalAt();
        int to = s.escalateAt() == null ? messages.size() - 1 : Math.min(s.escalateAt(), messages.size() - 1);
        int mash = 0;
        int garbled = 0;
        int checkIns = 0;
        int unreadable = 0;
        Set<Category> categories = EnumSet.noneOf(Category.class);
        double riskAtDeadline = 0;
        String firstTrigger = null;
        for (int i = 0; i < messages.size(); i++) {
            SessionFile.Message m = messages.get(i);
            long t = m.epochMillis();
            if (state.silenceDeadline() > 0 && state.silenceDeadline() <= t) {
                firstTrigger = firstTrigger(firstTrigger, model.onSilenceCheck(s.sessionId(), state,
                        state.silenceDeadline()), i - 1);
            }
            Sender sender = Sender.valueOf(m.sender());
            MessageScore score = sender == Sender.CUSTOMER ? scorer.score(m.text()) : scorer.scoreContext(m.text());
            ChatMessage cm = new ChatMessage(m.messageId(), s.sessionId(), sender, m.text(), t, null, null, null, null);
            firstTrigger = firstTrigger(firstTrigger, model.onMessage(s.sessionId(), state, cm, score), i);
            if (i >= from && i <= to) {
                if (sender == Sender.CUSTOMER) {
                    if (score.mash() && !score.structured()) {
                        mash++;
                    } else if (score.gibberish() >= SessionRiskModel.COHERENT_BELOW && score.categories().isEmpty()) {
                        garbled++;
                    }
                    score.categories().stream().filter(Category::isDistress).forEach(categories::add);
                } else {
                    checkIns += score.has(Category.CHECK_IN) ? 1 : 0;
                    unreadable += score.has(Category.UNREADABLE_REPLY) ? 1 : 0;
                }
            }
            if (i == to) {
                riskAtDeadline = state.risk();
            }
        }
        String window = String.format(Locale.ROOT, "messages %d–%d: %d mash, %d half-legible, %s, %d agent check-in(s)%s",
                from, to, mash, garbled, categories.isEmpty() ? "no distress phrase" : "distress " + categories,
                checkIns, unreadable > 0 ? ", " + unreadable + " \"cannot read\"" : "");
        long nextGap = to + 1 < messages.size()
                ? (messages.get(to + 1).epochMillis() - messages.get(to).epochMillis()) / 1000 : -1;
        String evidence = riskAtDeadline >= policy.silenceRisk()
                ? String.format(Locale.ROOT, "evidence %.2f by message %d: enough for a silence escalation, but the "
                        + "next message came after %d s (silence timeout %d s), and below %.2f while typing",
                        riskAtDeadline, to, nextGap, policy.silenceTimeout().toSeconds(), policy.triggerRisk())
                : String.format(Locale.ROOT, "evidence %.2f by message %d, below %.2f (typing) and %.2f (silence)",
                        riskAtDeadline, to, policy.triggerRisk(), policy.silenceRisk());
        return switch (outcome) {
            case MISSED -> mash + garbled + categories.size() == 0
                    ? "the scorer found no signal in " + window
                    : window + "; " + evidence;
            case LATE -> window + "; " + evidence + "; escalated at "
                    + (firstTrigger == null ? "a later silence check" : firstTrigger);
            case PREMATURE -> "escalated at " + firstTrigger + ", before the first signal at message " + from;
            case FALSE_POSITIVE -> "escalated at " + firstTrigger + " of a normal session";
            default -> "";
        };
    }

    private static String firstTrigger(String current, List<Escalation> events, int index) {
        if (current != null) {
            return current;
        }
        for (Escalation e : events) {
            if (e.action() == Action.TRIGGER) {
                return "message " + index + " (" + String.join(", ", e.reasons()) + ")";
            }
        }
        return null;
    }
}
