package io.chatdistress.scoring;

import io.chatdistress.scoring.gibberish.GibberishDetector;
import io.chatdistress.scoring.gibberish.GibberishResult;
import io.chatdistress.scoring.lexicon.Lexicon;
import io.chatdistress.scoring.lexicon.LexiconMatch;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Scores one message for keyboard mash and distress language. Immutable and thread-safe; linear in
 * the message length, which is capped at {@link #MAX_ANALYSED_CHARS}.
 */
public final class MessageScorer {
    /**
     * Longer texts are cut before analysis. A person in distress does not type pages, and the cap
     * keeps the cost of one record bounded whatever arrives.
     */
    public static final int MAX_ANALYSED_CHARS = 2_000;

    private final GibberishDetector gibberish;
    private final Lexicon lexicon;
    private final Lexicon contextLexicon;

    public MessageScorer(GibberishDetector gibberish, Lexicon lexicon) {
        this(gibberish, lexicon, lexicon);
    }

    /**
     * @param contextLexicon used for agent, bot and system lines; it must find the same context
     *     categories as {@code lexicon} (see {@link Lexicon#loadContext()})
     */
    public MessageScorer(GibberishDetector gibberish, Lexicon lexicon, Lexicon contextLexicon) {
        this.gibberish = gibberish;
        this.lexicon = lexicon;
        this.contextLexicon = contextLexicon;
    }

    public static MessageScorer loadDefault() {
        return new MessageScorer(GibberishDetector.loadDefault(), Lexicon.loadDefault(), Lexicon.loadContext());
    }

    /** Signal of a message of little words without grammar ({@link WordSalad}). */
    public static final String WORD_SALAD = "word-salad";
    /** Score given to word salad: mash, but below the session model's confident-mash bar. */
    static final double WORD_SALAD_SCORE = 0.6;

    /** Signal of a message that reads as typing but whose last word on its own reads as mash. */
    public static final String ODD_ENDING = "odd-ending";
    private static final int MAX_ODD_ENDING_CHARS = 16;

    public MessageScore score(String text) {
        String analysed = cap(text);
        GibberishResult g = gibberish.analyse(analysed);
        LexiconMatch l = lexicon.match(analysed);
        Set<Category> categories = l.categories();
        boolean heldKey = g.gibberish() && categories.contains(Category.LAUGHTER)
                && longestLetterRun(analysed) >= HELD_KEY_RUN;
        if (heldKey) {
            // a key held down for a whole line is a head or a hand on the keyboard, even when
            // the letter is one that laughs ("kkkk")
            categories = EnumSet.copyOf(categories);
            categories.remove(Category.LAUGHTER);
        }
        List<String> signals = new ArrayList<>(g.signals().size() + l.reasons().size() + 1);
        signals.addAll(g.signals());
        double gibberishScore = g.score();
        boolean mash = g.gibberish();
        double mashFraction = g.mashFraction();
        if (!g.gibberish() && !g.structured()) {
            if (WordSalad.matches(analysed)) {
                // taps on a phone that autocorrect turned into little words: mash, but less sure
                signals.add(WORD_SALAD);
                gibberishScore = Math.max(gibberishScore, WORD_SALAD_SCORE);
                mash = true;
                mashFraction = 1.0;
            } else if (endsInMash(analysed)) {
                signals.add(ODD_ENDING);
            }
        }
        for (String reason : l.reasons()) {
            if (!(heldKey && reason.equals(Category.LAUGHTER.name()))) {
                signals.add("lexicon:" + reason);
            }
        }
        return new MessageScore(gibberishScore, mash, mashFraction, g.structured(), categories,
                l.thirdParty(), signals, analysed.length());
    }

    /**
     * Scores an agent, bot or system line: only the lexicon (check-ins, inactivity notices) matters
     * there, so the keyboard-mash analysis is skipped.
     */
    public MessageScore scoreContext(String text) {
        String analysed = cap(text);
        LexiconMatch l = contextLexicon.match(analysed);
        List<String> signals = new ArrayList<>(l.reasons().size());
        for (String reason : l.reasons()) {
            signals.add("lexicon:" + reason);
        }
        return new MessageScore(0, false, 0, false, l.categories(), l.thirdParty(), signals, analysed.length());
    }

    /**
     * Whether the last word of a message with more than one word, not closed by punctuation or an
     * emoji, reads as keyboard mash on its own ("dus ik moet 9io"): too short to move the whole
     * message's score, but a sentence that may have broken off. Costs one more analysis of a
     * single word.
     */
    private boolean endsInMash(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        if (start == 0 || start == end || end - start > MAX_ODD_ENDING_CHARS) {
            // a long last word is judged well enough by the analysis of the whole message
            return false;
        }
        if (!Character.isLetterOrDigit(text.charAt(end - 1)) || !hasLetter(text, start, end)) {
            // a sentence that ends in punctuation or an emoji was finished, not broken off
            return false;
        }
        // After a token with a digit the last one is more likely the rest of an address or code
        // ("Leeds BS1 5TR", "Flat 4 b2c") than a sentence breaking off.
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            if (Character.isDigit(text.charAt(--i))) {
                return false;
            }
        }
        GibberishResult last = gibberish.analyse(text.substring(start, end));
        return last.gibberish() && !last.structured();
    }

    /**
     * One letter repeated this many times in a row is a held key, not laughter: "kkkkkkkk" laughs
     * in Portuguese, but nobody laughs for a whole line.
     */
    static final int HELD_KEY_RUN = 40;

    /** Length of the longest run of one repeated letter. */
    static int longestLetterRun(String text) {
        int best = 0;
        int run = 0;
        int prev = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int letter = Character.isLetter(c) ? Character.toLowerCase(c) : -1;
            run = letter < 0 ? 0 : letter == prev ? run + 1 : 1;
            prev = letter;
            best = Math.max(best, run);
        }
        return best;
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Cuts at a code-point boundary so a surrogate pair is never split. */
    static String cap(String text) {
        if (text.length() <= MAX_ANALYSED_CHARS) {
            return text;
        }
        int end = MAX_ANALYSED_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
