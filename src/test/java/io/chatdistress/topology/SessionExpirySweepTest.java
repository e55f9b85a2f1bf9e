package io.chatdistress.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.chatdistress.scoring.MessageScore;
import io.chatdistress.session.SessionPolicy;
import io.chatdistress.session.SessionRiskModel;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** Sessions idle for longer than the gap are removed; a large store in slices, not in one blocking scan. */
class SessionExpirySweepTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    /** Scoring is not what this test is about: every line scores empty. */
    private static final Scoring EMPTY = new Scoring() {
        private final MessageScore none = new MessageScore(0, false, 0, false, Set.of(), false, List.of(), 0);

        @Override
        public MessageScore score(String text) {
            return none;
        }

        @Override
        public MessageScore scoreContext(String text) {
            return none;
        }
    };

    private static final class OpenSessions implements DetectorMetrics {
        long open;

        @Override
        public void openSessions(long delta) {
            open += delta;
        }
    }

    @Test
    void shouldDeleteTheSilenceTimerWhenASessionWithAnOpenSignalExpires() {
        // The silence deadline lies beyond the session gap, so the session expires with its timer set.
        try (TopologyHarness h = new TopologyHarness(Map.of("SILENCE_TIMEOUT", "PT2H", "SESSION_GAP", "PT10M"), Map.of())) {
            h.say("still-1", "CUSTOMER", "Quisiera saber cuándo llega mi pedido", 0);
            h.say("still-1", "CUSTOMER", "ñlkjhgfdsaaaaaaaaaaaaa", 30);
            h.say("still-1", "CUSTOMER", "mnbvcxzlkjhgfdññññ", 6);
            h.say("calm-1", "CUSTOMER", "Danke, das war alles", 1);
            KeyValueStore<String, Long> timers = h.driver.getKeyValueStore(SessionProcessor.TIMER_STORE);
            KeyValueStore<String, byte[]> states = h.driver.getKeyValueStore(SessionProcessor.STATE_STORE);
            assertNotNull(timers.get("still-1"), "the mash set a silence deadline");
            assertNull(timers.get("calm-1"));
            h.advance(Duration.ofMinutes(12).toSeconds());
            assertNull(states.get("still-1"));
            assertNull(states.get("calm-1"));
            assertNull(timers.get("still-1"));
        }
    }

    @Test
    void shouldExpireALargeStoreInSlicesWhenEverySessionIsPastTheGap() throws Exception {
        OpenSessions metrics = new OpenSessions();
        Topics topics = Topics.defaults();
        SessionPolicy policy = SessionPolicy.defaults();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "expiry-sweep-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("cdd-sweep-").toString());
        int sessions = (int) (2 * SessionProcessor.MIN_SWEEP_SLICE + 500);
        try (TopologyTestDriver driver = new TopologyTestDriver(DetectorTopology.build(topics, EMPTY,
                new SessionRiskModel(policy), new EscalationEventFactory(URI.create("urn:test"), UnaryOperator.identity()),
                metrics, DetectorSettings.defaults()), props, START)) {
            TestInputTopic<byte[], byte[]> in = driver.createInputTopic(topics.input(), new ByteArraySerializer(),
                    new ByteArraySerializer());
            for (int i = 0; i < sessions; i++) {
                String id = "sitzung-ä-" + i;
                String json = "{\"messageId\":\"" + id + "-m0\",\"sessionId\":\"" + id
                        + "\",\"sender\":\"AGENT\",\"text\":\"Guten Tag, wie kann ich helfen?\",\"timestamp\":\"" + START
                        + "\"}";
                in.pipeInput(new TestRecord<>(id.getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8),
                        null, START.toEpochMilli()));
            }
            assertEquals(sessions, metrics.open);

            // Not yet past the gap: a full pass removes nothing.
            driver.advanceWallClockTime(policy.sessionGap().minusMinutes(5));
            for (int s = 0; s < 3; s++) {
                driver.advanceWallClockTime(Duration.ofSeconds(1));
            }
            assertEquals(sessions, metrics.open);

            // Past the gap: the next pass takes one slice per tick until the store is empty.
            driver.advanceWallClockTime(Duration.ofMinutes(6));
            assertEquals(sessions - SessionProcessor.MIN_SWEEP_SLICE, metrics.open);
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            assertEquals(sessions - 2 * SessionProcessor.MIN_SWEEP_SLICE, metrics.open);
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            assertEquals(0, metrics.open);
        }
    }
}
