package io.chatdistress.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.session.SessionPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissDiagnosisTest {
    private static final MissDiagnosis DIAGNOSIS =
            new MissDiagnosis(MessageScorer.loadDefault(), SessionPolicy.defaults());

    private static SessionFile.Message msg(int i, String sender, String text, int second) {
        return new SessionFile.Message("s-" + i, sender, text, String.format("2026-03-01T10:%02d:%02dZ", second / 60,
                second % 60));
    }

    @Test
    void shouldSayTheScorerSawNothingWhenTheWindowHasNoSignal() {
        var s = new SessionFile.Session("s", "de", "webchat", "distress", "test", 1, 2, List.of(
                msg(0, "CUSTOMER", "Wo bleibt mein Paket?", 0),
                msg(1, "CUSTOMER", "Ich warte schon seit Montag", 20),
                msg(2, "AGENT", "Ich schaue sofort nach.", 40)));
        String why = DIAGNOSIS.explain(s, EvaluationReport.Outcome.MISSED);
        assertTrue(why.startsWith("the scorer found no signal"), why);
        assertFalse(why.contains("Paket"), "no chat text in the report");
    }

    @Test
    void shouldGiveTheEvidenceWhenMashWasSeenButNotEnough() {
        var s = new SessionFile.Session("s", "en", "webchat", "distress", "test", 1, 1, List.of(
                msg(0, "CUSTOMER", "where is my parcel", 0),
                msg(1, "CUSTOMER", "jhgfdsdfghjkjhgfdsdfgh", 10),
                msg(2, "CUSTOMER", "sorry, wrong window", 20)));
        String why = DIAGNOSIS.explain(s, EvaluationReport.Outcome.MISSED);
        assertTrue(why.contains("1 mash"), why);
        assertTrue(why.contains("below 2.75"), why);
        assertFalse(why.contains("parcel"), "no chat text in the report");
    }
}
