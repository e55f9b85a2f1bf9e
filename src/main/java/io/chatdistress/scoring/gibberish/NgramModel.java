package io.chatdistress.scoring.gibberish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Pooled "some language" character model: for a lower-case letter bigram or trigram, the negative
 * log conditional probability (in decinats) of its last letter in the language where it is most
 * likely. Built offline by {@code tools/gibberish/BuildNgramModel.java} from lingua's per-language
 * models; see docs/GIBBERISH.md. Immutable after loading.
 *
 * <p>Layout: every letter the model knows gets a small alphabet number (1..511, 0 = unknown).
 * Letter pairs (bigram, word start, word end) sit in one dense byte table indexed by the two
 * numbers, the three kinds of one pair side by side; trigrams pack into one {@code int} (3 x 9
 * bits) in an open-addressing table of {@code int} keys with a parallel {@code byte} value array.
 * A letter outside the alphabet answers {@link #UNSEEN} without touching the tables. Callers on a
 * hot path look a letter's number up once ({@link #letter(int)}) and use the {@code *ByNumber}
 * methods.
 */
final class NgramModel {

    static final String RESOURCE = "ngrams.txt.gz";
    static final int UNSEEN = -1;

    private static final int BITS = 9;
    private static final int MAX_ALPHABET = (1 << BITS) - 1;
    private static final int TABLE_BITS = 18;
    /** Offsets of the three pair kinds inside a pair's cell. */
    private static final int BIGRAM = 0;
    private static final int START = 1;
    private static final int END = 2;
    /** Pair-table value of an absent pair. */
    private static final byte ABSENT = Byte.MIN_VALUE;

    /** Alphabet number of each BMP char, 0 when no n-gram contains it. */
    private final short[] alphabet;
    private final int[] keys;
    private final byte[] values;
    /** Pair values: cell {@code 3 * (a * width + b)} + kind; {@link #ABSENT} when not stored. */
    private final byte[] pairs;
    private final int width;
    private final int shift;
    private final int mask;
    private final int entries;

    private NgramModel(short[] alphabet, int[] keys, byte[] values, byte[] pairs, int width, int entries) {
        this.alphabet = alphabet;
        this.pairs = pairs;
        this.width = width;
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(keys.length);
        this.entries = entries;
    }

    static NgramModel loadDefault() {
        try (InputStream raw = NgramModel.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("gibberish n-gram model resource missing: " + RESOURCE);
            }
            return load(new GZIPInputStream(raw, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gibberish n-gram model", e);
        }
    }

    static NgramModel load(InputStream in) throws IOException {
        // First pass: the lines, and which letters occur; letters are numbered in char order so
        // that the common a-z pairs share a compact corner of the pair table.
        java.util.List<String> lines = new java.util.ArrayList<>();
        boolean[] used = new boolean[1 << 16];
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            char kind = line.charAt(0);
            if (kind != 'T' && kind != 'B' && kind != 'S' && kind != 'E') {
                throw new IllegalStateException("unknown n-gram line kind in model");
            }
            int len = kind == 'T' ? 3 : 2;
            for (int i = 1; i <= len; i++) {
                used[line.charAt(i)] = true;
            }
            lines.add(line);
        }
        short[] alphabet = new short[1 << 16];
        int letters = 0;
        for (int c = 0; c < used.length; c++) {
            if (used[c]) {
                if (letters == MAX_ALPHABET) {
                    throw new IllegalStateException("n-gram model alphabet larger than " + MAX_ALPHABET);
                }
                alphabet[c] = (short) ++letters;
            }
        }
        int width = letters + 1;
        byte[] pairs = new byte[3 * width * width];
        java.util.Arrays.fill(pairs, ABSENT);
        int capacity = 1 << TABLE_BITS;
        int shift = 32 - TABLE_BITS;
        int[] keys = new int[capacity];
        byte[] values = new byte[capacity];
        int n = 0;
        for (String l : lines) {
            char kind = l.charAt(0);
            int len = kind == 'T' ? 3 : 2;
            int v = Integer.parseInt(l, 1 + len, l.length(), 10);
            if (v <= ABSENT || v > Byte.MAX_VALUE) {
                throw new IllegalStateException("n-gram model value out of byte range");
            }
            int a = alphabet[l.charAt(1)];
            int b = alphabet[l.charAt(2)];
            if (kind != 'T') {
                int cell = 3 * (a * width + b) + (kind == 'B' ? BIGRAM : kind == 'S' ? START : END);
                if (pairs[cell] == ABSENT) {
                    n++;
                }
                pairs[cell] = (byte) v;
                continue;
            }
            int key = tri(a, b, alphabet[l.charAt(3)]);
            if (n * 10L >= capacity * 7L) {
                throw new IllegalStateException("n-gram model larger than its table");
            }
            int slot = (key * 0x9E3779B9) >>> shift;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (keys[slot] == 0) {
                n++;
            }
            keys[slot] = key;
            values[slot] = (byte) v;
        }
        return new NgramModel(alphabet, keys, values, pairs, width, n);
    }

    private static int tri(int a, int b, int c) {
        return (a << (2 * BITS)) | (b << BITS) | c;
    }

    /** Alphabet number of a letter, 0 when the model has never seen it (also for non-BMP and negative input). */
    int letter(int c) {
        return (c & ~0xFFFF) == 0 ? alphabet[c] : 0;
    }

    private int find(int key) {
        int s = (key * 0x9E3779B9) >>> shift;
        while (true) {
            int k = keys[s];
            if (k == key) {
                return values[s];
            }
            if (k == 0) {
                return UNSEEN;
            }
            s = (s + 1) & mask;
        }
    }

    /** Decinats of {@code c} after {@code a b} (all folded lower case), or {@link #UNSEEN}. */
    int trigram(int a, int b, int c) {
        return trigramByNumber(letter(a), letter(b), letter(c));
    }

    /** Decinats of {@code b} after {@code a}, or {@link #UNSEEN}. */
    int bigram(int a, int b) {
        return pair(BIGRAM, letter(a), letter(b));
    }

    /** Decinats of a word starting with {@code a} continuing with {@code b}, or {@link #UNSEEN}. */
    int wordStart(int a, int b) {
        return pair(START, letter(a), letter(b));
    }

    /** Decinats of a word ending right after {@code a b}, or {@link #UNSEEN}. */
    int wordEnd(int a, int b) {
        return pair(END, letter(a), letter(b));
    }

    /** {@link #trigram} of three {@link #letter} numbers. */
    int trigramByNumber(int a, int b, int c) {
        if (a == 0 || b == 0 || c == 0) {
            return UNSEEN;
        }
        return find(tri(a, b, c));
    }

    /** {@link #bigram} of two {@link #letter} numbers. */
    int bigramByNumber(int a, int b) {
        return pair(BIGRAM, a, b);
    }

    /** {@link #wordStart} of two {@link #letter} numbers. */
    int wordStartByNumber(int a, int b) {
        return pair(START, a, b);
    }

    /** {@link #wordEnd} of two {@link #letter} numbers. */
    int wordEndByNumber(int a, int b) {
        return pair(END, a, b);
    }

    private int pair(int kind, int a, int b) {
        if (a == 0 || b == 0) {
            return UNSEEN;
        }
        int v = pairs[3 * (a * width + b) + kind];
        return v == ABSENT ? UNSEEN : v;
    }

    int size() {
        return entries;
    }
}
