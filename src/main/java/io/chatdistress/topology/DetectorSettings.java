package io.chatdistress.topology;

import java.time.Duration;

/**
 * Topology settings that are not part of the session model.
 *
 * @param punctuateInterval how often the wall-clock punctuator looks for silent sessions
 * @param idleBeforeSilence silence timers fire by wall clock only when the task has had no input
 *     for this long (it is caught up), or when stream time has passed the deadline; so a backlog
 *     after an outage never fires timers for sessions whose next messages are still unread
 * @param expiryInterval how often expired sessions are removed
 * @param excerptMaxChars 0 for no chat text in events; otherwise the excerpt length
 */
public record DetectorSettings(Duration punctuateInterval, Duration idleBeforeSilence, Duration expiryInterval,
        int excerptMaxChars) {

    public static DetectorSettings defaults() {
        return new DetectorSettings(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMinutes(1), 0);
    }

    public DetectorSettings withPunctuateInterval(Duration d) {
        return new DetectorSettings(d, idleBeforeSilence, expiryInterval, excerptMaxChars);
    }

    public DetectorSettings withExcerptMaxChars(int n) {
        return new DetectorSettings(punctuateInterval, idleBeforeSilence, expiryInterval, n);
    }
}
