package io.chatdistress.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatdistress.app.EmbeddedKafkaBroker;
import io.chatdistress.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service jar in its own JVM against a broker in the test JVM: killed with SIGKILL mid-load,
 * stopped with SIGTERM mid-load, killed while a silence timer is pending. After each restart the
 * escalation topic must hold exactly the expected escalations, none twice.
 */
class ServiceProcessIT {
    private static final Duration READY = Duration.ofSeconds(90);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    private static EmbeddedKafkaBroker broker;

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

    private Map<String, String> env(String app, String pod) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("APPLICATION_ID", app);
        env.put("INPUT_TOPIC", app + ".in");
        env.put("ESCALATION_TOPIC", app + ".out");
        env.put("DLQ_TOPIC", app + ".dlq");
        env.put("STATE_DIR", tmp.resolve("state-" + pod).toString());
        env.put("POD_NAME", pod);
        // As the Helm chart's StatefulSet runs it: a restarted pod takes its old place in the group at
        // once instead of waiting for the dead member's session to time out (45 s by default).
        env.put("STATIC_MEMBERSHIP", "true");
        // No silence timers in the load tests: their events would depend on how long a test ran.
        env.put("SILENCE_TIMEOUT", "PT1H");
        return env;
    }

    @Test
    void shouldPublishEachEscalationExactlyOnceWhenTheServiceIsKilledMidLoad() throws Exception {
        String app = "kill9";
        List<Chats.Chat> chats = Chats.generate("kill", 3000, System.currentTimeMillis());
        List<Chats.Line> first = Chats.firstParts(chats);
        List<Chats.Line> second = Chats.secondParts(chats);
        List<String> expected = Chats.distressIds(chats);
        long committedAtKill;
        long endAtKill;
        try (ServiceProcess a = ServiceProcess.start("kill9-a", env(app, "a"), tmp.resolve("logs")).awaitReady(READY);
                Admin admin = Clients.admin(broker.bootstrapServers())) {
            // Given the first parts on their way in
            CompletableFuture<Void> load = CompletableFuture.runAsync(
                    () -> Clients.send(broker.bootstrapServers(), app + ".in", first));
            // When the service is killed once a third of them is committed
            Await.until(() -> Clients.committed(admin, app, app + ".in") >= first.size() / 3, CATCH_UP,
                    () -> "a third of the first part committed");
            a.kill();
            committedAtKill = Clients.committed(admin, app, app + ".in");
            endAtKill = Clients.endOffsets(admin, app + ".in");
            load.get();
        }
        assertTrue(committedAtKill < first.size(), "the kill did not land mid-load: all " + first.size()
                + " records were already committed");
        int eventsBeforeRestart = Clients.readAll(broker.bootstrapServers(), app + ".out", CATCH_UP).size();

        // Then a restarted service on the same state directory finishes the job
        try (ServiceProcess b = ServiceProcess.start("kill9-b", env(app, "a"), tmp.resolve("logs")).awaitReady(READY)) {
            Clients.send(broker.bootstrapServers(), app + ".in", second);
            Clients.awaitCaughtUp(broker.bootstrapServers(), app, app + ".in", CATCH_UP);
            List<ConsumerRecord<String, String>> records = Clients.readAll(broker.bootstrapServers(), app + ".out", CATCH_UP);
            Outcome o = Outcome.of(records, expected);
            String figures = o.figures(first.size() + second.size(), expected.size())
                    + String.format(Locale.ROOT, "; killed with %d of %d sent (%d in total) committed; %d events "
                            + "before the restart", committedAtKill, endAtKill, first.size(), eventsBeforeRestart);
            System.out.println("[reliability] kill -9: " + figures);
            assertEquals(expected, o.triggeredOnce(), figures);
            assertEquals(expected.size(), o.events(), figures);
            assertEquals(List.of(), o.unexpected(), figures);
            assertEquals(0, o.duplicateIds(), figures);
        }
    }

    @Test
    void shouldExitCleanlyWithinTheCloseTimeoutWhenTerminatedMidLoad() throws Exception {
        String app = "sigterm";
        Duration closeTimeout = Duration.ofSeconds(10);
        Duration margin = Duration.ofSeconds(5);
        List<Chats.Chat> chats = Chats.generate("term", 2000, System.currentTimeMillis());
        List<Chats.Line> all = chats.stream().flatMap(c -> c.all().stream()).toList();
        List<String> expected = Chats.distressIds(chats);
        Map<String, String> env = env(app, "t");
        env.put("CLOSE_TIMEOUT", "PT" + closeTimeout.toSeconds() + "S");
        long exitMillis;
        int exitCode;
        long committedAtTerm;
        try (ServiceProcess a = ServiceProcess.start("sigterm-a", env, tmp.resolve("logs")).awaitReady(READY);
                Admin admin = Clients.admin(broker.bootstrapServers())) {
            CompletableFuture<Void> load = CompletableFuture.runAsync(
                    () -> Clients.send(broker.bootstrapServers(), app + ".in", all));
            Await.until(() -> Clients.committed(admin, app, app + ".in") >= all.size() / 4, CATCH_UP,
                    () -> "a quarter of the load committed");
            long start = System.nanoTime();
            exitCode = a.terminate(closeTimeout.plus(margin).plusSeconds(30));
            exitMillis = (System.nanoTime() - start) / 1_000_000;
            committedAtTerm = Clients.committed(admin, app, app + ".in");
            load.get();
            System.out.printf(Locale.ROOT, "[reliability] SIGTERM: exit code %d after %d ms (close timeout %d ms), "
                    + "%d of %d records committed%n", exitCode, exitMillis, closeTimeout.toMillis(), committedAtTerm,
                    all.size());
            assertTrue(exitMillis < closeTimeout.plus(margin).toMillis(),
                    "exit took " + exitMillis + " ms\n" + a.tail());
            assertEquals(0, exitCode, "exit code after SIGTERM\n" + a.tail());
        } finally {
            // A second instance finishes the load: nothing lost, nothing doubled by the stop.
            try (ServiceProcess b = ServiceProcess.start("sigterm-b", env, tmp.resolve("logs")).awaitReady(READY)) {
                Clients.awaitCaughtUp(broker.bootstrapServers(), app, app + ".in", CATCH_UP);
                Outcome o = Outcome.of(Clients.readAll(broker.bootstrapServers(), app + ".out", CATCH_UP), expected);
                String figures = o.figures(all.size(), expected.size());
                System.out.println("[reliability] SIGTERM then restart: " + figures);
                assertEquals(expected, o.triggeredOnce(), figures);
                assertEquals(expected.size(), o.events(), figures);
                assertEquals(0, o.duplicateIds(), figures);
            }
        }
    }

    @Test
    void shouldFireAPendingSilenceEscalationExactlyOnceWhenTheServiceRestarts() throws Exception {
        String app = "silence";
        Map<String, String> env = env(app, "s");
        Duration silence = Duration.ofSeconds(20);
        env.put("SILENCE_TIMEOUT", "PT" + silence.toSeconds() + "S");
        env.put("PUNCTUATE_INTERVAL", "PT1S");
        // Two mash messages: enough for an escalation once the customer stays silent, not before.
        long now = System.currentTimeMillis();
        String session = "silence-ñ-1";
        List<Chats.Line> lines = List.of(
                new Chats.Line(session, session + "-m0", "CUSTOMER", "Hallo, ich möchte meine Bestellung ändern", now - 2000),
                new Chats.Line(session, session + "-m1", "CUSTOMER", "hjjjjjjjjjjjjjjjjjjjjkl", now - 1000),
                new Chats.Line(session, session + "-m2", "CUSTOMER", "fgjkdlsñ vbnmcxhgfd", now));
        try (ServiceProcess a = ServiceProcess.start("silence-a", env, tmp.resolve("logs")).awaitReady(READY)) {
            Clients.send(broker.bootstrapServers(), app + ".in", lines);
            Clients.awaitCaughtUp(broker.bootstrapServers(), app, app + ".in", CATCH_UP);
            a.kill();
        }
        long killedAt = System.currentTimeMillis();
        int before = Clients.readAll(broker.bootstrapServers(), app + ".out", CATCH_UP).size();
        assertTrue(killedAt < now + silence.toMillis(), "the service was not killed before the deadline");
        assertEquals(0, before, "an escalation before the silence deadline");

        try (ServiceProcess b = ServiceProcess.start("silence-b", env, tmp.resolve("logs")).awaitReady(READY)) {
            Await.until(() -> Clients.readAll(broker.bootstrapServers(), app + ".out", CATCH_UP).size() >= 1,
                    silence.plus(CATCH_UP), () -> "the silence escalation after the restart");
            long seenAt = System.currentTimeMillis();
            // Let the restarted punctuator run a few more times: a timer that survived twice would fire again.
            double punctuations = b.metric("kafka_stream_thread_punctuate_total");
            Await.until(() -> b.metric("kafka_stream_thread_punctuate_total") >= punctuations + 3, CATCH_UP,
                    () -> "three more punctuations");
            List<ConsumerRecord<String, String>> records = Clients.readAll(broker.bootstrapServers(), app + ".out", CATCH_UP);
            System.out.printf(Locale.ROOT, "[reliability] silence timer across kill -9: %d event(s) before restart, "
                    + "%d after; seen %d ms after the deadline%n", before, records.size(),
                    seenAt - (now + silence.toMillis()));
            assertEquals(1, records.size(), Clients.values(records).toString());
            JsonNode data = Outcome.parse(records.get(0).value()).path("data");
            assertEquals("trigger", data.path("action").asText());
            assertEquals(session, data.path("sessionId").asText());
            assertTrue(data.path("reasons").toString().contains("silence-after-signal"), data.toString());
        }
    }
}
