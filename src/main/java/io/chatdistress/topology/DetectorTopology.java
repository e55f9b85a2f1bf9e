package io.chatdistress.topology;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.serde.JsonSerde;
import io.chatdistress.session.SessionRiskModel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The detector as a Kafka Streams topology. Builds only: no I/O, no environment.
 *
 * <pre>
 * chat.messages.v1 (bytes) ─ parse-message ─┬─ invalid ─ dead-letter-json ─────────────▶ chat.messages.dlq.v1
 *                                           └─ valid ─┬─ keyed by session ──────────┐
 *                                                     └─ unkeyed ─ rekey-by-session ┴─ follow-session ─┬─▶ chat.escalations.v1
 *                                                                                                    └─▶ chat.messages.dlq.v1
 * </pre>
 *
 * Records whose key is the session id stay on their partition; records without a key (or with
 * another key) go through the {@code rekey-by-session} repartition topic first.
 */
public final class DetectorTopology {
    private DetectorTopology() {
    }

    public static Topology build(Topics topics, MessageScorer scorer, SessionRiskModel model,
            EscalationEventFactory events, DetectorMetrics metrics, DetectorSettings settings) {
        return build(topics, Scoring.of(scorer), model, events, metrics, settings);
    }

    /** As above with any {@link Scoring}; the service always uses the real {@link MessageScorer}. */
    public static Topology build(Topics topics, Scoring scorer, SessionRiskModel model,
            EscalationEventFactory events, DetectorMetrics metrics, DetectorSettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(SessionProcessor.STATE_STORE), Serdes.String(), Serdes.ByteArray())
                .withCachingEnabled()
                .withLoggingEnabled(Map.of("cleanup.policy", "compact")));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(SessionProcessor.TIMER_STORE), Serdes.String(), Serdes.Long())
                .withLoggingEnabled(Map.of("cleanup.policy", "compact")));

        KStream<byte[], Parsed> parsed = builder
                .stream(topics.input(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-chat-messages"))
                .processValues(() -> new ParseProcessor(metrics), Named.as("parse-message"));

        var routes = parsed.split(Named.as("route-"))
                .branch((key, p) -> !p.valid(), Branched.as("invalid"))
                .branch((key, p) -> isSessionKey(key, p.message()), Branched.as("keyed"))
                .defaultBranch(Branched.as("unkeyed"));

        routes.get("route-invalid")
                .mapValues(p -> p.deadLetter().toJson(), Named.as("dead-letter-json"))
                .to(topics.deadLetters(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("write-parse-dead-letters"));

        JsonSerde<ChatMessage> messageSerde = new JsonSerde<>(ChatMessage.class);
        KStream<String, ChatMessage> keyed = routes.get("route-keyed")
                .map((key, p) -> org.apache.kafka.streams.KeyValue.pair(p.message().sessionId(), p.message()),
                        Named.as("session-key"));
        KStream<String, ChatMessage> rekeyed = routes.get("route-unkeyed")
                .map((key, p) -> org.apache.kafka.streams.KeyValue.pair(p.message().sessionId(), p.message()),
                        Named.as("key-by-session"))
                .repartition(Repartitioned.with(Serdes.String(), messageSerde).withName("rekey-by-session"));

        var outputs = keyed.merge(rekeyed, Named.as("all-messages"))
                .process(() -> new SessionProcessor(scorer, model, events, metrics, settings), Named.as("follow-session"),
                        SessionProcessor.STATE_STORE, SessionProcessor.TIMER_STORE)
                .split(Named.as("output-"))
                .branch((key, r) -> r.deadLetter(), Branched.as("dead-letter"))
                .defaultBranch(Branched.as("escalation"));

        outputs.get("output-escalation")
                .mapValues(Routed::value, Named.as("escalation-bytes"))
                .to(topics.escalations(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("write-escalations"));
        outputs.get("output-dead-letter")
                .mapValues(Routed::value, Named.as("process-dead-letter-bytes"))
                .to(topics.deadLetters(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("write-process-dead-letters"));
        return builder.build();
    }

    /** Whether the record key is the message's session id in UTF-8; ASCII ids are compared without encoding. */
    static boolean isSessionKey(byte[] key, ChatMessage m) {
        if (key == null) {
            return false;
        }
        String id = m.sessionId();
        int n = id.length();
        if (key.length < n) {
            // UTF-8 never takes fewer bytes than UTF-16 chars.
            return false;
        }
        if (key.length == n) {
            for (int i = 0; i < n; i++) {
                char c = id.charAt(i);
                if (c >= 0x80) {
                    return Arrays.equals(key, id.getBytes(StandardCharsets.UTF_8));
                }
                if (key[i] != (byte) c) {
                    return false;
                }
            }
            return true;
        }
        return Arrays.equals(key, id.getBytes(StandardCharsets.UTF_8));
    }
}
