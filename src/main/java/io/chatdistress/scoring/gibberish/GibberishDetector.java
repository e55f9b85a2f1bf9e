package io.chatdistress.scoring.gibberish;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores how much a chat message looks like keyboard mash: a head, fist, palm or forearm on the
 * keyboard, a held key, or a sentence that breaks off into mash.
 *
 * <p>Every character of a non-structured token gets an evidence value from three sources: the key
 * distance to the previous character over many layouts ({@link KeyboardGeometry}), held-key runs,
 * and how unlikely the letter is after the previous two in any of ~60 languages
 * ({@link NgramModel}). Pasted codes ({@link StructuredTokens}) get strongly negative evidence and so
 * never take part. The best-scoring contiguous segment (maximum subarray, one pass) is the mash
 * evidence; a sentence with a mash tail scores like the tail alone, a sentence with one typo does
 * not reach the threshold because natural letters around the typo pull the sum down.
 *
 * <p>Linear in the input length, no regular expressions; thread-safe and immutable after loading.
 */
public final class GibberishDetector {

    /** The production decision threshold on {@link GibberishResult#score()}. */
    public static final double THRESHOLD = 0.5;

    // Evidence weights (nats-based LM term plus keyboard terms); see docs/GIBBERISH.md.
    private static final double ADJACENT = 0.568;
    private static final double NEAR = 0.228;
    private static final double FAR_KEY = -0.842;
    private static final double HELD = 2.551;
    private static final double HELD_DIGIT = 1.251;
    private static final double HELD_SENTENCE_PUNCT = 0.05;
    private static final double DOUBLE_LETTER = 0.670;
    private static final double DOUBLE_SYMBOL = -0.081;
    private static final double LM_WEIGHT = 0.478;
    private static final double LM_PIVOT = 2.026;
    private static final double LM_UNSEEN_BOTH = 5.940;
    private static final double LM_BACKOFF = -0.744;
    private static final double LM_UNSEEN_BIGRAM = 12.0;
    private static final double SYMBOL_INSIDE = 2.013;
    private static final double CASE_FLIP = -0.035;
    private static final double OTHER_SCRIPT = -1.0;
    private static final double DIGIT_PAIR = -2.747;
    private static final double EMOJI = -0.291;
    /** Centre distance up to which two keys touch (diagonal neighbours on staggered rows are 1.03-1.25). */
    private static final double ADJ_DIST = 1.3;
    private static final double GAP = -0.030;
    private static final double WHOLE_BONUS = 18.193;
    private static final double SYMBOL_TOKEN = 0.894;
    private static final int WHOLE_MAX = 8;
    private static final double WHOLE_MIN_SUM = 0.782;
    private static final int SHORT_MAX = 6;
    private static final double SHORT_BIAS = 1.663;
    private static final double SHORT_KEY = 2.527;
    private static final double SHORT_LM = 0.592;
    private static final double SHORT_SYMBOL = 8.0;
    private static final int HELD_VOWEL_MIN = 8;
    private static final double RARE_LETTER = 3.0;
    private static final double SHORT_DIGIT_MIX = 3.647;
    private static final double SHORT_WORST_GATE = 1.429;
    private static final double LEADING_SYMBOL = 3.0;
    private static final double ELONGATION = 0.634;
    private static final double BOUNDARY_WEIGHT = 0.308;
    private static final double BOUNDARY_PIVOT = 1.585;
    private static final double BOUNDARY_UNSEEN = 7.078;
    private static final double KEYBOARDY = 0.45;
    private static final double CROSS_SPACE = 0.363;
    private static final int LONG_DOTS = 8;
    private static final double STRUCTURED = -5.0;
    /** Segment sum at which the score is 0.5, and the logistic scale around it. */
    private static final double PIVOT = 2.9;
    private static final double SCALE = 0.8;
    /** A segment counts towards mashFraction from this sum on. */
    private static final double SEGMENT_MIN = 2.0;

    private static final class Holder {
        private static final GibberishDetector DEFAULT =
                new GibberishDetector(NgramModel.loadDefault(), KeyboardGeometry.get());
    }

    private final NgramModel model;
    private final KeyboardGeometry keys;

    private GibberishDetector(NgramModel model, KeyboardGeometry keys) {
        this.model = model;
        this.keys = keys;
    }

    /** Loads the shipped models once; thread-safe, immutable afterwards. */
    public static GibberishDetector loadDefault() {
        return Holder.DEFAULT;
    }

    private static final byte SPACE = 0;
    private static final byte STRUCT = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    private static final byte SYMBOL = 4;
    private static final byte OTHER = 5;

    /** Raw message text. Linear time in its length. */
    public GibberishResult analyse(String text) {
        if (text == null || text.isEmpty()) {
            return new GibberishResult(0.0, false, 0.0, false, List.of());
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        if (s.indexOf('œ') >= 0 || s.indexOf('Œ') >= 0) {
            // the model spells the French ligature out, as most keyboards make people do
            s = s.replace("œ", "oe").replace("Œ", "OE");
        }
        int[] cp = s.codePoints().toArray();
        int n = cp.length;
        byte[] cls = new byte[n];
        double[] ev = new double[n];
        TreeSet<String> signals = new TreeSet<>();
        Flags flags = new Flags();

        List<int[]> tokens = tokens(cp);
        int structuredChars = 0;
        int contentChars = 0;
        boolean[] struct = structuredTokens(cp, tokens, signals);
        for (int t = 0; t < tokens.size(); t++) {
            int a = tokens.get(t)[0];
            int b = tokens.get(t)[1];
            contentChars += b - a;
            if (struct[t]) {
                structuredChars += b - a;
                for (int i = a; i < b; i++) {
                    cls[i] = STRUCT;
                    ev[i] = STRUCTURED;
                }
            } else if (b - a <= 4 && EMOTICONS.contains(new String(cp, a, b - a).toLowerCase(Locale.ROOT))) {
                // emoticons are written on purpose, like emoji
                for (int i = a; i < b; i++) {
                    cls[i] = OTHER;
                    ev[i] = EMOJI;
                }
            } else {
                int last = t > 0 && !struct[t - 1] ? cp[tokens.get(t - 1)[1] - 1] : -1;
                tokenEvidence(cp, a, b, last, cls, ev, flags);
                if (symbolOnly(cls, a, b) && !onlySentencePunct(cp, a, b)) {
                    for (int i = a; i < b; i++) {
                        ev[i] += SYMBOL_TOKEN;
                    }
                    flags.symbols = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (isSpace(cp[i])) {
                cls[i] = SPACE;
                ev[i] = GAP;
            }
        }

        // Maximum-sum segment (Kadane), one pass.
        double best = 0;
        double run = 0;
        int runStart = 0;
        int bestStart = 0;
        int bestEnd = 0;
        for (int i = 0; i < n; i++) {
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += ev[i];
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i + 1;
            }
        }
        int mashChars = countMashChars(ev, cls);
        if (contentChars <= SHORT_MAX && structuredChars == 0 && !repeatedWord(cp, tokens)) {
            best = Math.max(best, shortMessageEvidence(cp, cls));
        }
        // A short message that is mash from its first to its last key has no room to pile up
        // evidence; natural short messages ("ok", "thx bye", "Bonjour") have negative stretches.
        if (best >= WHOLE_MIN_SUM && contentChars <= WHOLE_MAX && structuredChars == 0
                && keyChars(cp, cls) >= 3 && coversAll(cls, bestStart, bestEnd)) {
            best += WHOLE_BONUS;
        }
        double score = 1.0 / (1.0 + Math.exp(-(best - PIVOT) / SCALE));
        double mashFraction = contentChars == 0 ? 0.0 : Math.min(1.0, (double) mashChars / contentChars);
        boolean structured = contentChars > 0 && structuredChars * 2 >= contentChars && best < PIVOT;
        if (best >= PIVOT) {
            if (flags.held) {
                signals.add("held-key");
            }
            if (flags.adjacentRun) {
                signals.add("adjacent-key-run");
            }
            if (flags.unlikely) {
                signals.add("low-language-likeness");
            }
            if (flags.symbols) {
                signals.add("symbol-mash");
            }
            if (bestStart > 0 && hasLetterBefore(cls, bestStart)) {
                signals.add("mash-tail");
            }
        }
        return new GibberishResult(score, score >= THRESHOLD, mashFraction, structured, new ArrayList<>(signals));
    }


    /**
     * Very short messages ("xcz", "Bnn", ";l'k.") have too few characters for the segment sum, so
     * they are judged as a whole: how compact the key path is (same or adjacent keys throughout)
     * and how unlikely the letter pairs are in any language.
     */
    private double shortMessageEvidence(int[] cp, byte[] cls) {
        int prev = -1;
        int pairs = 0;
        double key = 0;
        int lmPairs = 0;
        double lm = 0;
        int prevLetter = -1;
        boolean firstOfWord = false;
        double worst = 0; // the least language-like letter pair or word boundary
        for (int i = 0; i < cp.length; i++) {
            byte k = cls[i];
            if (k == SPACE) {
                prevLetter = -1;
                continue;
            }
            if (k == OTHER) {
                prev = -1;
                prevLetter = -1;
                continue;
            }
            int c = cp[i];
            if (c == '.' || c == ',' || c == '!' || c == '?' || c == '…') {
                continue; // "Ok!" is "Ok"
            }
            if (prev >= 0 && (Character.isDigit(prev) != Character.isDigit(c)) && Character.isLetterOrDigit(prev)
                    && Character.isLetterOrDigit(c) && !isSpaceBetween(cls, prev, i)) {
                // "w3e", "y66ui": a digit struck between letters is unlike any word
                worst = Math.max(worst, SHORT_DIGIT_MIX);
            }
            if (prev >= 0) {
                double d = KeyboardGeometry.fold(prev) == KeyboardGeometry.fold(c) ? 0 : keys.distance(prev, c);
                key += d <= ADJ_DIST ? 1.0 : d <= 2.3 ? 0.3 : -1.0;
                pairs++;
            }
            if (k == LETTER) {
                int f = KeyboardGeometry.fold(c);
                if (prevLetter >= 0) {
                    int bg = model.bigram(prevLetter, f);
                    double sb = bg == NgramModel.UNSEEN ? LM_UNSEEN_BIGRAM : bg / 10.0;
                    lm += sb;
                    lmPairs++;
                    worst = Math.max(worst, sb);
                    if (firstOfWord) {
                        int ws = model.wordStart(prevLetter, f);
                        double ss = ws == NgramModel.UNSEEN ? BOUNDARY_UNSEEN : ws / 10.0;
                        lm += ss;
                        lmPairs++;
                        worst = Math.max(worst, ss);
                    }
                    if (i + 1 == cp.length || cls[i + 1] != LETTER) {
                        int we = model.wordEnd(prevLetter, f);
                        double se = we == NgramModel.UNSEEN ? BOUNDARY_UNSEEN : we / 10.0;
                        lm += se;
                        lmPairs++;
                        worst = Math.max(worst, se);
                    }
                }
                firstOfWord = prevLetter < 0 && (i == 0 || cls[i - 1] == SPACE);
                prevLetter = f;
            } else {
                prevLetter = -1;
                if (k == SYMBOL && c != '.' && c != ',' && c != '!' && c != '?' && c != '…') {
                    lm += SHORT_SYMBOL;
                    lmPairs++;
                    worst = Math.max(worst, SHORT_SYMBOL);
                }
            }
            prev = c;
        }
        // Two keys ("ok", "cx") are too few to tell mash from a word.
        boolean hasLetter = false;
        for (byte k : cls) {
            hasLetter |= k == LETTER;
        }
        if (pairs < 2 || lmPairs == 0) {
            return 0;
        }
        double lmExcess = lmPairs == 0 ? 0 : lm / lmPairs - 3.0;
        if (worst < SHORT_WORST_GATE && hasLetter) {
            // a compact key path alone is no evidence: "was", "der", "ser", "poi" sit on neighbouring
            // keys; at least one letter pair or word edge must be unlike any language
            return 0;
        }
        return SHORT_BIAS + SHORT_KEY * key / pairs + SHORT_LM * lmExcess;
    }

    /** "ok ok ok", "no no": one word said again is speech, not a key path. */
    private static boolean repeatedWord(int[] cp, List<int[]> tokens) {
        if (tokens.size() < 2) {
            return false;
        }
        String first = new String(cp, tokens.get(0)[0], tokens.get(0)[1] - tokens.get(0)[0]);
        for (int[] t : tokens) {
            if (!new String(cp, t[0], t[1] - t[0]).equalsIgnoreCase(first)) {
                return false;
            }
        }
        return true;
    }

    /** Keyboard characters other than sentence punctuation. */
    private static int keyChars(int[] cp, byte[] cls) {
        int n = 0;
        for (int i = 0; i < cp.length; i++) {
            int c = cp[i];
            if ((cls[i] == LETTER || cls[i] == DIGIT || cls[i] == SYMBOL)
                    && c != '.' && c != ',' && c != '!' && c != '?' && c != '…') {
                n++;
            }
        }
        return n;
    }

    private static boolean isSpaceBetween(byte[] cls, int prevChar, int i) {
        return i > 0 && cls[i - 1] == SPACE;
    }

    private static boolean coversAll(byte[] cls, int from, int to) {
        for (int i = 0; i < cls.length; i++) {
            if ((i < from || i >= to) && cls[i] != SPACE) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> EMOTICONS = Set.of(":)", ":(", ":-)", ":-(", ";)", ";-)",
            "<3", "^^", "^_^", ":'(", ":/", ":-/", "-_-", ":*", "!?", "?!", ":')", "(:", "):", ":]", ":[", "=)",
            "xd", ":d", ":p", ":o", ":-d", ":-p", ";p", ";d", "<33", "</3", "o_o", "t_t", ":3", "-", "--", "&", "/", "=");

    private static boolean hasLetterBefore(byte[] cls, int end) {
        for (int i = 0; i < end; i++) {
            if (cls[i] == LETTER) {
                return true;
            }
        }
        return false;
    }

    private static int countMashChars(double[] ev, byte[] cls) {
        // Characters inside positive-sum runs whose total reaches SEGMENT_MIN.
        int total = 0;
        double run = 0;
        int runChars = 0;
        double peak = 0;
        int peakChars = 0;
        for (int i = 0; i <= ev.length; i++) {
            if (i == ev.length || run + ev[i] <= 0) {
                if (peak >= SEGMENT_MIN) {
                    total += peakChars;
                }
                run = 0;
                runChars = 0;
                peak = 0;
                peakChars = 0;
                continue;
            }
            run += ev[i];
            if (cls[i] != SPACE) {
                runChars++;
            }
            if (run > peak) {
                peak = run;
                peakChars = runChars;
            }
        }
        return total;
    }

    private static final class Flags {
        boolean held;
        boolean adjacentRun;
        boolean unlikely;
        boolean symbols;
    }

    private void tokenEvidence(int[] cp, int a, int b, int lastOfPrevious, byte[] cls, double[] ev, Flags flags) {
        int prev = -1; // previous keyboard char (raw)
        int l1 = -1; // previous letter (folded), -1 when the letter context was broken
        int l2 = -1; // letter before that
        int runLen = 0;
        boolean sawLower = false;
        int adjacentStreak = 0;
        for (int i = a; i < b; i++) {
            int c = cp[i];
            int f = KeyboardGeometry.fold(c);
            byte k = classify(c);
            // UTF-8 read as Latin-1 ("hÃ¤tte"): the pair is one letter of the writer's language.
            boolean mojibakeLead = (c == 'Ã' || c == 'Â' || c == 'Å') && i + 1 < b && cp[i + 1] >= 0x80 && cp[i + 1] <= 0xBF;
            boolean mojibakeTail = c >= 0x80 && c <= 0xBF && i > a && (cp[i - 1] == 'Ã' || cp[i - 1] == 'Â' || cp[i - 1] == 'Å');
            if (mojibakeLead || mojibakeTail) {
                k = OTHER;
            }
            cls[i] = k;
            if (k == OTHER) {
                cls[i] = OTHER;
                ev[i] = mojibakeLead || mojibakeTail ? 0.0 : Character.isLetter(c) ? OTHER_SCRIPT : EMOJI;
                prev = -1;
                l1 = -1;
                l2 = -1;
                runLen = 0;
                continue;
            }
            runLen = prev >= 0 && KeyboardGeometry.fold(prev) == f ? runLen + 1 : 1;
            double e;
            boolean elongatedVowel = k == LETTER && isVowel(f) && runLen < HELD_VOWEL_MIN;
            if (runLen >= 3 && !elongatedVowel) {
                if (k == DIGIT) {
                    e = HELD_DIGIT;
                } else if ((c == '.' && runLen < LONG_DOTS) || c == '!' || c == '?') {
                    e = HELD_SENTENCE_PUNCT;
                } else {
                    e = HELD;
                }
                if (runLen >= 4) {
                    flags.held = true;
                }
            } else if (elongatedVowel && runLen >= 3) {
                e = ELONGATION; // "jaaaa", "hilfeeee": expressive, not a held key
            } else if (runLen >= 2) {
                e = k == LETTER ? DOUBLE_LETTER
                        : (k == SYMBOL && c != '.' && c != '!' && c != '?') ? DOUBLE_SYMBOL : 0.0;
            } else if (prev < 0) {
                e = 0.0;
                if (i == a && (c == ',' || c == ';' || c == '.' || c == '/' || c == '\\' || c == '[' || c == ']')
                        && i + 1 < b && Character.isLetter(cp[i + 1])) {
                    e = LEADING_SYMBOL; // ",mn", ".qqax": a word never starts with these
                }
                if (i == a && lastOfPrevious >= 0 && k != OTHER) {
                    double d = keys.distance(lastOfPrevious, c);
                    e = CROSS_SPACE * (d <= ADJ_DIST ? ADJACENT : d <= 2.3 ? NEAR : FAR_KEY);
                }
            } else {
                double d = keys.distance(prev, c);
                double key = d <= ADJ_DIST ? ADJACENT : d <= 2.3 ? NEAR : FAR_KEY;
                adjacentStreak = d <= ADJ_DIST ? adjacentStreak + 1 : 0;
                if (adjacentStreak >= 3) {
                    flags.adjacentRun = true;
                }
                e = key;
                if (k == DIGIT && classify(prev) == DIGIT) {
                    // Adjacency between digits is near-universal over number row, keypad and dial
                    // pad, so it says nothing; only held digits count.
                    e = DIGIT_PAIR;
                } else if (k == LETTER && l1 >= 0) {
                    double sur = surprisal(l2, l1, f);
                    e += LM_WEIGHT * (sur - LM_PIVOT);
                    if (l2 < 0 && runStartsToken(cp, a, i - 1)) {
                        int ws = model.wordStart(l1, f);
                        e += BOUNDARY_WEIGHT * ((ws == NgramModel.UNSEEN ? BOUNDARY_UNSEEN : ws / 10.0) - BOUNDARY_PIVOT);
                    }
                    if (i + 1 == b || isTrailingPunct(cp, i + 1, b)) {
                        int we = model.wordEnd(l1, f);
                        e += BOUNDARY_WEIGHT * ((we == NgramModel.UNSEEN ? BOUNDARY_UNSEEN : we / 10.0) - BOUNDARY_PIVOT);
                    }
                    if (sur >= 6.0) {
                        flags.unlikely = true;
                    }
                } else if (k == SYMBOL) {
                    boolean last = (i == b - 1 || isTrailingPunct(cp, i + 1, b)) && hasAlnum(cp, a, i);
                    boolean joiner = ((c == '\'' || c == '’' || c == '-' || c == '&' || c == '/')
                            && i + 1 < b && Character.isLetterOrDigit(cp[i + 1]))
                            || ((c == '.' || c == '_' || c == ':' || c == '@') && letterRunBefore(cp, a, i) >= 2
                                    && letterRunAfter(cp, i + 1, b) >= 2);
                    boolean messageEnd = i == cp.length - 1;
                    if (last && (c == '.' || (c == ',' && !messageEnd) || c == '!' || c == '?' || c == ':'
                            || c == ')' || c == '"' || c == '\'')) {
                        e = 0.0;
                    } else if (c == '"' || c == '“' || c == '”') {
                        e = 0.0;
                    } else if (joiner) {
                        e = -0.3;
                    } else {
                        e += SYMBOL_INSIDE;
                        flags.symbols = true;
                    }
                }
            }
            if (k == LETTER) {
                boolean upper = Character.isUpperCase(c);
                if (upper && sawLower && i > a) {
                    e += CASE_FLIP;
                }
                if (!upper) {
                    sawLower = true;
                }
                l2 = l1;
                l1 = f;
            } else {
                l1 = -1;
                l2 = -1;
            }
            ev[i] = e;
            prev = c;
        }
    }

    private static boolean isVowel(int f) {
        return "aeiouyàáâäãåæèéêëìíîïòóôöõøùúûüýаеёиоуыэюя".indexOf(f) >= 0;
    }

    private static boolean symbolOnly(byte[] cls, int a, int b) {
        for (int i = a; i < b; i++) {
            if (cls[i] != SYMBOL) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySentencePunct(int[] cp, int a, int b) {
        for (int i = a; i < b; i++) {
            int c = cp[i];
            if (!(c == '.' || c == '!' || c == '?' || c == '…' || c == ',')) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAlnum(int[] cp, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(cp[i])) {
                return true;
            }
        }
        return false;
    }

    private static int letterRunBefore(int[] cp, int from, int at) {
        int n = 0;
        for (int i = at - 1; i >= from && Character.isLetter(cp[i]) && n < 2; i--) {
            n++;
        }
        return n;
    }

    private static int letterRunAfter(int[] cp, int at, int to) {
        int n = 0;
        for (int i = at; i < to && Character.isLetter(cp[i]) && n < 2; i++) {
            n++;
        }
        return n;
    }

    /** Whether the letter at {@code i} begins its token, after opening punctuation at most. */
    private static boolean runStartsToken(int[] cp, int a, int i) {
        for (int j = a; j < i; j++) {
            if (!isOpening(cp[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTrailingPunct(int[] cp, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = cp[i];
            if (!(c == '.' || c == ',' || c == '!' || c == '?' || c == ')' || c == '"' || c == '\'' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    /** Nats of surprise for letter {@code c} after {@code p2 p1}; p2 may be -1 (no context). */
    private double surprisal(int p2, int p1, int c) {
        // Rare non-ASCII letters ("œ", "ő", "ș") the pooled model has not seen in this context come
        // from writing a language, not from mashing: mash letters are the keys in front of you.
        boolean rare = c > 0x7F || p1 > 0x7F;
        if (p2 >= 0) {
            int t = model.trigram(p2, p1, c);
            if (t != NgramModel.UNSEEN) {
                return t / 10.0;
            }
            int bg = model.bigram(p1, c);
            if (bg == NgramModel.UNSEEN) {
                return rare ? Math.min(LM_UNSEEN_BOTH, RARE_LETTER) : LM_UNSEEN_BOTH;
            }
            return bg / 10.0 + LM_BACKOFF;
        }
        int bg = model.bigram(p1, c);
        if (bg == NgramModel.UNSEEN) {
            return rare ? Math.min(LM_UNSEEN_BIGRAM, RARE_LETTER) : LM_UNSEEN_BIGRAM;
        }
        return bg / 10.0;
    }

    private byte classify(int c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (Character.isLetter(c)) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            // Only scripts the n-gram model covers can be judged; Greek, Arabic, CJK... count as language.
            return sc == Character.UnicodeScript.LATIN || sc == Character.UnicodeScript.CYRILLIC ? LETTER : OTHER;
        }
        if (keys.onKeyboard(c)) {
            return SYMBOL;
        }
        return OTHER;
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static List<int[]> tokens(int[] cp) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < cp.length) {
            while (i < cp.length && isSpace(cp[i])) {
                i++;
            }
            int a = i;
            while (i < cp.length && !isSpace(cp[i])) {
                i++;
            }
            if (i > a) {
                out.add(new int[] {a, i});
            }
        }
        return out;
    }

    /** Marks tokens that are pasted codes, alone or as a group (spaced IBAN, grouped numbers). */
    private boolean[] structuredTokens(int[] cp, List<int[]> tokens, TreeSet<String> signals) {
        int m = tokens.size();
        boolean[] struct = new boolean[m];
        String[] stripped = new String[m];
        for (int t = 0; t < m; t++) {
            int[] ab = strip(cp, tokens.get(t)[0], tokens.get(t)[1]);
            if (ab[1] - ab[0] > 200) {
                stripped[t] = null; // no pasted code is that long without spaces, except tokens (below)
                String kind = longTokenKind(cp, ab[0], ab[1]);
                if (kind != null) {
                    struct[t] = true;
                    signals.add("structured-" + kind);
                }
                continue;
            }
            stripped[t] = new String(cp, ab[0], ab[1] - ab[0]);
        }
        for (int t = 0; t < m; t++) {
            String tok = stripped[t];
            if (tok == null || struct[t] || tok.isEmpty()) {
                continue;
            }
            String kind = StructuredTokens.isMaskedNumber(tok) ? "masked" : StructuredTokens.kindOf(tok);
            if (hasHeldRun(tok, 5) && (kind == null || kind.equals("number"))) {
                // a held key is never a pasted number or id; check-digit codes stay codes
                continue;
            }
            if (kind == null && (StructuredTokens.isAlnumCode(tok) || upperCode(tok)) && !keyboardy(tok)
                    && !hasHeldLetters(tok) && maxLowerRun(tok) <= 6) {
                kind = "code";
            }
            if (kind == null && codeSnippet(tok)) {
                kind = "code-snippet";
            }
            if (kind == null && upperLetterCode(tok) && !keyboardy(tok)) {
                kind = "code";
            }
            if (kind == null && longDigitCode(tok)) {
                kind = "code";
            }
            if (kind == null && looksLikePassword(tok)) {
                kind = "password";
            }
            if (kind == null && isMaskRun(tok)) {
                kind = "masked";
            }
            if (kind == null && tok.length() >= 16 && looksLikeSecret(tok)) {
                kind = "token";
            }
            if (kind != null) {
                struct[t] = true;
                signals.add("structured-" + kind);
            }
        }
        // UK postcodes: "SW1A 1AA", "G2 3BZ".
        for (int t = 1; t < m; t++) {
            if (stripped[t] != null && stripped[t - 1] != null && ukInward(stripped[t]) && ukOutward(stripped[t - 1])) {
                struct[t] = true;
                struct[t - 1] = true;
                signals.add("structured-postcode");
            }
        }
        // Spaced IBANs: "NL91 ABNA 0417 1643 00".
        for (int t = 0; t < m; t++) {
            String tok = stripped[t];
            if (tok == null || tok.length() < 4 || tok.length() > 4 || !Character.isLetter(tok.charAt(0))) {
                continue;
            }
            StringBuilder b = new StringBuilder(StructuredTokens.alnumUpper(tok));
            for (int u = t + 1; u < m && u < t + 9 && stripped[u] != null && stripped[u].length() <= 4; u++) {
                b.append(StructuredTokens.alnumUpper(stripped[u]));
                if (StructuredTokens.ibanValid(b.toString())) {
                    for (int v = t; v <= u; v++) {
                        struct[v] = true;
                    }
                    signals.add("structured-iban");
                    break;
                }
            }
        }
        // Short alphanumeric groups next to a structured neighbour belong to it ("LU75 615N 6X1K").
        for (int t = 0; t < m; t++) {
            String tok = stripped[t];
            if (struct[t] || tok == null || tok.length() > 5 || tok.isEmpty() || !alnumGroup(tok)) {
                continue;
            }
            boolean left = t > 0 && struct[t - 1];
            boolean right = t + 1 < m && struct[t + 1];
            boolean upperShort = tok.length() <= 3 && tok.equals(tok.toUpperCase(Locale.ROOT))
                    && !tok.equals(tok.toLowerCase(Locale.ROOT));
            if ((left || right) && (StructuredTokens.countDigits(tok) > 0 || upperShort)) {
                struct[t] = true;
            }
        }
        return struct;
    }

    private static boolean alnumGroup(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= '0' && c <= '9') || StructuredTokens.isAsciiLetter(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMaskRun(String t) {
        if (t.length() < 3 || t.length() > 4) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '*' && c != '•' && c != 'X' && c != 'x') {
                return false;
            }
        }
        return t.charAt(0) == '*' || t.charAt(0) == '•' || t.equals("XXXX");
    }

    /** API tokens, JWTs, base64 secrets: long, mixed case and digits, no held keys. */
    private static boolean looksLikeSecret(String t) {
        int upper = 0;
        int lower = 0;
        int digit = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper++;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
            } else if (c >= '0' && c <= '9') {
                digit++;
            } else if (!(c == '_' || c == '-' || c == '.' || c == '/' || c == '+' || c == '=')) {
                return false;
            }
        }
        return digit >= 2 && (upper >= 2 || lower >= 2) && upper + lower >= 4;
    }

    /** Generated passwords and keys flip case all the time; a shifted mash flips once or twice. */
    static boolean looksLikePassword(String t) {
        if (t.length() < 10 || t.length() > 64) {
            return false;
        }
        int flips = 0;
        int digits = 0;
        int lastCase = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int cs = c >= 'A' && c <= 'Z' ? 1 : c >= 'a' && c <= 'z' ? 2 : 0;
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (cs == 0 && "!#$%&*?@-_.+=/".indexOf(c) < 0) {
                return false;
            }
            if (cs != 0) {
                if (lastCase != 0 && cs != lastCase) {
                    flips++;
                }
                lastCase = cs;
            }
        }
        return digits >= 1 && flips >= 4;
    }

    private String longTokenKind(int[] cp, int a, int b) {
        int limit = Math.min(b, a + 64);
        String head = new String(cp, a, limit - a);
        if (StructuredTokens.isUrl(head)) {
            return "url";
        }
        return null;
    }

    /** Whether a mixed letter/digit token was typed by sliding over neighbouring keys. */
    private boolean keyboardy(String t) {
        int adjacent = 0;
        int pairs = 0;
        for (int i = 1; i < t.length(); i++) {
            char p = t.charAt(i - 1);
            char c = t.charAt(i);
            if (Character.isDigit(p) && Character.isDigit(c)) {
                continue; // every digit pair is adjacent on some keypad
            }
            pairs++;
            if (keys.distance(p, c) <= ADJ_DIST) {
                adjacent++;
            }
        }
        return pairs > 0 && adjacent >= KEYBOARDY * pairs;
    }

    private static boolean ukInward(String t) {
        return t.length() == 3 && Character.isDigit(t.charAt(0)) && isUpperAscii(t.charAt(1))
                && isUpperAscii(t.charAt(2));
    }

    private static boolean ukOutward(String t) {
        int n = t.length();
        if (n < 2 || n > 4 || !isUpperAscii(t.charAt(0))) {
            return false;
        }
        int i = 1;
        if (isUpperAscii(t.charAt(i))) {
            i++;
        }
        if (i >= n || !Character.isDigit(t.charAt(i))) {
            return false;
        }
        i++;
        return i == n || (i == n - 1 && (Character.isDigit(t.charAt(i)) || isUpperAscii(t.charAt(i))));
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Tracking-style ids: a long run of digits that is neither held nor a number-row sweep, with
     * at most a short lower-case part ("3SXWQY3541646", "JJD0003964044790918606").
     */
    static boolean longDigitCode(String t) {
        int lower = 0;
        int bestRun = 0;
        int run = 0;
        boolean irregular = false;
        boolean runIrregular = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (run > 0) {
                    int step = c - t.charAt(i - 1);
                    if (step != 1 && step != -1) {
                        runIrregular = true;
                    }
                }
                run++;
                if (run > bestRun) {
                    bestRun = run;
                    irregular = runIrregular;
                }
            } else {
                run = 0;
                runIrregular = false;
                if (c >= 'a' && c <= 'z') {
                    lower++;
                } else if (!(c >= 'A' && c <= 'Z') && c != '-') {
                    return false;
                }
            }
        }
        return bestRun >= 5 && irregular && lower <= 3 && !hasHeldRun(t, 4);
    }

    private static final String[] CODE_MARKS = {"(\"", "('", "{\"", "\":", "=\"", "</", "()", ").", "&&", "::",
        "=>", "->", "\",\"", "\">", "[\"", "\"]"};

    /** Program text pasted into the chat: code punctuation next to a real identifier. */
    static boolean codeSnippet(String t) {
        boolean mark = false;
        for (String m : CODE_MARKS) {
            if (t.contains(m)) {
                mark = true;
                break;
            }
        }
        if (!mark) {
            return false;
        }
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = Character.isLetter(t.charAt(i)) ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Upper-case letter ids such as booking references ("CHDQSK"): five to eight letters, at most one vowel. */
    private static boolean upperLetterCode(String t) {
        if (t.length() < 5 || t.length() > 8) {
            return false;
        }
        int vowels = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'A' && c <= 'Z')) {
                return false;
            }
            if ("AEIOU".indexOf(c) >= 0) {
                vowels++;
            }
        }
        return vowels <= 1;
    }

    /** Upper-case ids with at least one digit: "ILWXYSM3", "AWXKG9". */
    private static boolean upperCode(String t) {
        if (t.length() < 6) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!(c >= 'A' && c <= 'Z') && c != '-') {
                return false;
            }
        }
        return digits >= 1;
    }

    /** Three identical letters anywhere, or three identical characters at the end ("claui888"). */
    private static boolean hasHeldLetters(String t) {
        int run = 1;
        for (int i = 1; i < t.length(); i++) {
            run = t.charAt(i) == t.charAt(i - 1) ? run + 1 : 1;
            if (run >= 3 && (Character.isLetter(t.charAt(i)) || i == t.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    private static int maxLowerRun(String t) {
        int run = 0;
        int max = 0;
        for (int i = 0; i < t.length(); i++) {
            run = Character.isLowerCase(t.charAt(i)) ? run + 1 : 0;
            max = Math.max(max, run);
        }
        return max;
    }

    static boolean hasHeldRun(String t, int min) {
        int run = 1;
        for (int i = 1; i < t.length(); i++) {
            run = t.charAt(i) == t.charAt(i - 1) ? run + 1 : 1;
            if (run >= min) {
                return true;
            }
        }
        return min <= 1;
    }

    private static int[] strip(int[] cp, int a, int b) {
        while (a < b && isOpening(cp[a])) {
            a++;
        }
        while (b > a && isClosing(cp[b - 1])) {
            b--;
        }
        return new int[] {a, b};
    }

    private static boolean isOpening(int c) {
        return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '¿' || c == '¡' || c == '«'
                || c == '<' || c == '“' || c == '‘' || c == '#' || c == '№';
    }

    private static boolean isClosing(int c) {
        return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '.' || c == ',' || c == ';'
                || c == ':' || c == '!' || c == '?' || c == '»' || c == '>' || c == '”' || c == '’';
    }
}
