package io.chatdistress.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/** What one {@code bench} invocation measured, and its Markdown rendering. */
public final class BenchReport {
    public static final String BASELINE = "baseline";
    public static final String SERVICE = "service";

    /** One pipeline draining the preloaded topic. */
    public record ThroughputRun(String pipeline, String guarantee, int run, long messages, double messagesPerSecond,
            double seconds, long outputs, double cpuMicrosPerMessage) {
    }

    /** One pipeline fed at a fixed rate; latencies in milliseconds from input timestamp to output visible. */
    public record LatencyRun(String pipeline, String guarantee, int run, long sent, double achievedRate, long samples,
            double p50, double p99, double p999, double max) {
    }

    /** State kept for open sessions after {@code messages} messages of {@code sessions} sessions. */
    public record StateRun(long sessions, long messages, long storeEntries, long logicalBytes, long timerEntries,
            long timerLogicalBytes, long sstBytes, long changelogBytes) {
        public double logicalBytesPerSession() {
            return storeEntries == 0 ? 0 : (double) (logicalBytes + timerLogicalBytes) / storeEntries;
        }

        public double sstBytesPerSession() {
            return storeEntries == 0 ? 0 : (double) sstBytes / storeEntries;
        }

        public double changelogBytesPerSession() {
            return storeEntries == 0 ? 0 : (double) changelogBytes / storeEntries;
        }
    }

    /** A fresh JVM running {@code demo}: seconds from process start to RUNNING and to the first escalation. */
    public record ColdStartRun(int run, double secondsToRunning, double secondsToFirstEscalation) {
    }

    private final BenchHarness.Settings settings;
    private final String workload;
    private final List<ThroughputRun> throughput = new ArrayList<>();
    private final List<LatencyRun> latency = new ArrayList<>();
    private final List<StateRun> state = new ArrayList<>();
    private final List<ColdStartRun> coldStart = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String loadAtStart = loadAverage();

    BenchReport(BenchHarness.Settings settings, String workload) {
        this.settings = settings;
        this.workload = workload;
    }

    void add(ThroughputRun r) {
        throughput.add(r);
    }

    void add(LatencyRun r) {
        latency.add(r);
    }

    void add(StateRun r) {
        state.add(r);
    }

    void add(ColdStartRun r) {
        coldStart.add(r);
    }

    void note(String note) {
        notes.add(note);
    }

    public List<ThroughputRun> throughputRuns() {
        return List.copyOf(throughput);
    }

    public List<LatencyRun> latencyRuns() {
        return List.copyOf(latency);
    }

    public List<StateRun> stateRuns() {
        return List.copyOf(state);
    }

    public List<ColdStartRun> coldStartRuns() {
        return List.copyOf(coldStart);
    }

    /** Median messages/s of a pipeline under a guarantee over all runs; empty when not measured. */
    public OptionalDouble throughput(String pipeline, String guarantee) {
        return median(throughput.stream().filter(r -> r.pipeline().equals(pipeline) && r.guarantee().equals(guarantee))
                .mapToDouble(ThroughputRun::messagesPerSecond).toArray());
    }

    /** Median over runs of (service / baseline) measured in the same run. */
    public OptionalDouble throughputRatio(String guarantee) {
        List<Double> ratios = new ArrayList<>();
        for (ThroughputRun s : throughput) {
            if (!s.pipeline().equals(SERVICE) || !s.guarantee().equals(guarantee)) {
                continue;
            }
            throughput.stream()
                    .filter(b -> b.pipeline().equals(BASELINE) && b.guarantee().equals(guarantee) && b.run() == s.run()
                            && b.messagesPerSecond() > 0)
                    .findFirst()
                    .ifPresent(b -> ratios.add(s.messagesPerSecond() / b.messagesPerSecond()));
        }
        return median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public OptionalDouble latency(String pipeline, String guarantee, ToDoubleFunction<LatencyRun> percentile) {
        return median(latency.stream().filter(r -> r.pipeline().equals(pipeline) && r.guarantee().equals(guarantee))
                .mapToDouble(percentile).toArray());
    }

    /** Median over runs of (service p99 / baseline p99) measured in the same run. */
    public OptionalDouble p99Ratio(String guarantee) {
        List<Double> ratios = new ArrayList<>();
        for (LatencyRun s : latency) {
            if (!s.pipeline().equals(SERVICE) || !s.guarantee().equals(guarantee)) {
                continue;
            }
            latency.stream()
                    .filter(b -> b.pipeline().equals(BASELINE) && b.guarantee().equals(guarantee) && b.run() == s.run()
                            && b.p99() > 0)
                    .findFirst()
                    .ifPresent(b -> ratios.add(s.p99() / b.p99()));
        }
        return median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static OptionalDouble median(double[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return OptionalDouble.of(n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# chat-distress-detector benchmark\n\n");
        md.append("## Machine and settings\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "CPU", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available to the JVM");
        row(md, "Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        row(md, "JVM flags", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        row(md, "OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        row(md, "Load average (1/5/15 min)", "at start " + loadAtStart + ", at end " + loadAverage()
                + " (other processes on the machine skew absolute figures; compare ratios within a run)");
        row(md, "Broker", "embedded single-node KRaft broker in the same JVM (`EmbeddedKafkaBroker`), "
                + settings.partitions() + " input partitions, 1 stream thread per application");
        row(md, "Workload", workload);
        row(md, "Throughput", String.format(Locale.ROOT, "%,d preloaded messages, %,d concurrent sessions, drained "
                + "from offset 0; messages/s from the first processed record to the last", settings.messages(),
                settings.sessions()));
        row(md, "Latency", String.format(Locale.ROOT, "%,d msg/s for %d s (first %d s discarded as warm-up), input "
                + "record timestamp → output record visible to a read_committed consumer", settings.rate(),
                settings.latencySeconds(), settings.warmupSeconds()));
        row(md, "Streams", "the service's own client settings (`AppConfig.streamsProperties()`: producer linger.ms=5, "
                + "lz4, consumer read_committed) for both pipelines; commit.interval.ms=" + settings.commitIntervalMs());
        row(md, "Baseline output", "one record per " + settings.baselineOutputEvery() + "th message it processes");
        row(md, "Runs", Integer.toString(settings.runs()));
        if (!settings.streamsOverrides().isEmpty()) {
            row(md, "Streams overrides", "both pipelines, measurement only: " + settings.streamsOverrides());
        }
        if (!settings.scorer().equals(ScorerStandIn.REAL)) {
            row(md, "Scorer", "**measurement-only stand-in `" + settings.scorer() + "`**: the service's figures leave "
                    + "out the cost of scoring");
        }
        md.append('\n');

        if (!throughput.isEmpty()) {
            md.append("## Throughput (median of runs)\n\n");
            md.append("| guarantee | baseline msg/s | service msg/s | service / baseline | baseline CPU µs/msg | "
                    + "service CPU µs/msg |\n|---|---:|---:|---:|---:|---:|\n");
            for (String g : settings.guarantees()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", g,
                        fmt(throughput(BASELINE, g), "%,.0f"), fmt(throughput(SERVICE, g), "%,.0f"),
                        fmt(throughputRatio(g), "%.2f"),
                        fmt(median(cpu(BASELINE, g)), "%.1f"), fmt(median(cpu(SERVICE, g)), "%.1f")));
            }
            md.append('\n');
        }
        if (!latency.isEmpty()) {
            md.append("## Latency at a fixed rate, ms (median of runs)\n\n");
            md.append("| guarantee | pipeline | p50 | p99 | p99.9 | max | samples/run | p99 service / baseline |\n"
                    + "|---|---|---:|---:|---:|---:|---:|---:|\n");
            for (String g : settings.guarantees()) {
                for (String p : List.of(BASELINE, SERVICE)) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", g, p,
                            fmt(latency(p, g, LatencyRun::p50), "%.0f"), fmt(latency(p, g, LatencyRun::p99), "%.0f"),
                            fmt(latency(p, g, LatencyRun::p999), "%.0f"), fmt(latency(p, g, LatencyRun::max), "%.0f"),
                            fmt(latency(p, g, r -> r.samples()), "%,.0f"),
                            p.equals(SERVICE) ? fmt(p99Ratio(g), "%.2f") : ""));
                }
            }
            md.append('\n');
        }
        if (!state.isEmpty()) {
            md.append("## State per open session\n\n");
            md.append("| sessions in store | messages | logical bytes/session (key + value, both stores) | "
                    + "RocksDB SST bytes/session after close | changelog bytes/session |\n|---:|---:|---:|---:|---:|\n");
            for (StateRun s : state) {
                md.append(String.format(Locale.ROOT, "| %,d | %,d | %.0f | %.0f | %.0f |%n", s.storeEntries(), s.messages(),
                        s.logicalBytesPerSession(), s.sstBytesPerSession(), s.changelogBytesPerSession()));
            }
            md.append('\n');
        }
        if (!coldStart.isEmpty()) {
            md.append("## Cold start of `demo` (fresh JVM)\n\n| run | s to RUNNING | s to first escalation |\n|---:|---:|---:|\n");
            for (ColdStartRun c : coldStart) {
                md.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f |%n", c.run(), c.secondsToRunning(),
                        c.secondsToFirstEscalation()));
            }
            md.append('\n');
        }
        md.append("## All runs\n\n");
        if (!throughput.isEmpty()) {
            md.append("| run | guarantee | pipeline | msg/s | s | outputs | CPU µs/msg |\n|---:|---|---|---:|---:|---:|---:|\n");
            for (ThroughputRun r : throughput) {
                md.append(String.format(Locale.ROOT, "| %d | %s | %s | %,.0f | %.1f | %,d | %.1f |%n", r.run(), r.guarantee(),
                        r.pipeline(), r.messagesPerSecond(), r.seconds(), r.outputs(), r.cpuMicrosPerMessage()));
            }
            md.append('\n');
        }
        if (!latency.isEmpty()) {
            md.append("| run | guarantee | pipeline | sent | rate | samples | p50 | p99 | p99.9 | max |\n"
                    + "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (LatencyRun r : latency) {
                md.append(String.format(Locale.ROOT, "| %d | %s | %s | %,d | %,.0f | %,d | %.0f | %.0f | %.0f | %.0f |%n",
                        r.run(), r.guarantee(), r.pipeline(), r.sent(), r.achievedRate(), r.samples(), r.p50(), r.p99(),
                        r.p999(), r.max()));
            }
            md.append('\n');
        }
        for (String n : notes) {
            md.append("- ").append(n).append('\n');
        }
        return md.toString();
    }

    private double[] cpu(String pipeline, String guarantee) {
        return throughput.stream().filter(r -> r.pipeline().equals(pipeline) && r.guarantee().equals(guarantee))
                .mapToDouble(ThroughputRun::cpuMicrosPerMessage).toArray();
    }

    private static void row(StringBuilder md, String k, String v) {
        md.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n");
    }

    private static String fmt(OptionalDouble v, String format) {
        return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : "–";
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }
}
