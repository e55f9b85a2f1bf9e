package io.chatdistress.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.model.Sender;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routing test that decides whether a record skips the repartition topic. */
class SessionKeyTest {
    private static ChatMessage inSession(String sessionId) {
        return new ChatMessage("m-1", sessionId, Sender.CUSTOMER, "hallo", 1L, null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource({
        "3f2c9a1e-0b7d-4c55-9e61-0d5a2f8b7c10, 3f2c9a1e-0b7d-4c55-9e61-0d5a2f8b7c10, true",
        "3f2c9a1e-0b7d-4c55-9e61-0d5a2f8b7c10, 3f2c9a1e-0b7d-4c55-9e61-0d5a2f8b7c11, false",
        "sitzung-müller, sitzung-müller, true",
        "sitzung-müller, sitzung-muller, false",
        "sitzung-muller, sitzung-müller, false",
        "会话-𝄞-1, 会话-𝄞-1, true",
        "会话-𝄞-1, 会话-𝄞-2, false",
        "abc, abcd, false",
        "abcd, abc, false",
        "ab, é, false"})
    void shouldMatchExactlyWhenTheKeyIsTheUtf8SessionId(String key, String sessionId, boolean expected) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, DetectorTopology.isSessionKey(k, inSession(sessionId)));
        assertEquals(Arrays.equals(k, sessionId.getBytes(StandardCharsets.UTF_8)),
                DetectorTopology.isSessionKey(k, inSession(sessionId)));
    }

    @ParameterizedTest
    @CsvSource({"é, 2", "ab, 2"})
    void shouldNotMatchWhenTheKeyBytesAreNotUtf8OfTheId(String sessionId, int length) {
        byte[] latin1 = sessionId.getBytes(StandardCharsets.ISO_8859_1);
        byte[] padded = Arrays.copyOf(latin1, length);
        padded[length - 1] = (byte) 0xE9;
        assertEquals(false, DetectorTopology.isSessionKey(padded, inSession(sessionId)));
    }

    @Test
    void shouldNotMatchWhenThereIsNoKey() {
        assertEquals(false, DetectorTopology.isSessionKey(null, inSession("sitzung-1")));
    }
}
