package io.chatdistress.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatdistress.app.AppConfig;
import io.chatdistress.app.Detector;
import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** One TopologyTestDriver over the production topology, with the wall clock driven by the test. */
final class TopologyHarness implements AutoCloseable {
    static final MessageScorer SCORER = MessageScorer.loadDefault();
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    final AppConfig config;
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> input;
    final TestOutputTopic<String, byte[]> escalations;
    final TestOutputTopic<String, byte[]> deadLetters;
    long now = START.toEpochMilli();
    private int seq;

    TopologyHarness() {
        this(Map.of(), Map.of());
    }

    TopologyHarness(Map<String, String> env, Map<String, Object> streamsOverrides) {
        config = AppConfig.fromEnv(env);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try {
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("cdd-ttd-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.putAll(streamsOverrides);
        driver = new TopologyTestDriver(Detector.topology(config, SCORER, io.chatdistress.topology.DetectorMetrics.NONE),
                props, START);
        input = driver.createInputTopic(config.topics().input(), new ByteArraySerializer(), new ByteArraySerializer());
        escalations = driver.createOutputTopic(config.topics().escalations(), new StringDeserializer(),
                new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic(config.topics().deadLetters(), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    /** Advances the wall clock by {@code seconds} in 1 s steps (punctuations fire as in production), then sends. */
    String say(String session, String sender, String text, long afterSeconds) {
        advance(afterSeconds);
        String id = session + "-m" + seq++;
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("messageId", id);
        n.put("sessionId", session);
        n.put("sender", sender);
        n.put("text", text);
        n.put("timestamp", Instant.ofEpochMilli(now).toString());
        n.put("channel", "webchat");
        pipe(session.getBytes(StandardCharsets.UTF_8), n.toString().getBytes(StandardCharsets.UTF_8));
        return id;
    }

    void pipe(byte[] key, byte[] value) {
        input.pipeInput(new TestRecord<>(key, value, null, now));
    }

    void advance(long seconds) {
        for (long i = 0; i < seconds; i++) {
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            now += 1000;
        }
    }

    List<JsonNode> readEscalations() {
        return read(escalations);
    }

    List<JsonNode> readDeadLetters() {
        return read(deadLetters);
    }

    private static List<JsonNode> read(TestOutputTopic<String, byte[]> topic) {
        List<JsonNode> out = new ArrayList<>();
        for (TestRecord<String, byte[]> r : topic.readRecordsToList()) {
            try {
                ObjectNode node = (ObjectNode) Json.mapper().readTree(r.value());
                node.put("_key", r.key());
                node.put("_timestamp", r.timestamp());
                out.add(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static long count(List<JsonNode> events, String action) {
        return events.stream().filter(e -> e.path("data").path("action").asText().equals(action)).count();
    }

    @Override
    public void close() {
        driver.close();
    }
}
