package io.chatdistress.topology;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.model.Sender;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.session.Escalation;
import io.chatdistress.session.SessionRiskModel;
import io.chatdistress.session.SessionState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows each chat session: scores the message, updates the session's state and publishes what
 * the session model decides. A wall-clock punctuator escalates sessions that went silent after a
 * signal, and another removes sessions idle for longer than the session gap.
 */
final class SessionProcessor implements Processor<String, ChatMessage, String, Routed> {
    static final String STATE_STORE = "session-state";
    static final String TIMER_STORE = "silence-timers";
    /** Sessions of the canary (see io.chatdistress.app.Canary); their events are flagged synthetic. */
    static final String SYNTHETIC_PREFIX = "synthetic-canary-";
    private static final Logger LOG = LoggerFactory.getLogger(SessionProcessor.class);
    /** How often the expiry sweep takes its next slice (or the expiry interval, if shorter). */
    private static final Duration SWEEP_TICK = Duration.ofSeconds(1);
    /** Sessions examined per tick at least; a store this small is swept in one go. */
    static final long MIN_SWEEP_SLICE = 2_000;

    private final Scoring scorer;
    private final SessionRiskModel model;
    private final EscalationEventFactory events;
    private final DetectorMetrics metrics;
    private final DetectorSettings settings;

    private ProcessorContext<String, Routed> context;
    private KeyValueStore<String, byte[]> states;
    private KeyValueStore<String, Long> timers;
    private long lastInputWallClock;
    private long localSessions;
    /** Wall-clock time at which the next expiry pass may start. */
    private long nextSweepAt;
    /** Last key examined by the expiry pass in progress; null between passes. */
    private String sweepResumeKey;

    SessionProcessor(Scoring scorer, SessionRiskModel model, EscalationEventFactory events,
            DetectorMetrics metrics, DetectorSettings settings) {
        this.scorer = scorer;
        this.model = model;
        this.events = events;
        this.metrics = metrics;
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        this.states = context.getStateStore(STATE_STORE);
        this.timers = context.getStateStore(TIMER_STORE);
        this.lastInputWallClock = context.currentSystemTimeMs();
        this.localSessions = states.approximateNumEntries();
        metrics.openSessions(localSessions);
        context.schedule(settings.punctuateInterval(), PunctuationType.WALL_CLOCK_TIME, this::checkSilence);
        nextSweepAt = lastInputWallClock + settings.expiryInterval().toMillis();
        context.schedule(sweepTick(), PunctuationType.WALL_CLOCK_TIME, this::sweepExpired);
    }

    @Override
    public void process(Record<String, ChatMessage> record) {
        ChatMessage m = record.value();
        String sessionId = record.key() != null ? record.key() : m.sessionId();
        try {
            MessageScore score = m.sender() == Sender.CUSTOMER ? scorer.score(m.text()) : scorer.scoreContext(m.text());
            metrics.messageScored(m, score);
            SessionState s = load(sessionId);
            long deadlineBefore = s.silenceDeadline();
            double riskBefore = s.risk();
            List<Escalation> out = model.onMessage(sessionId, s, m, score);
            if (m.sender() == Sender.CUSTOMER) {
                countSuppressed(score, riskBefore, s.risk());
            }
            states.put(sessionId, s.toBytes());
            syncTimer(sessionId, deadlineBefore, s.silenceDeadline());
            if (!out.isEmpty()) {
                // built only when an event goes out: most messages publish nothing
                String excerpt = m.sender() == Sender.CUSTOMER ? Excerpts.of(m.text(), settings.excerptMaxChars()) : null;
                publish(out, excerpt);
            }
        } catch (RuntimeException e) {
            // Never the exception message: it could quote input. The class and coordinates suffice.
            RecordMetadata meta = context.recordMetadata().orElse(null);
            LOG.warn("Processing failed for a record at {}-{}@{}: {}; sent to the dead-letter topic",
                    meta == null ? "?" : meta.topic(), meta == null ? -1 : meta.partition(),
                    meta == null ? -1 : meta.offset(), e.getClass().getName());
            metrics.deadLetter(DeadLetter.STAGE_PROCESS);
            DeadLetter dl = new DeadLetter(DeadLetter.STAGE_PROCESS, "processing failed",
                    e.getClass().getName(), meta == null ? "unknown" : meta.topic(), meta == null ? -1 : meta.partition(),
                    meta == null ? -1 : meta.offset(), record.timestamp(), DeadLetter.sha256(m.text()),
                    m.text().length());
            context.forward(new Record<>(null, new Routed(dl.toJson(), true), record.timestamp()));
        }
        lastInputWallClock = context.currentSystemTimeMs();
    }

    /** Evidence that was seen and deliberately not escalated, by why (bounded label set). */
    private void countSuppressed(MessageScore score, double riskBefore, double riskAfter) {
        List<String> signals = score.signals();
        for (int i = 0, n = signals.size(); i < n; i++) {
            String signal = signals.get(i);
            if (!signal.startsWith(LEXICON_PREFIX)) {
                continue;
            }
            for (int k = 0; k < SUPPRESSION_KINDS.length; k++) {
                if (signal.startsWith(SUPPRESSION_PREFIXES[k])) {
                    metrics.suppressed(SUPPRESSION_KINDS[k]);
                }
            }
        }
        if (riskBefore > 0 && riskAfter < riskBefore
                && (score.has(io.chatdistress.scoring.Category.EXPLANATION)
                        || score.has(io.chatdistress.scoring.Category.REASSURANCE))) {
            metrics.suppressed("explained");
        } else if (riskBefore > 0 && riskAfter < riskBefore && score.has(io.chatdistress.scoring.Category.LAUGHTER)) {
            metrics.suppressed("laughter");
        }
    }

    private static final String LEXICON_PREFIX = "lexicon:";
    private static final String[] SUPPRESSION_KINDS = {"negated", "hyperbole", "hypothetical", "benign"};
    /** {@code lexicon:<kind>:}, built once: this runs for every signal of every customer message. */
    private static final String[] SUPPRESSION_PREFIXES = new String[SUPPRESSION_KINDS.length];

    static {
        for (int k = 0; k < SUPPRESSION_KINDS.length; k++) {
            SUPPRESSION_PREFIXES[k] = LEXICON_PREFIX + SUPPRESSION_KINDS[k] + ":";
        }
    }

    private SessionState load(String sessionId) {
        byte[] raw = states.get(sessionId);
        if (raw == null) {
            localSessions++;
            metrics.openSessions(1);
            return new SessionState();
        }
        try {
            return SessionState.fromBytes(raw);
        } catch (IllegalArgumentException e) {
            LOG.warn("Unreadable state for a session ({}); starting it afresh", e.getClass().getSimpleName());
            return new SessionState();
        }
    }

    private void syncTimer(String sessionId, long before, long after) {
        if (after == before) {
            return;
        }
        if (after == 0) {
            timers.delete(sessionId);
        } else {
            timers.put(sessionId, after);
        }
    }

    private void publish(List<Escalation> escalations, String excerpt) {
        for (Escalation e : escalations) {
            metrics.escalation(e);
            byte[] value = events.serialize(e, excerpt, e.sessionId().startsWith(SYNTHETIC_PREFIX));
            context.forward(new Record<>(events.key(e), new Routed(value, false), e.time()));
        }
    }

    private boolean caughtUp(long now) {
        return now - lastInputWallClock >= settings.idleBeforeSilence().toMillis();
    }

    /**
     * Stream time, but never ahead of the wall clock: brokers accept timestamps up to an hour in
     * the future, and one producer with a fast clock must not age every other session.
     */
    private long streamTime(long now) {
        return Math.min(context.currentStreamTimeMs(), now);
    }

    private void checkSilence(long now) {
        boolean idle = caughtUp(now);
        long streamTime = streamTime(now);
        List<KeyValue<String, Long>> due = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = timers.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                if (kv.value <= now && (idle || streamTime >= kv.value)) {
                    due.add(kv);
                }
            }
        }
        for (KeyValue<String, Long> kv : due) {
            byte[] raw = states.get(kv.key);
            if (raw == null) {
                timers.delete(kv.key);
                continue;
            }
            SessionState s = SessionState.fromBytes(raw);
            List<Escalation> out = model.onSilenceCheck(kv.key, s, now);
            states.put(kv.key, s.toBytes());
            if (s.silenceDeadline() == 0) {
                timers.delete(kv.key);
            } else if (s.silenceDeadline() != kv.value) {
                timers.put(kv.key, s.silenceDeadline());
            }
            publish(out, null);
        }
    }

    /**
     * One step of the expiry sweep. A pass over the session store starts at most once per
     * {@link DetectorSettings#expiryInterval()} and examines up to {@link #sweepBudget()} sessions
     * per tick, resuming after the last key on the next tick: a large store (the session gap keeps
     * every session of the last half hour) is swept in slices instead of one scan that blocks the
     * stream thread for seconds. A store smaller than {@link #MIN_SWEEP_SLICE} is swept in one
     * tick, once per interval, as a single scan would.
     */
    private void sweepExpired(long now) {
        if (sweepResumeKey == null) {
            if (now < nextSweepAt) {
                return;
            }
            nextSweepAt = now + settings.expiryInterval().toMillis();
        }
        long reference = caughtUp(now) ? now : streamTime(now);
        if (reference <= 0) {
            sweepResumeKey = null;
            return;
        }
        long cutoff = reference - model.policy().sessionGap().toMillis();
        long budget = sweepBudget();
        List<String> expired = new ArrayList<>();
        List<String> withTimer = new ArrayList<>();
        String last = null;
        boolean finished = true;
        try (KeyValueIterator<String, byte[]> it = sweepResumeKey == null ? states.all()
                : states.range(sweepResumeKey, null)) {
            long seen = 0;
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                if (kv.key.equals(sweepResumeKey)) {
                    continue; // examined at the end of the previous slice
                }
                if (seen++ == budget) {
                    finished = false;
                    break;
                }
                last = kv.key;
                if (SessionState.lastEventTimeOf(kv.value) < cutoff) {
                    expired.add(kv.key);
                    // Most sessions never had a silence timer: no delete (and changelog tombstone) for
                    // those. A stray timer of a deleted session is removed when it falls due.
                    if (SessionState.silenceDeadlineOf(kv.value) != 0) {
                        withTimer.add(kv.key);
                    }
                }
            }
        }
        sweepResumeKey = finished ? null : last;
        for (String key : expired) {
            states.delete(key);
        }
        for (String key : withTimer) {
            timers.delete(key);
        }
        if (!expired.isEmpty()) {
            localSessions -= expired.size();
            metrics.openSessions(-expired.size());
        }
    }

    /** Enough sessions per tick to finish a pass well within one expiry interval. */
    private long sweepBudget() {
        long ticks = Math.max(1, settings.expiryInterval().toMillis() / sweepTick().toMillis());
        return Math.max(MIN_SWEEP_SLICE, 2 * Math.max(0, localSessions) / ticks + 1);
    }

    private Duration sweepTick() {
        Duration interval = settings.expiryInterval();
        return interval.compareTo(SWEEP_TICK) < 0 ? interval : SWEEP_TICK;
    }

    @Override
    public void close() {
        metrics.openSessions(-localSessions);
    }
}
