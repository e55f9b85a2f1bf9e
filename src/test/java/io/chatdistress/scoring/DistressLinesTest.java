package io.chatdistress.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chatdistress.TestLines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 1,000 distress messages in en, de, nl, fr and es (src/test/resources/lexicon/distress-lines.txt),
 * written by an author who saw no code. Each line says whether the scorer catches it today (a
 * distress category or keyboard mash): caught lines must stay caught, and the known gaps must stay
 * listed as such, so the file always tells the truth about what is missed.
 */
class DistressLinesTest {
    private static final MessageScorer SCORER = MessageScorer.loadDefault();

    private static boolean caught(String text) {
        MessageScore s = SCORER.score(text);
        return s.categories().stream().anyMatch(Category::isDistress) || (s.mash() && !s.structured());
    }

    @Test
    void shouldCatchEveryLineMarkedCaughtAndMissOnlyTheListedGaps() {
        List<String[]> lines = TestLines.read("/lexicon/distress-lines.txt", 4);
        assertEquals(1_000, lines.size());
        List<String> wrong = new ArrayList<>();
        for (String[] f : lines) {
            boolean expected = "caught".equals(f[0]);
            if (caught(f[3]) != expected) {
                wrong.add((expected ? "now missed: " : "now caught (mark it caught): ") + f[1] + " " + f[2] + " | " + f[3]);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
