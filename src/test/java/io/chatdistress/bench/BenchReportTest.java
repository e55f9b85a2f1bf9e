package io.chatdistress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    @ParameterizedTest
    @CsvSource({"50, 5", "99, 10", "99.9, 10", "10, 1", "0, 1"})
    void shouldUseNearestRankWhenTakingPercentiles(double p, double expected) {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(expected, BenchReport.percentile(sorted, p));
    }

    @Test
    void shouldReturnZeroWhenThereAreNoSamples() {
        assertEquals(0, BenchReport.percentile(new long[0], 99));
    }

    @Test
    void shouldTakeTheMiddleWhenComputingMedians() {
        assertEquals(2.0, BenchReport.median(new double[] {3, 1, 2}).orElseThrow());
        assertEquals(2.5, BenchReport.median(new double[] {4, 1, 3, 2}).orElseThrow());
        assertFalse(BenchReport.median(new double[0]).isPresent());
    }

    @Test
    void shouldPairRunsWhenComputingTheServiceToBaselineRatio() {
        BenchReport r = new BenchReport(settings(), "test workload, ünïcödé");
        r.add(new BenchReport.ThroughputRun(BenchReport.BASELINE, "exactly_once_v2", 1, 10, 100, 1, 0, 1));
        r.add(new BenchReport.ThroughputRun(BenchReport.SERVICE, "exactly_once_v2", 1, 10, 90, 1, 0, 1));
        r.add(new BenchReport.ThroughputRun(BenchReport.BASELINE, "exactly_once_v2", 2, 10, 200, 1, 0, 1));
        r.add(new BenchReport.ThroughputRun(BenchReport.SERVICE, "exactly_once_v2", 2, 10, 100, 1, 0, 1));
        r.add(new BenchReport.ThroughputRun(BenchReport.BASELINE, "exactly_once_v2", 3, 10, 100, 1, 0, 1));
        r.add(new BenchReport.ThroughputRun(BenchReport.SERVICE, "exactly_once_v2", 3, 10, 80, 1, 0, 1));
        // Ratios per run: 0.9, 0.5, 0.8 -> median 0.8 (not the ratio of the medians, 90 / 100).
        assertEquals(0.8, r.throughputRatio("exactly_once_v2").orElseThrow(), 1e-12);
        assertFalse(r.throughputRatio("at_least_once").isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"both; 2", "eos; 1", "at_least_once; 1", "exactly_once_v2,at_least_once; 2"})
    void shouldAcceptGuaranteeSpellingsWhenParsingTheOption(String spec, int expected) {
        assertEquals(expected, BenchHarness.parseGuarantees(spec).size());
    }

    @Test
    void shouldRejectUnknownGuaranteesWhenParsingTheOption() {
        assertThrows(IllegalArgumentException.class, () -> BenchHarness.parseGuarantees("exactly_once_v3"));
    }

    private static BenchHarness.Settings settings() {
        return new BenchHarness.Settings(100, 10, 10, 2, 1, 3, List.of("exactly_once_v2"), 100, 3, Path.of("nowhere"),
                0.5, 1.0, 10, 0, false, true, true, 1L);
    }
}
