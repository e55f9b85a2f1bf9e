package io.chatdistress.serde;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.chatdistress.model.ChatMessage;
import io.chatdistress.model.InvalidMessageException;
import io.chatdistress.model.Sender;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the JSON value of an input record into a {@link ChatMessage}. Strict about types, lenient
 * about extras: unknown fields are ignored. Error messages name fields, never their content.
 */
public final class ChatMessageParser {
    /** Identifiers longer than this are rejected: they end up in keys, events and state. */
    public static final int MAX_ID_LENGTH = 256;

    private ChatMessageParser() {
    }

    /**
     * @param key the record key (session id) or null
     * @param value the record value
     * @param recordTimestamp the Kafka record timestamp, used when the message has none
     */
    public static ChatMessage parse(byte[] key, byte[] value, long recordTimestamp) throws InvalidMessageException {
        if (value == null) {
            throw new InvalidMessageException("value is null");
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(value);
        } catch (JacksonException e) {
            throw new InvalidMessageException("value is not valid JSON (" + e.getClass().getSimpleName() + ")");
        } catch (java.io.IOException e) {
            throw new InvalidMessageException("value could not be read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidMessageException("value is not a JSON object");
        }
        String keySession = key == null ? null : decodeKey(key);
        String sessionId = optionalText(root, "sessionId");
        if (sessionId == null) {
            sessionId = keySession;
        }
        if (sessionId == null || sessionId.isBlank()) {
            throw new InvalidMessageException("missing field sessionId and no record key");
        }
        checkId("sessionId", sessionId);
        String messageId = requiredText(root, "messageId");
        checkId("messageId", messageId);
        Sender sender = parseSender(requiredText(root, "sender"));
        String text = requiredText(root, "text");
        long timestamp = parseTimestamp(root.get("timestamp"), recordTimestamp);
        return new ChatMessage(messageId, sessionId, sender, text, timestamp,
                idOrNull(root, "tenantId"), idOrNull(root, "channel"), idOrNull(root, "customerId"),
                idOrNull(root, "locale"));
    }

    private static String decodeKey(byte[] key) throws InvalidMessageException {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(key)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidMessageException("record key is not valid UTF-8");
        }
    }

    private static Sender parseSender(String raw) throws InvalidMessageException {
        try {
            return Sender.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("field sender is not one of CUSTOMER, AGENT, BOT, SYSTEM");
        }
    }

    static long parseTimestamp(JsonNode node, long recordTimestamp) throws InvalidMessageException {
        if (node == null || node.isNull()) {
            if (recordTimestamp >= 0) {
                return recordTimestamp;
            }
            throw new InvalidMessageException("missing field timestamp");
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong() || node.asLong() < 0) {
                throw new InvalidMessageException("field timestamp is out of range");
            }
            return node.asLong();
        }
        if (node.isTextual()) {
            String s = node.asText().trim();
            try {
                return Instant.parse(s).toEpochMilli();
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(s).toInstant().toEpochMilli();
                } catch (DateTimeParseException e2) {
                    if (!s.isEmpty() && s.chars().allMatch(Character::isDigit) && s.length() <= 15) {
                        return Long.parseLong(s);
                    }
                    throw new InvalidMessageException("field timestamp is neither ISO-8601 nor epoch millis");
                }
            }
        }
        throw new InvalidMessageException("field timestamp has the wrong type");
    }

    private static String requiredText(JsonNode root, String field) throws InvalidMessageException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidMessageException("missing field " + field);
        }
        if (!node.isTextual()) {
            throw new InvalidMessageException("field " + field + " is not a string");
        }
        return node.asText();
    }

    private static String optionalText(JsonNode root, String field) throws InvalidMessageException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidMessageException("field " + field + " is not a string");
        }
        return node.asText();
    }

    private static String idOrNull(JsonNode root, String field) throws InvalidMessageException {
        String value = optionalText(root, field);
        if (value != null) {
            checkId(field, value);
        }
        return value;
    }

    private static void checkId(String field, String value) throws InvalidMessageException {
        if (value.isBlank()) {
            throw new InvalidMessageException("field " + field + " is blank");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new InvalidMessageException("field " + field + " is longer than " + MAX_ID_LENGTH);
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidMessageException("field " + field + " contains control characters");
            }
        }
    }
}
