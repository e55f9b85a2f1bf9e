package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Distress statements phrased independently of the evaluation data (src/test/resources/lexicon/
 * paraphrases.txt), in ten languages, and look-alikes about orders, prices and products: a check
 * that the lexicon generalises beyond the phrasings it was written against.
 */
class ParaphraseLexiconTest {

    private static final Lexicon LEX = Lexicon.loadDefault();

    static List<String[]> phrases() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ParaphraseLexiconTest.class.getResourceAsStream("/lexicon/paraphrases.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\\|", 3));
                }
            }
        }
        assertTrue(rows.size() > 100, "paraphrase file read");
        return rows;
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("rows")
    void shouldFindDistressInIndependentPhrasingsAndNothingInLookAlikes(String expected, String lang, String text) {
        LexiconMatch m = LEX.match(text);
        boolean distress = m.categories().stream().anyMatch(Category::isDistress);
        assertEquals("distress".equals(expected), distress, lang + ": " + text + " -> " + m.reasons());
    }

    static List<Arguments> rows() throws IOException {
        List<Arguments> args = new ArrayList<>();
        for (String[] r : phrases()) {
            args.add(Arguments.of(r[0], r[1], r[2]));
        }
        return args;
    }
}
