package io.chatdistress.scoring.gibberish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packed n-gram table answers exactly what the model file says, and UNSEEN for anything else. */
class NgramModelTest {

    private static NgramModel model;
    /** Reference: "T" + 3 chars, "B"/"S"/"E" + 2 chars → value, read straight from the shipped file. */
    private static Map<String, Integer> reference;
    private static List<Character> letters;

    @BeforeAll
    static void load() throws IOException {
        model = NgramModel.loadDefault();
        reference = new HashMap<>();
        java.util.Set<Character> seen = new java.util.TreeSet<>();
        try (InputStream raw = NgramModel.class.getResourceAsStream(NgramModel.RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                        StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int len = line.charAt(0) == 'T' ? 3 : 2;
                reference.put(line.substring(0, 1 + len), Integer.parseInt(line.substring(1 + len)));
                for (int i = 1; i <= len; i++) {
                    seen.add(line.charAt(i));
                }
            }
        }
        letters = new ArrayList<>(seen);
    }

    private static int expected(String kind, int... cs) {
        StringBuilder b = new StringBuilder(kind);
        for (int c : cs) {
            if (c < 0 || c > 0xFFFF) {
                return NgramModel.UNSEEN;
            }
            b.append((char) c);
        }
        return reference.getOrDefault(b.toString(), NgramModel.UNSEEN);
    }

    @Test
    void shouldReturnTheFileValueWhenTheNgramIsStored() {
        assertTrue(reference.size() > 100_000, "reference read");
        assertEquals(reference.size(), model.size());
        for (Map.Entry<String, Integer> e : reference.entrySet()) {
            String k = e.getKey();
            int got = switch (k.charAt(0)) {
                case 'T' -> model.trigram(k.charAt(1), k.charAt(2), k.charAt(3));
                case 'B' -> model.bigram(k.charAt(1), k.charAt(2));
                case 'S' -> model.wordStart(k.charAt(1), k.charAt(2));
                default -> model.wordEnd(k.charAt(1), k.charAt(2));
            };
            assertEquals((int) e.getValue(), got, () -> "n-gram " + k);
        }
    }

    @Test
    void shouldReturnUnseenWhenTheNgramIsAbsent() {
        Random rnd = new Random(11);
        int[] extra = {'0', '!', ' ', 'Q', 'Ж', '中', 0x1F600, 0x10400, 0xFFFF};
        int absent = 0;
        for (int i = 0; i < 300_000; i++) {
            int a = pick(rnd, extra);
            int b = pick(rnd, extra);
            int c = pick(rnd, extra);
            assertEquals(expected("T", a, b, c), model.trigram(a, b, c));
            assertEquals(expected("B", a, b), model.bigram(a, b));
            assertEquals(expected("S", a, b), model.wordStart(a, b));
            assertEquals(expected("E", a, b), model.wordEnd(a, b));
            if (expected("T", a, b, c) == NgramModel.UNSEEN) {
                absent++;
            }
        }
        assertTrue(absent > 1000, "the sample covers absent trigrams");
    }

    private static int pick(Random rnd, int[] extra) {
        return rnd.nextInt(10) == 0 ? extra[rnd.nextInt(extra.length)] : letters.get(rnd.nextInt(letters.size()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"T,äöü,12", "B,жы,-3", "S,çé,40", "E,ßa,0"})
    void shouldKeepEachKindApartWhenTheLettersAreTheSame(String kind, String chars, int value) throws IOException {
        String file = "# test\n" + kind + chars + value + "\n";
        NgramModel m = NgramModel.load(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        int a = chars.charAt(0);
        int b = chars.charAt(1);
        int c = chars.length() > 2 ? chars.charAt(2) : 'x';
        assertEquals(kind.equals("T") ? value : NgramModel.UNSEEN, m.trigram(a, b, c));
        assertEquals(kind.equals("B") ? value : NgramModel.UNSEEN, m.bigram(a, b));
        assertEquals(kind.equals("S") ? value : NgramModel.UNSEEN, m.wordStart(a, b));
        assertEquals(kind.equals("E") ? value : NgramModel.UNSEEN, m.wordEnd(a, b));
        assertEquals(1, m.size());
    }
}
