package io.chatdistress.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.testing.Await;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full service run as operators start it (the jar, its embedded broker, no KAFKA_BOOTSTRAP_SERVERS),
 * with the service's own loggers at TRACE and Kafka Streams at DEBUG. Everything it writes to stdout
 * and stderr, the dead-letter topic, the escalation topic and /metrics is searched for every chat
 * text the test sent, raw and JSON-escaped: none may appear.
 */
class PrivacyIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Personal data a customer might type; each string is distinctive enough to grep for. */
    private static final List<String> SECRETS = List.of(
            "Ich heiße Jördis Ørsted-Ölçek und wohne in der Schloßallee 7",
            "Mi contraseña es «Pájaro-Azul-93»",
            "私の電話番号は090-1234-5678です",
            "Моя карта 4111 1111 1111 1111, код 737",
            "Ma fille Anaïs a fait une chute, elle ne répond plus");
    /** Only ever inside records the service must dead-letter. */
    private static final String DLQ_SECRET = "Kühlschrank-Zahlencode 4711 für Frau Šťastná";

    @TempDir
    Path tmp;

    @Test
    void shouldKeepChatTextOutOfLogsDeadLettersEventsAndMetrics() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("STATE_DIR", tmp.resolve("state").toString());
        env.put("APPLICATION_ID", "privacy");
        env.put("POD_NAME", "privacy-1");
        env.put("SILENCE_TIMEOUT", "PT3S");
        env.put("PUNCTUATE_INTERVAL", "PT1S");
        long now = System.currentTimeMillis();
        List<Chats.Chat> chats = Chats.generate("privacy", 40, now);
        List<Chats.Line> lines = new ArrayList<>();
        chats.forEach(c -> lines.addAll(c.all()));
        for (int i = 0; i < SECRETS.size(); i++) {
            String id = "privacy-secret-" + i;
            lines.add(new Chats.Line(id, id + "-m0", "CUSTOMER", SECRETS.get(i), now));
            lines.add(new Chats.Line(id, id + "-m1", "AGENT", SECRETS.get((i + 1) % SECRETS.size()), now + 1000));
        }
        // Goes silent after two mash messages: the silence timer's event must carry no text either.
        String silent = "privacy-silent";
        lines.add(new Chats.Line(silent, silent + "-m0", "CUSTOMER", SECRETS.get(0), now));
        lines.add(new Chats.Line(silent, silent + "-m1", "CUSTOMER", "hjjjjjjjjjjjjjjjjjjjjkl", now + 1000));
        lines.add(new Chats.Line(silent, silent + "-m2", "CUSTOMER", "fgjkdlsñ vbnmcxhgfd", now + 2000));

        Path config = Path.of(resource("/reliability/log4j2-verbose.xml"));
        ServiceProcess service = ServiceProcess.start("privacy", env, tmp.resolve("logs"),
                "-Dlog4j2.configurationFile=" + config);
        String output;
        String metrics;
        List<ConsumerRecord<String, String>> events;
        List<ConsumerRecord<String, String>> deadLetters;
        int badRecords;
        try (service) {
            service.awaitReady(TIMEOUT);
            String bootstrap = service.bootstrapServers();
            Clients.send(bootstrap, "chat.messages.v1", lines);
            badRecords = sendBadRecords(bootstrap);
            Clients.awaitCaughtUp(bootstrap, "privacy", "chat.messages.v1", TIMEOUT);
            Await.until(() -> Clients.readAll(bootstrap, "chat.escalations.v1", TIMEOUT).stream()
                    .anyMatch(r -> silent.equals(r.key())), TIMEOUT, () -> "the silence escalation");
            events = Clients.readAll(bootstrap, "chat.escalations.v1", TIMEOUT);
            deadLetters = Clients.readAll(bootstrap, "chat.messages.dlq.v1", TIMEOUT);
            metrics = service.httpBody("/metrics");
            // Stop it, so the shutdown's log lines are searched too.
            service.terminate(TIMEOUT);
            output = service.output();
        }

        Set<String> texts = new LinkedHashSet<>(Chats.allTexts());
        texts.addAll(SECRETS);
        texts.add(DLQ_SECRET);
        List<String> leaks = new ArrayList<>();
        int logLines = output.split("\n").length;
        for (String text : texts) {
            for (String form : forms(text)) {
                check(leaks, "log", output, text, form);
                check(leaks, "metrics", metrics, text, form);
                events.forEach(e -> check(leaks, "event", e.value(), text, form));
                deadLetters.forEach(d -> check(leaks, "dead letter", d.value(), text, form));
            }
        }
        System.out.printf(Locale.ROOT, "[reliability] privacy: %d chat records and %d bad records sent, %d distinct "
                        + "texts searched (raw and JSON-escaped) in %d log lines (%d bytes), %d events, %d dead letters, "
                        + "%d bytes of /metrics: %d found%n", lines.size(), badRecords, texts.size(), logLines,
                output.getBytes(StandardCharsets.UTF_8).length, events.size(), deadLetters.size(),
                metrics.length(), leaks.size());
        // The search means something only if the capture holds a full, verbose run.
        assertTrue(output.contains("Kafka Streams state REBALANCING -> RUNNING"), "no start-up in the captured log");
        assertTrue(output.contains(" DEBUG "), "the verbose log configuration was not used");
        assertEquals(badRecords, deadLetters.size(), "dead letters");
        assertTrue(events.size() > Chats.distressIds(chats).size(), "events: " + events.size());
        assertTrue(metrics.contains("chat_distress_messages_scored_total"), "no service metrics");
        assertEquals(List.of(), leaks);
    }

    private static int sendBadRecords(String bootstrap) {
        List<String> values = List.of(
                "{\"messageId\":\"bad-1\",\"sessionId\":\"privacy-bad\",\"sender\":\"CUSTOMER\",\"text\":\"" + DLQ_SECRET,
                "{\"messageId\":\"bad-2\",\"sessionId\":\"privacy-bad\",\"sender\":\"CUSTOMER\",\"text\":{\"t\":\""
                        + DLQ_SECRET + "\"}}",
                "{\"messageId\":\"bad-3\",\"sessionId\":\"" + DLQ_SECRET.repeat(10) + "\",\"sender\":\"CUSTOMER\","
                        + "\"text\":\"" + DLQ_SECRET + "\"}",
                "{\"messageId\":\"" + DLQ_SECRET + "\u0007\",\"sessionId\":\"privacy-bad\",\"sender\":\"CUSTOMER\","
                        + "\"text\":\"x\"}",
                "{\"messageId\":\"bad-5\",\"sessionId\":\"privacy-bad\",\"sender\":\"" + DLQ_SECRET + "\",\"text\":\"x\"}",
                "{\"messageId\":\"bad-6\",\"sessionId\":\"privacy-bad\",\"sender\":\"CUSTOMER\",\"text\":\"" + DLQ_SECRET
                        + "\",\"timestamp\":\"" + DLQ_SECRET + "\"}");
        try (KafkaProducer<String, String> producer = Clients.producer(bootstrap)) {
            for (String v : values) {
                producer.send(new ProducerRecord<>("chat.messages.v1", "privacy-bad", v));
            }
            producer.flush();
        }
        return values.size();
    }

    private static void check(List<String> leaks, String where, String haystack, String text, String form) {
        if (haystack != null && haystack.contains(form)) {
            leaks.add(where + " contains \"" + text + "\"" + (form.equals(text) ? "" : " (escaped)"));
        }
    }

    /** The text, and the text with non-ASCII characters as JSON \\u escapes (lower and upper case hex). */
    private static List<String> forms(String text) {
        StringBuilder lower = new StringBuilder();
        for (char c : text.toCharArray()) {
            lower.append(c < 0x80 ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        String escaped = lower.toString();
        return List.of(text, escaped, upperHex(escaped));
    }

    private static String upperHex(String escaped) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            if (escaped.startsWith("\\u", i) && i + 6 <= escaped.length()) {
                sb.append("\\u").append(escaped.substring(i + 2, i + 6).toUpperCase(Locale.ROOT));
                i += 5;
            } else {
                sb.append(escaped.charAt(i));
            }
        }
        return sb.toString();
    }

    private static java.net.URI resource(String name) throws URISyntaxException {
        var url = PrivacyIT.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the test class path");
        }
        return url.toURI();
    }
}
