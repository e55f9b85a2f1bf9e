package io.chatdistress.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatdistress.app.AppConfig;
import io.chatdistress.app.Detector;
import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.topology.DetectorMetrics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reliability ITs count on the outcome of their fixture sessions. The scorer and the session
 * model keep improving, so this checks those outcomes in a second, before any broker starts: if
 * it fails, change the fixtures in {@link Chats}, not the ITs' expectations.
 */
class ChatsFixtureTest {
    private static final MessageScorer SCORER = MessageScorer.loadDefault();

    @TempDir
    Path stateDir;

    /** Kinds repeat every 5 sessions and the text pools every 6, 7 and 3: 210 covers every combination. */
    @Test
    void shouldTriggerOnceOnlyForDistressSessionsAndOnlyWithBothPartsForMash() {
        long base = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();
        List<Chats.Chat> chats = Chats.generate("fixture", 210, base);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "fixture-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        AppConfig config = AppConfig.fromEnv(Map.of("SILENCE_TIMEOUT", "PT1H"));
        try (TopologyTestDriver driver = new TopologyTestDriver(
                Detector.topology(config, SCORER, DetectorMetrics.NONE), props, Instant.ofEpochMilli(base))) {
            TestInputTopic<String, String> in = driver.createInputTopic(config.topics().input(), new StringSerializer(),
                    new StringSerializer());
            TestOutputTopic<String, byte[]> out = driver.createOutputTopic(config.topics().escalations(),
                    new StringDeserializer(), new ByteArrayDeserializer());
            Chats.firstParts(chats).forEach(l -> in.pipeInput(new TestRecord<>(l.sessionId(), l.json(), null, l.timestamp())));
            List<String> afterFirst = actions(out);
            Chats.secondParts(chats).forEach(l -> in.pipeInput(new TestRecord<>(l.sessionId(), l.json(), null, l.timestamp())));
            List<String> afterSecond = actions(out);

            List<String> expectedFirst = new ArrayList<>();
            List<String> expectedSecond = new ArrayList<>();
            for (Chats.Chat c : chats) {
                if (c.kind() == Chats.Kind.STRONG && !c.firstPart().isEmpty()) {
                    expectedFirst.add("trigger:" + c.sessionId());
                } else if (c.distress()) {
                    expectedSecond.add("trigger:" + c.sessionId());
                }
            }
            afterFirst.sort(null);
            afterSecond.sort(null);
            assertEquals(expectedFirst, afterFirst, "events after the first parts");
            assertEquals(expectedSecond, afterSecond, "events after the second parts");
        }
    }

    private static List<String> actions(TestOutputTopic<String, byte[]> out) {
        List<String> actions = new ArrayList<>();
        for (TestRecord<String, byte[]> r : out.readRecordsToList()) {
            JsonNode e = Outcome.parse(new String(r.value(), StandardCharsets.UTF_8));
            actions.add(e.path("data").path("action").asText() + ":" + e.path("data").path("sessionId").asText());
        }
        return actions;
    }
}
