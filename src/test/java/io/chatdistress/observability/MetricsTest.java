package io.chatdistress.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.model.Sender;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.session.Action;
import io.chatdistress.session.Escalation;
import io.chatdistress.session.Severity;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricsTest {
    private static final MessageScore SCORE = new MessageScore(0.42, false, 0, false, Set.of(), false, List.of(), 10);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Metrics metrics = new Metrics(registry);

    private static ChatMessage message(String channel, Sender sender) {
        return new ChatMessage("m-ü", "s-ß", sender, "grüß dich 👋", 1_000L, null, channel, null, null);
    }

    private double scored(String channel, String sender) {
        Counter c = registry.find("chat_distress_messages_scored").tags("channel", channel, "sender", sender).counter();
        return c == null ? 0 : c.count();
    }

    @ParameterizedTest
    @CsvSource({
        "webchat, webchat",
        "whats-app_2, whats-app_2",
        "WebChat, other",
        "chät, other",
        "a-channel-name-longer-than-thirty-two, other"})
    void shouldLabelTheChannelWhenItIsAcceptable(String channel, String label) {
        for (int i = 0; i < 3; i++) {
            metrics.messageScored(message(channel, Sender.AGENT), SCORE);
        }
        assertEquals(3, scored(label, "agent"));
    }

    @Test
    void shouldCountEachSenderSeparatelyWhenTheChannelIsTheSame() {
        metrics.messageScored(message("webchat", Sender.CUSTOMER), SCORE);
        metrics.messageScored(message("webchat", Sender.CUSTOMER), SCORE);
        metrics.messageScored(message("webchat", Sender.BOT), SCORE);
        assertEquals(2, scored("webchat", "customer"));
        assertEquals(1, scored("webchat", "bot"));
        // Series appear when their first message does, not before.
        assertNull(registry.find("chat_distress_messages_scored").tags("sender", "system").counter());
        assertEquals(2, registry.get("chat_distress_gibberish_score").summary().count());
    }

    @Test
    void shouldCountAMissingChannelAsUnknownTogetherWithTheLiteralValue() {
        metrics.messageScored(message(null, Sender.CUSTOMER), SCORE);
        metrics.messageScored(message("unknown", Sender.CUSTOMER), SCORE);
        assertEquals(2, scored("unknown", "customer"));
    }

    @Test
    void shouldCountChannelsBeyondTheLimitAsOtherWhenTheFirstOnesTookTheLabels() {
        for (int i = 0; i < Metrics.MAX_CHANNELS + 5; i++) {
            metrics.messageScored(message("kanal-" + i, Sender.CUSTOMER), SCORE);
        }
        metrics.messageScored(message("kanal-0", Sender.CUSTOMER), SCORE);
        assertEquals(2, scored("kanal-0", "customer"));
        assertEquals(5, scored("other", "customer"));
        assertEquals(0, scored("kanal-" + Metrics.MAX_CHANNELS, "customer"));
    }

    @Test
    void shouldStillCountCorrectlyWhenMoreRawChannelValuesArriveThanAreRemembered() {
        int n = Metrics.MAX_CACHED_CHANNEL_VALUES + 50;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                metrics.messageScored(message("Kanal-" + i, Sender.BOT), SCORE);
            }
        }
        assertEquals(2.0 * n, scored("other", "bot"));
    }

    @ParameterizedTest
    @CsvSource({"URGENT, TRIGGER, urgent, trigger", "EMERGENCY, UPDATE, emergency, update",
        "EMERGENCY, RESOLVE, emergency, resolve"})
    void shouldCountEscalationsBySeverityAndActionWhenPublished(Severity severity, Action action, String sev,
            String act) {
        Escalation e = new Escalation(action, severity, "s-1", 1, 0, 1_000L, "m-1", List.of("m-1"), List.of("r"),
                new Escalation.Scores(0.9, 0.8, 2, 1, 0, 0), "summary", null, "webchat", null);
        metrics.escalation(e);
        metrics.escalation(e);
        assertEquals(2, registry.get("chat_distress_escalations").tags("severity", sev, "action", act).counter()
                .count());
    }

    @Test
    void shouldCountSuppressionsAndDeadLettersByTheirLabel() {
        metrics.suppressed("negated");
        metrics.suppressed("negated");
        metrics.suppressed("laughter");
        metrics.deadLetter("deserialize");
        assertEquals(2, registry.get("chat_distress_escalations_suppressed").tag("reason", "negated").counter().count());
        assertEquals(1, registry.get("chat_distress_escalations_suppressed").tag("reason", "laughter").counter().count());
        assertEquals(1, registry.get("chat_distress_dlq_records").tag("stage", "deserialize").counter().count());
    }

    @Test
    void shouldReportOpenSessionsAsTheSumOfDeltas() {
        metrics.openSessions(5);
        metrics.openSessions(-2);
        assertEquals(3, registry.get("chat_distress_open_sessions").gauge().value());
    }
}
