package io.chatdistress.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.serde.Json;
import io.chatdistress.topology.DetectorMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * Replays labelled sessions through the production topology offline (TopologyTestDriver). The wall
 * clock is advanced to each message's timestamp before the message is piped in, so silence timers
 * fire exactly as they would in production. Sessions are laid one after another on a synthetic
 * timeline (relative times inside each session kept), further apart than the session gap.
 */
public final class OfflineEvaluator {
    /** After a session's last message the clock runs on this long, so trailing silence is judged. */
    private static final Duration TAIL = Duration.ofMinutes(10);
    private static final Instant EPOCH = Instant.parse("2030-01-01T00:00:00Z");

    /** The service's decision on one session. */
    public record Decision(String sessionId, boolean escalated, String firstEscalationMessageId, String severity,
            int triggers, int resolves) {
        public String toJsonLine() {
            ObjectNode n = Json.mapper().createObjectNode();
            n.put("sessionId", sessionId);
            n.put("escalated", escalated);
            n.put("firstEscalationMessageId", firstEscalationMessageId);
            n.put("severity", severity);
            return n.toString();
        }
    }

    private final AppConfig config;
    private final MessageScorer scorer;

    public OfflineEvaluator(AppConfig config, MessageScorer scorer) {
        this.config = config;
        this.scorer = scorer;
    }

    public List<Decision> evaluate(List<SessionFile.Session> sessions) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "offline-evaluation");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "offline:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, tempStateDir().toString());
        List<Decision> decisions = new ArrayList<>(sessions.size());
        try (TopologyTestDriver driver = new TopologyTestDriver(
                Detector.topology(config, scorer, DetectorMetrics.NONE), props, EPOCH)) {
            TestInputTopic<String, String> in = driver.createInputTopic(config.topics().input(),
                    new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, byte[]> out = driver.createOutputTopic(config.topics().escalations(),
                    new StringDeserializer(), new ByteArrayDeserializer());
            long clock = EPOCH.toEpochMilli();
            for (SessionFile.Session session : sessions) {
                List<SessionFile.Message> messages = session.messages();
                if (messages.isEmpty()) {
                    decisions.add(new Decision(session.sessionId(), false, null, null, 0, 0));
                    continue;
                }
                long first = messages.stream().mapToLong(SessionFile.Message::epochMillis).min().orElseThrow();
                long shift = clock + Duration.ofHours(1).toMillis() - first;
                // One jump past the session gap: the previous session expires, nothing else is due.
                clock = advanceTo(driver, clock, first + shift - 1, false);
                Tracker tracker = new Tracker();
                for (SessionFile.Message m : messages) {
                    long t = m.epochMillis() + shift;
                    clock = advanceTo(driver, clock, t, true);
                    tracker.collect(out.readRecordsToList());
                    in.pipeInput(new TestRecord<>(session.sessionId(), Replayer.json(session, m, t), null, t));
                    tracker.lastMessageId = m.messageId();
                    tracker.collect(out.readRecordsToList());
                }
                clock = advanceTo(driver, clock, clock + TAIL.toMillis(), true);
                tracker.collect(out.readRecordsToList());
                decisions.add(tracker.decision(session.sessionId()));
            }
        }
        return decisions;
    }

    private static long advanceTo(TopologyTestDriver driver, long clock, long target, boolean stepped) {
        if (target <= clock) {
            return clock;
        }
        if (!stepped) {
            driver.advanceWallClockTime(Duration.ofMillis(target - clock));
            return target;
        }
        // Step in punctuation-sized increments so a timer that falls due between two messages
        // fires at its own time, not only when the next message arrives.
        long step = 5_000;
        while (clock + step < target) {
            driver.advanceWallClockTime(Duration.ofMillis(step));
            clock += step;
        }
        driver.advanceWallClockTime(Duration.ofMillis(target - clock));
        return target;
    }

    private static final class Tracker {
        String lastMessageId;
        String firstTriggerMessage;
        String severity;
        int triggers;
        int resolves;

        void collect(List<TestRecord<String, byte[]>> records) {
            for (TestRecord<String, byte[]> r : records) {
                try {
                    JsonNode event = Json.mapper().readTree(new String(r.value(), StandardCharsets.UTF_8));
                    String action = event.path("data").path("action").asText();
                    if (action.equals("trigger")) {
                        triggers++;
                        if (firstTriggerMessage == null) {
                            firstTriggerMessage = lastMessageId;
                            severity = event.path("data").path("severity").asText();
                        }
                    } else if (action.equals("resolve")) {
                        resolves++;
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("the topology wrote an unreadable event", e);
                }
            }
        }

        Decision decision(String sessionId) {
            return new Decision(sessionId, firstTriggerMessage != null, firstTriggerMessage, severity, triggers, resolves);
        }
    }

    private static Path tempStateDir() {
        try {
            Path dir = Files.createTempDirectory("cdd-offline-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
