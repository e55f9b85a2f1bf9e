package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatdistress.scoring.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures on the shared labelled dev sessions (read from {@code ../shared/eval}, never copied into
 * the repository). Skipped when the data is absent. Prints only counts, never chat text.
 */
class LexiconDevSetTest {

    private static final Path DEV = Path.of("..", "shared", "eval", "dev.sessions.jsonl");
    /** Weak categories are evidence for the session model, not alarms on their own. */
    private static final Set<Category> STRONG =
            EnumSet.of(Category.MEDICAL, Category.FALL, Category.SELF_HARM, Category.DANGER, Category.HELP);
    private static final Set<String> EXPLICIT_SCENARIOS =
            Set.of("explicit-medical", "self-harm", "fall", "danger", "help-request", "third-party");

    private static List<JsonNode> sessions;
    private static final Lexicon LEX = Lexicon.loadDefault();

    @BeforeAll
    static void load() throws IOException {
        sessions = new ArrayList<>();
        if (!Files.isRegularFile(DEV)) {
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(DEV, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    sessions.add(mapper.readTree(line));
                }
            }
        }
    }

    private static boolean fires(String text, Set<Category> wanted) {
        for (Category c : LEX.match(text).categories()) {
            if (wanted.contains(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void shouldStayQuietOnCustomerMessagesWhenSessionIsNormal() {
        assumeTrue(!sessions.isEmpty(), "dev data not present");
        int total = 0;
        int alarmed = 0;
        for (JsonNode s : sessions) {
            if (!"normal".equals(s.get("label").asText())) {
                continue;
            }
            total++;
            for (JsonNode m : s.get("messages")) {
                if ("CUSTOMER".equals(m.get("sender").asText()) && fires(m.get("text").asText(), STRONG)) {
                    alarmed++;
                    break;
                }
            }
        }
        double rate = (double) alarmed / total;
        System.out.printf("lexicon dev: strong distress on %d of %d normal sessions (%.2f%%)%n",
                alarmed, total, 100 * rate);
        assertTrue(rate <= 0.01, "strong distress fired on " + alarmed + " of " + total + " normal sessions");
    }

    @Test
    void shouldFireByEscalationPointWhenDistressIsExplicit() {
        assumeTrue(!sessions.isEmpty(), "dev data not present");
        Set<Category> anyDistress = EnumSet.noneOf(Category.class);
        for (Category c : Category.values()) {
            if (c.isDistress()) {
                anyDistress.add(c);
            }
        }
        int total = 0;
        int found = 0;
        for (JsonNode s : sessions) {
            if (!"distress".equals(s.get("label").asText())
                    || !EXPLICIT_SCENARIOS.contains(s.get("scenario").asText())) {
                continue;
            }
            total++;
            int escalateAt = s.get("escalateAt").asInt();
            JsonNode msgs = s.get("messages");
            for (int i = 0; i <= escalateAt && i < msgs.size(); i++) {
                JsonNode m = msgs.get(i);
                if ("CUSTOMER".equals(m.get("sender").asText()) && fires(m.get("text").asText(), anyDistress)) {
                    found++;
                    break;
                }
            }
        }
        double recall = (double) found / total;
        System.out.printf("lexicon dev: distress fired by escalateAt in %d of %d explicit sessions (%.1f%%)%n",
                found, total, 100 * recall);
        assertTrue(recall >= 0.95, "fired in only " + found + " of " + total + " explicit distress sessions");
    }
}
