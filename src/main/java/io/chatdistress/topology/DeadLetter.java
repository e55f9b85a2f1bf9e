package io.chatdistress.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.chatdistress.serde.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A redacted dead-letter record: enough to find the original (topic, partition, offset) and to tell
 * two bad records apart (hash, size), never the content.
 */
public record DeadLetter(
        String stage,
        String reason,
        String errorClass,
        String topic,
        int partition,
        long offset,
        long timestamp,
        String valueSha256,
        int valueBytes) {

    public static final String STAGE_DESERIALIZE = "deserialize";
    public static final String STAGE_PROCESS = "process";

    public static DeadLetter of(String stage, String reason, Class<?> errorClass, String topic, int partition,
            long offset, long timestamp, byte[] value) {
        return new DeadLetter(stage, reason, errorClass.getName(), topic == null ? "unknown" : topic, partition,
                offset, timestamp,
                value == null ? null : sha256(value), value == null ? 0 : value.length);
    }

    public byte[] toJson() {
        try {
            return Json.mapper().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a dead letter", e);
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
