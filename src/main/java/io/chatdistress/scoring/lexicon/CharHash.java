package io.chatdistress.scoring.lexicon;

import java.util.Collection;
import java.util.List;

/**
 * Polynomial hashes over UTF-16 char ranges (modulo 2^64) and the two tables built on them.
 *
 * <p>The hash of a string is {@code sum(c[i] * B^(n-1-i))}, so the hash of a string with one or
 * two chars deleted, two neighbours swapped or one char replaced follows from the prefix hashes
 * in constant time, without building the string. Equal strings always hash equal: a lookup by
 * hash never misses a key that is present. Different strings may collide; {@link KeySet} then
 * answers "maybe" (callers fall back to an exact check) and {@link Table} verifies the chars.
 */
final class CharHash {

    /** Odd multiplier of the polynomial. */
    static final long B = 0x9E3779B97F4A7C15L;
    /** Longest range whose powers are tabulated; longer ranges use {@link #pow(int)} by squaring. */
    private static final int POW_TABLE = 256;
    private static final long[] POW = new long[POW_TABLE + 1];

    static {
        POW[0] = 1;
        for (int i = 1; i <= POW_TABLE; i++) {
            POW[i] = POW[i - 1] * B;
        }
    }

    private CharHash() {
    }

    static long pow(int e) {
        if (e <= POW_TABLE) {
            return POW[e];
        }
        long r = 1;
        long b = B;
        int x = e;
        while (x > 0) {
            if ((x & 1) != 0) {
                r *= b;
            }
            b *= b;
            x >>>= 1;
        }
        return r;
    }

    static long of(CharSequence s) {
        long h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = h * B + s.charAt(i);
        }
        return h;
    }

    static long of(char[] a, int from, int to) {
        long h = 0;
        for (int i = from; i < to; i++) {
            h = h * B + a[i];
        }
        return h;
    }

    /** Fills {@code p[0..n]} with the hashes of the prefixes of {@code a[from, from+n)}. */
    static void prefixes(char[] a, int from, int n, long[] p) {
        p[0] = 0;
        for (int i = 0; i < n; i++) {
            p[i + 1] = p[i] * B + a[from + i];
        }
    }

    /** Hash of the range [i, j) of a string whose prefix hashes are {@code p}. */
    static long range(long[] p, int i, int j) {
        return p[j] - p[i] * pow(j - i);
    }

    /** Hash of the string of length n without its char k. */
    static long deleteAt(long[] p, int n, int k) {
        return p[k] * pow(n - k - 1) + range(p, k + 1, n);
    }

    /** Hash of the string of length n without its chars i and j (i &lt; j). */
    static long deleteTwo(long[] p, int n, int i, int j) {
        long head = p[i] * pow(j - i - 1) + range(p, i + 1, j);
        return head * pow(n - j - 1) + range(p, j + 1, n);
    }

    /** Hash of the string (hash h, length n) with its char k (value ck) replaced by c. */
    static long replace(long h, int n, int k, char ck, char c) {
        return h + ((long) c - ck) * pow(n - 1 - k);
    }

    /** Hash of the string (hash h, length n) with chars k and k+1 (values a, b) swapped. */
    static long swap(long h, int n, int k, char a, char b) {
        long d = (long) b - a;
        return h + d * pow(n - 1 - k) - d * pow(n - 2 - k);
    }

    static long mix(long h) {
        long x = h ^ (h >>> 31);
        x *= 0xD6E8FEB86659FD93L;
        x ^= x >>> 32;
        x *= 0xD6E8FEB86659FD93L;
        return x ^ (x >>> 29);
    }

    private static int tableSize(int n) {
        int size = 16;
        while (size < 2L * n + 2) {
            size <<= 1;
        }
        return size;
    }

    /**
     * A set of string hashes: a blocked Bloom filter (one 64-bit word per probe) in front of an
     * exact open-addressing set of the 64-bit hashes. Never answers false for a string whose
     * hash was added. The filter is split by key length, so that the probes made for one token
     * (all of two or three lengths) touch a small part of it.
     */
    static final class KeySet {
        private static final int MAX_BUCKET = 40;
        private final long[] bloom;
        private final int[] bloomOffset = new int[MAX_BUCKET + 1];
        private final int[] bloomShift = new int[MAX_BUCKET + 1];
        private final long[] hashes;
        private final boolean[] used;
        private final int mask;

        KeySet(Collection<? extends CharSequence> keys) {
            int[] count = new int[MAX_BUCKET + 1];
            for (CharSequence k : keys) {
                count[Math.min(k.length(), MAX_BUCKET)]++;
            }
            int total = 0;
            for (int b = 0; b <= MAX_BUCKET; b++) {
                int words = 1;
                while (words * 64L < 24L * count[b]) {
                    words <<= 1;
                }
                bloomOffset[b] = total;
                bloomShift[b] = 64 - Integer.numberOfTrailingZeros(words);
                total += words;
            }
            bloom = new long[total];
            int size = tableSize(Math.max(1, keys.size()));
            hashes = new long[size];
            used = new boolean[size];
            mask = size - 1;
            for (CharSequence k : keys) {
                add(of(k), k.length());
            }
        }

        private void add(long h, int length) {
            long m = mix(h);
            bloom[bloomWord(m, length)] |= bloomBits(m);
            int i = (int) m & mask;
            while (used[i]) {
                if (hashes[i] == h) {
                    return;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            hashes[i] = h;
        }

        private int bloomWord(long m, int length) {
            int b = Math.min(length, MAX_BUCKET);
            int shift = bloomShift[b];
            return bloomOffset[b] + (shift == 64 ? 0 : (int) (m >>> shift));
        }

        private static long bloomBits(long m) {
            return (1L << (m & 63)) | (1L << ((m >>> 6) & 63)) | (1L << ((m >>> 12) & 63));
        }

        /** False only when no key of this length with this hash was added. */
        boolean mayContain(long h, int length) {
            long m = mix(h);
            long bits = bloomBits(m);
            if ((bloom[bloomWord(m, length)] & bits) != bits) {
                return false;
            }
            int i = (int) m & mask;
            while (used[i]) {
                if (hashes[i] == h) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }
    }

    /**
     * Maps strings to their index in a list, looked up by char range without building a string.
     * Each slot is two adjacent longs (hash; id and key position), and the keys sit in one char
     * pool, each after its length: a lookup touches two places in memory.
     */
    static final class Table {
        private final long[] slots;
        private final char[] pool;
        private final int mask;

        /** Key i of the list gets id i; a repeated key keeps its first id. */
        Table(List<String> list) {
            int size = tableSize(list.size());
            slots = new long[2 * size];
            mask = size - 1;
            int chars = 0;
            for (String k : list) {
                chars += k.length() + 1;
            }
            pool = new char[chars];
            int at = 0;
            for (int id = 0; id < list.size(); id++) {
                String k = list.get(id);
                char[] kc = k.toCharArray();
                long h = of(kc, 0, kc.length);
                if (get(kc, 0, kc.length, h) >= 0) {
                    continue;
                }
                if (k.length() > Character.MAX_VALUE) {
                    throw new IllegalArgumentException("key too long");
                }
                pool[at] = (char) k.length();
                k.getChars(0, k.length(), pool, at + 1);
                int i = (int) mix(h) & mask;
                while (slots[2 * i + 1] != 0) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = h;
                slots[2 * i + 1] = ((long) (id + 1) << 32) | at;
                at += k.length() + 1;
            }
        }

        /** The id of the key equal to {@code a[from, to)} whose hash is h, or -1. */
        int get(char[] a, int from, int to, long h) {
            int i = (int) mix(h) & mask;
            int n = to - from;
            long info;
            while ((info = slots[2 * i + 1]) != 0) {
                if (slots[2 * i] == h) {
                    int at = (int) info;
                    if (pool[at] == n && sameChars(pool, at + 1, at + 1 + n, a, from, to)) {
                        return (int) (info >>> 32) - 1;
                    }
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        int get(char[] a, int from, int to) {
            return get(a, from, to, of(a, from, to));
        }
    }

    /**
     * {@code Arrays.equals} of two char ranges as a plain loop: the ranges compared here are
     * words, too short for the vectorised mismatch to repay its set-up.
     */
    static boolean sameChars(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
        int n = aTo - aFrom;
        if (n != bTo - bFrom) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (a[aFrom + k] != b[bFrom + k]) {
                return false;
            }
        }
        return true;
    }
}
