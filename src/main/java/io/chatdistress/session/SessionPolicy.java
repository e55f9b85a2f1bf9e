package io.chatdistress.session;

import java.time.Duration;

/**
 * The knobs of the session model. The defaults are the production values; each weight is evidence
 * in "keyboard-mash messages" units, and a trigger needs {@link #triggerRisk} of them.
 *
 * @param sessionGap inactivity after which a session's state is dropped
 * @param silenceTimeout customer silence after a signal (or after an agent check-in that followed
 *     a signal) that counts as not answering
 * @param riskHalfLife evidence loses half its weight over this much event time
 * @param triggerRisk accumulated evidence that triggers an escalation while the customer types
 * @param silenceRisk evidence that triggers once the customer has gone silent after it
 * @param mashWeight one keyboard-mash message
 * @param playfulMashWeight one keyboard-mash message next to laughter
 * @param weakDistressWeight "I don't feel well", "nothing matters any more"
 * @param strongDistressWeight explicit emergency language (enough on its own)
 * @param unansweredWeight an agent check-in answered with mash or not at all, or an inactivity notice
 * @param coherentDecay factor applied to open evidence by a coherent customer message
 * @param coherentToResolve coherent customer messages that resolve a mash-only episode
 */
public record SessionPolicy(
        Duration sessionGap,
        Duration silenceTimeout,
        Duration riskHalfLife,
        double triggerRisk,
        double silenceRisk,
        double mashWeight,
        double playfulMashWeight,
        double weakDistressWeight,
        double strongDistressWeight,
        double unansweredWeight,
        double coherentDecay,
        int coherentToResolve) {

    public static SessionPolicy defaults() {
        return new SessionPolicy(Duration.ofMinutes(30), Duration.ofSeconds(60), Duration.ofMinutes(10),
                // "About three" and "about two" mash messages: evidence decays a little between messages.
                2.75, 1.75, 1.0, 0.3, 1.5, 3.0, 1.0, 0.5, 2);
    }

    public SessionPolicy withSessionGap(Duration gap) {
        return new SessionPolicy(gap, silenceTimeout, riskHalfLife, triggerRisk, silenceRisk, mashWeight,
                playfulMashWeight, weakDistressWeight, strongDistressWeight, unansweredWeight, coherentDecay,
                coherentToResolve);
    }

    public SessionPolicy withSilenceTimeout(Duration timeout) {
        return new SessionPolicy(sessionGap, timeout, riskHalfLife, triggerRisk, silenceRisk, mashWeight,
                playfulMashWeight, weakDistressWeight, strongDistressWeight, unansweredWeight, coherentDecay,
                coherentToResolve);
    }
}
