package io.chatdistress.bench;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.session.Escalation;
import io.chatdistress.topology.DetectorMetrics;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the messages a pipeline has processed and when the first and the latest were done, so
 * throughput is measured from the first record to the last, without start-up and rebalancing.
 * For the service it wraps the production metrics, whose cost stays part of the measurement.
 */
final class Progress implements DetectorMetrics {
    private final DetectorMetrics delegate;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong outputs = new AtomicLong();
    private volatile long firstNanos;
    private volatile long lastNanos;

    Progress(DetectorMetrics delegate) {
        this.delegate = delegate;
    }

    void recordProcessed() {
        long now = System.nanoTime();
        if (processed.incrementAndGet() == 1) {
            firstNanos = now;
        }
        lastNanos = now;
    }

    void recordOutput() {
        outputs.incrementAndGet();
    }

    long processed() {
        return processed.get();
    }

    long outputs() {
        return outputs.get();
    }

    /** Messages per second from the first processed message to the latest one. */
    double throughput() {
        long n = processed.get();
        long span = lastNanos - firstNanos;
        return n < 2 || span <= 0 ? 0 : (n - 1) * 1e9 / span;
    }

    double seconds() {
        return (lastNanos - firstNanos) / 1e9;
    }

    @Override
    public void messageScored(ChatMessage message, MessageScore score) {
        delegate.messageScored(message, score);
        recordProcessed();
    }

    @Override
    public void escalation(Escalation escalation) {
        delegate.escalation(escalation);
        recordOutput();
    }

    @Override
    public void suppressed(String reason) {
        delegate.suppressed(reason);
    }

    @Override
    public void deadLetter(String stage) {
        delegate.deadLetter(stage);
        recordProcessed();
    }

    @Override
    public void openSessions(long delta) {
        delegate.openSessions(delta);
    }
}
