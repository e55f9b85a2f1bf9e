package io.chatdistress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness on a tiny workload: it must run end to end and report sane numbers. Not a
 * performance test: no figure is compared with a target here.
 */
class BenchHarnessIT {
    private static final Path EVAL_DIR = Path.of("..", "shared", "eval");

    @Test
    void shouldReportBothPipelinesWhenRunOnATinyWorkload() throws Exception {
        BenchHarness.Settings settings = new BenchHarness.Settings(2_000, 200, 1_000, 3, 1, 1,
                List.of(StreamsConfig.EXACTLY_ONCE_V2), 100, 3, EVAL_DIR, 0.5, 1.0, 5, 0, false, true, true, 7L);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BenchReport report = BenchHarness.run(settings, new PrintStream(log, true, StandardCharsets.UTF_8));

        String g = StreamsConfig.EXACTLY_ONCE_V2;
        assertEquals(2, report.throughputRuns().size());
        for (BenchReport.ThroughputRun r : report.throughputRuns()) {
            assertEquals(2_000, r.messages(), r.pipeline());
            assertTrue(r.messagesPerSecond() > 0, r.pipeline() + " throughput");
        }
        double ratio = report.throughputRatio(g).orElseThrow();
        double expected = report.throughput(BenchReport.SERVICE, g).orElseThrow()
                / report.throughput(BenchReport.BASELINE, g).orElseThrow();
        assertEquals(expected, ratio, 1e-9 * expected);

        assertEquals(2, report.latencyRuns().size());
        for (BenchReport.LatencyRun r : report.latencyRuns()) {
            assertTrue(r.sent() > 0, r.pipeline() + " sent nothing");
            assertTrue(r.p50() <= r.p99() && r.p99() <= r.p999() && r.p999() <= r.max(), r.toString());
            assertTrue(r.p50() >= 0, r.toString());
        }
        BenchReport.LatencyRun baseline = report.latencyRuns().stream()
                .filter(r -> r.pipeline().equals(BenchReport.BASELINE)).findFirst().orElseThrow();
        assertTrue(baseline.samples() > 0, "the baseline wrote no output in the latency run");
        if (Files.isRegularFile(EVAL_DIR.resolve(Workload.EVAL_FILE))) {
            // With labelled distress sessions in the mix the service escalates during the run.
            BenchReport.LatencyRun service = report.latencyRuns().stream()
                    .filter(r -> r.pipeline().equals(BenchReport.SERVICE)).findFirst().orElseThrow();
            assertTrue(service.samples() > 0, "the service escalated nothing in the latency run");
            assertTrue(report.p99Ratio(g).isPresent());
        }

        String md = report.toMarkdown();
        assertTrue(md.contains("| exactly_once_v2 | "), md);
        assertTrue(md.contains("service / baseline"), md);
    }

    @Test
    void shouldWarmBothPipelinesUpWhenOnlyLatencyIsMeasured() throws Exception {
        BenchHarness.Settings settings = new BenchHarness.Settings(1_000, 100, 1_000, 3, 1, 1,
                List.of(StreamsConfig.AT_LEAST_ONCE), 100, 3, EVAL_DIR, 0.5, 1.0, 5, 0, false, false, true, 11L);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BenchReport report = BenchHarness.run(settings, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertTrue(report.throughputRuns().isEmpty(), "the warm-up drains must not be reported as throughput runs");
        assertEquals(2, report.latencyRuns().size());
        String out = log.toString(StandardCharsets.UTF_8);
        for (String pipeline : List.of(BenchReport.BASELINE, BenchReport.SERVICE)) {
            assertTrue(out.matches("(?s).*warm-up \\(not reported\\) " + pipeline + " +1,000 messages.*"), out);
        }
        assertTrue(report.toMarkdown().contains("each pipeline first drained 1,000 messages"), report.toMarkdown());
    }
}
