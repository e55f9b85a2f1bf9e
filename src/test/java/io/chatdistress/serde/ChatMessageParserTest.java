package io.chatdistress.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.model.InvalidMessageException;
import io.chatdistress.model.Sender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChatMessageParserTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadAllFieldsAndIgnoreUnknownOnes() throws Exception {
        ChatMessage m = ChatMessageParser.parse(utf8("s-1"), utf8("""
                {"messageId":"m-1","sessionId":"s-1","sender":"customer","text":"Grüß Gott, mein Paket 📦",
                 "timestamp":"2026-06-21T14:12:09Z","tenantId":"t","channel":"webchat","customerId":"c",
                 "locale":"de-AT","extra":{"nested":[1,2,3]}}"""), -1);
        assertEquals("m-1", m.messageId());
        assertEquals(Sender.CUSTOMER, m.sender());
        assertEquals("Grüß Gott, mein Paket 📦", m.text());
        assertEquals(java.time.Instant.parse("2026-06-21T14:12:09Z").toEpochMilli(), m.timestamp());
        assertEquals("de-AT", m.locale());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1750515129000|1750515129000",
        "\"2026-06-21T14:12:09+02:00\"|1782043929000",
        "\"1750515129000\"|1750515129000"})
    void shouldAcceptIsoAndEpochTimestamps(String json, long expected) throws Exception {
        ChatMessage m = ChatMessageParser.parse(null, utf8("{\"messageId\":\"m\",\"sessionId\":\"s\",\"sender\":\"AGENT\","
                + "\"text\":\"hi\",\"timestamp\":" + json + "}"), -1);
        assertEquals(expected, m.timestamp());
    }

    @Test
    void shouldFallBackToTheKeyForTheSessionAndToTheRecordTimeForTheTimestamp() throws Exception {
        ChatMessage m = ChatMessageParser.parse(utf8("sesión-7"),
                utf8("{\"messageId\":\"m\",\"sender\":\"BOT\",\"text\":\"hola\"}"), 42L);
        assertEquals("sesión-7", m.sessionId());
        assertEquals(42L, m.timestamp());
        assertNull(m.channel());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json at all: my chest hurts",
        "[1,2,3]",
        "\"just a string\"",
        "{\"messageId\":\"m\",\"sessionId\":\"s\",\"sender\":\"CUSTOMER\"}",
        "{\"messageId\":\"m\",\"sessionId\":\"s\",\"sender\":\"CUSTOMER\",\"text\":42,\"timestamp\":1}",
        "{\"messageId\":\"m\",\"sessionId\":\"s\",\"sender\":\"ALIEN\",\"text\":\"x\",\"timestamp\":1}",
        "{\"messageId\":\"m\",\"sessionId\":\"s\",\"sender\":\"CUSTOMER\",\"text\":\"x\",\"timestamp\":\"yesterday\"}",
        "{\"messageId\":\"m\",\"sessionId\":\"s\",\"sender\":\"CUSTOMER\",\"text\":\"x\",\"timestamp\":-5}",
        "{\"messageId\":\"\",\"sessionId\":\"s\",\"sender\":\"CUSTOMER\",\"text\":\"x\",\"timestamp\":1}",
        "{\"messageId\":\"m\",\"sender\":\"CUSTOMER\",\"text\":\"x\",\"timestamp\":1}",
        "{\"messageId\":\"m\u0007\",\"sessionId\":\"s\",\"sender\":\"CUSTOMER\",\"text\":\"x\",\"timestamp\":1}",
        "{\"messageId\":\"m\",\"sessionId\":\"s\",\"sender\":\"CUSTOMER\",\"text\":\"x\",\"timestamp\":1"
    })
    void shouldRejectMalformedRecordsWithoutQuotingThem(String value) {
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> ChatMessageParser.parse(null, utf8(value), -1));
        assertFalse(e.getMessage().contains("chest"), e.getMessage());
        assertFalse(e.getMessage().contains("yesterday"), e.getMessage());
        assertFalse(e.getMessage().contains("ALIEN"), e.getMessage());
    }

    @Test
    void shouldRejectNullValueInvalidUtf8AndDeepNesting() {
        assertThrows(InvalidMessageException.class, () -> ChatMessageParser.parse(null, null, 1));
        byte[] badUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThrows(InvalidMessageException.class, () -> ChatMessageParser.parse(null, badUtf8, 1));
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> ChatMessageParser.parse(null, utf8(deep), 1));
        assertTrue(e.getMessage().contains("JSON"), e.getMessage());
        byte[] badKey = {(byte) 0xFF, (byte) 0xFE};
        assertThrows(InvalidMessageException.class, () -> ChatMessageParser.parse(badKey,
                utf8("{\"messageId\":\"m\",\"sender\":\"BOT\",\"text\":\"x\",\"timestamp\":1}"), 1));
    }

    @Test
    void shouldAcceptAOneMegabyteText() throws Exception {
        String text = "ä".repeat(1_000_000);
        ChatMessage m = ChatMessageParser.parse(null, utf8("{\"messageId\":\"m\",\"sessionId\":\"s\",\"sender\":\"CUSTOMER\","
                + "\"text\":\"" + text + "\",\"timestamp\":1}"), -1);
        assertEquals(1_000_000, m.text().length());
    }
}
