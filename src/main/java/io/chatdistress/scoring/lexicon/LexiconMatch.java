package io.chatdistress.scoring.lexicon;

import io.chatdistress.scoring.Category;
import java.util.List;
import java.util.Set;

/**
 * What the lexicon found in one text.
 *
 * @param categories categories that fired and were not suppressed
 * @param suppressed categories that matched only in suppressed form (negated, hyperbole,
 *                   hypothetical, benign); a category that also fired elsewhere in the text is
 *                   listed in {@code categories} only
 * @param thirdParty a fired distress phrase is about someone else who is present
 *                   ("my husband collapsed"): still distress, flagged for the responder
 * @param reasons    short machine-readable reasons such as {@code MEDICAL}, {@code negated:MEDICAL},
 *                   {@code hyperbole:SELF_HARM}, {@code third-party:FALL}; never the matched words
 */
public record LexiconMatch(
        Set<Category> categories,
        Set<Category> suppressed,
        boolean thirdParty,
        List<String> reasons) {

    public LexiconMatch {
        categories = Set.copyOf(categories);
        suppressed = Set.copyOf(suppressed);
        reasons = List.copyOf(reasons);
    }

    /** True when at least one distress category fired. */
    public boolean hasDistress() {
        for (Category c : categories) {
            if (c.isDistress()) {
                return true;
            }
        }
        return false;
    }
}
