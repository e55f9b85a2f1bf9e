package io.chatdistress.observability;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.session.Escalation;
import io.chatdistress.topology.DetectorMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Domain metrics in Micrometer. Tags are bounded sets (channel, sender, severity, action, stage,
 * reason); never a session id, customer id or text.
 */
public final class Metrics implements DetectorMetrics {
    /** Channels beyond this many distinct values are counted as "other" to bound cardinality. */
    static final int MAX_CHANNELS = 32;

    private final MeterRegistry registry;
    private final DistributionSummary gibberish;
    private final AtomicLong openSessions = new AtomicLong();
    private final java.util.Set<String> channels = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Registered once per (channel, sender): this runs for every message. */
    private final java.util.Map<String, Counter> scored = new java.util.concurrent.ConcurrentHashMap<>();

    public Metrics(MeterRegistry registry) {
        this.registry = registry;
        this.gibberish = DistributionSummary.builder("chat_distress_gibberish_score")
                .description("Keyboard-mash score of customer messages")
                .serviceLevelObjectives(0.1, 0.25, 0.5, 0.75, 0.9, 1.0)
                .register(registry);
        registry.gauge("chat_distress_open_sessions", openSessions);
    }

    @Override
    public void messageScored(ChatMessage message, MessageScore score) {
        String channel = channel(message.channel());
        scored.computeIfAbsent(channel + '|' + message.sender(), k -> Counter.builder("chat_distress_messages_scored")
                .description("Chat messages scored")
                .tag("channel", channel)
                .tag("sender", message.sender().name().toLowerCase(Locale.ROOT))
                .register(registry)).increment();
        if (message.sender() == io.chatdistress.model.Sender.CUSTOMER) {
            gibberish.record(score.gibberish());
        }
    }

    @Override
    public void escalation(Escalation e) {
        Counter.builder("chat_distress_escalations")
                .description("Escalation events published")
                .tag("severity", e.severity().name().toLowerCase(Locale.ROOT))
                .tag("action", e.action().wireName())
                .register(registry).increment();
    }

    @Override
    public void suppressed(String reason) {
        Counter.builder("chat_distress_escalations_suppressed")
                .description("Distress evidence seen and deliberately not escalated (negated, joking, explained, ...)")
                .tag("reason", reason)
                .register(registry).increment();
    }

    @Override
    public void deadLetter(String stage) {
        Counter.builder("chat_distress_dlq_records")
                .description("Records sent to the dead-letter topic")
                .tag("stage", stage)
                .register(registry).increment();
    }

    @Override
    public void openSessions(long delta) {
        openSessions.addAndGet(delta);
    }

    private String channel(String channel) {
        if (channel == null) {
            return "unknown";
        }
        if (channels.contains(channel)) {
            return channel;
        }
        if (channels.size() < MAX_CHANNELS && channel.length() <= 32 && channel.chars().allMatch(
                c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
            channels.add(channel);
            return channel;
        }
        return "other";
    }
}
