package io.chatdistress.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatdistress.app.AppConfig;
import io.chatdistress.app.Detector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class DetectorTopologyTest {
    /** The case this project exists for: normal text, mash, "I don't feel well", more mash. */
    static final List<String[]> REAL_CASE = List.of(
            new String[] {"AGENT", "Hello, you're chatting with Sam from ParcelPoint. How can I help?", "0"},
            new String[] {"CUSTOMER", "Hi, my parcel was supposed to arrive yesterday but it hasn't come", "20"},
            new String[] {"AGENT", "Sorry to hear that! Could you give me the tracking number?", "15"},
            new String[] {"CUSTOMER", "Sure, it's JD014600006281234567", "25"},
            new String[] {"AGENT", "Thanks, one moment while I look it up.", "15"},
            new String[] {"CUSTOMER", "fgjkdlsñ vbnmcxhgfd", "35"},
            new String[] {"CUSTOMER", "I do not feel well", "8"},
            new String[] {"CUSTOMER", "kjhgfdsazxcvbnm,.jhgf", "8"},
            new String[] {"CUSTOMER", "hjjjjjjjjjjjjjjjjjjjjkl", "5"});

    private static List<String> play(TopologyHarness h, String session, List<String[]> lines) {
        return lines.stream().map(l -> h.say(session, l[0], l[1], Long.parseLong(l[2]))).toList();
    }

    @Test
    void shouldEscalateTheRealCaseExactlyOnceWithAWellFormedCloudEvent() {
        try (TopologyHarness h = new TopologyHarness()) {
            List<String> ids = play(h, "real-case-1", REAL_CASE);
            h.advance(180);
            List<JsonNode> events = h.readEscalations();
            assertEquals(1, TopologyHarness.count(events, "trigger"), events::toString);
            JsonNode e = events.get(0);
            assertEquals("1.0", e.path("specversion").asText());
            assertEquals("io.chatdistress.escalation.trigger.v1", e.path("type").asText());
            assertEquals("real-case-1", e.path("subject").asText());
            assertEquals("real-case-1", e.path("_key").asText());
            assertTrue(e.path("id").asText().matches("[0-9a-f]{64}"), e.path("id").asText());
            JsonNode d = e.path("data");
            assertEquals("real-case-1#1", d.path("dedupKey").asText());
            assertEquals("EMERGENCY", d.path("severity").asText());
            assertEquals("webchat", d.path("channel").asText());
            // Caught no later than the second mash after "I do not feel well".
            int triggerIndex = ids.indexOf(d.path("triggerMessageId").asText());
            assertTrue(triggerIndex >= 5 && triggerIndex <= 8, "trigger at message " + triggerIndex);
            // time = event time of the triggering message
            assertEquals(Instant.ofEpochMilli(e.path("_timestamp").asLong()).toString(),
                    Instant.parse(e.path("time").asText()).toString());
            assertTrue(d.path("excerpt").isNull());
            String json = e.toString();
            for (String[] line : REAL_CASE) {
                assertFalse(json.contains(line[1]), "event carries chat text");
            }
            assertFalse(json.contains("parcel"), "event carries chat text");
        }
    }

    @Test
    void shouldStayQuietForLaughingKeysmashTrackingCodesAndTypos() {
        try (TopologyHarness h = new TopologyHarness()) {
            play(h, "laughing-de", List.of(
                    new String[] {"CUSTOMER", "Mein Paket liegt beim Nachbarn, der ist im Urlaub 😅", "0"},
                    new String[] {"AGENT", "Oh je, das ist ärgerlich!", "20"},
                    new String[] {"CUSTOMER", "asdfghjklö hahaha", "10"},
                    new String[] {"CUSTOMER", "hahahaha 😂😂", "4"},
                    new String[] {"CUSTOMER", "typisch, na gut ich warte", "10"}));
            play(h, "codes-nl", List.of(
                    new String[] {"CUSTOMER", "Mijn pakket is nog niet bezorgd", "0"},
                    new String[] {"CUSTOMER", "3SABCD1234567NL", "10"},
                    new String[] {"CUSTOMER", "NL91ABNA0417164300", "5"},
                    new String[] {"CUSTOMER", "https://jouw.postnl.nl/track-and-trace/3SABCD1234567NL-NL-1234AB", "5"},
                    new String[] {"CUSTOMER", "bestelnummer 305-7627993-9122663", "5"},
                    new String[] {"CUSTOMER", "550e8400-e29b-41d4-a716-446655440000", "5"},
                    new String[] {"CUSTOMER", "jan.de.vries@example.nl", "5"}));
            play(h, "typos-es", List.of(
                    new String[] {"CUSTOMER", "hola, mi pedifo no ha llegafo todavia", "0"},
                    new String[] {"CUSTOMER", "ME HAN COBRADO DOS VECES!!!", "10"},
                    new String[] {"CUSTOMER", "xq tarda tanto?? 😡", "10"}));
            h.advance(300);
            assertEquals(List.of(), h.readEscalations());
        }
    }

    @Test
    void shouldEscalateWhenTheCustomerGoesSilentAfterMash() {
        try (TopologyHarness h = new TopologyHarness()) {
            h.say("silent-1", "CUSTOMER", "Quisiera saber cuándo llega mi pedido", 0);
            h.say("silent-1", "CUSTOMER", "ñlkjhgfdsaaaaaaaaaaaaa", 30);
            String last = h.say("silent-1", "CUSTOMER", "mnbvcxzlkjhgfdññññ", 6);
            h.advance(30);
            assertEquals(List.of(), h.readEscalations(), "the customer still has time to answer");
            h.advance(60);
            List<JsonNode> events = h.readEscalations();
            assertEquals(1, events.size(), events::toString);
            JsonNode d = events.get(0).path("data");
            assertEquals("trigger", d.path("action").asText());
            assertEquals(last, d.path("triggerMessageId").asText());
            assertTrue(d.path("reasons").toString().contains("silence-after-signal"), d.toString());
            assertTrue(d.path("scores").path("silenceSeconds").asLong() >= 60);
        }
    }

    @Test
    void shouldResolveWhenTheCustomerExplains() {
        try (TopologyHarness h = new TopologyHarness()) {
            h.say("cat-1", "CUSTOMER", "I need to change my delivery address", 0);
            h.say("cat-1", "CUSTOMER", "jkhgfdsaqwertzuiop", 20);
            h.say("cat-1", "CUSTOMER", "mnbvcxylkjhgfdsa", 2);
            h.say("cat-1", "CUSTOMER", "poiuztrewqasdfghjkl", 2);
            h.say("cat-1", "CUSTOMER", "sorry, my cat walked across the keyboard", 15);
            h.advance(120);
            List<JsonNode> events = h.readEscalations();
            assertEquals(List.of("trigger", "resolve"),
                    events.stream().map(e -> e.path("data").path("action").asText()).toList(), events::toString);
            assertEquals(events.get(0).path("data").path("dedupKey"), events.get(1).path("data").path("dedupKey"));
            assertEquals("io.chatdistress.escalation.resolve.v1", events.get(1).path("type").asText());
        }
    }

    @Test
    void shouldEmitExactlyOneTriggerPerEpisodeWithTheRecordCacheOn() {
        // An exact-count filter on a cached table loses escalations when updates merge between
        // commits; decisions forwarded from the processor must not.
        Map<String, Object> cacheOn = Map.of(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 10L * 1024 * 1024,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 60_000);
        try (TopologyHarness h = new TopologyHarness(Map.of(), cacheOn)) {
            int sessions = 25;
            String[] mash = {"hjkhjkhjklllllll", "sdfghjklkjhgf", "qwrtzpsdfghjkl", "xcvbnmmmmmmmmmm", "lkjhgfdsaaa"};
            for (int round = 0; round < mash.length; round++) {
                for (int s = 0; s < sessions; s++) {
                    h.say("cache-" + s, "CUSTOMER", round == 0 ? "Ich warte auf mein Paket" : mash[round], 0);
                }
                h.advance(2);
            }
            List<JsonNode> events = h.readEscalations();
            Set<String> keys = new HashSet<>();
            for (JsonNode e : events) {
                if (e.path("data").path("action").asText().equals("trigger")) {
                    assertTrue(keys.add(e.path("data").path("dedupKey").asText()), "two triggers for one episode");
                }
            }
            assertEquals(sessions, keys.size(), events::toString);
        }
    }

    @Test
    void shouldDeadLetterMalformedRecordsWithoutTheirTextAndKeepRunning() {
        try (TopologyHarness h = new TopologyHarness()) {
            h.pipe("s".getBytes(StandardCharsets.UTF_8), "{\"text\": \"my secret chest pain\", oops".getBytes(StandardCharsets.UTF_8));
            h.pipe(null, null);
            h.pipe("s".getBytes(StandardCharsets.UTF_8),
                    "{\"messageId\":\"m\",\"sessionId\":\"s\",\"sender\":\"CUSTOMER\",\"text\":[\"geheim\"]}"
                            .getBytes(StandardCharsets.UTF_8));
            List<JsonNode> dead = h.readDeadLetters();
            assertEquals(3, dead.size());
            for (JsonNode d : dead) {
                assertEquals("deserialize", d.path("stage").asText());
                assertFalse(d.path("reason").asText().isBlank());
                assertFalse(d.toString().contains("secret"));
                assertFalse(d.toString().contains("geheim"));
                assertEquals(TopologyHarness.START.toEpochMilli(), d.path("timestamp").asLong());
            }
            assertEquals(64, dead.get(0).path("valueSha256").asText().length());
            // Still running: the real case escalates afterwards.
            for (String[] line : REAL_CASE) {
                h.say("after-bad-input", line[0], line[1], Long.parseLong(line[2]));
            }
            assertEquals(1, TopologyHarness.count(h.readEscalations(), "trigger"));
        }
    }

    @Test
    void shouldKeyMessagesWithoutAKeyBySessionId() {
        try (TopologyHarness h = new TopologyHarness()) {
            long t = h.now;
            for (String[] line : REAL_CASE) {
                h.advance(Long.parseLong(line[2]));
                t = h.now;
                String json = "{\"messageId\":\"" + java.util.UUID.randomUUID() + "\",\"sessionId\":\"unkeyed-ß\",\"sender\":\""
                        + line[0] + "\",\"text\":\"" + line[1].replace("\"", "\\\"") + "\",\"timestamp\":" + t + "}";
                h.pipe(null, json.getBytes(StandardCharsets.UTF_8));
            }
            List<JsonNode> events = h.readEscalations();
            assertEquals(1, TopologyHarness.count(events, "trigger"), events::toString);
            assertEquals("unkeyed-ß", events.get(0).path("_key").asText());
        }
    }

    @Test
    void shouldProduceIdenticalEventIdsWhenTheSameInputIsReplayed() {
        Set<String> first;
        try (TopologyHarness h = new TopologyHarness()) {
            play(h, "replay-1", REAL_CASE);
            first = h.readEscalations().stream().map(e -> e.path("id").asText()).collect(Collectors.toSet());
        }
        try (TopologyHarness h = new TopologyHarness()) {
            play(h, "replay-1", REAL_CASE);
            Set<String> second = h.readEscalations().stream().map(e -> e.path("id").asText()).collect(Collectors.toSet());
            assertFalse(first.isEmpty());
            assertEquals(first, second);
        }
    }

    @Test
    void shouldPseudonymiseSessionsAndCutExcerptsWhenConfigured(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path key = dir.resolve("ref.key");
        Files.writeString(key, "a-long-enough-secret-key-for-hmac");
        try (TopologyHarness h = new TopologyHarness(Map.of("SESSION_REF_HMAC_KEY_FILE", key.toString(),
                "EXCERPT_MAX_CHARS", "12"), Map.of())) {
            play(h, "private-session", REAL_CASE);
            JsonNode e = h.readEscalations().get(0);
            assertTrue(e.path("subject").asText().startsWith("ref-"));
            assertEquals(e.path("subject").asText(), e.path("_key").asText());
            assertFalse(e.toString().contains("private-session"));
            String excerpt = e.path("data").path("excerpt").asText();
            assertTrue(excerpt.length() <= 13, excerpt);
        }
    }

    @Test
    void shouldEmitEventsAndDeadLettersThatMatchThePublishedSchemas() {
        Path eventSchema = Path.of("docs/schemas/escalation-event.v1.schema.json");
        Path deadLetterSchema = Path.of("docs/schemas/dead-letter.v1.schema.json");
        try (TopologyHarness h = new TopologyHarness()) {
            play(h, "schema-1", REAL_CASE);
            h.say("schema-1", "CUSTOMER", "I have chest pain and I can't breathe", 5);
            h.say("schema-1", "CUSTOMER", "sorry, my cat walked across the keyboard", 5);
            h.pipe(null, "{\"messageId\": 5}".getBytes(StandardCharsets.UTF_8));
            List<JsonNode> events = h.readEscalations();
            assertFalse(events.isEmpty());
            for (JsonNode e : events) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove(List.of("_key", "_timestamp"));
                assertEquals(List.of(), io.chatdistress.deploy.JsonSchemas.validate(eventSchema, e), e::toString);
            }
            List<JsonNode> dead = h.readDeadLetters();
            assertEquals(1, dead.size());
            for (JsonNode d : dead) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove(List.of("_key", "_timestamp"));
                assertEquals(List.of(), io.chatdistress.deploy.JsonSchemas.validate(deadLetterSchema, d), d::toString);
            }
        }
    }

    @Test
    void shouldKeepOperatorAndStoreNamesStable() throws Exception {
        String described = Detector.topology(AppConfig.defaults(), TopologyHarness.SCORER, DetectorMetrics.NONE)
                .describe().toString();
        Path snapshot = Path.of("src/test/resources/topology-description.txt");
        assertEquals(Files.readString(snapshot, StandardCharsets.UTF_8).strip(), described.strip(),
                "the topology changed: if on purpose, update " + snapshot + " (renamed stores lose state)");
    }
}
