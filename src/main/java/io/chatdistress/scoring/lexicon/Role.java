package io.chatdistress.scoring.lexicon;

/** What a lexicon line does: report a category, or act as a modifier on nearby phrases. */
enum Role {
    /** Reports a {@link io.chatdistress.scoring.Category}. */
    CATEGORY,
    /** Negation cue: cancels a phrase that follows it in the same clause (only filler words between). */
    NEG,
    /** Filler word allowed between a negation cue and the phrase it negates ("not REALLY dizzy"). */
    FILL,
    /** Hyperbole or joke: cancels any distress phrase it overlaps ("dying of laughter"). */
    HYPERBOLE,
    /** Hypothetical, past, reported or administrative framing: cancels distress in the same clause. */
    HYPO,
    /** Benign idiom: cancels any distress phrase it overlaps ("can you help me with"). */
    BENIGN,
    /** A person other than the writer ("my husband"): a following distress phrase is third party. */
    THIRD,
    /** A non-person subject ("my dog", "my phone"): a following distress phrase is benign. */
    OBJECT,
    /** Starts a new clause ("but now", "aber jetzt") for the scope of NEG and HYPO. */
    BREAK,
    /**
     * A condition on advice ("if you are in danger", "im Notfall", "bij brand", "en cas
     * d'urgence"): cancels an {@link io.chatdistress.scoring.Category#URGENT_ADVICE} phrase in its
     * clause or the two clauses before it. It frames nothing else.
     */
    COND,
    /** Ordinary word that must never be read as a typo of a lexicon word. */
    KNOWN
}
