package io.chatdistress.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatdistress.app.AppConfig;
import io.chatdistress.app.EmbeddedKafkaBroker;
import io.chatdistress.app.ServiceRunner;
import io.chatdistress.serde.Json;
import io.chatdistress.testing.Await;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service against a broker listener that requires TLS with a client certificate (mTLS) and
 * SCRAM-SHA-512 over it (SASL_SSL), configured the way operators configure it: {@code KAFKA_*}
 * variables for the settings and {@code KAFKA_*_FILE} variables naming mounted files for the JAAS
 * configuration and every password. The certificates are made in the test; the broker's PLAINTEXT
 * listener is used only to create the SCRAM user.
 *
 * <p>Proves: the real case escalates exactly once over the secure listener (topic creation, the
 * exactly-once Streams application, producer and read_committed consumer all authenticate); a
 * client with the right SASL password but no certificate is refused, and so is one with a
 * certificate and a wrong password; no password appears in {@code /metrics} or in the log, which
 * is captured with Kafka's client configuration dumps switched on.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SecureBrokerIT {
    private static final String LISTENER = "SECURE";
    private static final String MECHANISM = "SCRAM-SHA-512";
    private static final String USER = "chat-distress-detector";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REFUSAL_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration SILENCE = Duration.ofSeconds(4);

    @TempDir
    Path tmp;

    @Test
    void shouldEscalateOnceAndKeepSecretsOutWhenTheListenerRequiresSaslAndClientCertificates() throws Exception {
        long started = System.nanoTime();
        TestPki pki = TestPki.create(tmp.resolve("pki"));
        long pkiMs = elapsedMs(started);
        String saslPassword = "scram-Pw-" + UUID.randomUUID() + "-ß";
        List<String> secrets = new ArrayList<>(pki.passwords());
        secrets.add(saslPassword);

        Map<String, String> env = serviceEnv(pki, saslPassword);
        String session = "secure-ñ-" + UUID.randomUUID();
        String log;
        String metrics;
        List<JsonNode> events;
        long brokerMs;
        long runningMs;
        long escalationMs;
        int logEvents;
        Map<String, Level> verbose = new LinkedHashMap<>();
        // The configuration dumps ("ProducerConfig values: ...") are where a password would show.
        verbose.put("org.apache.kafka.clients", Level.INFO);
        verbose.put("org.apache.kafka.streams", Level.INFO);
        verbose.put("org.apache.kafka.common.config", Level.INFO);
        verbose.put("org.apache.kafka.common.security", Level.DEBUG);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(null, 0, List.of(secureListener(pki)));
             LogCapture capture = LogCapture.start(verbose)) {
            brokerMs = elapsedMs(started) - pkiMs;
            String secure = broker.bootstrapServers(LISTENER);
            assertTrue(secure.startsWith("127.0.0.1:") && !secure.equals(broker.bootstrapServers()), secure);
            createScramUser(broker.bootstrapServers(), saslPassword);
            env.put("KAFKA_BOOTSTRAP_SERVERS", secure);
            AppConfig config = AppConfig.fromEnv(env);
            Properties client = config.clientProperties();
            // The controller has stored the credential; wait until the broker has it too.
            Await.until(() -> canListTopics(client), TIMEOUT, () -> "the SCRAM user on the secure listener");

            try (ServiceRunner runner = ServiceRunner.start(config)) {
                assertTrue(runner.awaitRunning(TIMEOUT.toMillis()), "Kafka Streams did not reach RUNNING");
                runningMs = elapsedMs(started);
                sendRealCase(client, config.topics().input(), session);
                events = readEscalations(client, config.topics().escalations(), session);
                escalationMs = elapsedMs(started) - runningMs;
                metrics = get("http://127.0.0.1:" + runner.httpPort() + "/metrics");
            }

            AuthenticationException noCertificate = refusal(withoutKeystore(client));
            Properties wrongPassword = new Properties();
            wrongPassword.putAll(client);
            wrongPassword.put(SaslConfigs.SASL_JAAS_CONFIG, jaas("not-" + saslPassword));
            AuthenticationException badPassword = refusal(wrongPassword);
            assertInstanceOf(SaslAuthenticationException.class, badPassword, "a wrong SASL password");
            assertTrue(!(noCertificate instanceof SaslAuthenticationException),
                    "refused by SASL, not by TLS, without a certificate: " + noCertificate);
            System.out.printf(Locale.ROOT, "[security] no certificate refused with %s; wrong password with %s%n",
                    noCertificate.getClass().getSimpleName(), badPassword.getClass().getSimpleName());
            log = capture.text();
            logEvents = capture.events();
        }

        List<JsonNode> triggers = events.stream()
                .filter(e -> e.path("data").path("action").asText().equals("trigger")).toList();
        assertEquals(1, triggers.size(), events.stream().map(JsonNode::toString).collect(Collectors.joining("\n")));
        assertEquals(session, triggers.get(0).path("data").path("sessionId").asText());

        // The leak search means something only if the capture holds the clients' configuration dumps.
        assertTrue(log.contains("security.protocol = SASL_SSL"), "no client configuration in the captured log");
        assertTrue(log.contains("sasl.jaas.config = [hidden]"), "the JAAS configuration was not logged masked");
        assertTrue(log.contains("ssl.keystore.password = [hidden]"), "the key store password was not logged masked");
        assertTrue(metrics.contains("chat_distress_messages_scored_total"), "no service metrics");
        for (String secret : secrets) {
            assertTrue(!log.contains(secret), "a password is in the log");
            assertTrue(!metrics.contains(secret), "a password is in /metrics");
        }
        System.out.printf(Locale.ROOT, "[security] SASL_SSL+mTLS: PKI %d ms, broker %d ms, service RUNNING at %d ms, "
                        + "escalation read in %d ms (incl. %d s settle), %d event(s), %d log events (%d chars) "
                        + "and %d chars of /metrics searched for %d passwords, total %d ms%n",
                pkiMs, brokerMs, runningMs, escalationMs, SILENCE.toSeconds() + 3, events.size(), logEvents,
                log.length(), metrics.length(), secrets.size(), elapsedMs(started));
    }

    /** The listener under test: SCRAM-SHA-512 over TLS, a client certificate signed by the test CA required. */
    private static EmbeddedKafkaBroker.ExtraListener secureListener(TestPki pki) {
        Map<String, String> s = new HashMap<>();
        s.put("sasl.enabled.mechanisms", MECHANISM);
        s.put("scram-sha-512.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        s.put("ssl.client.auth", "required");
        s.put("ssl.keystore.type", TestPki.STORE_TYPE);
        s.put("ssl.keystore.location", pki.broker().location().toString());
        s.put("ssl.keystore.password", pki.broker().password());
        s.put("ssl.key.password", pki.broker().password());
        s.put("ssl.truststore.type", TestPki.STORE_TYPE);
        s.put("ssl.truststore.location", pki.truststore().location().toString());
        s.put("ssl.truststore.password", pki.truststore().password());
        return new EmbeddedKafkaBroker.ExtraListener(LISTENER, "SASL_SSL", s);
    }

    /** The service's environment: plain settings as variables, every secret in a file (trailing newline as mounted). */
    private Map<String, String> serviceEnv(TestPki pki, String saslPassword) throws IOException {
        Path secrets = Files.createDirectories(tmp.resolve("secrets"));
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        env.put("KAFKA_SASL_MECHANISM", MECHANISM);
        env.put("KAFKA_SASL_JAAS_CONFIG_FILE", secret(secrets, "jaas.conf", jaas(saslPassword)));
        env.put("KAFKA_SSL_TRUSTSTORE_LOCATION", pki.truststore().location().toString());
        env.put("KAFKA_SSL_TRUSTSTORE_TYPE", TestPki.STORE_TYPE);
        env.put("KAFKA_SSL_TRUSTSTORE_PASSWORD_FILE", secret(secrets, "truststore.password", pki.truststore().password()));
        env.put("KAFKA_SSL_KEYSTORE_LOCATION", pki.client().location().toString());
        env.put("KAFKA_SSL_KEYSTORE_TYPE", TestPki.STORE_TYPE);
        env.put("KAFKA_SSL_KEYSTORE_PASSWORD_FILE", secret(secrets, "keystore.password", pki.client().password()));
        env.put("KAFKA_SSL_KEY_PASSWORD_FILE", secret(secrets, "key.password", pki.client().password()));
        env.put("HTTP_PORT", "0");
        env.put("STATE_DIR", tmp.resolve("state").toString());
        env.put("APPLICATION_ID", "secure-broker-it");
        env.put("POD_NAME", "secure-1");
        env.put("TOPIC_PARTITIONS", "1");
        env.put("SILENCE_TIMEOUT", "PT" + SILENCE.toSeconds() + "S");
        env.put("PUNCTUATE_INTERVAL", "PT1S");
        return env;
    }

    private static String secret(Path dir, String name, String value) throws IOException {
        return Files.writeString(dir.resolve(name), value + "\n", StandardCharsets.UTF_8).toString();
    }

    private static String jaas(String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + USER
                + "\" password=\"" + password + "\";";
    }

    /** Over the PLAINTEXT listener, which has no authentication (and the broker no authorizer). */
    private static void createScramUser(String plaintext, String password) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, plaintext))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(USER,
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)))
                    .all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static boolean canListTopics(Properties client) {
        try (Admin admin = Admin.create(adminProperties(client))) {
            admin.listTopics().names().get(REFUSAL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (Exception e) {
            throw new AssertionError("listing topics over the secure listener", e);
        }
    }

    /** Fails unless the client is refused with an authentication error within the timeout. */
    private static AuthenticationException refusal(Properties client) {
        try (Admin admin = Admin.create(adminProperties(client))) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> admin.listTopics().names().get(REFUSAL_TIMEOUT.toSeconds(), TimeUnit.SECONDS),
                    "a client was let in");
            return assertInstanceOf(AuthenticationException.class, e.getCause(), "not an authentication failure");
        }
    }

    private static Properties adminProperties(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(REFUSAL_TIMEOUT.toMillis()));
        return p;
    }

    private static Properties withoutKeystore(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.remove(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG);
        p.remove(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG);
        p.remove(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG);
        p.remove(SslConfigs.SSL_KEY_PASSWORD_CONFIG);
        assertEquals("SASL_SSL", p.get(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG));
        return p;
    }

    /** The real case: a coherent message, a keyboard mash, "I do not feel well", another mash. */
    private static void sendRealCase(Properties client, String topic, String session) throws Exception {
        List<String> texts = List.of("Hi, my parcel was supposed to arrive yesterday but it hasn't come",
                "fgjkdlsñ vbnmcxhgfd", "I do not feel well", "hjjjjjjjjjjjjjjjjjjjjkl");
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        long now = System.currentTimeMillis() - texts.size() * 1000L;
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < texts.size(); i++) {
                ObjectNode m = Json.mapper().createObjectNode();
                m.put("messageId", session + "-m" + i);
                m.put("sessionId", session);
                m.put("sender", "CUSTOMER");
                m.put("text", texts.get(i));
                m.put("timestamp", Instant.ofEpochMilli(now + i * 1000L).toString());
                m.put("channel", "webchat");
                producer.send(new ProducerRecord<>(topic, null, now + i * 1000L, session, m.toString()))
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Reads the escalation topic with read_committed over the secure listener until the session
     * has an event, then for the silence timeout and three punctuations more, so that a duplicate
     * (from the silence timer, say) has the chance to show up before the caller judges.
     */
    private static List<JsonNode> readEscalations(Properties client, String topic, String session) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            long settleUntil = Long.MAX_VALUE;
            while (System.nanoTime() - Math.min(deadline, settleUntil) < 0) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    events.add(parse(r.value()));
                }
                if (settleUntil == Long.MAX_VALUE && !events.isEmpty()) {
                    settleUntil = System.nanoTime() + SILENCE.plusSeconds(3).toNanos();
                }
            }
        }
        return events;
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("an escalation is not JSON", e);
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    private static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
