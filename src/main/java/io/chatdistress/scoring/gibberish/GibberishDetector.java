package io.chatdistress.scoring.gibberish;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Linear in the input length, no regular expressions; thread-safe and immutable after loading
 * (each thread has its own reusable scratch arrays).
 *
 * <p>Where the decisions live: the evidence per character in {@link #tokenEvidence}, the whole-message
 * rules (short messages, whole-mash bonus, score, signals) in {@link #analyse}, and which tokens are
 * pasted codes in {@link #structuredTokens} (with the recognisers in {@link StructuredTokens}). The
 * rest is speed: a per-thread scratch buffer instead of per-call arrays, a {@link CharTable} that
 * caches this class's per-character predicates, and the prefilter {@link #isPlainWord} that lets
 * ordinary words skip the code recognisers. If a recogniser learns to accept a new shape of plain
 * word (letters, apostrophes, hyphens, no digits), update {@link #isPlainWord}; the property test
 * {@code StructuredPrefilterTest} checks the two agree. The per-character predicates below
 * ({@code classify}, {@code isSpace}, {@code isVowel}, {@code isOpening}, {@code isClosing},
 * {@code isTrailingPunct}) stay the single source of truth: {@link CharTable} is built from them.
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

    /** Score given to single letters strewn among punctuation (see {@link ScatteredLetters}): confident mash. */
    static final double SCATTERED_SCORE = 0.9;
    private static final GibberishResult EMPTY = new GibberishResult(0.0, false, 0.0, false, List.of());
    /** Texts up to this many code points reuse the calling thread's scratch buffers. */
    private static final int SCRATCH_MAX = 8192;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(() -> new Scratch(256));

    private final NgramModel model;
    private final KeyboardGeometry keys;
    private final CharTable chars;
    /** Whether the exact shortcuts of {@link #structuredTokens} are on (off only to test that they are exact). */
    private final boolean prefilter;

    private GibberishDetector(NgramModel model, KeyboardGeometry keys) {
        this(model, keys, true);
    }

    private GibberishDetector(NgramModel model, KeyboardGeometry keys, boolean prefilter) {
        this.model = model;
        this.keys = keys;
        this.prefilter = prefilter;
        this.chars = new CharTable(new CharTable.Source(this::classify, GibberishDetector::isSpace,
                GibberishDetector::isVowel, GibberishDetector::isOpening, GibberishDetector::isClosing,
                GibberishDetector::isTrailingPunct, GibberishDetector::isWordChar));
    }

    /** Loads the shipped models once; thread-safe, immutable afterwards. */
    public static GibberishDetector loadDefault() {
        return Holder.DEFAULT;
    }

    /** A detector with every structured-token shortcut off: same results, slower; for tests. */
    static GibberishDetector withoutPrefilter() {
        return new GibberishDetector(NgramModel.loadDefault(), KeyboardGeometry.get(), false);
    }

    private static final byte SPACE = 0;
    private static final byte STRUCT = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    private static final byte SYMBOL = 4;
    private static final byte OTHER = 5;

    /** Key-distance evidence by distance in tenths of a key width (see {@link KeyboardGeometry#tenths}). */
    private static final double[] KEY_TERM = new double[128];
    /** Whether a distance in tenths counts as touching keys. */
    private static final boolean[] TOUCHING = new boolean[128];

    static {
        for (int q = 0; q < 128; q++) {
            double d = KeyboardGeometry.toKeyWidths(q);
            KEY_TERM[q] = d <= ADJ_DIST ? ADJACENT : d <= 2.3 ? NEAR : FAR_KEY;
            TOUCHING[q] = d <= ADJ_DIST;
        }
    }

    /** Working arrays of one analysis; one per thread, grown on demand. */
    private static final class Scratch {
        char[] text;
        int[] cp;
        byte[] cls;
        double[] ev;
        /** Token bounds [tokStart, tokEnd) and the bounds without surrounding punctuation [stripStart, stripEnd). */
        int[] tokStart;
        int[] tokEnd;
        int[] stripStart;
        int[] stripEnd;
        int tokens;
        boolean[] plain;
        boolean[] struct;
        /** Stripped token text, made only for tokens the prefilter cannot rule out. */
        String[] stripped;
        final Flags flags = new Flags();
        final Signals signals = new Signals();

        Scratch(int n) {
            text = new char[n];
            cp = new int[n];
            cls = new byte[n];
            ev = new double[n];
            int m = n / 2 + 1;
            tokStart = new int[m];
            tokEnd = new int[m];
            stripStart = new int[m];
            stripEnd = new int[m];
            plain = new boolean[m];
            struct = new boolean[m];
            stripped = new String[m];
        }

        static Scratch forLength(int n) {
            if (n > SCRATCH_MAX) {
                return new Scratch(n);
            }
            Scratch s = SCRATCH.get();
            if (s.cp.length < n) {
                s = new Scratch(Math.max(n, 2 * s.cp.length));
                SCRATCH.set(s);
            }
            return s;
        }
    }

    /** Raw message text. Linear time in its length. */
    public GibberishResult analyse(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        // Each char gives at most two code points ("œ" is spelled "oe", as the model expects).
        String s = text;
        Scratch w = Scratch.forLength(2 * s.length());
        s.getChars(0, s.length(), w.text, 0);
        if (!belowCombiningMarks(w.text, s.length()) && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
            w = Scratch.forLength(2 * s.length());
            s.getChars(0, s.length(), w.text, 0);
        }
        int[] cp = w.cp;
        int n = decodeAndSplit(w.text, s.length(), w);
        int m = w.tokens;
        byte[] cls = w.cls;
        double[] ev = w.ev;
        Signals signals = w.signals;
        signals.clear();
        Flags flags = w.flags;
        flags.clear();

        int[] tokStart = w.tokStart;
        int[] tokEnd = w.tokEnd;
        int structuredChars = 0;
        int contentChars = 0;
        boolean[] struct = structuredTokens(cp, w, m, signals);
        for (int t = 0; t < m; t++) {
            int a = tokStart[t];
            int b = tokEnd[t];
            contentChars += b - a;
            if (struct[t]) {
                structuredChars += b - a;
                for (int i = a; i < b; i++) {
                    cls[i] = STRUCT;
                    ev[i] = STRUCTURED;
                }
            } else if (b - a <= 4 && isEmoticon(cp, a, b)) {
                // emoticons are written on purpose, like emoji
                for (int i = a; i < b; i++) {
                    cls[i] = OTHER;
                    ev[i] = EMOJI;
                }
            } else {
                int last = t > 0 && !struct[t - 1] ? cp[tokEnd[t - 1] - 1] : -1;
                tokenEvidence(cp, n, a, b, w.stripStart[t], last, cls, ev, flags);
                if (symbolOnly(cls, a, b) && !onlySentencePunct(cp, a, b)) {
                    for (int i = a; i < b; i++) {
                        ev[i] += SYMBOL_TOKEN;
                    }
                    flags.symbols = true;
                }
            }
        }
        // (spaces got cls SPACE and ev GAP while tokenising)

        // One pass, two scans: the maximum-sum segment (Kadane), and the characters inside
        // positive-sum runs whose peak reaches SEGMENT_MIN (mashChars).
        double best = 0;
        double run = 0;
        int runStart = 0;
        int bestStart = 0;
        int bestEnd = 0;
        int mashChars = 0;
        double mashRun = 0;
        int mashRunChars = 0;
        double peak = 0;
        int peakChars = 0;
        for (int i = 0; i < n; i++) {
            double e = ev[i];
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += e;
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i + 1;
            }
            if (mashRun + e <= 0) {
                if (peak >= SEGMENT_MIN) {
                    mashChars += peakChars;
                }
                mashRun = 0;
                mashRunChars = 0;
                peak = 0;
                peakChars = 0;
                continue;
            }
            mashRun += e;
            if (cls[i] != SPACE) {
                mashRunChars++;
            }
            if (mashRun > peak) {
                peak = mashRun;
                peakChars = mashRunChars;
            }
        }
        if (peak >= SEGMENT_MIN) {
            mashChars += peakChars;
        }
        if (contentChars <= SHORT_MAX && structuredChars == 0 && !repeatedWord(cp, tokStart, tokEnd, m)) {
            best = Math.max(best, shortMessageEvidence(cp, cls, n));
        }
        // A short message that is mash from its first to its last key has no room to pile up
        // evidence; natural short messages ("ok", "thx bye", "Bonjour") have negative stretches.
        if (best >= WHOLE_MIN_SUM && contentChars <= WHOLE_MAX && structuredChars == 0
                && keyChars(cp, cls, n) >= 3 && coversAll(cls, n, bestStart, bestEnd)) {
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
        if (score < SCATTERED_SCORE && structuredChars == 0 && ScatteredLetters.matches(text)) {
            // Letters strewn among dots and spaces ("v x... c..."): nothing for the n-gram model to judge.
            score = SCATTERED_SCORE;
            mashFraction = 1.0;
            signals.add("scattered-letters");
        }
        return new GibberishResult(score, score >= THRESHOLD, mashFraction, structured, signals.toList());
    }

    /** Text made only of chars below U+0300 has no combining marks and so is NFC already. */
    private static boolean belowCombiningMarks(char[] text, int len) {
        for (int i = 0; i < len; i++) {
            if (text[i] >= 0x300) {
                return false;
            }
        }
        return true;
    }

    /**
     * One pass over {@code text[0, len)}: its code points into {@code w.cp}, with the French
     * ligature spelled out ("œ" → "oe", as most keyboards make people do and as the model expects);
     * split at whitespace into tokens ({@link #addToken}); every space gets cls SPACE and ev GAP.
     * Returns the number of code points; the number of tokens is left in {@code w.tokens}.
     */
    private int decodeAndSplit(char[] text, int len, Scratch w) {
        int[] cp = w.cp;
        int n = 0;
        int start = -1; // first code point of the current token, -1 between tokens
        w.tokens = 0;
        for (int i = 0; i < len; i++) {
            char ch = text[i];
            int c;
            int second = -1;
            if (ch == 'œ') {
                c = 'o';
                second = 'e';
            } else if (ch == 'Œ') {
                c = 'O';
                second = 'E';
            } else if (Character.isHighSurrogate(ch) && i + 1 < len && Character.isLowSurrogate(text[i + 1])) {
                c = Character.toCodePoint(ch, text[++i]);
            } else {
                c = spellingVariant(ch);
            }
            if ((chars.info(c) & CharTable.SPACE) != 0) {
                if (start >= 0) {
                    addToken(cp, start, n, w);
                    start = -1;
                }
                w.cls[n] = SPACE;
                w.ev[n] = GAP;
            } else if (start < 0) {
                start = n;
            }
            cp[n++] = c;
            if (second >= 0) {
                cp[n++] = second;
            }
        }
        if (start >= 0) {
            addToken(cp, start, n, w);
        }
        return n;
    }

    /**
     * Letters written two ways map to the way the language model knows best: Romanian "ș ț"
     * (comma below) to "ş ţ" (cedilla, most of the model's Romanian), Russian "ё" to "е" (usually
     * written so). Without this, correct Romanian or Russian reads as unlikely letter sequences.
     */
    private static char spellingVariant(char ch) {
        switch (ch) {
            case '\u0219': return '\u015F'; // ș -> ş
            case '\u0218': return '\u015E'; // Ș -> Ş
            case '\u021B': return '\u0163'; // ț -> ţ
            case '\u021A': return '\u0162'; // Ț -> Ţ
            case '\u0451': return '\u0435'; // ё -> е
            case '\u0401': return '\u0415'; // Ё -> Е
            default: return ch;
        }
    }

    /**
     * Letters of Unicode's Latin Extended Additional block (Vietnamese "ổ ị ầ") take two or more
     * strokes on every keyboard (a tone mark on a vowel), so nobody types them by falling on keys.
     */
    private static boolean multiStroke(int c) {
        return c >= 0x1E00 && c <= 0x1EFF;
    }

    /** Records token [a, b), its bounds without surrounding punctuation, and whether it is a plain word. */
    private void addToken(int[] cp, int a, int b, Scratch w) {
        int sa = a;
        int sb = b;
        while (sa < sb && (chars.info(cp[sa]) & CharTable.OPENING) != 0) {
            sa++;
        }
        while (sb > sa && (chars.info(cp[sb - 1]) & CharTable.CLOSING) != 0) {
            sb--;
        }
        int m = w.tokens++;
        w.tokStart[m] = a;
        w.tokEnd[m] = b;
        w.stripStart[m] = sa;
        w.stripEnd[m] = sb;
        w.plain[m] = prefilter && isPlainWord(cp, sa, sb);
        w.struct[m] = false;
        w.stripped[m] = null;
    }

    /**
     * Prefilter of {@link #structuredTokens}: true when the stripped token cannot be a pasted code
     * for any recogniser, so they need not run. A plain word has only BMP letters, apostrophes and
     * hyphens (hence no digit, no '@', '.', ':', '/', '*'), is not all ASCII capitals (booking
     * references, "XXXX" masks), and is not a hyphenated 17 or 36 chars (a MAC or a UUID can be all
     * letters a-f). Every recogniser needs one of these, see {@code StructuredPrefilterTest}.
     */
    boolean isPlainWord(int[] cp, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean allCapitals = true;
        boolean hyphen = false;
        for (int i = from; i < to; i++) {
            int c = cp[i];
            if ((chars.info(c) & CharTable.WORD) == 0 || c > 0xFFFF) {
                return false;
            }
            allCapitals &= c >= 'A' && c <= 'Z';
            hyphen |= c == '-';
        }
        int len = to - from;
        return !allCapitals && !(hyphen && (len == 17 || len == 36));
    }

    /** Characters a {@link #isPlainWord plain word} is made of. */
    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }

    /** Stripped text of token {@code t}, made on first use. */
    private static String stripped(int[] cp, Scratch w, int t) {
        String s = w.stripped[t];
        if (s == null) {
            s = new String(cp, w.stripStart[t], w.stripEnd[t] - w.stripStart[t]);
            w.stripped[t] = s;
        }
        return s;
    }

    /**
     * Marks tokens that are pasted codes, alone or as a group (spaced IBAN, grouped numbers).
     * Tokens longer than 200 code points (after stripping) only count as URLs.
     */
    private boolean[] structuredTokens(int[] cp, Scratch w, int m, Signals signals) {
        boolean[] struct = w.struct;
        boolean[] plain = w.plain;
        int[] sa = w.stripStart;
        int[] sb = w.stripEnd;
        for (int t = 0; t < m; t++) {
            if (sb[t] - sa[t] > 200) {
                // no pasted code is that long without spaces, except tokens (below)
                String kind = longTokenKind(cp, sa[t], sb[t]);
                if (kind != null) {
                    struct[t] = true;
                    signals.addStructured(kind);
                }
            }
        }
        for (int t = 0; t < m; t++) {
            if (isLong(w, t) || struct[t] || sa[t] == sb[t] || plain[t]) {
                continue;
            }
            String kind = tokenKind(stripped(cp, w, t));
            if (kind != null) {
                struct[t] = true;
                signals.addStructured(kind);
            }
        }
        // Acronyms typed in capitals inside a sentence ("mon TGV a 1h20 de retard", "the DHL van"):
        // two to four capital letters next to a lower-case word. Mash in capitals is longer, or
        // the whole line.
        for (int t = 0; t < m; t++) {
            if (!struct[t] && isAcronym(cp, sa[t], sb[t])
                    && ((t > 0 && hasLowerWord(cp, sa[t - 1], sb[t - 1]))
                            || (t + 1 < m && hasLowerWord(cp, sa[t + 1], sb[t + 1])))) {
                struct[t] = true;
                signals.addStructured("acronym");
            }
        }
        // UK postcodes: "SW1A 1AA", "G2 3BZ". An inward code is three code points, a digit first.
        for (int t = 1; t < m; t++) {
            if (prefilter && (sb[t] - sa[t] != 3 || (chars.info(cp[sa[t]]) & CharTable.DIGIT) == 0)) {
                continue; // never an inward code
            }
            if (!isLong(w, t) && !isLong(w, t - 1)
                    && ukInward(stripped(cp, w, t)) && ukOutward(stripped(cp, w, t - 1))) {
                struct[t] = true;
                struct[t - 1] = true;
                signals.addStructured("postcode");
            }
        }
        // Spaced IBANs: "NL91 ABNA 0417 1643 00".
        for (int t = 0; t < m; t++) {
            if (prefilter && (sb[t] - sa[t] > 4 || sb[t] - sa[t] < 3 || !couldStartIban(cp, sa[t], sb[t]))) {
                continue; // cheap exact pre-checks: the first group fixes the country and check digits
            }
            if (isLong(w, t)) {
                continue;
            }
            String tok = stripped(cp, w, t);
            if (tok.length() < 4 || tok.length() > 4 || !Character.isLetter(tok.charAt(0))) {
                continue;
            }
            StringBuilder b = new StringBuilder(StructuredTokens.alnumUpper(tok));
            for (int u = t + 1; u < m && u < t + 9 && !isLong(w, u) && stripped(cp, w, u).length() <= 4; u++) {
                b.append(StructuredTokens.alnumUpper(stripped(cp, w, u)));
                if (StructuredTokens.ibanValid(b.toString())) {
                    for (int v = t; v <= u; v++) {
                        struct[v] = true;
                    }
                    signals.addStructured("iban");
                    break;
                }
            }
        }
        // Short alphanumeric groups next to a structured neighbour belong to it ("LU75 615N 6X1K").
        for (int t = 0; t < m; t++) {
            boolean left = t > 0 && struct[t - 1];
            boolean right = t + 1 < m && struct[t + 1];
            if (!(left || right) || struct[t] || isLong(w, t) || sb[t] - sa[t] > 5 || sa[t] == sb[t]) {
                continue;
            }
            String tok = stripped(cp, w, t);
            if (tok.length() > 5 || !alnumGroup(tok)) {
                continue;
            }
            boolean upperShort = tok.length() <= 3 && tok.equals(tok.toUpperCase(Locale.ROOT))
                    && !tok.equals(tok.toLowerCase(Locale.ROOT));
            if (StructuredTokens.countDigits(tok) > 0 || upperShort) {
                struct[t] = true;
            }
        }
        return struct;
    }

    /**
     * Kind of pasted code a single stripped token is, alone, or {@code null}; groups of tokens
     * (postcodes, spaced IBANs) are judged in {@link #structuredTokens}.
     */
    String tokenKind(String tok) {
        String kind = StructuredTokens.isMaskedNumber(tok) ? "masked" : StructuredTokens.kindOf(tok);
        if (hasHeldRun(tok, 5) && (kind == null || kind.equals("number"))) {
            // a held key is never a pasted number or id; check-digit codes stay codes
            return null;
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
        return kind;
    }

    /** Two to four capital letters A-Z, nothing else. */
    private static boolean isAcronym(int[] cp, int from, int to) {
        if (to - from < 2 || to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (cp[i] < 'A' || cp[i] > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** A word of at least two letters, all lower case. */
    private static boolean hasLowerWord(int[] cp, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isLowerCase(cp[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLong(Scratch w, int t) {
        return w.stripEnd[t] - w.stripStart[t] > 200;
    }

    /**
     * Whether the ASCII letters and digits of a first IBAN group fit "two letters, two digits" so
     * far; later groups only append, so a misfit here can never become a valid IBAN.
     */
    private static boolean couldStartIban(int[] cp, int from, int to) {
        int pos = 0;
        for (int i = from; i < to && pos < 4; i++) {
            int c = cp[i];
            boolean digit = c >= '0' && c <= '9';
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!digit && !letter) {
                continue;
            }
            if (pos < 2 ? !letter : !digit) {
                return false;
            }
            pos++;
        }
        return true;
    }

    /** Emoticon written on purpose ({@link #EMOTICONS}, case-insensitive); the token has at most four code points. */
    private static boolean isEmoticon(int[] cp, int a, int b) {
        int key = 0;
        for (int i = a; i < b; i++) {
            int c = cp[i];
            if (c >= 0x80) {
                return false; // every emoticon is ASCII, and no other char lower-cases to one (but the Kelvin sign to k)
            }
            c = c >= 'A' && c <= 'Z' ? c + 32 : c;
            if ((EMOTICON_CHARS[c >>> 6] & (1L << c)) == 0) {
                return false; // "my", "Hi": a char no emoticon has
            }
            key = (key << 8) | c;
        }
        return Arrays.binarySearch(EMOTICON_KEYS, key) >= 0;
    }

    /**
     * Very short messages ("xcz", "Bnn", ";l'k.") have too few characters for the segment sum, so
     * they are judged as a whole: how compact the key path is (same or adjacent keys throughout)
     * and how unlikely the letter pairs are in any language.
     */
    private double shortMessageEvidence(int[] cp, byte[] cls, int n) {
        int prev = -1;
        int pairs = 0;
        double key = 0;
        int lmPairs = 0;
        double lm = 0;
        int prevLetter = -1;
        boolean firstOfWord = false;
        double worst = 0; // the least language-like letter pair or word boundary
        for (int i = 0; i < n; i++) {
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
                    if (i + 1 == n || cls[i + 1] != LETTER) {
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
        for (int i = 0; i < n; i++) {
            hasLetter |= cls[i] == LETTER;
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
    private static boolean repeatedWord(int[] cp, int[] tokStart, int[] tokEnd, int m) {
        if (m < 2) {
            return false;
        }
        String first = new String(cp, tokStart[0], tokEnd[0] - tokStart[0]);
        for (int t = 0; t < m; t++) {
            if (!new String(cp, tokStart[t], tokEnd[t] - tokStart[t]).equalsIgnoreCase(first)) {
                return false;
            }
        }
        return true;
    }

    /** Keyboard characters other than sentence punctuation. */
    private static int keyChars(int[] cp, byte[] cls, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            int c = cp[i];
            if ((cls[i] == LETTER || cls[i] == DIGIT || cls[i] == SYMBOL)
                    && c != '.' && c != ',' && c != '!' && c != '?' && c != '…') {
                count++;
            }
        }
        return count;
    }

    private static boolean isSpaceBetween(byte[] cls, int prevChar, int i) {
        return i > 0 && cls[i - 1] == SPACE;
    }

    private static boolean coversAll(byte[] cls, int n, int from, int to) {
        for (int i = 0; i < n; i++) {
            if ((i < from || i >= to) && cls[i] != SPACE) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> EMOTICONS = Set.of(":)", ":(", ":-)", ":-(", ";)", ";-)",
            "<3", "^^", "^_^", ":'(", ":/", ":-/", "-_-", ":*", "!?", "?!", ":')", "(:", "):", ":]", ":[", "=)",
            "xd", ":d", ":p", ":o", ":-d", ":-p", ";p", ";d", "<33", "</3", "o_o", "t_t", ":3", "-", "--", "&", "/",
            "=",
            // arrows: a route or a step ("Hamburg -> Stuttgart")
            "->", "-->", "=>", "==>", "<-", "<--", "<->", "<=>");
    /** The ASCII chars that occur in {@link #EMOTICONS}, as a 128-bit set. */
    private static final long[] EMOTICON_CHARS = new long[2];

    static {
        for (String e : EMOTICONS) {
            for (int i = 0; i < e.length(); i++) {
                EMOTICON_CHARS[e.charAt(i) >>> 6] |= 1L << e.charAt(i);
            }
        }
    }

    /** {@link #EMOTICONS} packed one ASCII char per byte, sorted, for {@link #isEmoticon}. */
    private static final int[] EMOTICON_KEYS = EMOTICONS.stream().mapToInt(e -> {
        int key = 0;
        for (int i = 0; i < e.length(); i++) {
            key = (key << 8) | e.charAt(i);
        }
        return key;
    }).sorted().toArray();

    private static boolean hasLetterBefore(byte[] cls, int end) {
        for (int i = 0; i < end; i++) {
            if (cls[i] == LETTER) {
                return true;
            }
        }
        return false;
    }

    private static final class Flags {
        boolean held;
        boolean adjacentRun;
        boolean unlikely;
        boolean symbols;

        void clear() {
            held = false;
            adjacentRun = false;
            unlikely = false;
            symbols = false;
        }
    }

    /**
     * Signal names in {@link TreeSet} order without a set per call: the known names are bits of a
     * mask over the sorted {@link #KNOWN_SIGNALS}; unknown ones (none today) fall back to a set.
     */
    private static final class Signals {
        private static final String[] KNOWN_SIGNALS;
        private static final Map<String, Integer> KNOWN_STRUCTURED = new HashMap<>();

        static {
            String[] kinds = {"code", "code-snippet", "email", "filename", "hex", "iban", "ip", "luhn", "mac",
                "masked", "number", "password", "postcode", "s10", "sscc", "token", "ups", "url", "uuid"};
            List<String> names = new ArrayList<>(List.of("adjacent-key-run", "held-key", "low-language-likeness",
                    "mash-tail", "scattered-letters", "symbol-mash"));
            for (String k : kinds) {
                names.add("structured-" + k);
            }
            KNOWN_SIGNALS = new TreeSet<>(names).toArray(new String[0]);
            for (String k : kinds) {
                KNOWN_STRUCTURED.put(k, Arrays.binarySearch(KNOWN_SIGNALS, "structured-" + k));
            }
        }

        private long bits;
        private TreeSet<String> other;

        void clear() {
            bits = 0;
            other = null;
        }

        void add(String name) {
            int i = Arrays.binarySearch(KNOWN_SIGNALS, name);
            if (i >= 0) {
                bits |= 1L << i;
            } else {
                if (other == null) {
                    other = new TreeSet<>();
                }
                other.add(name);
            }
        }

        void addStructured(String kind) {
            Integer i = KNOWN_STRUCTURED.get(kind);
            if (i != null) {
                bits |= 1L << i;
            } else {
                add("structured-" + kind);
            }
        }

        List<String> toList() {
            if (bits == 0 && other == null) {
                return List.of();
            }
            TreeSet<String> all = other == null ? null : new TreeSet<>(other);
            String[] out = new String[Long.bitCount(bits)];
            int k = 0;
            for (long b = bits; b != 0; b &= b - 1) {
                out[k++] = KNOWN_SIGNALS[Long.numberOfTrailingZeros(b)];
            }
            if (all == null) {
                return List.of(out);
            }
            all.addAll(List.of(out));
            return List.copyOf(all);
        }
    }

    /**
     * Whether the run of letter {@code f} that reaches {@code cp[i]} ends the token (only trailing
     * punctuation after it), stays shorter than a held key, and follows at least two other letters
     * that read as language: a word stretched at its end ("graciasss", "thanksss", "yesss"), not a
     * key held down.
     */
    private boolean elongatedEnding(int[] cp, double[] ev, int a, int i, int trailFrom, int runLen, int f) {
        int runStart = i + 1 - runLen;
        int end = i + 1;
        while (end < trailFrom && CharTable.fold(cp[end], chars.info(cp[end])) == f) {
            end++;
        }
        if (end != trailFrom || end - runStart >= HELD_VOWEL_MIN) {
            return false;
        }
        int letters = 0;
        double evidence = 0;
        for (int j = a; j < runStart; j++) {
            if ((chars.info(cp[j]) & CharTable.LETTER) != 0) {
                letters++;
            }
            evidence += ev[j];
        }
        // the word before the stretch must read as language, not as keys in a row ("defrrr")
        return letters >= 2 && evidence <= 0;
    }

    /**
     * Evidence of every character of token [a, b): key distance to the previous key, held keys,
     * language-likeness of each letter after the previous two. {@code strippedFrom} is where the
     * token's opening punctuation ends.
     */
    private void tokenEvidence(int[] cp, int n, int a, int b, int strippedFrom, int lastOfPrevious, byte[] cls,
            double[] ev, Flags flags) {
        int prev = -1; // previous keyboard char (raw)
        int l1 = -1; // previous letter (folded), -1 when the letter context was broken
        int l2 = -1; // letter before that
        int n1 = 0; // model numbers of l1 and l2
        int n2 = 0;
        int prevKey = -1; // key index of prev
        int runLen = 0;
        boolean sawLower = false;
        int adjacentStreak = 0;
        // isTrailingPunct(cp, j, b) is j >= trailFrom; hasAlnum(cp, a, j) is firstAlnum < j (found lazily)
        int trailFrom = b;
        while (trailFrom > a && (chars.info(cp[trailFrom - 1]) & CharTable.TRAILING) != 0) {
            trailFrom--;
        }
        int firstAlnum = -1;
        int prevFold = -1; // fold of prev
        for (int i = a; i < b; i++) {
            int c = cp[i];
            int info = chars.info(c);
            int f = CharTable.fold(c, info);
            byte k = (byte) (info & CharTable.CLASS_MASK);
            // UTF-8 read as Latin-1 ("hÃ¤tte"): the pair is one letter of the writer's language.
            boolean mojibakeLead = (c == 'Ã' || c == 'Â' || c == 'Å') && i + 1 < b && cp[i + 1] >= 0x80 && cp[i + 1] <= 0xBF;
            boolean mojibakeTail = c >= 0x80 && c <= 0xBF && i > a && (cp[i - 1] == 'Ã' || cp[i - 1] == 'Â' || cp[i - 1] == 'Å');
            if (mojibakeLead || mojibakeTail) {
                k = OTHER;
            }
            cls[i] = k;
            if (k == OTHER) {
                cls[i] = OTHER;
                ev[i] = mojibakeLead || mojibakeTail ? 0.0 : (info & CharTable.LETTER) != 0 ? OTHER_SCRIPT : EMOJI;
                prev = -1;
                l1 = -1;
                l2 = -1;
                runLen = 0;
                continue;
            }
            int key = keys.keyOf(c);
            int nf = k == LETTER ? model.letter(f) : 0;
            runLen = prev >= 0 && prevFold == f ? runLen + 1 : 1;
            double e;
            boolean elongatedVowel = k == LETTER && runLen < HELD_VOWEL_MIN
                    && ((info & CharTable.VOWEL) != 0 || (runLen >= 3 && elongatedEnding(cp, ev, a, i, trailFrom, runLen, f)));
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
                        && i + 1 < b && (chars.info(cp[i + 1]) & CharTable.LETTER) != 0
                        && !(c == '[' && closedSoon(cp, i + 1, n))) {
                    e = LEADING_SYMBOL; // ",mn", ".qqax": a word never starts with these
                }
                if (i == a && lastOfPrevious >= 0 && k != OTHER) {
                    e = CROSS_SPACE * KEY_TERM[keys.tenths(lastOfPrevious, c)];
                }
            } else {
                int q = keys.tenthsByKey(prevKey, key);
                double keyTerm = KEY_TERM[q];
                adjacentStreak = TOUCHING[q] ? adjacentStreak + 1 : 0;
                if (adjacentStreak >= 3) {
                    flags.adjacentRun = true;
                }
                e = keyTerm;
                if (k == DIGIT && prev >= '0' && prev <= '9') {
                    // Adjacency between digits is near-universal over number row, keypad and dial
                    // pad, so it says nothing; only held digits count.
                    e = DIGIT_PAIR;
                } else if (k == LETTER && l1 >= 0) {
                    double sur = surprisal(l2, l1, f, n2, n1, nf);
                    e += LM_WEIGHT * (sur - LM_PIVOT);
                    if (l2 < 0 && i - 1 <= strippedFrom) { // the previous letter begins the token
                        int ws = model.wordStartByNumber(n1, nf);
                        e += BOUNDARY_WEIGHT * ((ws == NgramModel.UNSEEN ? BOUNDARY_UNSEEN : ws / 10.0) - BOUNDARY_PIVOT);
                    }
                    if (i + 1 == b || i + 1 >= trailFrom) {
                        int we = model.wordEndByNumber(n1, nf);
                        e += BOUNDARY_WEIGHT * ((we == NgramModel.UNSEEN ? BOUNDARY_UNSEEN : we / 10.0) - BOUNDARY_PIVOT);
                    }
                    if (sur >= 6.0) {
                        flags.unlikely = true;
                    }
                } else if (k == SYMBOL) {
                    if (firstAlnum < 0) {
                        firstAlnum = a;
                        while (firstAlnum < b && (chars.info(cp[firstAlnum]) & CharTable.LETTER_OR_DIGIT) == 0) {
                            firstAlnum++;
                        }
                    }
                    boolean last = (i == b - 1 || i + 1 >= trailFrom) && firstAlnum < i;
                    boolean joiner = ((c == '\'' || c == '’' || c == '-' || c == '&' || c == '/')
                            && i + 1 < b && (chars.info(cp[i + 1]) & CharTable.LETTER_OR_DIGIT) != 0)
                            || ((c == '.' || c == '_' || c == ':' || c == '@') && letterRunBefore(cp, a, i) >= 2
                                    && letterRunAfter(cp, i + 1, b) >= 2);
                    boolean messageEnd = i == n - 1;
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
                boolean upper = (info & CharTable.UPPER) != 0;
                if (upper && sawLower && i > a) {
                    e += CASE_FLIP;
                }
                if (!upper) {
                    sawLower = true;
                }
                l2 = l1;
                l1 = f;
                n2 = n1;
                n1 = nf;
            } else {
                l1 = -1;
                l2 = -1;
            }
            ev[i] = e;
            prev = c;
            prevFold = f;
            prevKey = key;
        }
    }

    /** Longest attachment placeholder looked through for its closing bracket ("[Anhang: Rechnung.pdf]"). */
    private static final int PLACEHOLDER_MAX = 64;

    /**
     * Whether a "[" is closed by a "]" within {@link #PLACEHOLDER_MAX} code points, with no other
     * "[" between: "[foto]" and "[image]" are what chat clients put in place of an attachment.
     * Bounded, so linear over the text.
     */
    private static boolean closedSoon(int[] cp, int from, int n) {
        int end = Math.min(n, from + PLACEHOLDER_MAX);
        for (int i = from; i < end; i++) {
            if (cp[i] == ']') {
                return true;
            }
            if (cp[i] == '[') {
                return false;
            }
        }
        return false;
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

    /** Punctuation that may end a word ("ok.", "(ok)", "'ok'"). */
    private static boolean isTrailingPunct(int c) {
        return c == '.' || c == ',' || c == '!' || c == '?' || c == ')' || c == '"' || c == '\'' || c == ':';
    }

    /**
     * Nats of surprise for letter {@code c} after {@code p2 p1}; p2 may be -1 (no context). The
     * {@code n*} arguments are the letters' {@link NgramModel#letter model numbers}.
     */
    private double surprisal(int p2, int p1, int c, int n2, int n1, int nc) {
        if (c >= 0x0370 && c <= 0x03FF) {
            // No source we derive from has Greek n-grams dense enough (lingua has none, optimaize's
            // profile keeps only the most frequent ones), so Greek gets no language-model evidence
            // either way: a Greek-layout mash is caught by its key path alone.
            return LM_PIVOT;
        }
        double v = modelSurprisal(p2, p1, c, n2, n1, nc);
        return multiStroke(c) || multiStroke(p1) ? Math.min(v, RARE_LETTER) : v;
    }

    private double modelSurprisal(int p2, int p1, int c, int n2, int n1, int nc) {
        // Rare non-ASCII letters ("œ", "ő", "ș") the pooled model has not seen in this context come
        // from writing a language, not from mashing: mash letters are the keys in front of you.
        boolean rare = c > 0x7F || p1 > 0x7F;
        if (p2 >= 0) {
            int t = model.trigramByNumber(n2, n1, nc);
            if (t != NgramModel.UNSEEN) {
                return t / 10.0;
            }
            int bg = model.bigramByNumber(n1, nc);
            if (bg == NgramModel.UNSEEN) {
                return rare ? Math.min(LM_UNSEEN_BOTH, RARE_LETTER) : LM_UNSEEN_BOTH;
            }
            return bg / 10.0 + LM_BACKOFF;
        }
        int bg = model.bigramByNumber(n1, nc);
        if (bg == NgramModel.UNSEEN) {
            return rare ? Math.min(LM_UNSEEN_BIGRAM, RARE_LETTER) : LM_UNSEEN_BIGRAM;
        }
        return bg / 10.0;
    }

    /** Token class of a character; cached by {@link CharTable}. */
    private int classify(int c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (Character.isLetter(c)) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            // Latin and Cyrillic are judged by the n-gram model and key geometry, Greek by key
            // geometry alone (see surprisal); Arabic, CJK and other scripts count as language.
            return sc == Character.UnicodeScript.LATIN || sc == Character.UnicodeScript.CYRILLIC
                    || sc == Character.UnicodeScript.GREEK ? LETTER : OTHER;
        }
        if (keys.onKeyboard(c)) {
            return SYMBOL;
        }
        return OTHER;
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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

    private static boolean isOpening(int c) {
        return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '¿' || c == '¡' || c == '«'
                || c == '<' || c == '“' || c == '‘' || c == '#' || c == '№';
    }

    private static boolean isClosing(int c) {
        return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '.' || c == ',' || c == ';'
                || c == ':' || c == '!' || c == '?' || c == '»' || c == '>' || c == '”' || c == '’';
    }
}
