package io.chatdistress.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: measures the cost of detection on top of Kafka itself, the service's topology beside
 * a baseline Streams application that only parses and aggregates, in one run on one embedded broker.
 * See docs/PERFORMANCE.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the service against a parse-and-aggregate Kafka Streams baseline on an embedded "
                + "broker: throughput under each processing guarantee, latency at a fixed rate, optionally state per "
                + "session and the cold start of `demo`. Writes a Markdown report.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--messages", defaultValue = "1000000",
            description = "Messages preloaded for the throughput runs (default ${DEFAULT-VALUE}).")
    long messages;

    @Option(names = "--sessions", defaultValue = "10000",
            description = "Concurrent open sessions in the workload (default ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--rate", defaultValue = "5000",
            description = "Messages per second in the latency runs (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--latency-seconds", defaultValue = "60",
            description = "Length of each latency run, warm-up included (default ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--warmup-seconds", defaultValue = "10",
            description = "Start of each latency run not counted (default ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--runs", defaultValue = "3", description = "Repetitions; the report gives medians (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--guarantee", defaultValue = "both",
            description = "exactly_once_v2, at_least_once or both (default ${DEFAULT-VALUE}).")
    String guarantee;

    @Option(names = "--commit-interval-ms", defaultValue = "100",
            description = "commit.interval.ms of both pipelines (default ${DEFAULT-VALUE}, the service's default).")
    long commitIntervalMs;

    @Option(names = "--partitions", defaultValue = "3", description = "Input topic partitions (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--eval-dir", defaultValue = "../shared/eval",
            description = "Directory with dev.sessions.jsonl, mixed into the workload when present (default ${DEFAULT-VALUE}).")
    Path evalDir;

    @Option(names = "--eval-share", defaultValue = "0.5",
            description = "Share of sessions taken from the evaluation set (default ${DEFAULT-VALUE}).")
    double evalShare;

    @Option(names = "--latency-eval-share", defaultValue = "1.0",
            description = "Share of evaluation sessions in the latency runs: more distress, more escalations to time "
                    + "(default ${DEFAULT-VALUE}).")
    double latencyEvalShare;

    @Option(names = "--baseline-output-every", defaultValue = "20",
            description = "The baseline writes one output record per N-th message it processes (default ${DEFAULT-VALUE}).")
    int baselineOutputEvery;

    @Option(names = "--state-sessions", defaultValue = "0",
            description = "Also measure state bytes per open session with this many sessions (e.g. 1000000; 0 = skip).")
    int stateSessions;

    @Option(names = "--cold-start", description = "Also time a fresh JVM running `demo` to its first escalation.")
    boolean coldStart;

    @Option(names = "--no-throughput", description = "Skip the throughput runs.")
    boolean noThroughput;

    @Option(names = "--no-latency", description = "Skip the latency runs.")
    boolean noLatency;

    @Option(names = "--seed", defaultValue = "20260621", description = "Workload seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scorer", defaultValue = "real", hidden = true,
            description = "Measurement only: real (default), memo (the real scorer's results for the workload's lines, "
                    + "computed before the run and looked up by text) or constant (an empty score, nothing escalates). "
                    + "Isolates what the service costs besides scoring.")
    String scorer;

    @Option(names = "--streams-config", hidden = true,
            description = "Measurement only: a Kafka Streams or client setting KEY=VALUE for both pipelines (repeatable), "
                    + "passed as the service would read it from KAFKA_* variables.")
    java.util.Map<String, String> streamsConfig = new java.util.LinkedHashMap<>();

    @Option(names = "--output", description = "Write the Markdown report here (default: print it).")
    Path output;

    @Override
    public Integer call() throws Exception {
        BenchHarness.Settings settings = new BenchHarness.Settings(messages, sessions, rate, latencySeconds,
                warmupSeconds, runs, BenchHarness.parseGuarantees(guarantee), commitIntervalMs, partitions, evalDir,
                evalShare, latencyEvalShare, baselineOutputEvery, stateSessions, coldStart, !noThroughput, !noLatency, seed,
                scorer, streamsConfig);
        PrintStream out = System.out;
        BenchReport report = BenchHarness.run(settings, out);
        String md = report.toMarkdown();
        if (output != null) {
            Files.writeString(output, md, StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "Report written to %s%n", output);
        } else {
            out.println();
            out.print(md);
        }
        return 0;
    }
}
