package io.chatdistress.bench;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.model.InvalidMessageException;
import io.chatdistress.serde.ChatMessageParser;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The floor the service cannot beat: the same input parsed into the same {@link ChatMessage} with
 * the same parser, keyed by session, and one small aggregate per session kept in a cached,
 * changelogged RocksDB store (like the service's session store). No scoring, no risk model, no
 * CloudEvents.
 *
 * <p>It writes one output record for every {@code outputEvery}-th message it processes (counted per
 * task), with the input record's timestamp, so that its end-to-end latency is measured over the
 * same path as the service's escalations: input topic, stream thread, store, output topic,
 * transaction commit. A count per session would rarely fire: most sessions are shorter than N.
 *
 * <pre>
 * input (bytes) ─ baseline-parse ─ baseline-valid ─ baseline-session-key ─ baseline-aggregate ─▶ output
 * </pre>
 */
final class BaselineTopology {
    static final String STORE = "baseline-session-aggregate";

    private BaselineTopology() {
    }

    static Topology build(String input, String output, int outputEvery, Progress progress) {
        if (outputEvery < 1) {
            throw new IllegalArgumentException("outputEvery must be at least 1");
        }
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray())
                .withCachingEnabled()
                .withLoggingEnabled(Map.of("cleanup.policy", "compact")));
        builder.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("baseline-read"))
                .processValues(ParseOnly::new, Named.as("baseline-parse"))
                .filter((k, m) -> m != null, Named.as("baseline-valid"))
                .map((k, m) -> KeyValue.pair(m.sessionId(), m), Named.as("baseline-session-key"))
                .process(() -> new Aggregate(outputEvery, progress), Named.as("baseline-aggregate"), STORE)
                .to(output, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("baseline-write"));
        return builder.build();
    }

    /** Parses like the service's parse step; invalid records are counted and dropped. */
    private static final class ParseOnly implements FixedKeyProcessor<byte[], byte[], ChatMessage> {
        private FixedKeyProcessorContext<byte[], ChatMessage> context;

        @Override
        public void init(FixedKeyProcessorContext<byte[], ChatMessage> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<byte[], byte[]> record) {
            try {
                ChatMessage m = ChatMessageParser.parse(record.key(), record.value(), record.timestamp());
                context.forward(record.withValue(m).withTimestamp(m.timestamp()));
            } catch (InvalidMessageException e) {
                context.forward(record.withValue(null));
            }
        }
    }

    /** Per session: message count, characters, first and last event time, last message id. */
    private static final class Aggregate implements Processor<String, ChatMessage, String, byte[]> {
        private final int outputEvery;
        private final Progress progress;
        private ProcessorContext<String, byte[]> context;
        private KeyValueStore<String, byte[]> store;
        private long seen;

        Aggregate(int outputEvery, Progress progress) {
            this.outputEvery = outputEvery;
            this.progress = progress;
        }

        @Override
        public void init(ProcessorContext<String, byte[]> context) {
            this.context = context;
            this.store = context.getStateStore(STORE);
        }

        @Override
        public void process(Record<String, ChatMessage> record) {
            ChatMessage m = record.value();
            byte[] old = store.get(record.key());
            int count = 0;
            long chars = 0;
            long first = m.timestamp();
            try {
                if (old != null) {
                    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(old));
                    count = in.readInt();
                    chars = in.readLong();
                    first = in.readLong();
                }
                count++;
                chars += m.text().length();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeInt(count);
                out.writeLong(chars);
                out.writeLong(first);
                out.writeLong(m.timestamp());
                out.writeUTF(m.messageId());
                store.put(record.key(), bytes.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++seen % outputEvery == 0) {
                String json = "{\"sessionId\":\"" + record.key() + "\",\"messages\":" + count + ",\"lastMessageId\":\""
                        + m.messageId() + "\"}";
                context.forward(new Record<>(record.key(), json.getBytes(StandardCharsets.UTF_8), record.timestamp()));
                progress.recordOutput();
            }
            progress.recordProcessed();
        }
    }
}
