package io.chatdistress.scoring.gibberish;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Per-character facts the detector asks for on every character, cached for planes 0 and 1 (the
 * BMP, and the emoji of plane 1) in one {@code int} per code point so the hot loop does no Unicode
 * property look-ups. It holds no logic of its own: every bit is computed once from the predicates
 * handed in by {@link GibberishDetector}; code points above plane 1 are computed on the fly the
 * same way.
 *
 * <p>Layout of an entry: bits 0-2 the token class ({@code classify}), bits 3-15 flags, bits
 * 16-31 the low 16 bits of the folded (lower-case) code point, which stays in its plane. Built
 * once (about 130,000 entries, a fraction of a second at start-up), read-only afterwards.
 */
final class CharTable {

    static final int CLASS_MASK = 0x7;
    /** {@code GibberishDetector.isSpace}. */
    static final int SPACE = 1 << 3;
    /** {@link Character#isLetter(int)}. */
    static final int LETTER = 1 << 4;
    /** {@link Character#isLetterOrDigit(int)}. */
    static final int LETTER_OR_DIGIT = 1 << 5;
    /** {@link Character#isUpperCase(int)}. */
    static final int UPPER = 1 << 6;
    /** The folded character is a vowel (elongation check). */
    static final int VOWEL = 1 << 7;
    /** Opening punctuation stripped before a token. */
    static final int OPENING = 1 << 8;
    /** Closing punctuation stripped after a token. */
    static final int CLOSING = 1 << 9;
    /** Punctuation that may trail a word without being mash. */
    static final int TRAILING = 1 << 10;
    /** A character of a plain word: a letter, an apostrophe or a hyphen (structured-token prefilter). */
    static final int WORD = 1 << 11;
    /** {@link Character#isDigit(int)} (any script). */
    static final int DIGIT = 1 << 12;

    /** The predicates whose answers the table caches. */
    record Source(IntUnaryOperator classify, IntPredicate isSpace, IntPredicate isVowelFolded,
            IntPredicate isOpening, IntPredicate isClosing, IntPredicate isTrailing, IntPredicate isWordChar) {
    }

    private static final int CACHED = 0x20000;

    private final Source source;
    private final int[] table = new int[CACHED];

    CharTable(Source source) {
        this.source = source;
        for (int c = 0; c < CACHED; c++) {
            int f = KeyboardGeometry.fold(c);
            if ((f & ~0xFFFF) != (c & ~0xFFFF)) {
                throw new IllegalStateException("a code point folds into another plane");
            }
            table[c] = compute(c) | ((f & 0xFFFF) << 16);
        }
    }

    /** Class and flags of any code point (fold bits only below {@code CACHED}). */
    int info(int c) {
        return c >= 0 && c < CACHED ? table[c] : compute(c);
    }

    /** {@link KeyboardGeometry#fold(int)}. */
    int fold(int c) {
        return c >= 0 && c < CACHED ? (c & ~0xFFFF) | (table[c] >>> 16) : KeyboardGeometry.fold(c);
    }

    /** {@link #fold(int)} given {@code info = info(c)}, saving the second look-up. */
    static int fold(int c, int info) {
        return c < CACHED ? (c & ~0xFFFF) | (info >>> 16) : KeyboardGeometry.fold(c);
    }

    private int compute(int c) {
        int v = source.classify().applyAsInt(c) & CLASS_MASK;
        if (source.isSpace().test(c)) {
            v |= SPACE;
        }
        if (Character.isLetter(c)) {
            v |= LETTER;
        }
        if (Character.isLetterOrDigit(c)) {
            v |= LETTER_OR_DIGIT;
        }
        if (Character.isUpperCase(c)) {
            v |= UPPER;
        }
        if (source.isVowelFolded().test(KeyboardGeometry.fold(c))) {
            v |= VOWEL;
        }
        if (source.isOpening().test(c)) {
            v |= OPENING;
        }
        if (source.isClosing().test(c)) {
            v |= CLOSING;
        }
        if (source.isTrailing().test(c)) {
            v |= TRAILING;
        }
        if (source.isWordChar().test(c)) {
            v |= WORD;
        }
        if (Character.isDigit(c)) {
            v |= DIGIT;
        }
        return v;
    }
}
