package io.chatdistress.scoring.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lexicon's text folding, applied alike to its phrase files and to chat text: NFKC,
 * Locale.ROOT lower case, accents removed, apostrophes joined or split after elisions, emoji as
 * their own tokens, letter runs of three or more cut to two, clauses cut at punctuation and at
 * "abcD" camel joins.
 *
 * <p>{@link #tokenize} folds chat text into tokens laid out in a char buffer. Text made only of
 * characters whose folding does not depend on their neighbours (ASCII, precomposed Latin
 * letters, common punctuation and symbols, emoji) is folded in one pass through a per-character
 * table, allocating nothing; any other text goes through the general path with the JDK
 * normaliser. Both give the same tokens.
 */
final class LexiconText {

    private static final char CLAUSE_MARK = '|';
    /** French and Italian elided words longer than one letter ("qu'il", "un'ambulanza", "dell'ospedale"). */
    private static final Set<String> ELISIONS = Set.of("qu", "jusqu", "lorsqu", "puisqu",
            "quoiqu", "un", "dell", "all", "nell", "sull", "dall", "coll", "quell", "quest", "tutt", "bell");
    private static final char[][] ELISION_CHARS = ELISIONS.stream().map(String::toCharArray).toArray(char[][]::new);

    // character classes of the one-pass path
    private static final byte SLOW = 0;
    private static final byte LETTER = 1;
    private static final byte APOSTROPHE = 2;
    private static final byte DROP = 3;
    private static final byte PICTOGRAPH = 4;
    private static final byte CLAUSE = 5;
    private static final byte SPACE = 6;

    /** Characters of the table: U+0000..U+024F (Basic Latin to Latin Extended-B) and U+2000..U+27BF (punctuation, symbols). */
    private static final int LATIN_END = 0x250;
    private static final int SYMBOLS_START = 0x2000;
    private static final int SYMBOLS_END = 0x27C0;
    private static final int EMOJI_START = 0x1F000;
    private static final int EMOJI_END = 0x1FB00;

    private static final byte[] LATIN_CLASS = new byte[LATIN_END];
    private static final String[] LATIN_MAPPED = new String[LATIN_END];
    private static final boolean[] LATIN_STARTS_LETTER = new boolean[LATIN_END];
    private static final boolean[] LATIN_LOWER = new boolean[LATIN_END];
    private static final boolean[] LATIN_UPPER = new boolean[LATIN_END];
    /** The four tables above in one byte per character, read once per character: class | flags. */
    private static final byte[] LATIN_INFO = new byte[LATIN_END];
    private static final int INFO_CLASS = 7;
    private static final int INFO_LOWER = 8;
    private static final int INFO_UPPER = 16;
    private static final byte[] SYMBOL_CLASS = new byte[SYMBOLS_END - SYMBOLS_START];
    private static final byte[] EMOJI_CLASS = new byte[EMOJI_END - EMOJI_START];

    static {
        for (int c = 0; c < LATIN_END; c++) {
            classify(c);
            LATIN_INFO[c] = (byte) (LATIN_CLASS[c] | (LATIN_LOWER[c] ? INFO_LOWER : 0) | (LATIN_UPPER[c] ? INFO_UPPER : 0));
        }
        for (int c = SYMBOLS_START; c < SYMBOLS_END; c++) {
            byte k = classOfCodePoint(c, null);
            // letters here (ℓ, ⅰ...) have compatibility forms and stay on the general path
            SYMBOL_CLASS[c - SYMBOLS_START] = k == LETTER || Character.isLowerCase(c) || Character.isUpperCase(c)
                    ? SLOW : k;
        }
        for (int c = EMOJI_START; c < EMOJI_END; c++) {
            byte k = classOfCodePoint(c, null);
            EMOJI_CLASS[c - EMOJI_START] = k == PICTOGRAPH || k == DROP ? k : SLOW;
        }
    }

    private static void classify(int c) {
        String[] mapped = new String[1];
        byte k = classOfCodePoint(c, mapped);
        int eff = c;
        if (k == SLOW) {
            // a no-break space or full-width punctuation folds to a plain one
            String nfkc = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
            if (nfkc.length() == 1 && nfkc.charAt(0) < 0x80) {
                byte k2 = classOfCodePoint(nfkc.charAt(0), mapped);
                if (k2 == SPACE || k2 == CLAUSE) {
                    k = k2;
                    eff = nfkc.charAt(0);
                }
            }
        }
        LATIN_CLASS[c] = k;
        LATIN_MAPPED[c] = k == LETTER ? mapped[0] : null;
        LATIN_LOWER[c] = Character.isLowerCase(eff);
        LATIN_UPPER[c] = Character.isUpperCase(eff);
        if (k == LETTER) {
            String low = new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
            String d = Normalizer.normalize(low, Normalizer.Form.NFD);
            LATIN_STARTS_LETTER[c] = Character.isLetter(d.codePointAt(0));
        }
    }

    /**
     * How the general path treats this character wherever it stands, or SLOW when its folding
     * may depend on its neighbours or yields anything but ASCII letters and digits.
     */
    private static byte classOfCodePoint(int c, String[] mappedOut) {
        String s = new String(Character.toChars(c));
        if (Character.isSurrogate(s.charAt(0)) && s.length() == 1) {
            return SLOW;
        }
        if (!Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s)) {
            return SLOW;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return SLOW;
        }
        if (c == 0x200D || c == 0x200C || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF)
                || c == 0x00AD) {
            return DROP;
        }
        if (isApostrophe(c)) {
            return APOSTROPHE;
        }
        String low = s.toLowerCase(Locale.ROOT);
        if (low.codePointCount(0, low.length()) != 1) {
            return SLOW;
        }
        String d = Normalizer.normalize(low, Normalizer.Form.NFD);
        int base = d.codePointAt(0);
        for (int i = Character.charCount(base); i < d.length(); ) {
            int m = d.codePointAt(i);
            int mt = Character.getType(m);
            if (mt != Character.NON_SPACING_MARK && mt != Character.ENCLOSING_MARK) {
                return SLOW;
            }
            i += Character.charCount(m);
        }
        int baseType = Character.getType(base);
        if (Character.isLetterOrDigit(base)) {
            StringBuilder b = new StringBuilder(2);
            appendMapped(b, base);
            for (int i = 0; i < b.length(); i++) {
                char x = b.charAt(i);
                if (!(x >= 'a' && x <= 'z') && !(x >= '0' && x <= '9')) {
                    return SLOW;
                }
            }
            if (mappedOut != null) {
                mappedOut[0] = b.toString();
            }
            return LETTER;
        }
        if (d.length() != Character.charCount(base) || base != c) {
            return SLOW;
        }
        if (isPictograph(base, baseType)) {
            return PICTOGRAPH;
        }
        if (isClausePunctuation(base)) {
            return CLAUSE;
        }
        return SPACE;
    }

    private LexiconText() {
    }

    /** Folded tokens of one text: token k is {@code buf[start[k], end[k])} in clause {@code clause[k]}. */
    static final class Tokens {
        char[] buf = new char[256];
        int[] start = new int[32];
        int[] end = new int[32];
        int[] clause = new int[32];
        int count;
        /** Output of the first pass, before letter runs are cut and spaces collapsed. */
        char[] raw = new char[256];
        /** The text's chars, copied once. */
        char[] src = new char[128];

        private void add(int s, int e, int c) {
            if (count == start.length) {
                int n = 2 * count;
                start = java.util.Arrays.copyOf(start, n);
                end = java.util.Arrays.copyOf(end, n);
                clause = java.util.Arrays.copyOf(clause, n);
            }
            start[count] = s;
            end[count] = e;
            clause[count] = c;
            count++;
        }
    }

    /** Folds text as the phrase files are folded (no clauses). Returns "" for null. */
    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return foldGeneral(text, false, false);
    }

    /** The folded clauses of a text, each a string of space-separated tokens (general path). */
    static List<String> foldClauses(String text) {
        List<String> clauses = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return clauses;
        }
        String folded = foldGeneral(text, true, true);
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || folded.charAt(i) == CLAUSE_MARK) {
                String clause = folded.substring(start, i).trim();
                if (!clause.isEmpty()) {
                    clauses.add(clause);
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    /** Folds a text into tokens with their clause numbers, like {@link #foldClauses} split at spaces. */
    static void tokenize(String text, Tokens out) {
        out.count = 0;
        if (text == null || text.isEmpty()) {
            return;
        }
        int n = firstPass(text, out);
        if (n >= 0) {
            split(out.raw, n, out, true);
        } else {
            String folded = foldGeneral(text, true, true);
            int len = folded.length();
            if (out.raw.length < len) {
                out.raw = new char[Math.max(len, 2 * out.raw.length)];
            }
            folded.getChars(0, len, out.raw, 0);
            split(out.raw, len, out, false);
        }
    }

    /**
     * The general path's character loop for table characters only, writing into out.raw.
     * Returns the length written, or -1 when the text holds a character the table does not
     * cover.
     */
    private static int firstPass(String text, Tokens out) {
        int len = text.length();
        int cap = 4 * len + 4;
        if (out.raw.length < cap) {
            out.raw = new char[Math.max(cap, 2 * out.raw.length)];
        }
        if (out.src.length < len) {
            out.src = new char[Math.max(len, 2 * out.src.length)];
        }
        char[] in = out.src;
        text.getChars(0, len, in, 0);
        char[] o = out.raw;
        int n = 0;
        int tokenStart = 0;
        boolean inWord = false;
        int lowerRun = 0;
        for (int i = 0; i < len; i++) {
            char c = in[i];
            byte k;
            int cp = c;
            boolean lower;
            boolean upper;
            if (c < LATIN_END) {
                int info = LATIN_INFO[c];
                k = (byte) (info & INFO_CLASS);
                lower = (info & INFO_LOWER) != 0;
                upper = (info & INFO_UPPER) != 0;
            } else if (c >= SYMBOLS_START && c < SYMBOLS_END) {
                k = SYMBOL_CLASS[c - SYMBOLS_START];
                lower = false;
                upper = false;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(in[i + 1])) {
                cp = Character.toCodePoint(c, in[i + 1]);
                k = cp >= EMOJI_START && cp < EMOJI_END ? EMOJI_CLASS[cp - EMOJI_START] : SLOW;
                lower = false;
                upper = false;
            } else {
                return -1;
            }
            if (k == SLOW) {
                return -1;
            }
            if (lowerRun >= 3 && upper) {
                // "anymoreCxxcf": the general path inserts a space here, read as a separator
                o[n++] = ' ';
                inWord = false;
            }
            lowerRun = lower ? lowerRun + 1 : 0;
            switch (k) {
                case LETTER -> {
                    if (!inWord) {
                        if (n > 0 && o[n - 1] != ' ') {
                            o[n++] = ' ';
                        }
                        tokenStart = n;
                        inWord = true;
                    }
                    if (c < 0x80) {
                        o[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                    } else {
                        String m = LATIN_MAPPED[c];
                        for (int j = 0; j < m.length(); j++) {
                            o[n++] = m.charAt(j);
                        }
                    }
                }
                case APOSTROPHE -> {
                    boolean letterAfter = i + 1 < len && startsWithLetter(in[i + 1]);
                    if (inWord && letterAfter) {
                        if (isElision(o, tokenStart, n) && !(n - tokenStart == 1 && dutchClitic(java.nio.CharBuffer.wrap(in, 0, len), i + 1))) {
                            o[n++] = ' ';
                            inWord = false;
                        }
                    } else {
                        o[n++] = ' ';
                        inWord = false;
                    }
                }
                case DROP -> {
                    // dropped without ending the word
                }
                case PICTOGRAPH -> {
                    o[n++] = ' ';
                    if (cp != c) {
                        o[n++] = c;
                        o[n++] = in[i + 1];
                    } else {
                        o[n++] = c;
                    }
                    o[n++] = ' ';
                    inWord = false;
                }
                case CLAUSE -> {
                    o[n++] = ' ';
                    o[n++] = CLAUSE_MARK;
                    o[n++] = ' ';
                    inWord = false;
                }
                default -> {
                    o[n++] = ' ';
                    inWord = false;
                }
            }
            if (cp != c) {
                i++;
            }
        }
        return n;
    }

    /** Whether this character, lower-cased and decomposed, starts with a letter. */
    private static boolean startsWithLetter(char c) {
        return c < LATIN_END && LATIN_CLASS[c] == LETTER && LATIN_STARTS_LETTER[c];
    }

    /**
     * Whether the word after an apostrophe at {@code at} is a lone "n" or "r": the Dutch clitics
     * "m'n", "z'n" and "d'r" (mijn, zijn, haar) are one word ("mn"), not a French elision, whose
     * "n" would read as the negation of "n'ai" and cancel what follows ("m'n borst doet pijn").
     */
    private static boolean dutchClitic(CharSequence s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        if (c != 'n' && c != 'N' && c != 'r' && c != 'R') {
            return false;
        }
        if (at + 1 >= s.length()) {
            return true;
        }
        int next = Character.codePointAt(s, at + 1);
        int type = Character.getType(next);
        // a combining mark makes the letter another one ("n" + tilde is "ñ")
        return !Character.isLetter(next) && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK;
    }

    private static boolean isElision(char[] o, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return o[from] != 'i';
        }
        for (char[] e : ELISION_CHARS) {
            if (e.length == n && java.util.Arrays.equals(e, 0, n, o, from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cuts letter runs of three or more to two (when {@code squeeze}), collapses spaces and
     * records tokens and clause numbers: a clause mark starts a new clause once the current one
     * holds a token.
     */
    private static void split(char[] in, int n, Tokens out, boolean squeeze) {
        if (out.buf.length < n) {
            out.buf = new char[Math.max(n, 2 * out.buf.length)];
        }
        char[] b = out.buf;
        int w = 0;
        int clause = 0;
        boolean clauseHasToken = false;
        int i = 0;
        while (i < n) {
            char c = in[i];
            if (c == ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && in[j] != ' ') {
                j++;
            }
            if (j - i == 1 && c == CLAUSE_MARK) {
                if (clauseHasToken) {
                    clause++;
                    clauseHasToken = false;
                }
                i = j;
                continue;
            }
            int s = w;
            char run = 0;
            int runLen = 0;
            for (int k = i; k < j; k++) {
                char x = in[k];
                if (x == run) {
                    runLen++;
                } else {
                    run = x;
                    runLen = 1;
                }
                if (squeeze && runLen >= 3 && Character.isLetter(x)) {
                    continue;
                }
                b[w++] = x;
            }
            out.add(s, w, clause);
            clauseHasToken = true;
            i = j;
        }
    }

    // ---- general path ------------------------------------------------------------------------

    private static String foldGeneral(String text, boolean clauses, boolean splitCamel) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (splitCamel) {
            s = splitCamelCase(s);
        }
        s = s.toLowerCase(Locale.ROOT);
        s = Normalizer.normalize(s, Normalizer.Form.NFD);

        StringBuilder out = new StringBuilder(s.length());
        int tokenStart = 0;
        boolean inWord = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || cp == 0x200D || cp == 0x200C || (cp >= 0xFE00 && cp <= 0xFE0F)
                    || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x00AD) {
                i += len;
                continue;
            }
            if (isApostrophe(cp)) {
                int next = i + len < s.length() ? s.codePointAt(i + len) : -1;
                boolean letterAfter = next >= 0 && Character.isLetter(next);
                if (inWord && letterAfter) {
                    if (isElision(out.substring(tokenStart))
                            && !(out.length() - tokenStart == 1 && dutchClitic(s, i + len))) {
                        out.append(' ');
                        inWord = false;
                    }
                } else {
                    out.append(' ');
                    inWord = false;
                }
                i += len;
                continue;
            }
            if (Character.isLetterOrDigit(cp) || type == Character.COMBINING_SPACING_MARK) {
                if (!inWord) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                    tokenStart = out.length();
                    inWord = true;
                }
                appendMapped(out, cp);
            } else if (isPictograph(cp, type)) {
                out.append(' ').appendCodePoint(cp).append(' ');
                inWord = false;
            } else {
                if (clauses && isClausePunctuation(cp)) {
                    out.append(' ').append(CLAUSE_MARK).append(' ');
                } else {
                    out.append(' ');
                }
                inWord = false;
            }
            i += len;
        }
        String squeezed = squeezeAndCollapse(out);
        return Normalizer.normalize(squeezed, Normalizer.Form.NFC);
    }

    private static String splitCamelCase(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        int lowerRun = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (lowerRun >= 3 && Character.isUpperCase(cp)) {
                b.append(' ');
            }
            lowerRun = Character.isLowerCase(cp) ? lowerRun + 1 : 0;
            b.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static boolean isElision(String word) {
        if (word.length() == 1) {
            return !word.equals("i");
        }
        return ELISIONS.contains(word);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == '`' || cp == 0x00B4 || cp == 0x02BC;
    }

    private static boolean isClausePunctuation(int cp) {
        switch (cp) {
            case '.': case ',': case ';': case ':': case '!': case '?': case 0x00BF: case 0x00A1:
            case 0x2026: case '\n': case '\r': case 0x061F: case 0x060C: case 0x3002: case 0xFF01:
            case CLAUSE_MARK:
                return true;
            default:
                return false;
        }
    }

    private static boolean isPictograph(int cp, int type) {
        if (type == Character.OTHER_SYMBOL) {
            return true;
        }
        return cp >= 0x1F000 && cp <= 0x1FAFF;
    }

    private static void appendMapped(StringBuilder out, int cp) {
        switch (cp) {
            case 0x00DF: // ß
            case 0x1E9E:
                out.append("ss");
                break;
            case 0x00F8: // ø
                out.append('o');
                break;
            case 0x00E6: // æ
                out.append("ae");
                break;
            case 0x0153: // œ
                out.append("oe");
                break;
            case 0x0142: // ł
                out.append('l');
                break;
            case 0x0111: // đ
            case 0x00F0: // ð
                out.append('d');
                break;
            case 0x00FE: // þ
                out.append("th");
                break;
            case 0x0131: // dotless ı
                out.append('i');
                break;
            case 0x0127: // ħ
                out.append('h');
                break;
            case 0x0167: // ŧ
                out.append('t');
                break;
            case 0x0640: // Arabic tatweel, a pure elongation
                break;
            default:
                out.appendCodePoint(cp);
        }
    }

    private static String squeezeAndCollapse(CharSequence in) {
        StringBuilder out = new StringBuilder(in.length());
        int runCp = -1;
        int runLen = 0;
        boolean pendingSpace = false;
        int i = 0;
        while (i < in.length()) {
            int cp = Character.codePointAt(in, i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                pendingSpace = out.length() > 0;
                runCp = -1;
                runLen = 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (cp == runCp) {
                runLen++;
            } else {
                runCp = cp;
                runLen = 1;
            }
            if (runLen >= 3 && Character.isLetter(cp)) {
                continue;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
