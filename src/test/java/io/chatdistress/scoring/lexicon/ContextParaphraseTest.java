package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Check-ins, worried questions and inactivity notices phrased independently of the evaluation data
 * (src/test/resources/lexicon/context-phrases.txt), read by the context lexicon that agent, bot and
 * system lines go through.
 */
class ContextParaphraseTest {

    private static final Lexicon CONTEXT = Lexicon.loadContext();

    static List<Arguments> lines() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ContextParaphraseTest.class.getResourceAsStream("/lexicon/context-phrases.txt")),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\\|", 3);
                    rows.add(Arguments.of(Category.valueOf(f[0]), f[1], f[2]));
                }
            }
        }
        assertTrue(rows.size() > 40, "phrase file read");
        return rows;
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("lines")
    void shouldReadTheContextOfAgentAndSystemLines(Category expected, String lang, String text) {
        LexiconMatch m = CONTEXT.match(text);
        assertTrue(m.categories().contains(expected), lang + ": " + text + " -> " + m.reasons());
    }
}
