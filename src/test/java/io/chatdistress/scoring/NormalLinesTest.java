package io.chatdistress.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chatdistress.TestLines;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ordinary customer messages in en, de, nl, fr and es, written by authors who saw no code
 * (src/test/resources/lexicon/normal-lines*.txt): none may carry a strong distress category,
 * which would trigger an escalation on its own, except the known cases named here. Weak
 * categories and keyboard-mash readings are not forbidden: one of them alone does not escalate.
 */
class NormalLinesTest {
    private static final MessageScorer SCORER = MessageScorer.loadDefault();
    private static final Set<Category> STRONG = EnumSet.of(Category.MEDICAL, Category.FALL, Category.SELF_HARM,
            Category.DANGER, Category.HELP);

    /**
     * Known exceptions. {@code gas}: a smell named as a question and denied in the next clause
     * ("smell of gas? no no, just asking what the gas safety check includes"); negation and
     * hypothetical cues only reach within a clause. {@code help}: a message that is nothing but
     * "help" ("hilfe", "hulp pls", "aide", "ayuda"); as the opening line of a support chat it is
     * a request for support, but the same word after mash is the case this service exists for.
     */
    private static Predicate<String> known(String kind) {
        return switch (kind) {
            case "gas" -> t -> t.contains("gas") || t.contains("gaz");
            case "help" -> t -> t.split("\\s+").length <= 2;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/lexicon/normal-lines.txt, 1500, 5, gas", "/lexicon/normal-lines-2.txt, 1000, 5, help"})
    void shouldFindNoStrongDistressInOrdinaryMessagesSaveTheKnownCases(String file, int count, int knownCount,
            String knownKind) {
        List<String[]> lines = TestLines.read(file, 2);
        assertEquals(count, lines.size());
        List<String> strong = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (String[] f : lines) {
            MessageScore s = SCORER.score(f[1]);
            if (s.categories().stream().anyMatch(STRONG::contains)) {
                strong.add(f[1]);
                if (!known(knownKind).test(f[1])) {
                    unexpected.add(f[0] + ": " + f[1] + " -> " + s.categories());
                }
            }
        }
        assertEquals(List.of(), unexpected);
        assertEquals(knownCount, strong.size(), String.join("\n", strong));
    }
}
