package io.chatdistress.scoring.gibberish;

import java.util.List;

/**
 * Outcome of {@link GibberishDetector#analyse(String)}.
 *
 * @param score        in [0, 1], higher = more keyboard-mash-like
 * @param gibberish    {@code score >= GibberishDetector.THRESHOLD}: the message contains keyboard mash
 * @param mashFraction in [0, 1], share of the message's letters and symbols inside mash-like segments
 * @param structured   the message is mostly deliberately pasted codes (ids, IBAN, URL, e-mail...)
 * @param signals      short kebab-case names of what fired; never any of the text itself
 */
public record GibberishResult(double score, boolean gibberish, double mashFraction, boolean structured,
        List<String> signals) {

    public GibberishResult {
        signals = List.copyOf(signals);
    }
}
