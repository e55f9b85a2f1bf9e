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
 * models; see docs/GIBBERISH.md. Immutable after loading; an open-addressing table of packed keys.
 */
final class NgramModel {

    static final String RESOURCE = "ngrams.txt.gz";
    static final int UNSEEN = -1;

    private static final long BIGRAM_TAG = 1L << 62;
    private static final long START_TAG = 1L << 60;
    private static final long END_TAG = 1L << 59;

    private final long[] keys;
    private final byte[] values;
    private final int mask;
    private final int entries;

    private NgramModel(long[] keys, byte[] values, int entries) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
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
        int capacity = 1 << 18;
        long[] keys = new long[capacity];
        byte[] values = new byte[capacity];
        int n = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            char kind = line.charAt(0);
            int len = kind == 'T' ? 3 : 2;
            long key = switch (kind) {
                case 'T' -> tri(line.charAt(1), line.charAt(2), line.charAt(3));
                case 'B' -> bi(line.charAt(1), line.charAt(2));
                case 'S' -> bi(line.charAt(1), line.charAt(2)) | START_TAG;
                case 'E' -> bi(line.charAt(1), line.charAt(2)) | END_TAG;
                default -> throw new IllegalStateException("unknown n-gram line kind in model");
            };
            int v = Integer.parseInt(line, 1 + len, line.length(), 10);
            if (n * 10L >= capacity * 7L) {
                throw new IllegalStateException("n-gram model larger than its table");
            }
            int slot = slot(key, capacity - 1);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (keys[slot] == 0) {
                n++;
            }
            keys[slot] = key;
            values[slot] = (byte) v;
        }
        return new NgramModel(keys, values, n);
    }

    private static long tri(char a, char b, char c) {
        return ((long) a << 32) | ((long) b << 16) | c | (1L << 61);
    }

    private static long bi(char a, char b) {
        return BIGRAM_TAG | ((long) a << 16) | b;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private int find(long key) {
        int s = slot(key, mask);
        while (true) {
            long k = keys[s];
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
        if ((a | b | c) > 0xFFFF) {
            return UNSEEN;
        }
        return find(tri((char) a, (char) b, (char) c));
    }

    /** Decinats of {@code b} after {@code a}, or {@link #UNSEEN}. */
    int bigram(int a, int b) {
        if ((a | b) > 0xFFFF) {
            return UNSEEN;
        }
        return find(bi((char) a, (char) b));
    }

    /** Decinats of a word starting with {@code a} continuing with {@code b}, or {@link #UNSEEN}. */
    int wordStart(int a, int b) {
        if ((a | b) > 0xFFFF) {
            return UNSEEN;
        }
        return find(bi((char) a, (char) b) | START_TAG);
    }

    /** Decinats of a word ending right after {@code a b}, or {@link #UNSEEN}. */
    int wordEnd(int a, int b) {
        if ((a | b) > 0xFFFF) {
            return UNSEEN;
        }
        return find(bi((char) a, (char) b) | END_TAG);
    }

    int size() {
        return entries;
    }
}
