package io.chatdistress.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning the way escalation consumers must: with
 * {@code isolation.level=read_committed}, so records of aborted or still-open transactions are
 * never returned. Uses partition assignment, not a consumer group, so no rebalance delays the read.
 */
public final class TopicReader {

    private TopicReader() {
    }

    /** String keys and values (UTF-8). */
    public static List<ConsumerRecord<String, String>> readCommitted(
            String bootstrapServers, String topic, int expectedCount, Duration timeout) {
        return readCommitted(bootstrapServers, topic, expectedCount, timeout,
            new StringDeserializer(), new StringDeserializer());
    }

    /**
     * Polls until at least {@code expectedCount} committed records have arrived or the timeout has
     * passed, and returns everything read: fewer records on timeout, possibly more if the last poll
     * brought extra ones, so the caller's assertion on the list shows both shortfalls and surplus.
     * Records are in offset order within each partition.
     */
    public static <K, V> List<ConsumerRecord<K, V>> readCommitted(
            String bootstrapServers, String topic, int expectedCount, Duration timeout,
            Deserializer<K> keyDeserializer, Deserializer<V> valueDeserializer) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "test-reader-" + topic);
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, keyDeserializer, valueDeserializer)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < expectedCount && System.nanoTime() - deadline < 0) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** Convenience for assertions: values by key, last one wins. */
    public static <K, V> Map<K, V> latestByKey(List<ConsumerRecord<K, V>> records) {
        return records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> b));
    }
}
