package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.TestLines;
import io.chatdistress.scoring.Category;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Check-ins, worried questions and inactivity notices (read by the context lexicon that agent, bot
 * and system lines go through), and customers' explanations, reassurance and laughter, all phrased
 * independently of the evaluation data (src/test/resources/lexicon/context-phrases.txt).
 */
class ContextParaphraseTest {

    private static final Lexicon CONTEXT = Lexicon.loadContext();
    private static final Lexicon FULL = Lexicon.loadDefault();

    static List<Arguments> lines() {
        List<Arguments> rows = new ArrayList<>();
        for (String[] f : TestLines.read("/lexicon/context-phrases.txt", 3)) {
            rows.add(Arguments.of(Category.valueOf(f[0]), f[1], f[2]));
        }
        assertTrue(rows.size() > 40, "phrase file read");
        return rows;
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("lines")
    void shouldReadTheContextOfAgentAndSystemLines(Category expected, String lang, String text) {
        // Explanations, reassurance and laughter come from customers: their lines use the full lexicon.
        boolean customer = expected == Category.EXPLANATION || expected == Category.REASSURANCE
                || expected == Category.LAUGHTER;
        LexiconMatch m = (customer ? FULL : CONTEXT).match(text);
        assertTrue(m.categories().contains(expected), lang + ": " + text + " -> " + m.reasons());
    }
}
