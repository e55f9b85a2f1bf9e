package io.chatdistress.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatdistress.serde.Json;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the escalation topic (read_committed) and prints each event on one readable line. */
public final class EscalationPrinter implements Runnable, AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final PrintStream out;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger printed = new AtomicInteger();
    private volatile long lastEventAt = System.currentTimeMillis();
    private final long startedAt;

    public EscalationPrinter(Properties clientProps, String topic, PrintStream out, long startedAt) {
        this.startedAt = startedAt;
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "escalation-printer-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        this.out = out;
    }

    @Override
    public void run() {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    out.printf(java.util.Locale.ROOT, "[+%5.1f s] %s%n",
                            (System.currentTimeMillis() - startedAt) / 1000.0, format(r.value()));
                    printed.incrementAndGet();
                    lastEventAt = System.currentTimeMillis();
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    public int printed() {
        return printed.get();
    }

    public long lastEventAt() {
        return lastEventAt;
    }

    static String format(byte[] value) {
        try {
            JsonNode e = Json.mapper().readTree(value);
            JsonNode d = e.path("data");
            return String.format(java.util.Locale.ROOT, "%s  %-7s %-9s session=%s episode=%d  %s  reasons=%s evidence=%s",
                    e.path("time").asText(), d.path("action").asText().toUpperCase(java.util.Locale.ROOT),
                    d.path("severity").asText(), d.path("sessionId").asText(), d.path("episode").asInt(),
                    d.path("summary").asText(), d.path("reasons"), d.path("evidenceMessageIds"));
        } catch (java.io.IOException ex) {
            return "(unreadable escalation event)";
        }
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
