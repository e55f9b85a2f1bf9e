package io.chatdistress.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.app.AppConfig;
import io.chatdistress.app.ServiceRunner;
import io.chatdistress.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A three-broker cluster (one separate controller; a combined three-node quorum never elected a
 * controller on these machines) with replication factor 3 and min.insync.replicas 2 for every
 * topic, internal ones included. The broker that is the transaction coordinator of the service's
 * producer (and leads partitions of the input, changelog and output topics) is shut down while the
 * service works through a load, the service must commit more input with two brokers, then the
 * broker comes back; the escalation topic must end with exactly the expected escalations.
 *
 * <p>The input is sent in three steps so that every wait has work behind it: the first parts of
 * two thirds of the sessions before the bounce, the first parts of the other third once the broker
 * is down, the second parts of all sessions once it is back in sync. An earlier version sent all
 * first parts up front and then waited for "more committed input" while the broker was down; when
 * the service had already committed every record by the time the shutdown finished, that wait
 * could never succeed and timed out after 120 s (docs/RELIABILITY.md, finding 5).
 */
class BrokerBounceIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    @Test
    void shouldPublishEachEscalationExactlyOnceWhenABrokerBouncesMidStream() throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(false).setNumControllerNodes(1)
                .setNumBrokerNodes(3).setBaseDirectory(tmp.resolve("cluster")).build();
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("default.replication.factor", "3")
                .setConfigProp("min.insync.replicas", "2")
                .setConfigProp("offsets.topic.replication.factor", "3")
                .setConfigProp("offsets.topic.num.partitions", "3")
                .setConfigProp("transaction.state.log.replication.factor", "3")
                .setConfigProp("transaction.state.log.min.isr", "2")
                .setConfigProp("transaction.state.log.num.partitions", "3")
                .setConfigProp("unclean.leader.election.enable", "false")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .build()) {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String bootstrap = cluster.bootstrapServers();
            String app = "bounce";
            String input = app + ".in";
            Map<String, String> env = new HashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            env.put("APPLICATION_ID", app);
            env.put("INPUT_TOPIC", input);
            env.put("ESCALATION_TOPIC", app + ".out");
            env.put("DLQ_TOPIC", app + ".dlq");
            env.put("STATE_DIR", tmp.resolve("state").toString());
            env.put("HTTP_PORT", "0");
            env.put("POD_NAME", "bounce-1");
            env.put("SILENCE_TIMEOUT", "PT1H");

            List<Chats.Chat> chats = Chats.generate("bounce", 1500, System.currentTimeMillis());
            List<Chats.Line> beforeBounce = Chats.firstParts(chats.subList(0, 1000));
            List<Chats.Line> whileDown = Chats.firstParts(chats.subList(1000, chats.size()));
            List<Chats.Line> second = Chats.secondParts(chats);
            int firstParts = beforeBounce.size() + whileDown.size();
            List<String> expected = Chats.distressIds(chats);
            try (ServiceRunner service = ServiceRunner.start(AppConfig.fromEnv(env));
                    Admin admin = Clients.admin(bootstrap)) {
                assertTrue(service.awaitRunning(TIMEOUT.toMillis()), "Kafka Streams did not reach RUNNING");
                TopicDescription in = admin.describeTopics(List.of(input)).allTopicNames()
                        .get(30, TimeUnit.SECONDS).get(input);
                assertEquals(3, in.partitions().get(0).replicas().size(), "replication factor of the input topic");
                int victim = transactionCoordinator(admin, app);
                String roles = roles(admin, victim);

                // Given a load on its way through the service
                CompletableFuture<Void> load = CompletableFuture.runAsync(() -> Clients.send(bootstrap, input, beforeBounce));
                Await.until(() -> Clients.committed(admin, app, input) >= beforeBounce.size() / 4, TIMEOUT,
                        () -> "a quarter of the first load committed; " + state(admin, service, app, firstParts));
                // When the transaction coordinator goes down (a controlled shutdown, as in a rolling restart) ...
                BrokerServer broker = cluster.brokers().get(victim);
                long committedBeforeShutdown = Clients.committed(admin, app, input);
                long bounceStart = System.nanoTime();
                broker.shutdown();
                broker.awaitShutdown();
                long committedAtShutdown = Clients.committed(admin, app, input);
                // ... new sessions arrive and the service commits all of them on the two brokers left ...
                Clients.send(bootstrap, input, whileDown);
                load.get();
                Await.until(() -> Clients.committed(admin, app, input) >= firstParts, TIMEOUT,
                        () -> "every first part committed with broker " + victim + " down; "
                                + state(admin, service, app, firstParts));
                long downMillis = (System.nanoTime() - bounceStart) / 1_000_000;
                // ... and the broker comes back and catches up on every partition, internal ones too
                broker.startup();
                String[] lagging = {""};
                Await.until(() -> (lagging[0] = underReplicated(admin)).isEmpty(), TIMEOUT,
                        () -> "broker " + victim + " back in sync; under-replicated: " + lagging[0]);
                long bounceMillis = (System.nanoTime() - bounceStart) / 1_000_000;
                Clients.send(bootstrap, input, second);

                // Then every expected escalation is there, once
                Clients.awaitCaughtUp(bootstrap, app, input, TIMEOUT);
                Outcome o = Outcome.of(Clients.readAll(bootstrap, app + ".out", TIMEOUT), expected);
                String figures = o.figures(firstParts + second.size(), expected.size()) + String.format(Locale.ROOT,
                        "; broker %d (%s) shut down with %d of %d first-load records committed (%d when it was "
                                + "down), %d first parts committed with it down after %d ms, back in sync after %d ms;"
                                + " service state %s",
                        victim, roles, committedBeforeShutdown, beforeBounce.size(), committedAtShutdown, firstParts,
                        downMillis, bounceMillis, service.streams().state());
                System.out.println("[reliability] broker bounce: " + figures);
                assertTrue(committedBeforeShutdown < beforeBounce.size(), "the bounce did not land mid-stream: " + figures);
                assertEquals(expected, o.triggeredOnce(), figures);
                assertEquals(expected.size(), o.events(), figures);
                assertEquals(List.of(), o.unexpected(), figures);
                assertEquals(0, o.duplicateIds(), figures);
                assertEquals("RUNNING", service.streams().state().name(), figures);
            }
        }
    }

    /** The broker coordinating the transactions of the service's (only) stream thread producer. */
    private static int transactionCoordinator(Admin admin, String app) {
        int[] coordinator = {-1};
        Await.until(() -> {
            try {
                Optional<String> id = admin.listTransactions().all().get(30, TimeUnit.SECONDS).stream()
                        .map(TransactionListing::transactionalId).filter(t -> t.startsWith(app + "-")).findFirst();
                if (id.isEmpty()) {
                    return false;
                }
                coordinator[0] = admin.describeTransactions(List.of(id.get())).all().get(30, TimeUnit.SECONDS)
                        .get(id.get()).coordinatorId();
                return true;
            } catch (ExecutionException | TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }, TIMEOUT, () -> "the transaction coordinator of " + app);
        return coordinator[0];
    }

    /** What the broker leads besides the transactions, for the figures. */
    private static String roles(Admin admin, int broker) throws Exception {
        Map<String, List<Integer>> led = new java.util.TreeMap<>();
        for (TopicDescription t : describeAll(admin)) {
            List<Integer> partitions = t.partitions().stream()
                    .filter(p -> p.leader() != null && p.leader().id() == broker)
                    .map(TopicPartitionInfo::partition).toList();
            if (!partitions.isEmpty()) {
                led.put(t.name(), partitions);
            }
        }
        return "transaction coordinator, leader of " + led;
    }

    /** Partitions whose in-sync replicas are fewer than their replicas, over every topic; empty when none. */
    private static String underReplicated(Admin admin) {
        try {
            return describeAll(admin).stream()
                    .flatMap(t -> t.partitions().stream().filter(p -> p.isr().size() < p.replicas().size())
                            .map(p -> t.name() + "-" + p.partition()))
                    .sorted().collect(Collectors.joining(", "));
        } catch (ExecutionException | TimeoutException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Collection<TopicDescription> describeAll(Admin admin)
            throws ExecutionException, InterruptedException, TimeoutException {
        var names = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(30, TimeUnit.SECONDS);
        return admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS).values();
    }

    /** For failure messages: how far the service got and what its stream threads are doing. */
    private static String state(Admin admin, ServiceRunner service, String app, int sent) {
        List<String> threads = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith(app + "-") && thread.getName().contains("StreamThread")) {
                threads.add(thread.getName() + " " + thread.getState() + " at "
                        + java.util.Arrays.stream(stack).limit(12).map(String::valueOf)
                                .collect(Collectors.joining(" <- ")));
            }
        });
        return String.format(Locale.ROOT, "committed %d input records (%d first parts in all); Kafka Streams %s; "
                        + "under-replicated: [%s]; %s", Clients.committed(admin, app, app + ".in"), sent,
                service.streams().state(), underReplicated(admin), threads);
    }
}
