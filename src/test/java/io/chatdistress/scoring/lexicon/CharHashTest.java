package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharHashTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "ä", "größe", "schwindelig", "دوخة", "hilfe hilfe"})
    void shouldCompareCharRangesLikeArraysEqualsWhenOffsetsDiffer(String w) {
        char[] a = ("#" + w + "##").toCharArray();
        char[] b = ("..." + w).toCharArray();
        assertTrue(CharHash.sameChars(a, 1, 1 + w.length(), b, 3, 3 + w.length()));
        if (!w.isEmpty()) {
            char[] c = ("..." + w.substring(0, w.length() - 1) + "ß").toCharArray();
            assertFalse(CharHash.sameChars(a, 1, 1 + w.length(), c, 3, 3 + w.length()));
            assertFalse(CharHash.sameChars(a, 1, w.length(), b, 3, 3 + w.length()));
        }
    }


    @ParameterizedTest
    @ValueSource(strings = {"a", "ab", "hilfe", "größe", "çà va", "schwindelig", "دوخة", "ağrıyor", "aaaa"})
    void shouldHashEditsLikeTheEditedStringWhenComputedFromPrefixes(String w) {
        char[] c = w.toCharArray();
        int n = c.length;
        long[] p = new long[n + 1];
        CharHash.prefixes(c, 0, n, p);
        assertEquals(CharHash.of(w), p[n]);
        for (int i = 0; i < n; i++) {
            String del = w.substring(0, i) + w.substring(i + 1);
            assertEquals(CharHash.of(del), CharHash.deleteAt(p, n, i), del);
            assertEquals(CharHash.of(w.substring(0, i) + 'x' + w.substring(i + 1)),
                    CharHash.replace(p[n], n, i, c[i], 'x'));
            for (int j = i + 1; j < n; j++) {
                String two = w.substring(0, i) + w.substring(i + 1, j) + w.substring(j + 1);
                assertEquals(CharHash.of(two), CharHash.deleteTwo(p, n, i, j), two);
            }
            if (i + 1 < n) {
                char[] sw = c.clone();
                sw[i] = c[i + 1];
                sw[i + 1] = c[i];
                assertEquals(CharHash.of(new String(sw)), CharHash.swap(p[n], n, i, c[i], c[i + 1]));
            }
        }
    }

    @Test
    void shouldHashRangesOfLongTextLikeSubstrings() {
        String text = "é".repeat(300) + "hilfe" + "x".repeat(300);
        char[] c = text.toCharArray();
        long[] p = new long[c.length + 1];
        CharHash.prefixes(c, 0, c.length, p);
        assertEquals(CharHash.of(text.substring(290, 310)), CharHash.range(p, 290, 310));
        assertEquals(CharHash.of(text.substring(1, 600)), CharHash.range(p, 1, 600));
        assertEquals(CharHash.pow(300) * CharHash.pow(5), CharHash.pow(305));
    }

    @Test
    void shouldFindEveryKeyAndNothingElseWhenLookingUpCharRanges() {
        Random r = new Random(7);
        List<String> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (keys.size() < 5000) {
            String k = randomWord(r);
            if (seen.add(k)) {
                keys.add(k);
            }
        }
        keys.add(keys.get(3)); // a repeated key keeps its first id
        CharHash.Table table = new CharHash.Table(keys);
        for (int id = 0; id < 5000; id++) {
            char[] buf = ("  " + keys.get(id) + "  ").toCharArray();
            assertEquals(id, table.get(buf, 2, buf.length - 2));
        }
        for (int i = 0; i < 20000; i++) {
            String w = randomWord(r);
            char[] buf = w.toCharArray();
            assertEquals(seen.contains(w) ? keys.indexOf(w) : -1, table.get(buf, 0, buf.length));
        }
        char[] empty = new char[0];
        assertEquals(-1, table.get(empty, 0, 0));
    }

    @Test
    void shouldNeverMissAnAddedKeyWhenProbingTheKeySet() {
        Random r = new Random(11);
        Set<String> keys = new HashSet<>();
        while (keys.size() < 20000) {
            keys.add(randomWord(r));
        }
        CharHash.KeySet set = new CharHash.KeySet(keys);
        for (String k : keys) {
            assertTrue(set.mayContain(CharHash.of(k), k.length()), k);
        }
        int maybe = 0;
        int tried = 0;
        for (int i = 0; i < 20000; i++) {
            String w = randomWord(r) + "q";
            if (!keys.contains(w)) {
                tried++;
                if (set.mayContain(CharHash.of(w), w.length())) {
                    maybe++;
                }
            }
        }
        // the exact hash set behind the filter answers "maybe" only on a 64-bit hash collision
        assertTrue(maybe < tried / 100, maybe + " of " + tried);
        assertFalse(new CharHash.KeySet(List.of()).mayContain(CharHash.of("hilfe"), 5));
    }

    private static String randomWord(Random r) {
        String letters = "abcdefghijklmnopqrstuvwxyzäöüéñçş";
        int n = 1 + r.nextInt(12);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(letters.charAt(r.nextInt(letters.length())));
        }
        return b.toString();
    }
}
