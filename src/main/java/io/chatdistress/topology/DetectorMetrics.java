package io.chatdistress.topology;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.session.Escalation;

/** What the topology reports while it works. Labels never carry session ids or text. */
public interface DetectorMetrics {
    DetectorMetrics NONE = new DetectorMetrics() {
    };

    default void messageScored(ChatMessage message, MessageScore score) {
    }

    default void escalation(Escalation escalation) {
    }

    default void suppressed(String reason) {
    }

    default void deadLetter(String stage) {
    }

    default void openSessions(long delta) {
    }
}
