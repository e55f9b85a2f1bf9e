package io.chatdistress.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.serde.ChatMessageParser;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkloadTest {
    private static final List<Workload.Template> EVAL_LIKE = List.of(
            new Workload.Template("webchat", List.of(new Workload.Line("CUSTOMER", "hallo, waar blijft mijn pakket?"),
                    new Workload.Line("AGENT", "Wat is je ordernummer?"), new Workload.Line("CUSTOMER", "sdfkjh ölkj gfds"))));

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void shouldProduceMessagesTheServiceParsesWhenGenerating(boolean roundRobin) throws Exception {
        Workload w = new Workload(EVAL_LIKE, GeneratedSessions.generate(50, 3), 0.5);
        Workload.Generator gen = w.generator(20, 11, roundRobin);
        for (int i = 0; i < 500; i++) {
            Workload.Message m = gen.next(1_790_000_000_000L + i);
            ChatMessage parsed = ChatMessageParser.parse(m.key().getBytes(StandardCharsets.UTF_8), m.value(), -1);
            assertEquals(m.key(), parsed.sessionId());
            assertEquals(m.timestamp(), parsed.timestamp());
            assertTrue(parsed.messageId().startsWith(parsed.sessionId() + "-"), parsed.messageId());
        }
    }

    @Test
    void shouldKeepTheSessionsInOrderWhenTakingTurns() throws Exception {
        Workload w = new Workload(List.of(), GeneratedSessions.generate(50, 3), 0.5);
        Workload.Generator gen = w.generator(10, 5, true);
        Map<String, Integer> nextIndex = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            Workload.Message m = gen.next(i);
            ChatMessage parsed = ChatMessageParser.parse(null, m.value(), -1);
            int index = Integer.parseInt(parsed.messageId().substring(parsed.sessionId().length() + 1));
            assertEquals(nextIndex.getOrDefault(parsed.sessionId(), 0), index, "messages of a session out of order");
            nextIndex.put(parsed.sessionId(), index + 1);
        }
        // Ten sessions open at a time: the first ten messages open ten distinct sessions.
        assertTrue(gen.sessionsStarted() >= 10);
    }

    @Test
    void shouldRepeatTheSameMessagesWhenTheSeedIsTheSame() {
        Workload w = new Workload(EVAL_LIKE, GeneratedSessions.generate(50, 3), 0.5);
        Workload.Generator a = w.generator(30, 99, false);
        Workload.Generator b = w.generator(30, 99, false);
        for (int i = 0; i < 100; i++) {
            assertArrayEquals(a.next(i).value(), b.next(i).value());
        }
    }
}
