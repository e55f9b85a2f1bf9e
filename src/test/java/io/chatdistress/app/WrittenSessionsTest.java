package io.chatdistress.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.MessageScorer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole conversations written for the project's tests (src/test/resources/sessions), not taken
 * from ../shared/eval, so that they run everywhere: distress in en, de, nl, fr and es that must be
 * caught in time, and normal conversations with look-alikes (hyperbole, laughter, medical
 * products, delivery arrangements) that must stay quiet. Every session is judged on its own.
 */
class WrittenSessionsTest {
    /**
     * Sessions whose outcome is known to differ, with why; each is still checked to be exactly
     * this, so a change in either direction shows.
     */
    private static final Map<String, EvaluationReport.Outcome> KNOWN = Map.of(
            // Two mash lines 18 s apart, then the agent's "gaat alles goed?" and silence. The model
            // waits for the silence timeout or a third line; the author would call at the second.
            "h4-nl-03", EvaluationReport.Outcome.LATE,
            // Dizzy, then confused ("bin auf der bank vorm laden glaub ich"): one UNWELL line and a
            // confused one weigh less than the trigger; the second complaint comes a line later.
            "h5-de-04", EvaluationReport.Outcome.LATE,
            // A man circling "mn auto" and pulling the door: "mn auto" reads as an OBJECT before the
            // danger phrase (as in "my car died"), so it waits for "hij staat tegen mn raam".
            "h5-nl-03", EvaluationReport.Outcome.LATE,
            // Feeling "a bit weird", then mash twice around "are you ok?": weak evidence each time;
            // the silence escalation comes after the author's call.
            "h6-en-03", EvaluationReport.Outcome.LATE,
            // Laughing mash a line earlier, then "asdfghjkl i cant breathe 😭😭": crying emoji are
            // not read as laughter, so "cant breathe" stands.
            "h6-en-04", EvaluationReport.Outcome.FALSE_POSITIVE,
            // "le traitement contre les crises d'épilepsie de mon chien": the plural "crises" is read
            // as the seizure phrase and the benign treatment line does not cover it.
            "h6-fr-05", EvaluationReport.Outcome.FALSE_POSITIVE,
            // "sie ist grad im sessel zusammengesackt": the armchair between the words breaks the
            // phrase; caught a line later at "atmet so komisch röchelnd".
            "h7-de-10", EvaluationReport.Outcome.LATE,
            // "mijn zoon heeft epilepsie, al jaren geen aanval": the reassurance is in the next
            // clause, out of the hypothetical cue's reach.
            "h7-nl-01", EvaluationReport.Outcome.FALSE_POSITIVE,
            // Two mash lines, then the agent's question answered by silence: the model waits for
            // the silence timeout; the author would call at the second line.
            "h7-fr-02", EvaluationReport.Outcome.LATE);
    private static List<SessionFile.Session> sessions;
    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        sessions = SessionFile.read(resource("/sessions/written.sessions.jsonl"));
        List<OfflineEvaluator.Decision> decisions =
                new OfflineEvaluator(AppConfig.defaults(), MessageScorer.loadDefault()).evaluate(sessions);
        report = new EvaluationReport(sessions, decisions);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WrittenSessionsTest.class.getResource(name).toURI());
    }

    @Test
    void shouldCoverEveryRequiredLanguageWithBothLabels() {
        for (String lang : List.of("en", "de", "nl", "fr", "es")) {
            assertTrue(sessions.stream().anyMatch(s -> s.lang().equals(lang) && s.distress()), lang);
            assertTrue(sessions.stream().anyMatch(s -> s.lang().equals(lang) && !s.distress()), lang);
        }
    }

    @Test
    void shouldCatchEveryDistressSessionInTimeAndLeaveEveryNormalOneQuietSaveTheKnownExceptions() {
        List<String> wrong = new ArrayList<>();
        Map<String, EvaluationReport.Outcome> outcomes = report.outcomes();
        for (SessionFile.Session s : sessions) {
            EvaluationReport.Outcome o = outcomes.get(s.sessionId());
            EvaluationReport.Outcome want = KNOWN.getOrDefault(s.sessionId(),
                    s.distress() ? EvaluationReport.Outcome.TIMELY : EvaluationReport.Outcome.QUIET);
            if (o != want) {
                wrong.add(s.sessionId() + " (" + s.scenario() + "): " + o);
            }
        }
        assertEquals(List.of(), wrong, report::missesMarkdown);
    }
}
