package io.chatdistress.scoring;

import java.util.Arrays;

/**
 * Keyboard mash typed on a phone: autocorrect and the suggestion bar turn taps of a hand or a face
 * into real little words strung together without grammar ("I in the on to go is it ok I the", "ik
 * ik ik ik ik", "que no que no de la que"). The key-path detector reads these as language, since
 * every word is one.
 *
 * <p>A message is word salad when it has at least {@link #MIN_WORDS} words, at least three in four
 * of them are closed-class words of en, de, nl, fr or es (articles, pronouns, prepositions,
 * auxiliaries), and it shows at least {@link #MIN_BREAKS} breaks of grammar: a word typed twice in
 * a row (not "yes", "no" or "ok", which people repeat on purpose), or an article followed by
 * another closed-class word or by nothing ("the is", "der und", "de la de"). One pass over the
 * text and no string is built: words are coded as numbers and looked up in small hash tables.
 */
public final class WordSalad {
    static final int MIN_WORDS = 4;
    static final int MIN_BREAKS = 2;
    /** Longer messages are sentences, whatever their words. */
    static final int MAX_CHARS = 160;

    /** Words of up to this many ASCII letters are coded; every closed-class word fits. */
    private static final int MAX_CODED_LETTERS = 12;
    private static final long NOT_CODED = -1;
    private static final long NONE = -2;

    private static final long[] ARTICLES = wordSet(
            "the a an",
            "der die das den dem des ein eine",
            "de het een",
            "le la les un une",
            "el la los las un una");

    /** Closed-class words (and "ok", "go", "yes", "no") of the five languages; the lists overlap. */
    private static final long[] CLOSED = wordSet(
            "i you he she it we they me my the a an in on at to of for is am are was be and or but not no yes"
                    + " ok go so do if this that up as by with from im",
            "ich du er sie es wir ihr mich mir der die das den dem des ein eine und oder im an am auf zu mit von"
                    + " ist bin sind ja nein nicht da wo net",
            "ik je jij hij zij ze het de een en of op aan te van met ben zijn nee niet dat dit er",
            "je tu il elle on nous vous le la les un une de du des et ou dans sur pour est suis pas ne oui non"
                    + " que qui ce se te y",
            "yo tu el la los las un una de del y o a en con por para que no si es soy me te se mi lo al");

    /** Words people repeat on purpose ("no no no", "ja ja"). */
    private static final long[] REPEATED_ON_PURPOSE = wordSet("yes no ok ja nein nee oui non si so go");

    /** The codes of the words of the groups, in an open-addressing table at most a quarter full. */
    private static long[] wordSet(String... groups) {
        long[] codes = Arrays.stream(String.join(" ", groups).split(" ")).mapToLong(WordSalad::encode)
                .distinct().toArray();
        long[] table = new long[Integer.highestOneBit(codes.length * 4 - 1) << 1];
        int mask = table.length - 1;
        for (long code : codes) {
            int i = slot(code, mask);
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = code;
        }
        return table;
    }

    private WordSalad() {
    }

    public static boolean matches(String text) {
        if (text == null || text.length() > MAX_CHARS) {
            return false;
        }
        // One pass, no allocation: each word becomes a code (its ASCII letters, 5 bits each, or
        // NOT_CODED for a longer or non-ASCII word, which is never closed-class).
        long[] codes = new long[text.length() / 2 + 1];
        int n = 0;
        long code = 0;
        int len = 0;
        boolean coded = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                if (l >= 'a' && l <= 'z' && len < MAX_CODED_LETTERS) {
                    code = (code << 5) | (l - 'a' + 1);
                } else {
                    coded = false;
                }
                len++;
            } else if (len > 0) {
                codes[n++] = coded ? code : NOT_CODED;
                code = 0;
                len = 0;
                coded = true;
            }
        }
        if (n < MIN_WORDS) {
            return false;
        }
        int closed = 0;
        for (int i = 0; i < n; i++) {
            if (contains(CLOSED, codes[i])) {
                closed++;
            }
        }
        if (closed * 4 < n * 3) {
            return false;
        }
        int breaks = 0;
        for (int i = 0; i < n; i++) {
            long w = codes[i];
            long next = i + 1 < n ? codes[i + 1] : NONE;
            if (w == next && w != NOT_CODED && !contains(REPEATED_ON_PURPOSE, w)) {
                breaks++;
            } else if (contains(ARTICLES, w) && (next == NONE || contains(CLOSED, next))) {
                breaks++;
            }
        }
        return breaks >= MIN_BREAKS;
    }

    /** Whether the code is in the open-addressing table (0 marks an empty slot; codes are never 0). */
    private static boolean contains(long[] table, long code) {
        if (code <= 0) {
            return false;
        }
        int mask = table.length - 1;
        for (int i = slot(code, mask); ; i = (i + 1) & mask) {
            long k = table[i];
            if (k == code) {
                return true;
            }
            if (k == 0) {
                return false;
            }
        }
    }

    private static int slot(long code, int mask) {
        return (int) ((code * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private static long encode(String word) {
        long code = 0;
        for (int i = 0; i < word.length(); i++) {
            code = (code << 5) | (word.charAt(i) - 'a' + 1);
        }
        return code;
    }
}
