package io.chatdistress.session;

import io.chatdistress.scoring.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Human-readable summaries built only from counts and category names, never from chat text. */
final class Summaries {
    private Summaries() {
    }

    static String describe(Action action, Escalation.Scores scores, int categoryBits, List<String> reasons) {
        if (action == Action.RESOLVE) {
            return switch (reasons.isEmpty() ? "" : reasons.get(0)) {
                case "explanation" -> "Customer explained the unusual typing; standing down.";
                case "reassurance" -> "Customer says they are fine; standing down.";
                case "coherent-return" -> "Customer is typing coherently again; standing down.";
                default -> "Standing down.";
            };
        }
        List<String> parts = new ArrayList<>(4);
        if (scores.mashMessages() > 0) {
            parts.add(scores.mashMessages() + (scores.mashMessages() == 1 ? " message" : " messages")
                    + " of keyboard mash from the customer");
        }
        List<String> categories = new ArrayList<>();
        for (Category c : Category.values()) {
            if ((categoryBits & (1 << c.ordinal())) != 0) {
                categories.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        if (!categories.isEmpty()) {
            parts.add("distress language (" + String.join(", ", categories) + ")");
        }
        if (scores.unansweredCheckIns() > 0) {
            parts.add(scores.unansweredCheckIns() + " agent check-in(s) not answered coherently");
        }
        if (reasons.contains("silence-after-signal") || reasons.contains("unanswered-check-in")
                || reasons.contains("inactivity-notice")) {
            parts.add("customer silent for " + scores.silenceSeconds() + " s");
        }
        if (reasons.contains("agent-concern")) {
            parts.add("the agent asked whether the customer is all right or could not read them");
        }
        if (reasons.contains(SessionRiskModel.CRISIS_REFERRAL_REASON)) {
            parts.add("the agent referred the customer to a crisis line");
        }
        if (reasons.contains(SessionRiskModel.URGENT_ADVICE_REASON)) {
            parts.add("the agent told the customer to call emergency services now");
        }
        if (reasons.contains(SessionRiskModel.AGENT_ALERT_REASON)) {
            parts.add("the agent is alerting emergency services");
        }
        if (reasons.contains("third-party")) {
            parts.add("about someone with the customer");
        }
        String head = action == Action.TRIGGER ? "Possible emergency: " : "Escalation update: ";
        return head + (parts.isEmpty() ? "risk " + scores.risk() : String.join("; ", parts)) + ".";
    }
}
