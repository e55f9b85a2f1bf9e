package io.chatdistress.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds chat text into a comparable form shared by every scorer.
 *
 * <p>{@link #fold(String)} applies, in order:
 * <ol>
 *   <li>Unicode NFKC (full-width forms, ligatures and compatibility characters become plain ones);</li>
 *   <li>case folding with {@link Locale#ROOT};</li>
 *   <li>diacritic removal: canonical decomposition, non-spacing marks dropped, plus the letters
 *       that have no decomposition mapped by hand (ß→ss, ø→o, æ→ae, œ→oe, ł→l, đ/ð→d, þ→th, ı→i, ħ→h);</li>
 *   <li>apostrophes: deleted inside a word ("don't"→"dont", "I'm"→"im") but turned into a space
 *       after a one-letter elision (other than "I") or a French/Italian elided word ("j'ai"→"j ai",
 *       "l'ambulance"→"l ambulance", "qu'il"→"qu il", "un'ambulanza"→"un ambulanza"), so both
 *       English contractions and Romance elisions fold usefully;</li>
 *   <li>every other character that is not a letter, digit or pictograph becomes a space; each
 *       pictograph (emoji) becomes a token of its own; joiners, variation selectors and skin-tone
 *       modifiers are dropped;</li>
 *   <li>elongations squeezed: a run of three or more identical <em>letters</em> is cut to two
 *       ("heeeelp"→"heelp", "hilfeeee"→"hilfee", "sooo"→"soo"); two stay two so that "feel" and
 *       "fell" remain distinct; digits are never squeezed ("1000" stays);</li>
 *   <li>whitespace collapsed to single spaces and trimmed.</li>
 * </ol>
 * Every step is a single pass, so the whole is linear in the input length.
 */
public final class TextNormalizer {

    private static final char CLAUSE_MARK = '|';
    /** French and Italian elided words longer than one letter ("qu'il", "un'ambulanza", "dell'ospedale"). */
    private static final java.util.Set<String> ELISIONS = java.util.Set.of("qu", "jusqu", "lorsqu", "puisqu",
            "quoiqu", "un", "dell", "all", "nell", "sull", "dall", "coll", "quell", "quest", "tutt", "bell");

    private TextNormalizer() {
    }

    /**
     * Folds text as described on the class. Returns the empty string for {@code null}.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return foldInternal(text, false, false);
    }

    /**
     * Folds text like {@link #fold(String)} but keeps clause boundaries: the text is cut at
     * sentence and clause punctuation ({@code . , ; : ! ? ¿ ¡ …} and line breaks), and a word is
     * also cut where three or more lower-case letters are directly followed by an upper-case one
     * ("anymoreCxxcf" → "anymore cxxcf", which splits keyboard mash glued to a word, while "xD",
     * "iPhone" and "PayPal" stay whole). Returns the
     * non-empty folded clauses in order.
     */
    public static List<String> foldClauses(String text) {
        List<String> clauses = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return clauses;
        }
        String folded = foldInternal(text, true, true);
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

    private static String foldInternal(String text, boolean clauses, boolean splitCamel) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (splitCamel) {
            s = splitCamelCase(s);
        }
        s = s.toLowerCase(Locale.ROOT);
        s = Normalizer.normalize(s, Normalizer.Form.NFD);

        StringBuilder out = new StringBuilder(s.length());
        int tokenStart = 0; // index in out where the current word began
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
                    String word = out.substring(tokenStart);
                    if (isElision(word)) {
                        out.append(' ');
                        inWord = false;
                    }
                    // otherwise delete the apostrophe and keep the word together
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
            // split "anymoreCxxcf" but not "xD", "iPhone", "PayPal": three lower-case letters first
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
