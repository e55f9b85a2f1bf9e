package io.chatdistress.topology;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.model.InvalidMessageException;
import io.chatdistress.serde.ChatMessageParser;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Parses raw input records. Invalid ones become redacted dead letters instead of stopping the
 * application; valid ones take the message's own timestamp as their event time.
 */
final class ParseProcessor implements FixedKeyProcessor<byte[], byte[], Parsed> {
    private final DetectorMetrics metrics;
    private FixedKeyProcessorContext<byte[], Parsed> context;

    ParseProcessor(DetectorMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], Parsed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], byte[]> record) {
        try {
            ChatMessage message = ChatMessageParser.parse(record.key(), record.value(), record.timestamp());
            context.forward(record.withValue(new Parsed(message, null)).withTimestamp(message.timestamp()));
        } catch (InvalidMessageException e) {
            metrics.deadLetter(DeadLetter.STAGE_DESERIALIZE);
            RecordMetadata meta = context.recordMetadata().orElse(null);
            DeadLetter dl = DeadLetter.of(DeadLetter.STAGE_DESERIALIZE, e.getMessage(), e.getClass(),
                    meta == null ? null : meta.topic(), meta == null ? -1 : meta.partition(),
                    meta == null ? -1 : meta.offset(), record.timestamp(), record.value());
            context.forward(record.withValue(new Parsed(null, dl)));
        }
    }
}
