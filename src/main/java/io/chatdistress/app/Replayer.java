package io.chatdistress.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatdistress.serde.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes labelled sessions to the input topic. With a speed factor, messages keep their relative
 * timing (divided by the factor) and are stamped with the time they are sent, like live traffic;
 * with speed 0 they are sent as fast as possible with their original timestamps.
 */
public final class Replayer {
    /** Gaps between messages are capped in timed replays, so a demo never idles for minutes. */
    private final long maxGapMs;
    private final double speed;

    public Replayer(double speed, long maxGapMs) {
        if (speed < 0) {
            throw new IllegalArgumentException("speed must be >= 0");
        }
        this.speed = speed;
        this.maxGapMs = maxGapMs;
    }

    private record Timed(SessionFile.Session session, SessionFile.Message message, long t) {
    }

    /** @return the number of messages sent */
    public int replay(List<SessionFile.Session> sessions, Properties clientProps, String topic)
            throws InterruptedException {
        List<Timed> all = new ArrayList<>();
        for (SessionFile.Session s : sessions) {
            for (SessionFile.Message m : s.messages()) {
                all.add(new Timed(s, m, m.epochMillis()));
            }
        }
        if (speed > 0) {
            all = rebaseSessionsToCommonStart(sessions);
        }
        all.sort(Comparator.comparingLong(Timed::t));
        Properties props = new Properties();
        props.putAll(clientProps);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, speed > 0 ? "0" : "10");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            long wallStart = System.currentTimeMillis();
            long first = all.isEmpty() ? 0 : all.get(0).t();
            for (Timed tm : all) {
                long timestamp = tm.t();
                if (speed > 0) {
                    long due = wallStart + (long) ((tm.t() - first) / speed);
                    long wait = due - System.currentTimeMillis();
                    if (wait > 0) {
                        TimeUnit.MILLISECONDS.sleep(wait);
                    }
                    timestamp = System.currentTimeMillis();
                }
                producer.send(new ProducerRecord<>(topic, null, timestamp, tm.session().sessionId(),
                        json(tm.session(), tm.message(), timestamp)));
                if (speed > 0) {
                    producer.flush();
                }
            }
            producer.flush();
        }
        return all.size();
    }

    /** All sessions start together; gaps inside a session are capped at {@link #maxGapMs}. */
    private List<Timed> rebaseSessionsToCommonStart(List<SessionFile.Session> sessions) {
        List<Timed> out = new ArrayList<>();
        for (SessionFile.Session s : sessions) {
            long t = 0;
            long prev = Long.MIN_VALUE;
            for (SessionFile.Message m : s.messages()) {
                long at = m.epochMillis();
                if (prev != Long.MIN_VALUE) {
                    t += Math.min(Math.max(0, at - prev), maxGapMs);
                }
                prev = at;
                out.add(new Timed(s, m, t));
            }
        }
        return out;
    }

    static String json(SessionFile.Session s, SessionFile.Message m, long timestamp) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("messageId", m.messageId());
        n.put("sessionId", s.sessionId());
        n.put("sender", m.sender());
        n.put("text", m.text());
        n.put("timestamp", java.time.Instant.ofEpochMilli(timestamp).toString());
        if (s.channel() != null) {
            n.put("channel", s.channel());
        }
        return n.toString();
    }
}
