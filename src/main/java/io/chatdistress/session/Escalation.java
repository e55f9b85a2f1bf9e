package io.chatdistress.session;

import java.util.List;

/**
 * An escalation decided by the session model, before it is wrapped as a CloudEvent.
 *
 * @param sequence position of this event within its episode (0 for the trigger)
 * @param time event time of the triggering message (or of the silence deadline for silence)
 * @param triggerMessageId the last message of the session seen when the decision was made
 * @param summary human-readable and free of chat text
 */
public record Escalation(
        Action action,
        Severity severity,
        String sessionId,
        int episode,
        int sequence,
        long time,
        String triggerMessageId,
        List<String> evidenceMessageIds,
        List<String> reasons,
        Scores scores,
        String summary,
        String tenantId,
        String channel,
        String customerId) {

    public Escalation {
        evidenceMessageIds = List.copyOf(evidenceMessageIds);
        reasons = List.copyOf(reasons);
    }

    /** One key per episode, stable across retries and restarts. */
    public String dedupKey() {
        return sessionId + "#" + episode;
    }

    /** The numbers behind a decision. */
    public record Scores(double risk, double maxGibberish, int mashMessages, int distressPhrases,
            int unansweredCheckIns, long silenceSeconds) {
    }
}
