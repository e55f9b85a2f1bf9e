package io.chatdistress.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.testing.Await;
import io.chatdistress.testing.TopicReader;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real embedded KRaft broker: no mocks, no Docker. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedKafkaBrokerIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldDeliverOnlyCommittedTransactionsWhenConsumerReadsCommitted() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(null, 0)) {
            broker.createTopics(Map.of("chat-messages", 3, "escalations", 1));

            try (KafkaProducer<String, String> producer = transactionalProducer(broker.bootstrapServers(), "tx-roundtrip")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("escalations", "séance-1", "Hilfe, ich kann nicht atmen"));
                producer.send(new ProducerRecord<>("escalations", "séance-1", "помогите пожалуйста"));
                producer.commitTransaction();

                producer.beginTransaction();
                producer.send(new ProducerRecord<>("escalations", "séance-2", "aborted: 助けて"));
                producer.flush();
                producer.abortTransaction();

                producer.beginTransaction();
                producer.send(new ProducerRecord<>("escalations", "séance-3", "asdfghjklñ 🙁 ملخص"));
                producer.commitTransaction();
            }

            List<ConsumerRecord<String, String>> records =
                TopicReader.readCommitted(broker.bootstrapServers(), "escalations", 3, WAIT);

            assertEquals(List.of("Hilfe, ich kann nicht atmen", "помогите пожалуйста", "asdfghjklñ 🙁 ملخص"),
                records.stream().map(ConsumerRecord::value).toList());
            assertEquals(List.of("séance-1", "séance-1", "séance-3"),
                records.stream().map(ConsumerRecord::key).toList());
        }
    }

    @Test
    void shouldLeaveExistingTopicsAloneWhenCreatedTwice() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(null, 0)) {
            broker.createTopics(Map.of("chat-messages", 3));

            assertDoesNotThrow(() -> broker.createTopics(Map.of("chat-messages", 3, "escalations", 2)));

            try (Admin admin = admin(broker.bootstrapServers())) {
                var topics = admin.describeTopics(List.of("chat-messages", "escalations")).allTopicNames().get();
                assertEquals(3, topics.get("chat-messages").partitions().size());
                assertEquals(2, topics.get("escalations").partitions().size());
            }
        }
    }

    @Test
    void shouldKeepDataAndClusterIdWhenRestartedOnSamePersistentDir(@TempDir Path dataDir) throws Exception {
        String clusterId;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
            broker.createTopics(Map.of("chat-messages", 2));
            try (KafkaProducer<String, String> producer = transactionalProducer(broker.bootstrapServers(), "tx-persist")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("chat-messages", "sesión-7", "¿Hay alguien ahí? Ça va mal"));
                producer.commitTransaction();
            }
            clusterId = clusterId(broker.bootstrapServers());
        }

        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(dataDir, 0)) {
            assertEquals(clusterId, clusterId(restarted.bootstrapServers()));
            // Re-creating on start-up is what the service does; it must not touch the data.
            restarted.createTopics(Map.of("chat-messages", 2));

            List<ConsumerRecord<String, String>> records =
                TopicReader.readCommitted(restarted.bootstrapServers(), "chat-messages", 1, WAIT);

            assertEquals(1, records.size());
            assertEquals("sesión-7", records.get(0).key());
            assertEquals("¿Hay alguien ahí? Ça va mal", records.get(0).value());
        }
    }

    @Test
    void shouldRefuseSecondBrokerWhenDataDirIsInUse(@TempDir Path dataDir) throws Exception {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(dataDir, 0)) {
            assertThrows(IOException.class, () -> EmbeddedKafkaBroker.start(dataDir, 0));

            assertFalse(first.hasFailed(), "the running broker is not blamed for the refused start");
            first.createTopics(Map.of("chat-messages", 1));
            produceOne(first.bootstrapServers(), "chat-messages", "still alive: ¡sí!");
            assertEquals(List.of("still alive: ¡sí!"), values(first.bootstrapServers(), "chat-messages", 1));
        }
    }

    @Test
    void shouldNotClashWhenTwoBrokersRunInOneJvm() throws Exception {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(null, 0);
             EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(null, 0)) {
            assertNotEquals(first.bootstrapServers(), second.bootstrapServers());
            assertNotEquals(clusterId(first.bootstrapServers()), clusterId(second.bootstrapServers()));

            first.createTopics(Map.of("chat-messages", 1));
            second.createTopics(Map.of("chat-messages", 1));
            produceOne(first.bootstrapServers(), "chat-messages", "erster Broker: Grüße");
            produceOne(second.bootstrapServers(), "chat-messages", "второй брокер");

            assertEquals(List.of("erster Broker: Grüße"), values(first.bootstrapServers(), "chat-messages", 1));
            assertEquals(List.of("второй брокер"), values(second.bootstrapServers(), "chat-messages", 1));
        }
    }

    @Test
    void shouldListenOnGivenPortWhenPortIsFixed() throws Exception {
        int port = freePort();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(null, port)) {
            assertEquals("127.0.0.1:" + port, broker.bootstrapServers());

            // The CLI contract is `broker --port N` reachable as localhost:N.
            String localhost = "localhost:" + port;
            assertEquals(clusterId(broker.bootstrapServers()), clusterId(localhost));
        }
    }

    @Test
    void shouldFailWithBindExceptionWhenFixedPortIsTaken() throws Exception {
        try (ServerSocket occupied = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThrows(BindException.class, () -> EmbeddedKafkaBroker.start(null, occupied.getLocalPort()));
        }
    }

    @Test
    void shouldReleasePortAndAllowRepeatedCloseWhenClosed(@TempDir Path dataDir) throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0);
        int port = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().lastIndexOf(':') + 1));

        broker.close();
        assertDoesNotThrow(broker::close);

        Await.until(() -> canBind(port), Duration.ofSeconds(5), () -> "port " + port + " released");
        assertTrue(Files.exists(dataDir.resolve("kraft-combined-logs").resolve("meta.properties")),
            "a persistent data dir survives close");
        assertThrows(IllegalStateException.class, () -> broker.createTopics(Map.of("late", 1)));
    }

    @Test
    void shouldRetryWithOtherPortsWhenControllerPortIsTakenDuringStartup() throws Exception {
        List<String> faults = new CopyOnWriteArrayList<>();
        EmbeddedKafkaBroker.setFatalFaultHandler((halt, status, message) -> faults.add(halt + "/" + status));
        try (ServerSocket occupied = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            // Given the second port handed out (the controller's) is already bound elsewhere,
            // as when another process wins the race between choosing a port and binding it.
            AtomicInteger calls = new AtomicInteger();
            EmbeddedKafkaBroker.PortPicker clashOnce = () ->
                calls.incrementAndGet() == 2 ? occupied.getLocalPort() : freePort();

            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(null, 0, clashOnce)) {
                assertTrue(calls.get() >= 4, "a second pair of ports was picked");
                assertFalse(broker.hasFailed());
                assertEquals(List.of(), faults, "a failed start-up attempt is not a fatal fault");
                broker.createTopics(Map.of("chat-messages", 1));
            }
        } finally {
            EmbeddedKafkaBroker.setFatalFaultHandler(null);
        }
    }

    @Test
    void shouldKeepJvmAliveAndReportWhenKafkaRequestsHalt() throws Exception {
        List<String> faults = new CopyOnWriteArrayList<>();
        EmbeddedKafkaBroker.setFatalFaultHandler((halt, status, message) -> faults.add(halt + "/" + status + "/" + message));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(null, 0)) {
            assertFalse(broker.hasFailed());

            // What ProcessTerminatingFaultHandler and LogManager call on a fatal fault.
            Exit.halt(1, "simulated fatal fault");

            assertTrue(broker.hasFailed());
            assertEquals(List.of("true/1/simulated fatal fault"), faults);
        } finally {
            EmbeddedKafkaBroker.setFatalFaultHandler(null);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static KafkaProducer<String, String> transactionalProducer(String bootstrap, String transactionalId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static void produceOne(String bootstrap, String topic, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer =
                 new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> values(String bootstrap, String topic, int expected) {
        return TopicReader.readCommitted(bootstrap, topic, expected, WAIT).stream()
            .map(ConsumerRecord::value).toList();
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private static String clusterId(String bootstrap) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
