package io.chatdistress.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chatdistress.scoring.MessageScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service's decisions on the labelled dev sessions (../shared/eval, not shipped with the
 * project), counted as FORMAT.md says. Skipped where the data is absent.
 */
class DevSetEvaluationTest {
    static final Path DEV_SESSIONS = Path.of("../shared/eval/dev.sessions.jsonl");
    private static List<SessionFile.Session> sessions;
    private static List<OfflineEvaluator.Decision> decisions;
    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        assumeTrue(Files.exists(DEV_SESSIONS), "shared/eval is not beside the project");
        sessions = SessionFile.read(DEV_SESSIONS);
        decisions = new OfflineEvaluator(AppConfig.defaults(), MessageScorer.loadDefault()).evaluate(sessions);
        report = new EvaluationReport(sessions, decisions);
        System.out.println(report.toMarkdown());
    }

    @Test
    void shouldDecideOncePerSessionInInputOrder() {
        assertEquals(sessions.size(), decisions.size());
        for (int i = 0; i < sessions.size(); i++) {
            assertEquals(sessions.get(i).sessionId(), decisions.get(i).sessionId());
        }
    }

    @Test
    void shouldCatchDistressInTimeWithFewFalseAlarms() {
        var c = report.overall();
        String figures = String.format(Locale.ROOT, "timely recall %.3f, premature %.3f, false-positive rate %.3f",
                c.timelyRecall(), c.prematureRate(), c.falsePositiveRate());
        assertTrue(c.timelyRecall() >= 0.90, figures);
        assertTrue(c.falsePositiveRate() <= 0.03, figures);
        assertTrue(c.prematureRate() <= 0.02, figures);
    }

    @Test
    void shouldTriggerAtMostOncePerEpisode() {
        for (OfflineEvaluator.Decision d : decisions) {
            assertTrue(d.triggers() <= d.resolves() + 1, d.sessionId() + " triggered " + d.triggers() + " times");
        }
    }
}
