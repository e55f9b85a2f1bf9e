package io.chatdistress.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatdistress.serde.Json;
import io.chatdistress.testing.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service on the embedded broker: sessions go in with the replay code, escalations come
 * out and are read the way consumers must read them (read_committed).
 */
class ServiceIT {

    @Test
    void shouldPublishExactlyTheExpectedEscalationsOnARealBroker(@TempDir Path stateDir) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("HTTP_PORT", "0");
        env.put("STATE_DIR", stateDir.toString());
        env.put("APPLICATION_ID", "service-it");
        env.put("PUNCTUATE_INTERVAL", "PT1S");
        env.put("CANARY_ENABLED", "true");
        env.put("CANARY_INTERVAL", "PT10S");
        try (ServiceRunner runner = ServiceRunner.start(AppConfig.fromEnv(env))) {
            assertTrue(runner.awaitRunning(60_000), "Kafka Streams did not reach RUNNING");
            AppConfig config = runner.config();
            List<SessionFile.Session> sessions = Main.Demo.demoSessions();
            int sent = new Replayer(0, 30_000).replay(sessions, config.clientProperties(), config.topics().input());
            assertEquals(sessions.stream().mapToInt(s -> s.messages().size()).sum(), sent);
            sendMalformed(config);

            // The labelled distress sessions escalate, each exactly once; the normal ones do not.
            List<String> expected = sessions.stream().filter(SessionFile.Session::distress)
                    .map(SessionFile.Session::sessionId).sorted().toList();
            List<ConsumerRecord<String, String>> records = TopicReader.readCommitted(config.bootstrapServers(),
                    config.topics().escalations(), expected.size(), Duration.ofSeconds(60));
            // Give a duplicate or a stray escalation the chance to show up before judging.
            records = TopicReader.readCommitted(config.bootstrapServers(), config.topics().escalations(),
                    records.size() + 1, Duration.ofSeconds(8));
            List<String> triggered = records.stream()
                    .map(r -> parse(r.value()))
                    .filter(e -> e.path("data").path("action").asText().equals("trigger"))
                    .filter(e -> !e.path("data").path("synthetic").asBoolean())
                    .map(e -> e.path("subject").asText()).sorted().toList();
            assertEquals(expected, triggered, records.stream().map(ConsumerRecord::value).collect(Collectors.joining("\n")));
            for (ConsumerRecord<String, String> r : records) {
                for (SessionFile.Session s : sessions) {
                    for (SessionFile.Message m : s.messages()) {
                        assertFalse(r.value().contains(m.text()), "an event carries chat text");
                    }
                }
            }

            List<ConsumerRecord<String, String>> dead = TopicReader.readCommitted(config.bootstrapServers(),
                    config.topics().deadLetters(), 1, Duration.ofSeconds(30));
            assertEquals(1, dead.size());
            assertFalse(dead.get(0).value().contains("lungs"), "the dead letter carries the text");
            assertEquals("deserialize", parse(dead.get(0).value()).path("stage").asText());

            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + runner.httpPort();
            assertEquals(200, get(http, base + "/ready").statusCode());
            assertEquals(200, get(http, base + "/live").statusCode());
            String metrics = get(http, base + "/metrics").body();
            assertTrue(metrics.contains("chat_distress_messages_scored_total{"), "no scoring metric");
            assertTrue(metrics.contains("chat_distress_escalations_total{action=\"trigger\""), "no escalation metric");
            assertTrue(metrics.contains("chat_distress_dlq_records_total{stage=\"deserialize\"} 1.0"), "no DLQ metric");
            assertTrue(metrics.contains("kafka_stream_"), "no Kafka Streams metrics");
            // The French demo session explains its mash ("c'était mon chat").
            assertTrue(metrics.contains("chat_distress_escalations_suppressed_total{reason=\"explained\"}"),
                    "no suppression metric");
            assertTrue(metrics.contains("chat_distress_open_sessions "), "no open-sessions gauge");
            assertTrue(metrics.contains("jvm_memory_used_bytes"), "no JVM metrics");
            assertFalse(metrics.contains("demo-real-case"), "a session id became a label");
            // The canary's synthetic session made it through the whole pipeline.
            io.chatdistress.testing.Await.until(() -> canarySucceeded(http, base), Duration.ofSeconds(60),
                    () -> "the canary never saw its escalation");
        }
    }

    private static boolean canarySucceeded(HttpClient http, String base) {
        try {
            for (String line : get(http, base + "/metrics").body().split("\n")) {
                if (line.startsWith("chat_distress_canary_last_success_seconds ")) {
                    return Double.parseDouble(line.substring(line.indexOf(' ') + 1)) > 0;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static void sendMalformed(AppConfig config) {
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(config.topics().input(), "broken", "{\"text\":\"my lungs hurt\", truncated"));
            producer.flush();
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
