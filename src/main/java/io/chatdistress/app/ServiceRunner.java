package io.chatdistress.app;

import io.chatdistress.observability.HttpEndpoints;
import io.chatdistress.observability.Metrics;
import io.chatdistress.scoring.MessageScorer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the service: the embedded broker when no bootstrap servers are configured, topics, the
 * Streams application, metrics and health endpoints, and an orderly shutdown.
 */
public final class ServiceRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceRunner.class);

    private final AppConfig config;
    private final EmbeddedKafkaBroker broker;
    private final KafkaStreams streams;
    private final HttpEndpoints http;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreamsMetrics streamsMetrics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Canary canary;
    private volatile boolean unexpectedStop;

    private ServiceRunner(AppConfig config, EmbeddedKafkaBroker broker, MessageScorer scorer) throws IOException {
        this.broker = broker;
        this.config = broker == null ? config : config.withBootstrapServers(broker.bootstrapServers());
        TopicSetup.ensureTopics(this.config.clientProperties(), this.config);
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        Metrics metrics = new Metrics(registry);
        Topology topology = Detector.topology(this.config, scorer, metrics);
        LOG.info("Topology:\n{}", topology.describe());
        streams = new KafkaStreams(topology, this.config.streamsProperties());
        streams.setStateListener((now, before) -> {
            LOG.info("Kafka Streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.ERROR || (now == KafkaStreams.State.NOT_RUNNING && !closing)) {
                unexpectedStop = now == KafkaStreams.State.ERROR;
                stopped.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread failed ({}); replacing it", e.getClass().getName());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        http = new HttpEndpoints(this.config.httpBindAddress(), this.config.httpPort(), registry,
                () -> !unexpectedStop && streams.state() != KafkaStreams.State.ERROR
                        && (broker == null || !broker.hasFailed()),
                () -> streams.state() == KafkaStreams.State.RUNNING);
    }

    private volatile boolean closing;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Starts a service; with no bootstrap servers configured, on a new embedded broker. */
    public static ServiceRunner start(AppConfig config) throws IOException {
        // Loading the models takes a second or two: do it while the broker starts.
        java.util.concurrent.CompletableFuture<MessageScorer> scorer =
                java.util.concurrent.CompletableFuture.supplyAsync(MessageScorer::loadDefault);
        EmbeddedKafkaBroker broker = null;
        if (config.bootstrapServers() == null) {
            LOG.info("KAFKA_BOOTSTRAP_SERVERS is not set: starting an embedded single-node Kafka broker");
            broker = EmbeddedKafkaBroker.start(null, 0);
        }
        ServiceRunner[] self = new ServiceRunner[1];
        // Kafka asks to halt the JVM on a fatal broker fault: stop the service instead, non-zero.
        EmbeddedKafkaBroker.setFatalFaultHandler((halt, status, message) -> {
            if (self[0] != null) {
                self[0].unexpectedStop = true;
                self[0].stopped.countDown();
            }
        });
        try {
            ServiceRunner runner = new ServiceRunner(config, broker, scorer.join());
            self[0] = runner;
            runner.streams.start();
            if (runner.config.canaryEnabled()) {
                runner.canary = new Canary(runner.config, runner.registry);
            }
            LOG.info("chat-distress-detector started: bootstrap {}, input {}, escalations {}, HTTP port {}",
                    runner.config.bootstrapServers(), runner.config.topics().input(),
                    runner.config.topics().escalations(), runner.http.port());
            return runner;
        } catch (IOException | RuntimeException e) {
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
    }

    public AppConfig config() {
        return config;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public int httpPort() {
        return http.port();
    }

    public boolean awaitRunning(long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.currentTimeMillis() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** Blocks until the application stops on its own; true if it stopped in error. */
    public boolean awaitStop() throws InterruptedException {
        stopped.await();
        return unexpectedStop;
    }

    public boolean failed() {
        return unexpectedStop;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing = true;
        if (canary != null) {
            canary.close();
        }
        // A dynamic member that leaves the group hands its sessions over at once instead of after
        // the session timeout; a static member (StatefulSet pod) stays so its restart is quiet.
        boolean clean = streams.close(org.apache.kafka.streams.CloseOptions.timeout(config.closeTimeout())
                .withGroupMembershipOperation(config.staticMembership()
                        ? org.apache.kafka.streams.CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP
                        : org.apache.kafka.streams.CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        if (!clean) {
            LOG.warn("Kafka Streams did not close within {}", config.closeTimeout());
        }
        streamsMetrics.close();
        http.close();
        registry.close();
        if (broker != null) {
            broker.close();
        }
        stopped.countDown();
        LOG.info("chat-distress-detector stopped");
    }
}
