package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatdistress.scoring.Category;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reduced lexicon for agent and system lines must find exactly what the full one finds there. */
class ContextLexiconTest {
    private static final Lexicon FULL = Lexicon.loadDefault();
    private static final Lexicon CONTEXT = Lexicon.loadContext();
    private static final Set<Category> CONTEXT_CATEGORIES = EnumSet.of(Category.CHECK_IN,
            Category.INACTIVITY_NOTICE, Category.UNREADABLE_REPLY, Category.REASSURANCE);

    private static Set<Category> contextOf(LexiconMatch m) {
        Set<Category> s = EnumSet.noneOf(Category.class);
        m.categories().stream().filter(CONTEXT_CATEGORIES::contains).forEach(s::add);
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Are you still there? Is everything ok?", "Hallo? Geht es Ihnen gut?", "Gaat alles goed met je?",
        "Vous êtes toujours là ? Tout va bien ?", "¿Sigue ahí? ¿Está bien?", "Sorry, I don't follow, could you repeat that?",
        "Visitor inactive for 3 min.", "Kunde hat den Chat verlassen", "I'm calling an ambulance now, stay with me",
        "Do you need help? Shall I call 112?", "Tutto bene? È ancora lì?", "Está tudo bem?"})
    void shouldFindTheSameContextCategoriesAsTheFullLexicon(String line) {
        assertEquals(contextOf(FULL.match(line)), contextOf(CONTEXT.match(line)), line);
    }

    @Test
    void shouldDropCustomerOnlyCategories() {
        assertTrue(FULL.match("I can't breathe, call an ambulance").hasDistress());
        assertTrue(CONTEXT.match("I can't breathe, call an ambulance").categories().stream()
                .noneMatch(Category::isDistress));
    }

    @Test
    void shouldAgreeOnEveryAgentAndSystemLineOfTheDevSet() throws Exception {
        Path dev = Path.of("../shared/eval/dev.sessions.jsonl");
        Assumptions.assumeTrue(Files.exists(dev), "dev set not present");
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
            for (JsonNode m : json.readTree(line).get("messages")) {
                if (!"CUSTOMER".equals(m.get("sender").asText())) {
                    String text = m.get("text").asText();
                    assertEquals(contextOf(FULL.match(text)), contextOf(CONTEXT.match(text)), "a dev agent line differs");
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "too few lines checked: " + checked);
    }
}
