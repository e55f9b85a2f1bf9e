package io.chatdistress.model;

import java.util.Objects;

/**
 * One chat line as read from the input topic, after validation.
 *
 * @param timestamp event time in epoch milliseconds
 */
public record ChatMessage(
        String messageId,
        String sessionId,
        Sender sender,
        String text,
        long timestamp,
        String tenantId,
        String channel,
        String customerId,
        String locale) {

    public ChatMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
    }
}
