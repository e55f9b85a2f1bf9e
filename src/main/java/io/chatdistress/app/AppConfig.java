package io.chatdistress.app;

import io.chatdistress.topology.SessionReferences;
import io.chatdistress.topology.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The service configuration, read from environment variables (see the README's table). Every
 * {@code KAFKA_*} variable is passed to the Kafka clients ({@code KAFKA_SECURITY_PROTOCOL} →
 * {@code security.protocol}); a {@code KAFKA_*_FILE} variable names a mounted file whose content
 * becomes the value of the setting without the suffix, so secrets never sit in the environment.
 */
public record AppConfig(
        String bootstrapServers,
        Map<String, String> kafkaOverrides,
        String applicationId,
        Topics topics,
        Path stateDir,
        String processingGuarantee,
        long commitIntervalMs,
        int numStreamThreads,
        Duration sessionGap,
        Duration silenceTimeout,
        Duration punctuateInterval,
        int excerptMaxChars,
        byte[] sessionRefKey,
        String eventSource,
        int httpPort,
        String httpBindAddress,
        Duration closeTimeout,
        String podName,
        boolean staticMembership,
        boolean canaryEnabled,
        Duration canaryInterval,
        int partitions) {

    public static AppConfig defaults() {
        return fromEnv(Map.of());
    }

    public static AppConfig fromEnv(Map<String, String> env) {
        Map<String, String> overrides = new TreeMap<>();
        for (var e : env.entrySet()) {
            String name = e.getKey();
            if (!name.startsWith("KAFKA_") || name.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                continue;
            }
            String key = name.substring("KAFKA_".length());
            String value = e.getValue();
            if (key.endsWith("_FILE")) {
                key = key.substring(0, key.length() - "_FILE".length());
                value = readSecret(Path.of(value), name);
            }
            overrides.put(key.toLowerCase(Locale.ROOT).replace('_', '.'), value);
        }
        String keyFile = blankToNull(env.get("SESSION_REF_HMAC_KEY_FILE"));
        byte[] refKey = keyFile == null ? null
                : readSecret(Path.of(keyFile), "SESSION_REF_HMAC_KEY_FILE").getBytes(StandardCharsets.UTF_8);
        String guarantee = env.getOrDefault("PROCESSING_GUARANTEE", StreamsConfig.EXACTLY_ONCE_V2);
        if (!guarantee.equals(StreamsConfig.EXACTLY_ONCE_V2) && !guarantee.equals(StreamsConfig.AT_LEAST_ONCE)) {
            throw new IllegalArgumentException("PROCESSING_GUARANTEE must be exactly_once_v2 or at_least_once");
        }
        return new AppConfig(
                blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                Map.copyOf(overrides),
                env.getOrDefault("APPLICATION_ID", "chat-distress-detector"),
                new Topics(env.getOrDefault("INPUT_TOPIC", Topics.DEFAULT_INPUT),
                        env.getOrDefault("ESCALATION_TOPIC", Topics.DEFAULT_ESCALATIONS),
                        env.getOrDefault("DLQ_TOPIC", Topics.DEFAULT_DEAD_LETTERS)),
                Path.of(env.getOrDefault("STATE_DIR",
                        Path.of(System.getProperty("java.io.tmpdir"), "chat-distress-detector").toString())),
                guarantee,
                longValue(env, "COMMIT_INTERVAL_MS", 100),
                (int) longValue(env, "NUM_STREAM_THREADS", 1),
                duration(env, "SESSION_GAP", Duration.ofMinutes(30)),
                duration(env, "SILENCE_TIMEOUT", Duration.ofSeconds(60)),
                duration(env, "PUNCTUATE_INTERVAL", Duration.ofSeconds(5)),
                (int) longValue(env, "EXCERPT_MAX_CHARS", 0),
                refKey,
                env.getOrDefault("EVENT_SOURCE", "urn:chat-distress-detector"),
                (int) longValue(env, "HTTP_PORT", 8080),
                env.getOrDefault("HTTP_BIND_ADDRESS", "0.0.0.0"),
                duration(env, "CLOSE_TIMEOUT", Duration.ofSeconds(30)),
                env.getOrDefault("POD_NAME", hostname()),
                Boolean.parseBoolean(env.getOrDefault("STATIC_MEMBERSHIP", "false")),
                Boolean.parseBoolean(env.getOrDefault("CANARY_ENABLED", "false")),
                duration(env, "CANARY_INTERVAL", Duration.ofMinutes(5)),
                (int) longValue(env, "TOPIC_PARTITIONS", 3));
    }

    public AppConfig withBootstrapServers(String servers) {
        return new AppConfig(servers, kafkaOverrides, applicationId, topics, stateDir, processingGuarantee,
                commitIntervalMs, numStreamThreads, sessionGap, silenceTimeout, punctuateInterval, excerptMaxChars,
                sessionRefKey, eventSource, httpPort, httpBindAddress, closeTimeout, podName, staticMembership, canaryEnabled,
                canaryInterval, partitions);
    }

    public UnaryOperator<String> sessionRefs() {
        return sessionRefKey == null ? SessionReferences.identity() : SessionReferences.hmac(sessionRefKey);
    }

    /** Settings shared by every Kafka client the service or its tools create. */
    public Properties clientProperties() {
        Properties p = new Properties();
        if (bootstrapServers == null) {
            throw new IllegalStateException("no bootstrap servers configured");
        }
        p.put("bootstrap.servers", bootstrapServers);
        p.putAll(kafkaOverrides);
        return p;
    }

    public Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(commitIntervalMs));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(numStreamThreads));
        p.put(StreamsConfig.CLIENT_ID_CONFIG, applicationId + "-" + podName);
        // Defaults without client prefixes, so KAFKA_* settings below can still override them.
        // Low latency matters more than batching for a few messages per second per session.
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Each task reads the input and the rekey-by-session repartition topic, which stays empty
        // when producers key by session. With the default (0) Streams checks the empty partition
        // before every record (about 6% of the stream thread). Rekeyed records arrive a commit later
        // anyway, so there is no cross-topic order worth waiting for.
        p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, "-1");
        if (staticMembership) {
            p.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), podName);
        }
        p.putAll(clientProperties());
        return p;
    }

    private static String readSecret(Path file, String variable) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file named by " + variable, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static long longValue(Map<String, String> env, String name, long fallback) {
        String v = blankToNull(env.get(name));
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    static Duration duration(Map<String, String> env, String name, Duration fallback) {
        String v = blankToNull(env.get(name));
        if (v == null) {
            return fallback;
        }
        try {
            return v.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration (PT30S) or seconds");
        }
    }

    private static String hostname() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "local";
        }
    }
}
