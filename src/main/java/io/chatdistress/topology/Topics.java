package io.chatdistress.topology;

import java.util.List;

/**
 * The service's topics.
 *
 * <ul>
 *   <li><b>input</b> ({@code chat.messages.v1}): key = session id (UTF-8, may be null), value = chat
 *       message JSON {@code {messageId, sessionId, sender, text, timestamp, tenantId?, channel?,
 *       customerId?, locale?}}.</li>
 *   <li><b>escalations</b> ({@code chat.escalations.v1}): key = session id (or its pseudonym), value =
 *       CloudEvents 1.0 structured JSON ({@code application/cloudevents+json}).</li>
 *   <li><b>deadLetters</b> ({@code chat.messages.dlq.v1}): key = null, value = JSON with the reason,
 *       the record's coordinates and a SHA-256 of its value; never the value itself.</li>
 * </ul>
 */
public record Topics(String input, String escalations, String deadLetters) {
    public static final String DEFAULT_INPUT = "chat.messages.v1";
    public static final String DEFAULT_ESCALATIONS = "chat.escalations.v1";
    public static final String DEFAULT_DEAD_LETTERS = "chat.messages.dlq.v1";

    public static Topics defaults() {
        return new Topics(DEFAULT_INPUT, DEFAULT_ESCALATIONS, DEFAULT_DEAD_LETTERS);
    }

    public List<String> all() {
        return List.of(input, escalations, deadLetters);
    }
}
