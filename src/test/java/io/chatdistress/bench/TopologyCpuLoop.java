package io.chatdistress.bench;

import io.chatdistress.app.AppConfig;
import io.chatdistress.observability.Metrics;
import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.topology.DetectorMetrics;
import io.chatdistress.topology.Scoring;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * Measurement tool, not a test: drives the production topology (production Micrometer metrics) through
 * a TopologyTestDriver with the benchmark's workload and reports the CPU time of the calling thread
 * per message. Everything runs on that one thread, so the figure is the stream thread's per-message
 * cost without the broker and clients. With {@code --dump FILE} every output record (topic, key,
 * timestamp, value) is written to FILE, for byte-for-byte comparisons between two builds.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) io.chatdistress.bench.TopologyCpuLoop \
 *     --messages 200000 --scorer memo --rounds 3 [--dump out.bin]
 * </pre>
 */
public final class TopologyCpuLoop {
    private TopologyCpuLoop() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        long messages = Long.parseLong(opt.getOrDefault("messages", "200000"));
        int sessions = Integer.parseInt(opt.getOrDefault("sessions", "10000"));
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "3"));
        String mode = opt.getOrDefault("scorer", ScorerStandIn.MEMO);
        String dump = opt.get("dump");
        boolean baseline = opt.getOrDefault("pipeline", "service").equals("baseline");
        boolean prometheus = !opt.getOrDefault("metrics", "prometheus").equals("none");
        long seed = Long.parseLong(opt.getOrDefault("seed", "20260621"));

        Workload workload = Workload.load(Path.of(opt.getOrDefault("eval-dir", "../shared/eval")), 0.5, seed);
        MessageScorer real = MessageScorer.loadDefault();
        long t0 = System.nanoTime();
        Scoring scoring = ScorerStandIn.of(mode, real, List.of(workload));
        System.out.printf(Locale.ROOT, "scorer %s ready in %.1f s%n", mode, (System.nanoTime() - t0) / 1e9);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        for (int round = 0; round < rounds; round++) {
            AppConfig config = AppConfig.fromEnv(Map.of());
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "cpu-loop");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            Path stateDir = Files.createTempDirectory("cdd-cpu-loop-");
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            if (opt.containsKey("max-task-idle-ms")) {
                props.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, opt.get("max-task-idle-ms"));
            }
            DetectorMetrics metrics = prometheus ? new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                    : DetectorMetrics.NONE;
            Instant start = Instant.parse("2026-03-01T10:00:00Z");
            long base = start.toEpochMilli();
            double step = 20_000.0 / sessions;
            Workload.Generator gen = workload.generator(sessions, seed, false);
            long outputs = 0;
            try (TopologyTestDriver driver = new TopologyTestDriver(
                            baseline ? BaselineTopology.build(config.topics().input(), config.topics().escalations(), 20,
                                    new Progress(DetectorMetrics.NONE))
                                    : ScorerStandIn.serviceTopology(config, scoring, metrics), props, start);
                    DataOutputStream out = dump == null || round > 0 ? null
                            : new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(dump))))) {
                TestInputTopic<byte[], byte[]> in = driver.createInputTopic(config.topics().input(),
                        new ByteArraySerializer(), new ByteArraySerializer());
                TestOutputTopic<String, byte[]> esc = driver.createOutputTopic(config.topics().escalations(),
                        new StringDeserializer(), new ByteArrayDeserializer());
                TestOutputTopic<String, byte[]> dlq = driver.createOutputTopic(config.topics().deadLetters(),
                        new StringDeserializer(), new ByteArrayDeserializer());
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                long wallMs = base;
                for (long i = 0; i < messages; i++) {
                    long ts = base + (long) (i * step);
                    Workload.Message m = gen.next(ts);
                    // The wall clock follows event time, so the punctuators run as in a live service.
                    if (ts - wallMs >= 1000) {
                        driver.advanceWallClockTime(Duration.ofMillis(ts - wallMs));
                        wallMs = ts;
                    }
                    in.pipeInput(new TestRecord<>(m.key().getBytes(StandardCharsets.UTF_8), m.value(), null, ts));
                    if ((i & 1023) == 1023) {
                        outputs += drain(esc, out, "E") + drain(dlq, out, "D");
                    }
                }
                outputs += drain(esc, out, "E") + drain(dlq, out, "D");
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                long wall = System.nanoTime() - wall0;
                System.out.printf(Locale.ROOT, "%s round %d: %d msgs, %d outputs, thread CPU %.2f us/msg, wall %.2f us/msg%n",
                        baseline ? "baseline" : "service/" + mode, round, messages, outputs, cpu / 1e3 / messages, wall / 1e3 / messages);
            }
            BenchHarness.deleteRecursively(stateDir);
        }
    }

    private static long drain(TestOutputTopic<String, byte[]> topic, DataOutputStream out, String tag) throws IOException {
        long n = 0;
        for (TestRecord<String, byte[]> r : topic.readRecordsToList()) {
            n++;
            if (out != null) {
                out.writeUTF(tag);
                out.writeUTF(r.key() == null ? "<null>" : r.key());
                out.writeLong(r.timestamp());
                out.writeInt(r.value().length);
                out.write(r.value());
            }
        }
        return n;
    }
}
