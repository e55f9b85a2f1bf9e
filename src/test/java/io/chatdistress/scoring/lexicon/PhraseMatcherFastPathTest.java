package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The char-range reading of tokens (hash tables, the typo filter, the cache) against the
 * string reading it short-cuts, on vocabulary words and generated typos of them.
 */
class PhraseMatcherFastPathTest {

    private static final PhraseMatcher M = Lexicon.loadDefault().matcher();
    private static final String KEYS = "qwertyuiopasdfghjklzxcvbnm";

    @ParameterizedTest
    @ValueSource(strings = {"hilfe", "heeelp", "nivht", "feappe", "brustschmerzen", "schwindlig", "mooeilijk",
        "hav3", "15u", "lev3em", "ciendo", "bewegencvxxx", "suicidal", "doğru", "نجدة", "👍", "🙂🙂",
        "jkdfghsdf", "x", "ab", "qwertzuiopasdfghjklyxcvbnmqwertzuiop", "3sabcd1234567nl", "ölkjasdf"})
    void shouldReadTokenLikeTheStringPathWhenGivenCharRange(String token) {
        assertSameReading(token, new PhraseMatcher.Scratch());
    }

    @Test
    void shouldReadEveryVocabularyWordAndTypoLikeTheStringPath() {
        Random r = new Random(2024);
        PhraseMatcher.Scratch s = new PhraseMatcher.Scratch();
        for (int id = 0; id < M.vocabularySize(); id++) {
            String w = M.word(id);
            assertSameReading(w, s);
            if (id % 4 == 0) {
                for (String t : typos(w, r)) {
                    assertSameReading(t, s);
                }
            }
        }
        for (int i = 0; i < 3000; i++) {
            assertSameReading(mash(r, 1 + r.nextInt(40)), s);
        }
    }

    /**
     * The filter only skips the string path when that path would read nothing but prefix words:
     * compared with the brute-force enumeration of {@link PhraseMatcher#symbolsOf} itself.
     */
    @Test
    void shouldNeverFilterOutATokenWithATypoReading() {
        Random r = new Random(99);
        PhraseMatcher.Scratch s = new PhraseMatcher.Scratch();
        int filtered = 0;
        int readable = 0;
        List<String> tokens = new ArrayList<>();
        for (int id = 0; id < M.vocabularySize(); id += 3) {
            tokens.addAll(typos(M.word(id), r));
        }
        for (int i = 0; i < 3000; i++) {
            tokens.add(mash(r, 1 + r.nextInt(20)));
        }
        for (String t : tokens) {
            char[] c = t.toCharArray();
            if (M.isWord(c, 0, c.length) || t.length() > PhraseMatcher.MAX_FUZZY_LENGTH
                    || t.chars().anyMatch(ch -> Character.isSurrogate((char) ch))) {
                continue;
            }
            long[] p = s.hashes(c.length);
            CharHash.prefixes(c, 0, c.length, p);
            boolean words = false;
            for (int sym : M.symbolsOf(t).symbols()) {
                words |= sym < M.vocabularySize();
            }
            if (words) {
                readable++;
            }
            if (!M.mayRead(c, 0, c.length, p, s)) {
                filtered++;
                assertFalse(words, t);
            }
        }
        assertTrue(readable > 100, "the generated typos must include readable ones: " + readable);
        assertTrue(filtered > 1000, "the filter must skip some tokens: " + filtered);
    }

    /**
     * More distinct tokens than the read cache has slots, read in interleaved rounds so that
     * tokens evict one another: every reading still equals the string path's, and the signature
     * a scan tests against is the union of the symbols' bits.
     */
    @Test
    void shouldReadLikeTheStringPathWhenTokensEvictEachOtherFromTheCache() {
        Random r = new Random(7);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 2 * PhraseMatcher.ReadCache.SIZE; i++) {
            tokens.add(r.nextInt(3) == 0 ? "ü" + mash(r, 4 + r.nextInt(6)) : mash(r, 4 + r.nextInt(6)));
        }
        PhraseMatcher.ReadCache cache = new PhraseMatcher.ReadCache();
        for (int round = 0; round < 2; round++) {
            for (int i = round; i < tokens.size(); i += 2) {
                String t = tokens.get(i);
                char[] a = t.toCharArray();
                PhraseMatcher.TokenSymbols got = cache.get(a, 0, a.length, CharHash.of(a, 0, a.length), M, null);
                PhraseMatcher.TokenSymbols want = M.symbolsOf(t);
                assertArrayEquals(want.symbols(), got.symbols(), t);
                assertArrayEquals(want.cost(), got.cost(), t);
                long union = 0;
                for (int sym : got.symbols()) {
                    union |= PhraseMatcher.symbolBit(sym);
                }
                assertEquals(union, got.signature(), t);
            }
        }
    }

    private static void assertSameReading(String token, PhraseMatcher.Scratch s) {
        PhraseMatcher.TokenSymbols expected = M.symbolsOf(token);
        char[] buf = ("x " + token + " y").toCharArray();
        for (int pass = 0; pass < 2; pass++) {
            // the second pass reads through the caches
            PhraseMatcher.TokenSymbols actual = M.symbolsAt(buf, 2, buf.length - 2, s);
            assertArrayEquals(expected.symbols(), actual.symbols(), token);
            assertArrayEquals(expected.fuzzy(), actual.fuzzy(), token);
            assertArrayEquals(expected.cost(), actual.cost(), token);
        }
        assertEquals(M.isWord(token), M.isWord(buf, 2, buf.length - 2), token);
    }

    /** One of each kind of slip the string path reads, plus two at once. */
    private static List<String> typos(String w, Random r) {
        List<String> out = new ArrayList<>();
        int n = w.length();
        int i = r.nextInt(n);
        char k = KEYS.charAt(r.nextInt(KEYS.length()));
        out.add(w.substring(0, i) + w.substring(i + 1));
        out.add(w.substring(0, i) + k + w.substring(i));
        out.add(w.substring(0, i) + k + w.substring(i + 1));
        if (i + 1 < n) {
            out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
        }
        out.add(w.substring(0, i) + w.charAt(i) + w.charAt(i) + w.substring(i));
        out.add(w.substring(0, i) + r.nextInt(10) + w.substring(i));
        out.add(w + "cvbxx" + KEYS.charAt(r.nextInt(KEYS.length())));
        out.add(w + "n" + w);
        String once = out.get(2);
        int j = r.nextInt(once.length());
        out.add(once.substring(0, j) + once.substring(j + 1));
        out.add(w.toUpperCase(java.util.Locale.ROOT));
        return out;
    }

    private static String mash(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(15) == 0 ? (char) ('0' + r.nextInt(10)) : KEYS.charAt(r.nextInt(KEYS.length())));
        }
        return b.toString();
    }
}
