package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.TestLines;
import io.chatdistress.scoring.Category;
import java.util.ArrayList;
import java.util.List;
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

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("rows")
    void shouldFindDistressInIndependentPhrasingsAndNothingInLookAlikes(String expected, String lang, String text) {
        LexiconMatch m = LEX.match(text);
        boolean distress = m.categories().stream().anyMatch(Category::isDistress);
        assertEquals("distress".equals(expected), distress, lang + ": " + text + " -> " + m.reasons());
    }

    static List<Arguments> rows() {
        List<Arguments> args = new ArrayList<>();
        for (String[] r : TestLines.read("/lexicon/paraphrases.txt", 3)) {
            args.add(Arguments.of(r[0], r[1], r[2]));
        }
        assertTrue(args.size() > 100, "paraphrase file read");
        return args;
    }
}
