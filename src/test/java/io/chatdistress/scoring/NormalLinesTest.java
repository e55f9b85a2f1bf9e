package io.chatdistress.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.TestLines;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 1,500 ordinary customer messages in en, de, nl, fr and es (src/test/resources/lexicon/normal-lines.txt),
 * written by an author who saw no code: none may carry a strong distress category, which would
 * trigger an escalation on its own. Weak categories and keyboard-mash readings are counted, not
 * forbidden: one of them alone does not escalate a session.
 */
class NormalLinesTest {
    private static final MessageScorer SCORER = MessageScorer.loadDefault();
    private static final Set<Category> STRONG = EnumSet.of(Category.MEDICAL, Category.FALL, Category.SELF_HARM,
            Category.DANGER, Category.HELP);
    /**
     * Known: a smell named as a question and denied in the next clause ("smell of gas? no no, just
     * asking what the gas safety check includes"); negation and hypothetical cues only reach
     * within a clause. The same sentence in five languages.
     */
    private static final int KNOWN_DENIED_SMELL = 5;

    @Test
    void shouldFindNoStrongDistressInOrdinaryMessagesSaveTheKnownDeniedSmell() {
        List<String[]> lines = TestLines.read("/lexicon/normal-lines.txt", 2);
        assertEquals(1_500, lines.size());
        List<String> strong = new ArrayList<>();
        for (String[] f : lines) {
            MessageScore s = SCORER.score(f[1]);
            if (s.categories().stream().anyMatch(STRONG::contains)) {
                strong.add(f[0] + ": " + f[1] + " -> " + s.categories());
            }
        }
        assertTrue(strong.size() <= KNOWN_DENIED_SMELL, String.join("\n", strong));
        assertTrue(strong.stream().allMatch(l -> l.contains("gas") || l.contains("gaz")), String.join("\n", strong));
    }
}
