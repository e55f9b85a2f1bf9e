package io.chatdistress.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatdistress.app.AppConfig;
import io.chatdistress.app.Detector;
import io.chatdistress.model.ChatMessage;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.serde.Json;
import io.chatdistress.session.Escalation;
import io.chatdistress.topology.DetectorMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds the production topology more than 100,000 generated hostile records. None may stop it;
 * each must be scored or dead-lettered, exactly one of the two; no dead letter and no event may
 * carry the text. Records are generated from a fixed seed, so a failure names a reproducible index.
 */
class BadInputFuzzTest {
    static final int RECORDS = 105_000;
    static final long SEED = 0x5EED_C0FFEEL;
    /** Put into every generated text: it must never come out on the DLQ or escalation topic. */
    static final String MARKER = "Geheimnis-ñ-秘密";
    private static final MessageScorer SCORER = MessageScorer.loadDefault();
    private static final Set<String> DEAD_LETTER_FIELDS = Set.of("stage", "reason", "errorClass", "topic",
            "partition", "offset", "timestamp", "valueSha256", "valueBytes");

    enum Kind {
        MALFORMED_JSON, TRAILING_CONTENT, WRONG_TYPE, MISSING_FIELD, NULL_KEY_OR_VALUE, INVALID_UTF8, HUGE_TEXT, DEEP_NESTING,
        CONTROL_CHARS, UNICODE_TRICKS, EMOJI_FLOOD, BAD_IDS, BAD_TIMESTAMP, RANDOM_BYTES, VALID_ODD
    }

    record Bad(Kind kind, byte[] key, byte[] value) {
    }

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> input;
    private TestOutputTopic<String, byte[]> escalations;
    private TestOutputTopic<String, byte[]> deadLetters;
    private final Counting metrics = new Counting();
    private long now = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();

    private Path stateDir;

    /** Counts what the topology reports: the accounting is independent of the output topics. */
    static final class Counting implements DetectorMetrics {
        long scored;
        long deadLettered;
        long escalations;
        int maxAnalysed;

        @Override
        public void messageScored(ChatMessage message, MessageScore score) {
            scored++;
            maxAnalysed = Math.max(maxAnalysed, score.analysedChars());
        }

        @Override
        public void deadLetter(String stage) {
            deadLettered++;
        }

        @Override
        public void escalation(Escalation escalation) {
            escalations++;
        }
    }

    @BeforeEach
    void startDriver() throws IOException {
        stateDir = Files.createTempDirectory("cdd-fuzz-");
        start(Map.of());
    }

    private void start(Map<String, String> env) {
        AppConfig config = AppConfig.fromEnv(env);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bad-input-fuzz");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(Detector.topology(config, SCORER, metrics), props, Instant.ofEpochMilli(now));
        input = driver.createInputTopic(config.topics().input(), new ByteArraySerializer(), new ByteArraySerializer());
        escalations = driver.createOutputTopic(config.topics().escalations(), new StringDeserializer(),
                new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic(config.topics().deadLetters(), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() throws IOException {
        if (driver != null) {
            driver.close();
        }
        try (var paths = Files.walk(stateDir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void shouldScoreOrDeadLetterEveryHostileRecordWithoutStoppingOrLeakingText() {
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Kind, long[]> byKind = new EnumMap<>(Kind.class);
        long deadLetterRecords = 0;
        long eventRecords = 0;
        for (int i = 0; i < RECORDS; i++) {
            Bad bad = generate(random, i);
            long scoredBefore = metrics.scored;
            long t0 = System.nanoTime();
            long deadBefore = metrics.deadLettered;
            try {
                input.pipeInput(new TestRecord<>(bad.key(), bad.value(), null, now));
            } catch (RuntimeException e) {
                throw new AssertionError("record " + i + " (" + bad.kind() + ") stopped the topology: "
                        + e.getClass().getName(), e);
            }
            long elapsed = System.nanoTime() - t0;
            long scored = metrics.scored - scoredBefore;
            long dead = metrics.deadLettered - deadBefore;
            assertEquals(1, scored + dead, "record " + i + " (" + bad.kind() + ") scored " + scored
                    + " times and dead-lettered " + dead + " times");
            long[] counts = byKind.computeIfAbsent(bad.kind(), k -> new long[5]);
            counts[0]++;
            counts[scored == 1 ? 1 : 2]++;
            counts[3] += elapsed;
            counts[4] += bad.value() == null ? 0 : bad.value().length;
            List<TestRecord<String, byte[]>> dl = deadLetters.readRecordsToList();
            assertEquals(dead, dl.size(), "dead letters written for record " + i);
            for (TestRecord<String, byte[]> r : dl) {
                checkDeadLetter(i, bad, r.value());
            }
            deadLetterRecords += dl.size();
            for (TestRecord<String, byte[]> r : escalations.readRecordsToList()) {
                assertFalse(new String(r.value(), StandardCharsets.UTF_8).contains(MARKER), "an event carries text");
                eventRecords++;
            }
            if (i % 1000 == 999) {
                now += 1000;
                driver.advanceWallClockTime(Duration.ofSeconds(1));
            }
        }
        StringBuilder table = new StringBuilder();
        byKind.forEach((k, c) -> table.append(String.format(Locale.ROOT,
                "%n  %-18s tried %6d  scored %6d  dead-lettered %6d  mean size %8d B  mean time %7.1f us",
                k, c[0], c[1], c[2], c[4] / c[0], c[3] / 1e3 / c[0])));
        System.out.printf(Locale.ROOT, "[reliability] fuzz: %d records, %d scored, %d dead-lettered (%d DLQ records), "
                + "%d escalation events, longest analysed text %d chars%s%n", RECORDS, metrics.scored,
                metrics.deadLettered, deadLetterRecords, eventRecords, metrics.maxAnalysed, table);
        assertEquals(RECORDS, metrics.scored + metrics.deadLettered);
        assertEquals(metrics.deadLettered, deadLetterRecords);
        assertTrue(metrics.maxAnalysed <= MessageScorer.MAX_ANALYSED_CHARS, "a text was analysed uncapped");
        assertEquals(byKind.get(Kind.MALFORMED_JSON)[0], byKind.get(Kind.MALFORMED_JSON)[2], "malformed JSON was scored");
        assertEquals(byKind.get(Kind.RANDOM_BYTES)[0], byKind.get(Kind.RANDOM_BYTES)[2], "random bytes were scored");
        assertTrue(byKind.get(Kind.HUGE_TEXT)[1] > 0, "no huge text was scored");
    }

    private static void checkDeadLetter(int i, Bad bad, byte[] raw) {
        String json = new String(raw, StandardCharsets.UTF_8);
        assertFalse(json.contains(MARKER), "dead letter of record " + i + " carries the text");
        JsonNode dl;
        try {
            dl = Json.mapper().readTree(raw);
        } catch (IOException e) {
            throw new AssertionError("dead letter of record " + i + " is not JSON", e);
        }
        Set<String> fields = new TreeSet<>();
        dl.fieldNames().forEachRemaining(fields::add);
        assertTrue(DEAD_LETTER_FIELDS.containsAll(fields), "dead letter of record " + i + " has fields " + fields);
        assertTrue(json.length() < 2_000, "dead letter of record " + i + " is " + json.length() + " chars long");
        if (bad.value() != null && dl.path("stage").asText().equals("deserialize")) {
            assertEquals(sha256(bad.value()), dl.path("valueSha256").asText(), "hash of record " + i);
            assertEquals(bad.value().length, dl.path("valueBytes").asInt(), "size of record " + i);
        }
    }

    // ------------------------------------------------------------------ generator

    static Bad generate(SplittableRandom r, int i) {
        Kind kind = Kind.values()[i % Kind.values().length];
        // A few huge records only: each is a megabyte.
        if (kind == Kind.HUGE_TEXT && i % (Kind.values().length * 200) != Kind.HUGE_TEXT.ordinal()) {
            kind = Kind.UNICODE_TRICKS;
        }
        String session = "fuzz-ß-" + r.nextInt(400);
        byte[] key = utf8(session);
        return switch (kind) {
            case MALFORMED_JSON -> new Bad(kind, key, utf8(malformed(r, session, i)));
            case TRAILING_CONTENT -> new Bad(kind, key, utf8(message(session, i, text(r)) + switch (r.nextInt(3)) {
                case 0 -> "}";
                case 1 -> " " + message(session, i + 1, text(r));
                default -> " trailing " + MARKER;
            }));
            case WRONG_TYPE -> new Bad(kind, key, utf8(wrongType(r, session, i)));
            case MISSING_FIELD -> new Bad(kind, key, utf8(missingField(r, session, i)));
            case NULL_KEY_OR_VALUE -> switch (r.nextInt(3)) {
                case 0 -> new Bad(kind, key, null);
                case 1 -> new Bad(kind, null, null);
                default -> new Bad(kind, null, utf8(message(session, i, text(r)).toString()));
            };
            case INVALID_UTF8 -> invalidUtf8(r, key, session, i);
            case HUGE_TEXT -> new Bad(kind, key, utf8(message(session, i, huge(r)).toString()));
            case DEEP_NESTING -> new Bad(kind, key, utf8(deep(r, session, i)));
            case CONTROL_CHARS -> new Bad(kind, key, utf8(controlChars(r, session, i)));
            case UNICODE_TRICKS -> unicodeTricks(r, key, session, i);
            case EMOJI_FLOOD -> new Bad(kind, key, utf8(message(session, i, emojiFlood(r)).toString()));
            case BAD_IDS -> badIds(r, session, i);
            case BAD_TIMESTAMP -> new Bad(kind, key, utf8(badTimestamp(r, session, i)));
            case RANDOM_BYTES -> {
                byte[] b = new byte[r.nextInt(1, 512)];
                r.nextBytes(b);
                yield new Bad(kind, r.nextBoolean() ? key : b, b);
            }
            case VALID_ODD -> new Bad(kind, r.nextBoolean() ? key : utf8("another-key"),
                    utf8(validOdd(r, session, i)));
        };
    }

    static ObjectNode message(String session, int i, String text) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("messageId", "m-" + i);
        n.put("sessionId", session);
        n.put("sender", "CUSTOMER");
        n.put("text", text);
        n.put("timestamp", "2026-03-01T10:00:00Z");
        return n;
    }

    static String text(SplittableRandom r) {
        List<String> pool = List.of("hjjjjjjjjjjjjjjjjjjjjkl", "I have chest pain and can't breathe", "Où est mon colis ?",
                "fgjkdlsñ vbnmcxhgfd", "Спасибо", "");
        return pool.get(r.nextInt(pool.size())) + " " + MARKER;
    }

    private static String malformed(SplittableRandom r, String session, int i) {
        String valid = message(session, i, text(r)).toString();
        return switch (r.nextInt(10)) {
            case 0 -> valid.substring(0, r.nextInt(1, valid.length() - 1));
            case 1 -> valid.replace("\"text\":", "\"text\"");
            case 2 -> valid.replace('"', '\'');
            case 3 -> valid.replace(":", "::");
            case 4 -> "{\"text\":\"" + MARKER + "\",}";
            case 5 -> valid.replace("}", ",\"n\":NaN}") + " garbage";
            case 6 -> "/* " + MARKER + " */ " + valid.substring(1);
            case 7 -> "{\"text\":\"" + MARKER + "\u0001\"";
            case 8 -> "[" + valid + "," + valid;
            default -> valid.replace("\"sender\"", "sender");
        };
    }

    private static String wrongType(SplittableRandom r, String session, int i) {
        ObjectNode n = message(session, i, text(r));
        String field = List.of("messageId", "sessionId", "sender", "text", "timestamp", "channel", "tenantId")
                .get(r.nextInt(7));
        switch (r.nextInt(6)) {
            case 0 -> n.put(field, r.nextLong());
            case 1 -> n.put(field, r.nextBoolean());
            case 2 -> n.putArray(field).add(MARKER).add(1);
            case 3 -> n.putObject(field).put("text", MARKER);
            case 4 -> n.put(field, r.nextDouble() * 1e300);
            default -> n.putNull(field);
        }
        // Sometimes the whole value is not an object.
        return switch (r.nextInt(8)) {
            case 0 -> "\"" + MARKER + "\"";
            case 1 -> "[" + n + "]";
            case 2 -> "42";
            case 3 -> "null";
            default -> n.toString();
        };
    }

    private static String missingField(SplittableRandom r, String session, int i) {
        ObjectNode n = message(session, i, text(r));
        List<String> fields = new ArrayList<>(List.of("messageId", "sessionId", "sender", "text", "timestamp"));
        int drop = r.nextInt(1, fields.size() + 1);
        for (int d = 0; d < drop; d++) {
            n.remove(fields.remove(r.nextInt(fields.size())));
        }
        return n.toString();
    }

    private static Bad invalidUtf8(SplittableRandom r, byte[] key, String session, int i) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}};
        byte[] seq = bad[r.nextInt(bad.length)];
        String json = message(session, i, "Hallo " + MARKER + " @@ Welt").toString();
        byte[] b = utf8(json);
        int at = indexOf(b, utf8("@@"));
        byte[] out = new byte[b.length - 2 + seq.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(seq, 0, out, at, seq.length);
        System.arraycopy(b, at + 2, out, at + seq.length, b.length - at - 2);
        if (r.nextInt(4) == 0) {
            // A valid value under a key that is not UTF-8.
            return new Bad(Kind.INVALID_UTF8, seq, utf8(json.replace("@@", "")));
        }
        return new Bad(Kind.INVALID_UTF8, key, out);
    }

    private static String huge(SplittableRandom r) {
        int size = 1 << 20;
        StringBuilder sb = new StringBuilder(size + 64);
        String unit = switch (r.nextInt(4)) {
            case 0 -> "hjjjjjjjjjjkl ";
            case 1 -> "I have chest pain and can't breathe. ";
            case 2 -> "😱";
            default -> "e\u0301\u0302\u0303";
        };
        while (sb.length() < size) {
            sb.append(unit);
        }
        return sb.append(MARKER).toString();
    }

    private static String deep(SplittableRandom r, String session, int i) {
        int depth = r.nextInt(33, 2000);
        String where = List.of("text", "extra", "sender").get(r.nextInt(3));
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            boolean array = r.nextBoolean();
            open.append(array ? "[" : "{\"a\":");
            close.insert(0, array ? "]" : "}");
        }
        ObjectNode n = message(session, i, text(r));
        String base = n.toString();
        String nested = open + "\"" + MARKER + "\"" + close;
        return base.substring(0, base.length() - 1) + ",\"" + where + "2\":" + nested + "}";
    }

    private static String controlChars(SplittableRandom r, String session, int i) {
        StringBuilder t = new StringBuilder(text(r));
        for (int k = 0; k < 20; k++) {
            char c = (char) (r.nextBoolean() ? r.nextInt(0, 0x20) : List.of(0x7F, 0x85, 0x2028, 0x2029, 0xFFFE).get(r.nextInt(5)));
            t.insert(r.nextInt(t.length() + 1), c);
        }
        ObjectNode n = message(session, i, t.toString());
        if (r.nextInt(4) == 0) {
            n.put(List.of("messageId", "sessionId", "channel").get(r.nextInt(3)), "id\u0000\u001b[31m" + i);
        }
        return n.toString();
    }

    private static Bad unicodeTricks(SplittableRandom r, byte[] key, String session, int i) {
        String base = text(r);
        String t = switch (r.nextInt(8)) {
            case 0 -> "\u202E" + base + "\u202C\u2066\u2067";
            case 1 -> base.replace("", "\u200B");
            case 2 -> "\uFEFF\u200C\u200D" + base + "\u2060";
            case 3 -> zalgo(r, base);
            case 4 -> base + "\uD800";
            case 5 -> "\uDC00" + base;
            case 6 -> "ｆｕｌｌｗｉｄｔｈ " + base + " 𝕳𝖊𝖑𝖕";
            default -> "\u0645\u0633\u0627\u0639\u062F\u0629 " + base + " \u05E2\u05D6\u05E8\u05D4";
        };
        ObjectNode n = message(session, i, t);
        // Lone surrogates reach Jackson as \\u escapes; written raw they would not be UTF-8 at all.
        String json = n.toString();
        if (t.contains("\uD800") || t.contains("\uDC00")) {
            json = json.replace("\uD800", "\\ud800").replace("\uDC00", "\\udc00");
        }
        // A key that is not the session id sends the record through the repartition topic.
        byte[] k = r.nextInt(3) == 0 ? utf8("other-" + r.nextInt(10)) : key;
        return new Bad(Kind.UNICODE_TRICKS, k, utf8(json));
    }

    private static String zalgo(SplittableRandom r, String base) {
        StringBuilder sb = new StringBuilder();
        for (char c : base.toCharArray()) {
            sb.append(c);
            for (int k = r.nextInt(0, 30); k > 0; k--) {
                sb.append((char) r.nextInt(0x0300, 0x0370));
            }
        }
        return sb.toString();
    }

    private static String emojiFlood(SplittableRandom r) {
        List<String> emoji = List.of("😱", "👨‍👩‍👧‍👦", "🏳️‍🌈", "❤️", "🇩🇪", "🙏🏽", "😂");
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(1, 3_000); k > 0; k--) {
            sb.append(emoji.get(r.nextInt(emoji.size())));
        }
        return sb.append(MARKER).toString();
    }

    private static Bad badIds(SplittableRandom r, String session, int i) {
        ObjectNode n = message(session, i, text(r));
        String field = List.of("messageId", "sessionId", "tenantId", "customerId", "locale").get(r.nextInt(5));
        String value = switch (r.nextInt(5)) {
            case 0 -> "x".repeat(r.nextInt(257, 20_000));
            case 1 -> "   ";
            case 2 -> "";
            case 3 -> "ß".repeat(r.nextInt(1, 400));
            default -> "\u202E" + "😱".repeat(r.nextInt(1, 200));
        };
        n.put(field, value);
        byte[] key = field.equals("sessionId") && r.nextBoolean() ? null : utf8(session);
        return new Bad(Kind.BAD_IDS, key, utf8(n.toString()));
    }

    private static String badTimestamp(SplittableRandom r, String session, int i) {
        ObjectNode n = message(session, i, text(r));
        switch (r.nextInt(9)) {
            case 0 -> n.put("timestamp", -r.nextLong(1, Long.MAX_VALUE));
            case 1 -> n.put("timestamp", "yesterday " + MARKER);
            case 2 -> n.put("timestamp", "2026-02-30T25:61:00Z");
            case 3 -> n.put("timestamp", new java.math.BigInteger("99999999999999999999999999"));
            case 4 -> n.put("timestamp", 1.5e12);
            case 5 -> n.put("timestamp", "");
            case 6 -> n.put("timestamp", "1772359200000");
            case 7 -> n.put("timestamp", true);
            default -> n.remove("timestamp");
        }
        return n.toString();
    }

    private static String validOdd(SplittableRandom r, String session, int i) {
        ObjectNode n = message(session, i, text(r));
        n.put("sender", List.of(" customer ", "agent", "Bot", "SYSTEM").get(r.nextInt(4)));
        n.putArray("unknown").add(MARKER).add(r.nextLong());
        n.put("locale", "und-Zzzz");
        if (r.nextBoolean()) {
            n.remove("sessionId");
        }
        return n.toString();
    }

    // ------------------------------------------------------------------ linear cost

    @ParameterizedTest
    @ValueSource(strings = {"hjjjjjjjjjjkl ", "I have chest pain and can't breathe. ", "😱", "e\u0301\u0302", "\u200B"})
    void shouldAnalyseAtMostTheCapWhenATextIsOneMegabyte(String unit) {
        String text = unit.repeat((1 << 20) / unit.length() + 1);
        MessageScore score = SCORER.score(text);
        assertTrue(score.analysedChars() <= MessageScorer.MAX_ANALYSED_CHARS, "analysed " + score.analysedChars());
        // Cut at a code-point boundary: at most one char short of the cap.
        assertTrue(score.analysedChars() >= MessageScorer.MAX_ANALYSED_CHARS - 1, "analysed " + score.analysedChars());
    }

    // ------------------------------------------------------------------ hostile timestamps

    /**
     * A producer whose clock runs 59 minutes fast (Kafka 4.x brokers accept record timestamps up
     * to one hour ahead, {@code log.message.timestamp.after.max.ms}) moves its task's stream time
     * 59 minutes ahead. The session-expiry punctuator measures every other session's age against
     * stream time with a 30-minute gap and deletes them all: a customer two mash messages into a
     * collapse loses the evidence and the third mash no longer escalates.
     */
    @Test
    void shouldKeepOtherSessionsWhenOneProducerClockRunsAnHourFast() {
        driver.close();
        metrics.scored = 0;
        start(Map.of("SILENCE_TIMEOUT", "PT1H"));
        String victim = "victim-ø";
        long start = now;
        pipe(victim, 0, "Hallo, ich möchte meine Bestellung ändern", Instant.ofEpochMilli(now).toString());
        pipe(victim, 1, "hjjjjjjjjjjjjjjjjjjjjkl", Instant.ofEpochMilli(now + 1000).toString());
        pipe(victim, 2, "fgjkdlsñ vbnmcxhgfd", Instant.ofEpochMilli(now + 2000).toString());
        long fast = now + Duration.ofMinutes(59).toMillis();
        ObjectNode skewed = message("clock-skew-☃", 0, "Où est mon colis ?");
        skewed.put("timestamp", Instant.ofEpochMilli(fast).toString());
        input.pipeInput(new TestRecord<>(utf8("clock-skew-☃"), utf8(skewed.toString()), null, fast));
        // The expiry punctuator runs every minute of wall-clock time.
        for (int s = 0; s < 65; s++) {
            now += 1000;
            driver.advanceWallClockTime(Duration.ofSeconds(1));
        }
        // Event time right after the first two, so that evidence decay plays no part.
        pipe(victim, 3, "asdfghjklöä qwertzuiopü", Instant.ofEpochMilli(start + 3000).toString());
        List<String> actions = new ArrayList<>();
        for (TestRecord<String, byte[]> r : escalations.readRecordsToList()) {
            JsonNode e = Outcome.parse(new String(r.value(), StandardCharsets.UTF_8));
            actions.add(e.path("data").path("action").asText() + ":" + e.path("data").path("sessionId").asText());
        }
        assertEquals(List.of("trigger:" + victim), actions,
                "three mash messages; another producer's record 59 minutes ahead came in between");
    }

    /**
     * A producer bug that concatenates two messages into one record must not make the second one
     * vanish unnoticed: the record belongs on the dead-letter topic, where someone can see it.
     */
    @ParameterizedTest
    @ValueSource(strings = {" ", "\n", "}", " trailing"})
    void shouldDeadLetterARecordWithContentAfterTheMessage(String separator) {
        String session = "concat-ü";
        String first = message(session, 1, "Où est mon colis ?").toString();
        String second = separator.isBlank() ? message(session, 2, Chats.CHEST_PAIN).toString() : "";
        input.pipeInput(new TestRecord<>(utf8(session), utf8(first + separator + second), null, now));
        assertEquals(0, metrics.scored, "scored");
        assertEquals(1, deadLetters.readRecordsToList().size(), "dead letters");
    }

    private void pipe(String session, int index, String text, String timestamp) {
        ObjectNode n = message(session, index, text);
        n.put("messageId", session + "-m" + index);
        n.put("timestamp", timestamp);
        input.pipeInput(new TestRecord<>(utf8(session), utf8(n.toString()), null, now));
    }

    // ------------------------------------------------------------------ helpers

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("needle not found");
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
