package io.chatdistress.observability;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.model.Sender;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.session.Action;
import io.chatdistress.session.Escalation;
import io.chatdistress.session.Severity;
import io.chatdistress.topology.DetectorMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Domain metrics in Micrometer. Tags are bounded sets (channel, sender, severity, action, stage,
 * reason); never a session id, customer id or text.
 *
 * <p>{@link #messageScored} runs for every message, so counters are registered once per tag
 * combination (when it first occurs, as before) and then found without building ids or tags: by
 * the message's channel string and the sender's ordinal.
 */
public final class Metrics implements DetectorMetrics {
    /** Channels beyond this many distinct values are counted as "other" to bound cardinality. */
    static final int MAX_CHANNELS = 32;
    /** Distinct raw channel strings remembered with their counters; others are resolved each time. */
    static final int MAX_CACHED_CHANNEL_VALUES = 1024;

    private static final Sender[] SENDERS = Sender.values();
    private static final Severity[] SEVERITIES = Severity.values();
    private static final Action[] ACTIONS = Action.values();

    private final MeterRegistry registry;
    private final DistributionSummary gibberish;
    private final AtomicLong openSessions = new AtomicLong();
    /** Channel labels in use (the first {@link #MAX_CHANNELS} acceptable values). */
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    /** Counters of chat_distress_messages_scored per channel label, indexed by sender ordinal. */
    private final Map<String, Scored> scoredByLabel = new ConcurrentHashMap<>();
    /** The same arrays by raw channel value, so a message costs one map lookup. */
    private final Map<String, Scored> scoredByChannel = new ConcurrentHashMap<>();
    private final Scored scoredNoChannel;
    /** chat_distress_escalations by severity ordinal * actions + action ordinal. */
    private final AtomicReferenceArray<Counter> escalations = new AtomicReferenceArray<>(SEVERITIES.length * ACTIONS.length);
    private final Map<String, Counter> suppressed = new ConcurrentHashMap<>();
    private final Map<String, Counter> deadLetters = new ConcurrentHashMap<>();

    public Metrics(MeterRegistry registry) {
        this.registry = registry;
        this.gibberish = DistributionSummary.builder("chat_distress_gibberish_score")
                .description("Keyboard-mash score of customer messages")
                .serviceLevelObjectives(0.1, 0.25, 0.5, 0.75, 0.9, 1.0)
                .register(registry);
        registry.gauge("chat_distress_open_sessions", openSessions);
        this.scoredNoChannel = byLabel("unknown");
    }

    @Override
    public void messageScored(ChatMessage message, MessageScore score) {
        Sender sender = message.sender();
        Scored scored = scoredCounters(message.channel());
        Counter c = scored.bySender.get(sender.ordinal());
        if (c == null) {
            c = registerScored(scored, sender);
        }
        c.increment();
        if (sender == Sender.CUSTOMER) {
            gibberish.record(score.gibberish());
        }
    }

    private Scored scoredCounters(String channel) {
        if (channel == null) {
            return scoredNoChannel;
        }
        Scored known = scoredByChannel.get(channel);
        if (known != null) {
            return known;
        }
        Scored counters = byLabel(channel(channel));
        if (scoredByChannel.size() < MAX_CACHED_CHANNEL_VALUES) {
            scoredByChannel.putIfAbsent(channel, counters);
        }
        return counters;
    }

    private Scored byLabel(String label) {
        return scoredByLabel.computeIfAbsent(label, Scored::new);
    }

    private Counter registerScored(Scored scored, Sender sender) {
        // The registry returns the existing counter for the same id, so a race registers once.
        Counter c = Counter.builder("chat_distress_messages_scored")
                .description("Chat messages scored")
                .tag("channel", scored.label)
                .tag("sender", sender.name().toLowerCase(Locale.ROOT))
                .register(registry);
        scored.bySender.set(sender.ordinal(), c);
        return c;
    }

    /** The scored-message counters of one channel label, by sender ordinal, registered when first used. */
    private static final class Scored {
        final String label;
        final AtomicReferenceArray<Counter> bySender = new AtomicReferenceArray<>(SENDERS.length);

        Scored(String label) {
            this.label = label;
        }
    }

    @Override
    public void escalation(Escalation e) {
        int i = e.severity().ordinal() * ACTIONS.length + e.action().ordinal();
        Counter c = escalations.get(i);
        if (c == null) {
            c = Counter.builder("chat_distress_escalations")
                    .description("Escalation events published")
                    .tag("severity", e.severity().name().toLowerCase(Locale.ROOT))
                    .tag("action", e.action().wireName())
                    .register(registry);
            escalations.set(i, c);
        }
        c.increment();
    }

    @Override
    public void suppressed(String reason) {
        suppressed.computeIfAbsent(reason, r -> Counter.builder("chat_distress_escalations_suppressed")
                .description("Distress evidence seen and deliberately not escalated (negated, joking, explained, ...)")
                .tag("reason", r)
                .register(registry)).increment();
    }

    @Override
    public void deadLetter(String stage) {
        deadLetters.computeIfAbsent(stage, s -> Counter.builder("chat_distress_dlq_records")
                .description("Records sent to the dead-letter topic")
                .tag("stage", s)
                .register(registry)).increment();
    }

    @Override
    public void openSessions(long delta) {
        openSessions.addAndGet(delta);
    }

    private String channel(String channel) {
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
