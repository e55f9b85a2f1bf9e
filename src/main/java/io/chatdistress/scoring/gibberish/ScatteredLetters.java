package io.chatdistress.scoring.gibberish;

import java.util.Set;

/**
 * Single letters strewn among spaces, dots and emoji with no word between them: "v x... c...", "n b",
 * "😂x.... v". A phone in a pocket or a hand sliding over a touch keyboard types this; people do not.
 * The n-gram model cannot judge it (there is nothing to judge), so it is recognised by shape.
 *
 * <p>Not scattered: abbreviations written with dots ("z. B.", "e.g.", "o.k."), letter pairs joined by
 * a slash ("s/n", "y/o"), anything with a digit, and scripts without single-letter typing habits
 * (only Latin, Greek and Cyrillic letters count). Linear in the text length, no allocation on the
 * common path (the first word of two letters ends the scan).
 */
final class ScatteredLetters {
    /** Letter sequences that are words or common short forms when spelt letter by letter. */
    private static final Set<String> SPELT_WORDS = Set.of("ok", "kk", "xx", "xxx", "ps", "pps", "ie", "eg", "zb",
            "dh", "ua", "usw", "bzw", "ggf", "am", "pm", "ad", "bc", "uk", "us", "eu", "tv", "pc", "ny", "la", "dj", "cv",
            "aka", "asap", "rsvp", "svp", "stp", "rip");

    private ScatteredLetters() {
    }

    /** True when the text holds at least two letters and every letter stands alone. */
    static boolean matches(String text) {
        int letters = 0;
        int run = 0;
        boolean dotAbbreviation = true;
        int prev = ' ';
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.GREEK
                        && script != Character.UnicodeScript.CYRILLIC) {
                    return false;
                }
                if (++run > 1) {
                    return false;
                }
                if (prev == '/') {
                    return false;
                }
                letters++;
                // Abbreviation style: every letter is followed by exactly one dot.
                int next = i < text.length() ? text.codePointAt(i) : -1;
                int after = i + 1 < text.length() ? text.codePointAt(i + 1) : -1;
                if (next != '.' || after == '.') {
                    dotAbbreviation = false;
                }
            } else {
                if (c == '/' && run == 1) {
                    return false;
                }
                run = 0;
            }
            prev = c;
        }
        if (letters < 2 || dotAbbreviation) {
            return false;
        }
        return letters > 8 || !SPELT_WORDS.contains(spelt(text));
    }

    /** The letters alone, lower-cased: "O K" gives "ok". Only called once the shape has matched. */
    private static String spelt(String text) {
        StringBuilder b = new StringBuilder(8);
        text.codePoints().filter(Character::isLetter).forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString();
    }
}
