package io.chatdistress.topology;

import io.chatdistress.scoring.MessageScore;
import io.chatdistress.scoring.MessageScorer;

/**
 * What the session processor needs from the scorer. Production always passes
 * {@link #of(MessageScorer)}; other implementations exist only to measure the topology's own cost
 * (the {@code bench} command's measurement-only scorer stand-in).
 */
public interface Scoring {
    /** Scores a customer message. */
    MessageScore score(String text);

    /** Scores an agent, bot or system line. */
    MessageScore scoreContext(String text);

    static Scoring of(MessageScorer scorer) {
        return new Scoring() {
            @Override
            public MessageScore score(String text) {
                return scorer.score(text);
            }

            @Override
            public MessageScore scoreContext(String text) {
                return scorer.scoreContext(text);
            }
        };
    }
}
