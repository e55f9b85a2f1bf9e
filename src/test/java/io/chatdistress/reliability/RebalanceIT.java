package io.chatdistress.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.app.AppConfig;
import io.chatdistress.app.EmbeddedKafkaBroker;
import io.chatdistress.app.ServiceRunner;
import io.chatdistress.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several service instances in one consumer group (in this JVM, each with its own state directory):
 * partitions and their session state move between instances, and the escalations must not notice.
 */
class RebalanceIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** The consumer default, which the service does not change. */
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(45);
    private static EmbeddedKafkaBroker broker;
    private final List<ServiceRunner> running = new ArrayList<>();

    @TempDir
    Path tmp;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.start(null, 0);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void stopInstances() {
        running.forEach(ServiceRunner::close);
    }

    private ServiceRunner start(String app, String pod, boolean staticMember) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("APPLICATION_ID", app);
        env.put("INPUT_TOPIC", app + ".in");
        env.put("ESCALATION_TOPIC", app + ".out");
        env.put("DLQ_TOPIC", app + ".dlq");
        env.put("STATE_DIR", tmp.resolve("state-" + pod).toString());
        env.put("HTTP_PORT", "0");
        env.put("POD_NAME", pod);
        env.put("STATIC_MEMBERSHIP", Boolean.toString(staticMember));
        env.put("SILENCE_TIMEOUT", "PT1H");
        ServiceRunner runner = ServiceRunner.start(AppConfig.fromEnv(env));
        running.add(runner);
        assertTrue(runner.awaitRunning(TIMEOUT.toMillis()), pod + " did not reach RUNNING");
        return runner;
    }

    private void stop(ServiceRunner runner) {
        runner.close();
        running.remove(runner);
    }

    @Test
    void shouldPublishEachEscalationExactlyOnceWhenOneInstanceLeavesAndAnotherJoins() throws Exception {
        String app = "rebalance";
        String in = app + ".in";
        List<Chats.Chat> x = Chats.generate("rebalance-x", 800, System.currentTimeMillis());
        List<Chats.Chat> y = Chats.generate("rebalance-y", 800, System.currentTimeMillis());
        List<String> expected = new ArrayList<>(Chats.distressIds(x));
        expected.addAll(Chats.distressIds(y));
        expected.sort(null);

        ServiceRunner a = start(app, "a", false);
        ServiceRunner b = start(app, "b", false);
        Await.until(() -> !activeTasks(a).isEmpty() && !activeTasks(b).isEmpty(), TIMEOUT, () -> "both instances own tasks");
        Clients.send(broker.bootstrapServers(), in, Chats.firstParts(x));
        Clients.awaitCaughtUp(broker.bootstrapServers(), app, in, TIMEOUT);
        Set<String> tasksOfA = activeTasks(a);

        // One leaves: its partitions, and the state of the sessions on them, move to the other
        long leaveStart = System.nanoTime();
        stop(a);
        List<Chats.Line> middle = new ArrayList<>(Chats.secondParts(x));
        middle.addAll(Chats.firstParts(y));
        Clients.send(broker.bootstrapServers(), in, middle);
        Clients.awaitCaughtUp(broker.bootstrapServers(), app, in, TIMEOUT);
        long takeoverMillis = (System.nanoTime() - leaveStart) / 1_000_000;

        // One joins: some partitions move to it
        ServiceRunner c = start(app, "c", false);
        Await.until(() -> !activeTasks(c).isEmpty() && !activeTasks(b).isEmpty(), TIMEOUT, () -> "b and c own tasks");
        Clients.send(broker.bootstrapServers(), in, Chats.secondParts(y));
        Clients.awaitCaughtUp(broker.bootstrapServers(), app, in, TIMEOUT);

        Outcome o = Outcome.of(Clients.readAll(broker.bootstrapServers(), app + ".out", TIMEOUT), expected);
        int sent = x.stream().mapToInt(s -> s.all().size()).sum() + y.stream().mapToInt(s -> s.all().size()).sum();
        String figures = o.figures(sent, expected.size()) + String.format(Locale.ROOT,
                "; a owned %s before leaving; everything sent after a left was committed %d ms after it left; "
                        + "c owns %s", tasksOfA, takeoverMillis, activeTasks(c));
        System.out.println("[reliability] leave and join: " + figures);
        assertEquals(expected, o.triggeredOnce(), figures);
        assertEquals(expected.size(), o.events(), figures);
        assertEquals(List.of(), o.unexpected(), figures);
        assertEquals(0, o.duplicateIds(), figures);
        // A graceful leave must hand its partitions over at once. Without a LeaveGroup request the
        // coordinator waits for the member's session to expire (session.timeout.ms, 45 s), and
        // the escalations of a third of all chats wait with it.
        assertTrue(takeoverMillis < SESSION_TIMEOUT.toMillis() / 2, "the partitions of the instance that left "
                + "were idle for " + takeoverMillis + " ms (session timeout " + SESSION_TIMEOUT.toMillis() + " ms)");
    }

    @Test
    void shouldNotRebalanceWhenAStaticMemberRestartsWithinTheSessionTimeout() throws Exception {
        String app = "static";
        String in = app + ".in";
        List<Chats.Chat> chats = Chats.generate("static", 800, System.currentTimeMillis());
        List<String> expected = Chats.distressIds(chats);

        ServiceRunner a = start(app, "static-a", true);
        ServiceRunner b = start(app, "static-b", true);
        Await.until(() -> !activeTasks(a).isEmpty() && !activeTasks(b).isEmpty(), TIMEOUT, () -> "both instances own tasks");
        Clients.send(broker.bootstrapServers(), in, Chats.firstParts(chats));
        Clients.awaitCaughtUp(broker.bootstrapServers(), app, in, TIMEOUT);
        Set<String> tasksOfA = activeTasks(a);
        Set<String> tasksOfB = activeTasks(b);
        double joinsOfA = coordinatorMetric(a, "join-total");

        // b restarts with the same instance id (a StatefulSet pod restart) and the same state directory
        long restartStart = System.nanoTime();
        stop(b);
        ServiceRunner b2 = start(app, "static-b", true);
        Await.until(() -> !activeTasks(b2).isEmpty(), TIMEOUT, () -> "the restarted b owns tasks");
        Clients.send(broker.bootstrapServers(), in, Chats.secondParts(chats));
        Clients.awaitCaughtUp(broker.bootstrapServers(), app, in, TIMEOUT);
        long restartMillis = (System.nanoTime() - restartStart) / 1_000_000;

        Outcome o = Outcome.of(Clients.readAll(broker.bootstrapServers(), app + ".out", TIMEOUT), expected);
        String figures = o.figures(chats.stream().mapToInt(s -> s.all().size()).sum(), expected.size())
                + String.format(Locale.ROOT, "; a joined %.0f times before and %.0f after b's restart; a owned %s, then %s;"
                        + " b owned %s, then %s; restart to caught up %d ms", joinsOfA, coordinatorMetric(a, "join-total"),
                tasksOfA, activeTasks(a), tasksOfB, activeTasks(b2), restartMillis);
        System.out.println("[reliability] static member restart: " + figures);
        assertFalse(Double.isNaN(joinsOfA), "no join-total metric");
        assertEquals(joinsOfA, coordinatorMetric(a, "join-total"), "a rejoined the group: " + figures);
        assertEquals(tasksOfA, activeTasks(a), figures);
        assertEquals(tasksOfB, activeTasks(b2), figures);
        assertEquals(expected, o.triggeredOnce(), figures);
        assertEquals(expected.size(), o.events(), figures);
        assertEquals(0, o.duplicateIds(), figures);
    }

    private static Set<String> activeTasks(ServiceRunner runner) {
        Set<String> tasks = new TreeSet<>();
        if (runner.streams().state() != KafkaStreams.State.RUNNING) {
            return tasks;
        }
        for (ThreadMetadata t : runner.streams().metadataForLocalThreads()) {
            t.activeTasks().forEach(task -> tasks.add(task.taskId().toString()));
        }
        return tasks;
    }

    /** A classic-protocol group coordinator metric of the instance's main consumer. */
    private static double coordinatorMetric(ServiceRunner runner, String name) {
        double sum = Double.NaN;
        for (Map.Entry<MetricName, ? extends Metric> e : runner.streams().metrics().entrySet()) {
            MetricName m = e.getKey();
            if (m.name().equals(name) && m.group().equals("consumer-coordinator-metrics")
                    && m.tags().getOrDefault("client-id", "").endsWith("-consumer")
                    && !m.tags().getOrDefault("client-id", "").endsWith("restore-consumer")) {
                double v = ((Number) e.getValue().metricValue()).doubleValue();
                sum = Double.isNaN(sum) ? v : sum + v;
            }
        }
        return sum;
    }
}
