package io.chatdistress.session;

import java.util.Locale;

/** What an escalation event asks its consumers to do with an episode. */
public enum Action {
    /** A new episode: page someone. Exactly one per episode. */
    TRIGGER,
    /** More or stronger evidence for an open episode. */
    UPDATE,
    /** The customer explained or came back coherent: stand down. */
    RESOLVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
