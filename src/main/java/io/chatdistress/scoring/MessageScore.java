package io.chatdistress.scoring;

import java.util.List;
import java.util.Set;

/**
 * What one message says on its own, before any session context.
 *
 * @param gibberish keyboard-mash score in [0, 1]
 * @param mash the production decision on {@code gibberish}
 * @param mashFraction share of the message's characters in mash-like segments
 * @param structured the message is mostly deliberately pasted codes
 * @param categories lexicon categories that fired (after negation, hyperbole and hypotheticals)
 * @param thirdParty a distress phrase concerns someone else who is present
 * @param signals names of the detectors that fired, for explanations; never message text
 * @param analysedChars how many characters were analysed (texts are capped)
 */
public record MessageScore(
        double gibberish,
        boolean mash,
        double mashFraction,
        boolean structured,
        Set<Category> categories,
        boolean thirdParty,
        List<String> signals,
        int analysedChars) {

    public MessageScore {
        categories = Set.copyOf(categories);
        signals = List.copyOf(signals);
    }

    public boolean has(Category category) {
        return categories.contains(category);
    }

    public boolean hasDistress() {
        for (Category c : categories) {
            if (c.isDistress()) {
                return true;
            }
        }
        return false;
    }
}
