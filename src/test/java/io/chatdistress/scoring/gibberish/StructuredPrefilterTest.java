package io.chatdistress.scoring.gibberish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcuts of the structured-token pass never change a result: the plain-word prefilter never
 * skips a token a recogniser accepts, and whole analyses agree with and without the shortcuts.
 */
class StructuredPrefilterTest {

    private static final GibberishDetector FAST = GibberishDetector.loadDefault();
    private static GibberishDetector slow;

    @BeforeAll
    static void load() {
        slow = GibberishDetector.withoutPrefilter();
    }

    private static boolean plain(String token) {
        int[] cp = token.codePoints().toArray();
        return FAST.isPlainWord(cp, 0, cp.length);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"hello", "Straße", "l'ambulance", "don’t", "e-mail", "Привет", "İstanbul", "Ärger",
        "Hi", "abcdefab-abcd-abcd-abcd-abcdefabcde", "ab-cd-ef-ab-cd-e"})
    void shouldTreatTokenAsPlainWordWhenOnlyLettersApostrophesAndHyphens(String token) {
        assertTrue(plain(token));
        assertNull(FAST.tokenKind(token));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"CHDQSK", "XXXX", "abcdefab-abcd-abcd-abcd-abcdefabcdef", "ab-cd-ef-ab-cd-ef",
        "a1", "x@y.de", "www.example.com", "abc.pdf", "****", "foo(\"bar\")", "😂", "𝒜bc", ""})
    void shouldNotTreatTokenAsPlainWordWhenARecogniserMightAcceptIt(String token) {
        assertFalse(plain(token));
    }

    @Test
    void shouldRecogniseEveryGeneratedCodeWhichThePrefilterLetsThrough() {
        Random rnd = new Random(3);
        int recognised = 0;
        for (int i = 0; i < 20_000; i++) {
            String code = Codes.code(rnd);
            for (String token : code.split(" ")) {
                if (FAST.tokenKind(token) != null) {
                    recognised++;
                    assertFalse(plain(token), () -> "prefilter would skip a recognised code: " + token);
                }
            }
        }
        assertTrue(recognised > 10_000, "the generated codes exercise the recognisers");
    }

    @Test
    void shouldNeverSkipARecognisedTokenWhenTokensAreRandom() {
        Random rnd = new Random(5);
        String[] alphabets = {"abcdefABCDEFxX", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "0123456789", "-'’", ".@:/*•#_+=()\"{}<>[]&", "äöüßéçñøİıЖжΩ", "ｆＡ", "\u212a"};
        int plainCount = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 40 : 10);
            String a1 = alphabets[rnd.nextInt(alphabets.length)];
            String a2 = alphabets[rnd.nextInt(alphabets.length)];
            for (int k = 0; k < len; k++) {
                String a = rnd.nextInt(4) == 0 ? a2 : a1;
                b.append(a.charAt(rnd.nextInt(a.length())));
            }
            String token = b.toString();
            if (plain(token)) {
                plainCount++;
                assertNull(FAST.tokenKind(token), () -> "prefilter skips a recognised token: " + token);
            }
        }
        assertTrue(plainCount > 10_000, "the sample has plain words");
    }

    @Test
    void shouldGiveIdenticalResultsWhenShortcutsAreOff() {
        Random rnd = new Random(9);
        String[] words = {"my", "code", "is", "Bitte", "prüfen", "hier:", "ok", "numéro", "el", "código", "iban",
            "номер", "sdfkj", "asdf", "qwerty", "NL", "AB", "12", "x", "-", "&", "have", "SW1A", "1AA", "G2",
            "3BZ", "Œuvre", "😂", "(", ").", "XXXX", "NL91", "ABNA", "0417", "1643", "00", "٣AB"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + rnd.nextInt(8);
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    b.append(rnd.nextInt(10) == 0 ? "  " : " ");
                }
                b.append(rnd.nextInt(3) == 0 ? Codes.code(rnd) : words[rnd.nextInt(words.length)]);
            }
            String text = rnd.nextInt(5) == 0 ? b.toString().toUpperCase(Locale.ROOT) : b.toString();
            assertEquals(slow.analyse(text), FAST.analyse(text), () -> "differs for generated text #" + text.hashCode());
        }
    }

    @Test
    void shouldGiveIdenticalResultsWhenInputIsLong() {
        Random rnd = new Random(13);
        List<String> texts = new ArrayList<>();
        texts.add("a".repeat(2000));
        texts.add("NL91 ABNA 0417 1643 00 ".repeat(87));
        texts.add("sdfkjhgasdlkfjhasdlfkj".repeat(91));
        StringBuilder r = new StringBuilder();
        while (r.length() < 2000) {
            r.append((char) (0x20 + rnd.nextInt(95)));
        }
        texts.add(r.toString());
        for (String t : texts) {
            GibberishResult expected = slow.analyse(t);
            assertNotNull(expected);
            assertEquals(expected, FAST.analyse(t));
        }
    }

    /** Generators of codes people paste, valid check digits included. */
    static final class Codes {
        private Codes() {
        }

        static String code(Random rnd) {
            return switch (rnd.nextInt(17)) {
                case 0 -> iban(rnd);
                case 1 -> luhn(rnd);
                case 2 -> s10(rnd);
                case 3 -> new UUID(rnd.nextLong(), rnd.nextLong()).toString();
                case 4 -> hex(rnd, 8 + rnd.nextInt(57));
                case 5 -> "https://" + word(rnd, "abcdefghijklmnop", 3, 10) + ".com/" + word(rnd, "abc/?=&x1", 0, 20);
                case 6 -> word(rnd, "abcdefgh.", 2, 10) + "@" + word(rnd, "abcxyz", 2, 8) + ".de";
                case 7 -> word(rnd, "ABCDEFGHJKLMNPRSTUVWXYZ", 1, 2) + rnd.nextInt(10) + " " + rnd.nextInt(10)
                        + word(rnd, "ABCDEFGHJKLMNPRSTUVWXYZ", 2, 2);
                case 8 -> "****" + rnd.nextInt(10000);
                case 9 -> word(rnd, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#", 10, 24);
                case 10 -> "eyJ" + word(rnd, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.", 20, 80);
                case 11 -> word(rnd, "BCDFGHJKLMNPQRSTVWXZA", 5, 8);
                case 12 -> "1Z" + word(rnd, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16, 16);
                case 13 -> rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + rnd.nextInt(300);
                case 14 -> "foo(\"" + word(rnd, "abcdefg", 3, 8) + "\")";
                case 15 -> hex(rnd, 2) + ":" + hex(rnd, 2) + ":" + hex(rnd, 2) + ":" + hex(rnd, 2) + ":"
                        + hex(rnd, 2) + ":" + hex(rnd, 2);
                default -> word(rnd, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", 6, 22);
            };
        }

        static String iban(Random rnd) {
            String[] countries = {"NL", "DE", "GB", "FR", "LU", "BE", "ES", "IT", "CH", "AT"};
            String country = countries[rnd.nextInt(countries.length)];
            StringBuilder bban = new StringBuilder();
            int len = 11 + rnd.nextInt(18);
            for (int i = 0; i < len; i++) {
                bban.append(rnd.nextInt(3) == 0 ? (char) ('A' + rnd.nextInt(26)) : (char) ('0' + rnd.nextInt(10)));
            }
            int mod = 0;
            for (char ch : (bban + country + "00").toCharArray()) {
                mod = Character.isDigit(ch) ? (mod * 10 + ch - '0') % 97 : (mod * 100 + ch - 'A' + 10) % 97;
            }
            String s = country + String.format(Locale.ROOT, "%02d", 98 - mod) + bban;
            if (rnd.nextBoolean()) {
                StringBuilder g = new StringBuilder();
                for (int i = 0; i < s.length(); i += 4) {
                    g.append(i > 0 ? " " : "").append(s, i, Math.min(s.length(), i + 4));
                }
                s = g.toString();
            }
            return rnd.nextInt(4) == 0 ? s.toLowerCase(Locale.ROOT) : s;
        }

        static String luhn(Random rnd) {
            int len = 12 + rnd.nextInt(8);
            int[] d = new int[len];
            for (int i = 0; i < len - 1; i++) {
                d[i] = rnd.nextInt(10);
            }
            for (int c = 0; c < 10; c++) {
                d[len - 1] = c;
                int sum = 0;
                boolean dbl = false;
                for (int i = len - 1; i >= 0; i--) {
                    int x = dbl ? (2 * d[i] > 9 ? 2 * d[i] - 9 : 2 * d[i]) : d[i];
                    sum += x;
                    dbl = !dbl;
                }
                if (sum % 10 == 0) {
                    break;
                }
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < len; i++) {
                b.append(i > 0 && i % 4 == 0 && rnd.nextBoolean() ? "-" : "").append(d[i]);
            }
            return b.toString();
        }

        static String s10(Random rnd) {
            int[] w = {8, 6, 4, 2, 3, 5, 9, 7};
            StringBuilder b = new StringBuilder();
            b.append((char) ('A' + rnd.nextInt(26))).append((char) ('A' + rnd.nextInt(26)));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                int x = rnd.nextInt(10);
                sum += x * w[i];
                b.append(x);
            }
            int check = 11 - sum % 11;
            check = check == 10 ? 0 : check == 11 ? 5 : check;
            return b.append(check).append((char) ('A' + rnd.nextInt(26))).append((char) ('A' + rnd.nextInt(26)))
                    .toString();
        }

        static String hex(Random rnd, int n) {
            return word(rnd, "0123456789abcdef", n, n);
        }

        static String word(Random rnd, String alphabet, int min, int max) {
            int n = min + rnd.nextInt(max - min + 1);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            return b.toString();
        }
    }
}
