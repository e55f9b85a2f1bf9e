package io.chatdistress.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatdistress.serde.Json;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opt-in synthetic session that proves escalations flow end to end: every interval it writes a
 * short session ending in keyboard mash to the input topic and watches the escalation topic for its
 * trigger. Its events carry {@code "synthetic": true}; consumers must not page anyone for them.
 * The gauge {@code chat_distress_canary_last_success_seconds} holds the Unix time of the last
 * trigger seen.
 */
public final class Canary implements AutoCloseable {
    /** Session ids with this prefix are synthetic; the topology flags their events. */
    public static final String SESSION_PREFIX = "synthetic-canary-";
    private static final Logger LOG = LoggerFactory.getLogger(Canary.class);
    private static final List<String> LINES = List.of(
            "Hello, this is the synthetic canary of chat-distress-detector",
            "hjkhjkhjkllllllllllllllll",
            "sdfghjklöäsdfghjkl",
            "qwrtzpsdfghjklyxcvbnm");

    private final AppConfig config;
    private final ScheduledExecutorService scheduler;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Thread watcher;
    private final AtomicLong lastSuccess = new AtomicLong();
    private final AtomicReference<String> pending = new AtomicReference<>();
    private final Counter sent;
    private volatile boolean running = true;

    public Canary(AppConfig config, MeterRegistry registry) {
        this.config = config;
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        Properties c = new Properties();
        c.putAll(config.clientProperties());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, config.applicationId() + "-canary-" + config.podName());
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        registry.gauge("chat_distress_canary_last_success_seconds", lastSuccess);
        sent = Counter.builder("chat_distress_canary_sessions").description("Canary sessions sent").register(registry);
        watcher = new Thread(this::watch, "canary-watcher");
        watcher.setDaemon(true);
        watcher.start();
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "canary");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(10, config.canaryInterval().toSeconds());
        scheduler.scheduleAtFixedRate(this::send, 5, period, TimeUnit.SECONDS);
    }

    private void send() {
        try {
            String session = SESSION_PREFIX + config.podName() + "-" + Instant.now().getEpochSecond();
            pending.set(session);
            long t = System.currentTimeMillis();
            for (int i = 0; i < LINES.size(); i++) {
                ObjectNode n = Json.mapper().createObjectNode();
                n.put("messageId", session + "-" + i);
                n.put("sessionId", session);
                n.put("sender", "CUSTOMER");
                n.put("text", LINES.get(i));
                n.put("timestamp", t + i);
                n.put("channel", "synthetic");
                producer.send(new ProducerRecord<>(config.topics().input(), null, t + i, session, n.toString()));
            }
            producer.flush();
            sent.increment();
        } catch (RuntimeException e) {
            LOG.warn("Canary could not send its session: {}", e.getClass().getName());
        }
    }

    private void watch() {
        try {
            consumer.subscribe(List.of(config.topics().escalations()));
            while (running) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    String expected = pending.get();
                    if (expected != null && expected.equals(r.key())) {
                        JsonNode e = Json.mapper().readTree(r.value());
                        if ("trigger".equals(e.path("data").path("action").asText())) {
                            lastSuccess.set(Instant.now().getEpochSecond());
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (Exception e) {
            LOG.warn("Canary watcher stopped: {}", e.getClass().getName());
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        scheduler.shutdownNow();
        consumer.wakeup();
        producer.close(Duration.ofSeconds(5));
    }
}
