package io.chatdistress.scoring.lexicon;

import io.chatdistress.scoring.Category;
import java.util.List;
import java.util.Set;

public record LexiconMatch(Set<Category> categories, Set<Category> suppressed, boolean thirdParty,
        List<String> reasons) {
}
