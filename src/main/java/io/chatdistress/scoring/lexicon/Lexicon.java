package io.chatdistress.scoring.lexicon;

import io.chatdistress.scoring.Category;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** PLACEHOLDER until the real lexicon lands. */
public final class Lexicon {
    public static Lexicon loadDefault() {
        return new Lexicon();
    }

    public LexiconMatch match(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Set<Category> cats = EnumSet.noneOf(Category.class);
        if (t.contains("not feel well") || t.contains("nicht gut") || t.contains("niet goed")) {
            cats.add(Category.UNWELL);
        }
        if (t.contains("are you ok") || t.contains("still there")) {
            cats.add(Category.CHECK_IN);
        }
        if (t.contains("cat walked") || t.contains("sorry")) {
            cats.add(Category.EXPLANATION);
        }
        if (t.contains("haha") || t.contains("lol")) {
            cats.add(Category.LAUGHTER);
        }
        if (t.contains("chest pain") || t.contains("heart attack")) {
            cats.add(Category.MEDICAL);
        }
        return new LexiconMatch(cats, Set.of(), false, cats.stream().map(Enum::name).toList());
    }
}
