package io.chatdistress.bench;

import io.chatdistress.app.AppConfig;
import io.chatdistress.app.Detector;
import io.chatdistress.app.EmbeddedKafkaBroker;
import io.chatdistress.app.TopicSetup;
import io.chatdistress.observability.Metrics;
import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.topology.Scoring;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Runs the benchmark: the service's production topology beside a baseline Kafka Streams application
 * that only parses and aggregates (see {@link BaselineTopology}), on one embedded broker in this JVM.
 *
 * <ol>
 *   <li>Throughput: N messages are preloaded once; each pipeline, under each processing guarantee
 *       and in each run, drains the topic from offset 0 with a fresh application id.</li>
 *   <li>Latency: each pipeline gets a fresh topic fed at a fixed rate, stamped with the send time;
 *       a read_committed consumer of the output measures input timestamp → visible output.</li>
 *   <li>Optionally, the state kept per open session, and the cold start of {@code demo}.</li>
 * </ol>
 *
 * Pipelines alternate which goes first from run to run so neither always meets a warmer JVM.
 */
public final class BenchHarness {
    /** Session-state and timer store names of the service topology (see its topology description). */
    static final String SESSION_STORE = "session-state";
    static final String TIMER_STORE = "silence-timers";
    /** Mean gap between two messages of one session in the preloaded workload. */
    private static final double SESSION_MESSAGE_GAP_MS = 20_000;
    /** After the last input, the output is taken as complete once it has been quiet this long. */
    private static final long QUIET_MS = 1_500;
    private static final Pattern RUNNING_LINE = Pattern.compile("Service RUNNING after ([0-9.]+) s");
    private static final Pattern ESCALATION_LINE = Pattern.compile("\\s(TRIGGER|UPDATE|RESOLVE)\\s");

    /**
     * @param guarantees          exactly_once_v2 and/or at_least_once
     * @param latencyEvalShare    share of evaluation sessions in the latency runs (more distress, more samples)
     * @param baselineOutputEvery the baseline writes one record per this many messages it processes
     * @param stateSessions       0 to skip; otherwise sessions for the state-per-session measurement
     */
    public record Settings(long messages, int sessions, int rate, int latencySeconds, int warmupSeconds, int runs,
            List<String> guarantees, long commitIntervalMs, int partitions, Path evalDir, double evalShare,
            double latencyEvalShare, int baselineOutputEvery, int stateSessions, boolean coldStart, boolean measureThroughput,
            boolean measureLatency, long seed, String scorer, Map<String, String> streamsOverrides) {
        /** With the real scorer. */
        public Settings(long messages, int sessions, int rate, int latencySeconds, int warmupSeconds, int runs,
                List<String> guarantees, long commitIntervalMs, int partitions, Path evalDir, double evalShare,
                double latencyEvalShare, int baselineOutputEvery, int stateSessions, boolean coldStart,
                boolean measureThroughput, boolean measureLatency, long seed) {
            this(messages, sessions, rate, latencySeconds, warmupSeconds, runs, guarantees, commitIntervalMs, partitions,
                    evalDir, evalShare, latencyEvalShare, baselineOutputEvery, stateSessions, coldStart, measureThroughput,
                    measureLatency, seed, ScorerStandIn.REAL, Map.of());
        }

        public Settings {
            streamsOverrides = Map.copyOf(streamsOverrides);
            if (!List.of(ScorerStandIn.REAL, ScorerStandIn.MEMO, ScorerStandIn.CONSTANT).contains(scorer)) {
                throw new IllegalArgumentException("unknown scorer: " + scorer);
            }
            guarantees = List.copyOf(guarantees);
            for (String g : guarantees) {
                if (!g.equals(StreamsConfig.EXACTLY_ONCE_V2) && !g.equals(StreamsConfig.AT_LEAST_ONCE)) {
                    throw new IllegalArgumentException("unknown processing guarantee: " + g);
                }
            }
            if (messages < 2 || sessions < 1 || rate < 1 || runs < 1 || partitions < 1 || latencySeconds <= warmupSeconds
                    || warmupSeconds < 0 || baselineOutputEvery < 1 || stateSessions < 0) {
                throw new IllegalArgumentException("benchmark settings out of range");
            }
        }
    }

    private final Settings settings;
    private final PrintStream log;
    private final MessageScorer scorer;
    /** What the service topology scores with: the real scorer unless a measurement-only stand-in was asked for. */
    private final Scoring scoring;
    private final Workload workload;
    private final Workload latencyWorkload;
    private final Path scratch;
    private int nonce;

    private BenchHarness(Settings settings, PrintStream log) throws IOException {
        this.settings = settings;
        this.log = log;
        this.scorer = MessageScorer.loadDefault();
        this.workload = Workload.load(settings.evalDir(), settings.evalShare(), settings.seed());
        this.latencyWorkload = Workload.load(settings.evalDir(), settings.latencyEvalShare(), settings.seed());
        this.scoring = ScorerStandIn.of(settings.scorer(), scorer, List.of(workload, latencyWorkload));
        this.scratch = Files.createTempDirectory("cdd-bench-");
    }

    /** Runs everything the settings ask for and returns the measurements. */
    public static BenchReport run(Settings settings, PrintStream log) throws IOException, InterruptedException {
        BenchHarness h = new BenchHarness(settings, log);
        try {
            return h.runAll();
        } finally {
            deleteRecursively(h.scratch);
        }
    }

    private BenchReport runAll() throws IOException, InterruptedException {
        BenchReport report = new BenchReport(settings, workload.describe() + "; latency runs: "
                + latencyWorkload.describe());
        log.println("Workload: " + workload.describe());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(scratch.resolve("broker"), 0)) {
            String bootstrap = broker.bootstrapServers();
            if (settings.measureThroughput()) {
                String input = "bench.preloaded.v1";
                long t0 = System.nanoTime();
                preload(bootstrap, input, settings.messages(), settings.sessions());
                log.printf(Locale.ROOT, "Preloaded %,d messages in %.1f s%n", settings.messages(),
                        (System.nanoTime() - t0) / 1e9);
                for (int run = 1; run <= settings.runs(); run++) {
                    for (String g : settings.guarantees()) {
                        for (String pipeline : order(run)) {
                            BenchReport.ThroughputRun r = throughputRun(bootstrap, input, pipeline, g, run);
                            report.add(r);
                            log.printf(Locale.ROOT, "throughput run %d %-15s %-8s %,10.0f msg/s  (%.1f s, %,d outputs, "
                                    + "%.1f CPU µs/msg)%n", run, g, pipeline, r.messagesPerSecond(), r.seconds(),
                                    r.outputs(), r.cpuMicrosPerMessage());
                        }
                    }
                }
            }
            if (settings.measureLatency()) {
                if (!settings.measureThroughput()) {
                    long warmed = warmUp(bootstrap);
                    report.note(String.format(Locale.ROOT, "No throughput run preceded the latency runs: each pipeline "
                            + "first drained %,d messages, unreported, to compile its code.", warmed));
                }
                for (int run = 1; run <= settings.runs(); run++) {
                    for (String g : settings.guarantees()) {
                        for (String pipeline : order(run)) {
                            BenchReport.LatencyRun r = latencyRun(bootstrap, pipeline, g, run);
                            report.add(r);
                            log.printf(Locale.ROOT, "latency run %d %-15s %-8s p50 %.0f p99 %.0f p99.9 %.0f max %.0f ms "
                                    + "(%,d samples, %,.0f msg/s sent)%n", run, g, pipeline, r.p50(), r.p99(), r.p999(),
                                    r.max(), r.samples(), r.achievedRate());
                        }
                    }
                }
            }
            if (settings.stateSessions() > 0) {
                BenchReport.StateRun s = stateRun(bootstrap, settings.stateSessions());
                report.add(s);
                log.printf(Locale.ROOT, "state: %,d sessions, %.0f logical B/session, %.0f SST B/session, "
                        + "%.0f changelog B/session%n", s.storeEntries(), s.logicalBytesPerSession(),
                        s.sstBytesPerSession(), s.changelogBytesPerSession());
            }
        }
        if (settings.coldStart()) {
            for (int run = 1; run <= settings.runs(); run++) {
                BenchReport.ColdStartRun c = coldStartRun(run);
                report.add(c);
                log.printf(Locale.ROOT, "cold start run %d: RUNNING after %.1f s, first escalation after %.1f s%n", run,
                        c.secondsToRunning(), c.secondsToFirstEscalation());
            }
        }
        if (workload.evalTemplates() == 0) {
            report.note("The evaluation sessions were not found; the workload was generated sessions only, so the "
                    + "service met almost no distress.");
        }
        return report;
    }

    private static List<String> order(int run) {
        return run % 2 == 1 ? List.of(BenchReport.BASELINE, BenchReport.SERVICE)
                : List.of(BenchReport.SERVICE, BenchReport.BASELINE);
    }

    // ------------------------------------------------------------------ throughput

    private void preload(String bootstrap, String topic, long messages, int sessions) throws InterruptedException {
        createTopics(bootstrap, List.of(topic));
        double step = SESSION_MESSAGE_GAP_MS / sessions;
        long base = System.currentTimeMillis() - (long) (messages * step);
        Workload.Generator gen = workload.generator(sessions, settings.seed(), false);
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(bulkProducer(bootstrap))) {
            for (long i = 0; i < messages; i++) {
                Workload.Message m = gen.next(base + (long) (i * step));
                producer.send(new ProducerRecord<>(topic, null, m.timestamp(), m.key().getBytes(StandardCharsets.UTF_8),
                        m.value()), (md, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("preloading failed", failure.get());
        }
    }

    /** Messages each pipeline drains, unreported, before latency runs that no throughput run preceded. */
    static final long WARM_UP_MESSAGES = 100_000;

    /**
     * Drains a preloaded topic once with each pipeline, so that latency runs measure compiled code:
     * a cold JVM runs the scorer several times slower for its first seconds, and a latency run
     * that starts cold reports that backlog as seconds of p99. The throughput runs do the same
     * when they come first.
     */
    private long warmUp(String bootstrap) throws InterruptedException {
        String input = "bench.warm-up.v1";
        long messages = Math.min(settings.messages(), WARM_UP_MESSAGES);
        preload(bootstrap, input, messages, settings.sessions());
        for (String pipeline : order(1)) {
            BenchReport.ThroughputRun r = throughputRun(bootstrap, input, messages, pipeline,
                    settings.guarantees().get(0), 0);
            log.printf(Locale.ROOT, "warm-up (not reported) %-8s %,d messages in %.1f s%n", pipeline, r.messages(),
                    r.seconds());
        }
        return messages;
    }

    private BenchReport.ThroughputRun throughputRun(String bootstrap, String input, String pipeline, String guarantee,
            int run) throws InterruptedException {
        return throughputRun(bootstrap, input, settings.messages(), pipeline, guarantee, run);
    }

    private BenchReport.ThroughputRun throughputRun(String bootstrap, String input, long messages, String pipeline,
            String guarantee, int run) throws InterruptedException {
        String id = appId(pipeline, guarantee, run);
        AppConfig config = config(bootstrap, id, input, guarantee, Map.of());
        TopicSetup.ensureTopics(config.clientProperties(), config);
        Progress progress = newProgress(pipeline);
        Topology topology = topology(pipeline, config, progress);
        long timeoutMs = 120_000 + messages / 2;
        long cpuBefore = processCpuNanos();
        try (Running app = Running.start(topology, config)) {
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (progress.processed() < messages) {
                app.checkHealthy();
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(pipeline + " processed only " + progress.processed() + " of "
                            + messages + " messages in " + timeoutMs / 1000 + " s");
                }
                Thread.sleep(20);
            }
        }
        long cpu = processCpuNanos() - cpuBefore;
        deleteRecursively(config.stateDir());
        return new BenchReport.ThroughputRun(pipeline, guarantee, run, progress.processed(), progress.throughput(),
                progress.seconds(), progress.outputs(), cpu / 1e3 / progress.processed());
    }

    // ------------------------------------------------------------------ latency

    private BenchReport.LatencyRun latencyRun(String bootstrap, String pipeline, String guarantee, int run)
            throws InterruptedException {
        String id = appId(pipeline, guarantee, run);
        String input = id + ".input";
        // No silence escalation can fall due within a run: every escalation measured is message-driven.
        AppConfig config = config(bootstrap, id, input, guarantee, Map.of("SILENCE_TIMEOUT", "PT10M"));
        createTopics(bootstrap, List.of(input));
        TopicSetup.ensureTopics(config.clientProperties(), config);
        Progress progress = newProgress(pipeline);
        Topology topology = topology(pipeline, config, progress);
        try (Running app = Running.start(topology, config);
                KafkaConsumer<byte[], byte[]> consumer = outputConsumer(bootstrap, config.topics().escalations())) {
            app.awaitRunning(Duration.ofSeconds(60));
            long total = (long) settings.rate() * settings.latencySeconds();
            long measureFrom = System.currentTimeMillis() + settings.warmupSeconds() * 1000L;
            RateProducer producer = new RateProducer(bootstrap, input, latencyWorkload.generator(settings.sessions(),
                    settings.seed() + run, false), settings.rate(), total);
            Thread sender = new Thread(producer, "bench-rate-producer");
            sender.start();
            LongList latencies = new LongList();
            long lastRecordAt = System.currentTimeMillis();
            while (true) {
                var records = consumer.poll(Duration.ofMillis(20));
                long now = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    if (r.timestamp() >= measureFrom) {
                        latencies.add(now - r.timestamp());
                    }
                    lastRecordAt = now;
                }
                app.checkHealthy();
                if (!sender.isAlive() && now - Math.max(lastRecordAt, producer.finishedAt()) > QUIET_MS) {
                    break;
                }
            }
            sender.join();
            if (producer.failure() != null) {
                throw new IllegalStateException("the rate producer failed", producer.failure());
            }
            app.close();
            deleteRecursively(config.stateDir());
            long[] sorted = latencies.sorted();
            return new BenchReport.LatencyRun(pipeline, guarantee, run, producer.sent(), producer.achievedRate(),
                    sorted.length, BenchReport.percentile(sorted, 50), BenchReport.percentile(sorted, 99),
                    BenchReport.percentile(sorted, 99.9), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        }
    }

    private static KafkaConsumer<byte[], byte[]> outputConsumer(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = List.of();
        long deadline = System.currentTimeMillis() + 30_000;
        // A topic created a moment ago may not be in the metadata yet: partitionsFor then returns nothing.
        while (parts.isEmpty()) {
            parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            if (parts.isEmpty()) {
                if (System.currentTimeMillis() > deadline) {
                    c.close();
                    throw new IllegalStateException("no partitions for " + topic);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    c.close();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
        c.assign(parts);
        c.seekToEnd(parts);
        parts.forEach(c::position);
        return c;
    }

    /** Sends generated messages at a fixed rate, each stamped with its send time. */
    private static final class RateProducer implements Runnable {
        private final String bootstrap;
        private final String topic;
        private final Workload.Generator generator;
        private final int rate;
        private final long total;
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private volatile long sent;
        private volatile long startedAt;
        private volatile long finishedAt = Long.MAX_VALUE / 2;

        RateProducer(String bootstrap, String topic, Workload.Generator generator, int rate, long total) {
            this.bootstrap = bootstrap;
            this.topic = topic;
            this.generator = generator;
            this.rate = rate;
            this.total = total;
        }

        @Override
        public void run() {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                long intervalNanos = 1_000_000_000L / rate;
                long t0 = System.nanoTime();
                startedAt = System.currentTimeMillis();
                for (long i = 0; i < total && failure.get() == null; i++) {
                    long due = t0 + i * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    Workload.Message m = generator.next(System.currentTimeMillis());
                    producer.send(new ProducerRecord<>(topic, null, m.timestamp(),
                            m.key().getBytes(StandardCharsets.UTF_8), m.value()), (md, e) -> {
                                if (e != null) {
                                    failure.compareAndSet(null, e);
                                }
                            });
                    sent = i + 1;
                }
                producer.flush();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                finishedAt = System.currentTimeMillis();
            }
        }

        long sent() {
            return sent;
        }

        long finishedAt() {
            return finishedAt;
        }

        double achievedRate() {
            long span = finishedAt - startedAt;
            return span <= 0 ? 0 : sent * 1000.0 / span;
        }

        Exception failure() {
            return failure.get();
        }
    }

    // ------------------------------------------------------------------ state per session

    private BenchReport.StateRun stateRun(String bootstrap, int sessions) throws InterruptedException {
        String id = appId("state", StreamsConfig.AT_LEAST_ONCE, 1);
        String input = id + ".input";
        long messages = 2L * sessions;
        // Every session stays open: the gap is longer than the workload's time span.
        AppConfig config = config(bootstrap, id, input, StreamsConfig.AT_LEAST_ONCE, Map.of("SESSION_GAP", "PT24H"));
        createTopics(bootstrap, List.of(input));
        TopicSetup.ensureTopics(config.clientProperties(), config);
        Workload.Generator gen = workload.generator(sessions, settings.seed(), true);
        long base = System.currentTimeMillis() - 600_000;
        double step = 600_000.0 / messages;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(bulkProducer(bootstrap))) {
            for (long i = 0; i < messages; i++) {
                Workload.Message m = gen.next(base + (long) (i * step));
                producer.send(new ProducerRecord<>(input, null, m.timestamp(), m.key().getBytes(StandardCharsets.UTF_8),
                        m.value()));
            }
            producer.flush();
        }
        Progress progress = newProgress(BenchReport.SERVICE);
        Topology topology = topology(BenchReport.SERVICE, config, progress);
        long entries = 0;
        long logical = 0;
        long timerEntries = 0;
        long timerLogical = 0;
        Running app = Running.start(topology, config);
        try {
            long deadline = System.currentTimeMillis() + 600_000;
            while (progress.processed() < messages) {
                app.checkHealthy();
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("state run did not finish in time");
                }
                Thread.sleep(50);
            }
            ReadOnlyKeyValueStore<String, byte[]> states = app.streams.store(StoreQueryParameters.fromNameAndType(
                    SESSION_STORE, QueryableStoreTypes.<String, byte[]>keyValueStore()));
            try (KeyValueIterator<String, byte[]> it = states.all()) {
                while (it.hasNext()) {
                    KeyValue<String, byte[]> kv = it.next();
                    entries++;
                    logical += kv.key.getBytes(StandardCharsets.UTF_8).length + kv.value.length;
                }
            }
            ReadOnlyKeyValueStore<String, Long> timers = app.streams.store(StoreQueryParameters.fromNameAndType(
                    TIMER_STORE, QueryableStoreTypes.<String, Long>keyValueStore()));
            try (KeyValueIterator<String, Long> it = timers.all()) {
                while (it.hasNext()) {
                    timerEntries++;
                    timerLogical += it.next().key.getBytes(StandardCharsets.UTF_8).length + Long.BYTES;
                }
            }
        } finally {
            app.close(); // flushes the memtables: the SST files then hold everything
        }
        long sst = sizeOfFiles(app.stateDir, SESSION_STORE, ".sst") + sizeOfFiles(app.stateDir, TIMER_STORE, ".sst");
        long changelog = changelogBytes(bootstrap, id);
        deleteRecursively(app.stateDir);
        return new BenchReport.StateRun(gen.sessionsStarted(), messages, entries, logical, timerEntries, timerLogical,
                sst, changelog);
    }

    private static long changelogBytes(String bootstrap, String appId) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(p)) {
            long total = 0;
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(List.of(1)).allDescriptions()
                    .get(30, TimeUnit.SECONDS).values()) {
                for (LogDirDescription d : dirs.values()) {
                    for (Map.Entry<TopicPartition, ReplicaInfo> e : d.replicaInfos().entrySet()) {
                        String t = e.getKey().topic();
                        if (t.startsWith(appId + "-") && t.endsWith("-changelog")
                                && (t.contains(SESSION_STORE) || t.contains(TIMER_STORE))) {
                            total += e.getValue().size();
                        }
                    }
                }
            }
            return total;
        } catch (Exception e) {
            return -1;
        }
    }

    // ------------------------------------------------------------------ cold start

    private BenchReport.ColdStartRun coldStartRun(int run) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory(scratch, "cold-start-");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), "io.chatdistress.app.Main", "demo");
        pb.environment().put("HTTP_PORT", "0");
        pb.environment().put("STATE_DIR", tmp.resolve("state").toString());
        pb.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
        pb.redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        double running = -1;
        double first = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = RUNNING_LINE.matcher(line);
                if (m.find()) {
                    running = (System.nanoTime() - start) / 1e9;
                }
                if (ESCALATION_LINE.matcher(line).find()) {
                    first = (System.nanoTime() - start) / 1e9;
                    break;
                }
                if ((System.nanoTime() - start) > TimeUnit.MINUTES.toNanos(3)) {
                    break;
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            deleteRecursively(tmp);
        }
        if (first < 0) {
            throw new IllegalStateException("demo printed no escalation");
        }
        return new BenchReport.ColdStartRun(run, running, first);
    }

    // ------------------------------------------------------------------ plumbing

    private String appId(String pipeline, String guarantee, int run) {
        return String.format(Locale.ROOT, "bench-%s-%s-%d-%d", pipeline, guarantee.replace('_', '-'), run, ++nonce);
    }

    private AppConfig config(String bootstrap, String appId, String input, String guarantee, Map<String, String> extra)
            throws InterruptedException {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("APPLICATION_ID", appId);
        env.put("INPUT_TOPIC", input);
        env.put("ESCALATION_TOPIC", appId + ".output");
        env.put("DLQ_TOPIC", appId + ".dlq");
        env.put("PROCESSING_GUARANTEE", guarantee);
        env.put("COMMIT_INTERVAL_MS", Long.toString(settings.commitIntervalMs()));
        env.put("TOPIC_PARTITIONS", Integer.toString(settings.partitions()));
        env.put("POD_NAME", "bench");
        try {
            env.put("STATE_DIR", Files.createTempDirectory(scratch, "state-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Measurement only: Kafka client/Streams settings for both pipelines, as the service reads them (KAFKA_*).
        settings.streamsOverrides().forEach((k, v) -> env.put("KAFKA_" + k.toUpperCase(Locale.ROOT).replace('.', '_'), v));
        env.putAll(extra);
        return AppConfig.fromEnv(env);
    }

    /** Input topics of the benchmark keep everything: the broker's default size cap must not eat the preload. */
    private void createTopics(String bootstrap, List<String> topics) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, settings.partitions(), (short) 1)
                    .configs(Map.of("retention.ms", "-1", "retention.bytes", "-1"))).toList())
                    .all().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create the benchmark topics", e);
        }
    }

    private static Progress newProgress(String pipeline) {
        return pipeline.equals(BenchReport.SERVICE)
                ? new Progress(new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)))
                : new Progress(io.chatdistress.topology.DetectorMetrics.NONE);
    }

    private Topology topology(String pipeline, AppConfig config, Progress progress) {
        if (pipeline.equals(BenchReport.SERVICE) && !settings.scorer().equals(ScorerStandIn.REAL)) {
            return ScorerStandIn.serviceTopology(config, scoring, progress);
        }
        return pipeline.equals(BenchReport.SERVICE) ? Detector.topology(config, scorer, progress)
                : BaselineTopology.build(config.topics().input(), config.topics().escalations(),
                        settings.baselineOutputEvery(), progress);
    }

    private static Properties bulkProducer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    /** A started Kafka Streams application with its own state directory. */
    private static final class Running implements AutoCloseable {
        final KafkaStreams streams;
        final Path stateDir;
        private final AtomicReference<Throwable> error = new AtomicReference<>();
        private final AtomicBoolean closed = new AtomicBoolean();

        private Running(KafkaStreams streams, Path stateDir) {
            this.streams = streams;
            this.stateDir = stateDir;
        }

        static Running start(Topology topology, AppConfig config) {
            KafkaStreams streams = new KafkaStreams(topology, config.streamsProperties());
            Running r = new Running(streams, config.stateDir());
            streams.setUncaughtExceptionHandler(e -> {
                r.error.compareAndSet(null, e);
                return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                        .SHUTDOWN_CLIENT;
            });
            streams.start();
            return r;
        }

        void checkHealthy() {
            if (error.get() != null) {
                throw new IllegalStateException("the stream thread failed", error.get());
            }
            KafkaStreams.State s = streams.state();
            if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("Kafka Streams stopped: " + s);
            }
        }

        void awaitRunning(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (streams.state() != KafkaStreams.State.RUNNING) {
                checkHealthy();
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka Streams did not reach RUNNING");
                }
                Thread.sleep(20);
            }
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                streams.close(new KafkaStreams.CloseOptions().timeout(Duration.ofSeconds(60)));
            }
        }
    }

    /** A growable list of primitive longs. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] sorted() {
            long[] out = java.util.Arrays.copyOf(values, size);
            java.util.Arrays.sort(out);
            return out;
        }
    }

    static long sizeOfFiles(Path root, String storeDirName, String suffix) {
        long[] total = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path parent = file.getParent();
                    if (parent != null && parent.getFileName() != null
                            && parent.getFileName().toString().equals(storeDirName)
                            && file.getFileName().toString().endsWith(suffix)) {
                        total[0] += attrs.size();
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total[0];
    }

    static void deleteRecursively(Path root) {
        try {
            io.chatdistress.app.FileTrees.deleteRecursively(root);
        } catch (IOException e) {
            // best effort: a scratch directory left behind in /tmp is harmless
        }
    }

    static List<String> parseGuarantees(String spec) {
        List<String> out = new ArrayList<>();
        for (String s : spec.split(",")) {
            String g = s.strip().toLowerCase(Locale.ROOT);
            if (g.equals("both")) {
                out.add(StreamsConfig.EXACTLY_ONCE_V2);
                out.add(StreamsConfig.AT_LEAST_ONCE);
            } else if (g.equals("eos") || g.equals(StreamsConfig.EXACTLY_ONCE_V2)) {
                out.add(StreamsConfig.EXACTLY_ONCE_V2);
            } else if (g.equals("alos") || g.equals(StreamsConfig.AT_LEAST_ONCE)) {
                out.add(StreamsConfig.AT_LEAST_ONCE);
            } else {
                throw new IllegalArgumentException("unknown processing guarantee: " + s);
            }
        }
        return out.stream().distinct().toList();
    }
}
