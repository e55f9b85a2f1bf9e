package io.chatdistress.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatdistress.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What came out on the escalation topic, judged against what the sessions call for. A duplicate is
 * either the same event id twice (a re-published event) or two events for the same
 * (session, episode, action, sequence) (a re-decided event).
 */
record Outcome(int events, Map<String, Integer> triggersBySession, List<String> unexpected, int duplicateIds,
        int duplicateDecisions) {

    static Outcome of(List<ConsumerRecord<String, String>> records, List<String> expectedTriggerSessions) {
        Map<String, Integer> triggers = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        Set<String> decisions = new HashSet<>();
        Set<String> expected = new HashSet<>(expectedTriggerSessions);
        List<String> unexpected = new ArrayList<>();
        int duplicateIds = 0;
        int duplicateDecisions = 0;
        for (ConsumerRecord<String, String> r : records) {
            JsonNode e = parse(r.value());
            JsonNode data = e.path("data");
            String session = data.path("sessionId").asText();
            String action = data.path("action").asText();
            if (!ids.add(e.path("id").asText())) {
                duplicateIds++;
            }
            String decision = String.join("|", session, data.path("episode").asText(), action,
                    data.path("dedupKey").asText(), e.path("time").asText());
            if (!decisions.add(decision)) {
                duplicateDecisions++;
            }
            if (action.equals("trigger")) {
                triggers.merge(session, 1, Integer::sum);
            }
            if (!expected.contains(session) || !action.equals("trigger")) {
                unexpected.add(action + ":" + session);
            }
        }
        return new Outcome(records.size(), triggers, unexpected, duplicateIds, duplicateDecisions);
    }

    /** Sessions that triggered exactly once, in order. */
    List<String> triggeredOnce() {
        return triggersBySession.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).toList();
    }

    int triggersMoreThanOnce() {
        return (int) triggersBySession.values().stream().filter(n -> n > 1).count();
    }

    String figures(int sent, int expected) {
        return String.format(Locale.ROOT,
                "records sent %d, escalations expected %d, events %d, sessions triggered once %d, "
                        + "triggered more than once %d, duplicate ids %d, duplicate decisions %d, unexpected %d",
                sent, expected, events, triggeredOnce().size(), triggersMoreThanOnce(), duplicateIds,
                duplicateDecisions, unexpected.size());
    }

    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Integer> count(List<String> keys) {
        Map<String, Integer> m = new HashMap<>();
        keys.forEach(k -> m.merge(k, 1, Integer::sum));
        return m;
    }
}
