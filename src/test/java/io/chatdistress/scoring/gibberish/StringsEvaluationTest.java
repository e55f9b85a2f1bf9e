package io.chatdistress.scoring.gibberish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StringsEvaluationTest {

    /** The shared evaluation data sits next to the project; absent on machines without it. */
    private static final Path DEV = Path.of("..", "shared", "eval", "dev.strings.jsonl");

    @Test
    void shouldMeetTargetsWhenScoringTheDevStrings() {
        assumeTrue(Files.isRegularFile(DEV), "dev strings not available");
        List<StringsEvaluation.Row> rows = StringsEvaluation.score(DEV);
        StringsEvaluation.Metrics m = StringsEvaluation.metrics(rows);
        assertTrue(m.gibberishRecall() >= 0.95, () -> "recall " + m.gibberishRecall());
        assertTrue(m.structuredFpr() <= 0.01, () -> "structured FPR " + m.structuredFpr());
        assertTrue(m.languageFpr() <= 0.02, () -> "language FPR " + m.languageFpr());
        assertTrue(m.auc() >= 0.98, () -> "AUC " + m.auc());
    }

    @Test
    void shouldWriteMarkdownTablesWhenGivenOwnFixture(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mini.strings.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"text\":\"asdfghjklöä\",\"label\":\"gibberish\",\"kind\":\"sweep\",\"lang\":null}",
                "{\"text\":\"jjjjjjjjjjjjjj\",\"label\":\"gibberish\",\"kind\":\"held\",\"lang\":null}",
                "{\"text\":\"Wo ist mein Päckchen?\",\"label\":\"language\",\"kind\":\"support\",\"lang\":\"de\"}",
                "{\"text\":\"NL91ABNA0417164300\",\"label\":\"structured\",\"kind\":\"iban\",\"lang\":null}"),
                StandardCharsets.UTF_8);
        String md = StringsEvaluation.report(f);
        assertTrue(md.contains("| all | 4 | 100.0% | 0.00% | 0.00% | 1.0000 |"), md);
        assertTrue(md.contains("| gibberish | held | 1 | 1 | 100.0% |"), md);
    }

    @Test
    void shouldComputeAucWithTiesCountedHalf() {
        assertEquals(1.0, StringsEvaluation.auc(List.of(0.9, 0.8), List.of(0.1, 0.2)), 1e-9);
        assertEquals(0.5, StringsEvaluation.auc(List.of(0.5), List.of(0.5)), 1e-9);
        assertEquals(0.75, StringsEvaluation.auc(List.of(0.9, 0.3), List.of(0.5, 0.1)), 1e-9);
    }
}
