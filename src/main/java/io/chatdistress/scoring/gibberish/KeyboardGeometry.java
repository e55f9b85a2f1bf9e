package io.chatdistress.scoring.gibberish;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Physical key distances over the keyboard layouts people actually mash: QWERTY (US, US-intl, UK,
 * ES, IT, Nordic, TR), QWERTZ (DE, CH), AZERTY (FR, BE), JCUKEN (RU), Greek, the numeric keypad and
 * a phone dial pad. Phone soft keyboards share the letter positions of these layouts.
 *
 * <p>The distance of two characters is the smallest centre-to-centre distance (in key widths) of
 * the keys producing them on any single layout, unshifted or shifted; letters are folded to lower
 * case first. Built once; lookups are two array reads.
 */
final class KeyboardGeometry {

    /** Distance returned for characters that share no layout. */
    static final double FAR = 99.0;

    /** Row x-offsets of the first key's centre for staggered ISO/ANSI boards (number row first). */
    private static final double[] ROW_X = {0.5, 2.0, 2.25, 1.75};

    /**
     * A layout: per row the unshifted and shifted characters of the keys, left to right. The last
     * row starts at the ISO extra key left of Z/Y/W; where a layout has none, the row string starts
     * with a space placeholder.
     */
    private record Layout(String name, String[] unshifted, String[] shifted, double[] rowX) {
    }

    private static final List<Layout> LAYOUTS = List.of(
            staggered("us",
                    new String[] {"`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", " zxcvbnm,./"},
                    new String[] {"~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", " ZXCVBNM<>?"}),
            staggered("uk",
                    new String[] {"`1234567890-=", "qwertyuiop[]", "asdfghjkl;'#", "\\zxcvbnm,./"},
                    new String[] {"¬!\"£$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:@~", "|ZXCVBNM<>?"}),
            staggered("de",
                    new String[] {"^1234567890ß´", "qwertzuiopü+", "asdfghjklöä#", "<yxcvbnm,.-"},
                    new String[] {"°!\"§$%&/()=?`", "QWERTZUIOPÜ*", "ASDFGHJKLÖÄ'", ">YXCVBNM;:_"}),
            staggered("ch",
                    new String[] {"§1234567890'^", "qwertzuiopü¨", "asdfghjklöä$", "<yxcvbnm,.-"},
                    new String[] {"°+\"*ç%&/()=?`", "QWERTZUIOPè!", "ASDFGHJKLéà£", ">YXCVBNM;:_"}),
            staggered("fr",
                    new String[] {"²&é\"'(-è_çà)=", "azertyuiop^$", "qsdfghjklmù*", "<wxcvbn,;:!"},
                    new String[] {"³1234567890°+", "AZERTYUIOP¨£", "QSDFGHJKLM%µ", ">WXCVBN?./§"}),
            staggered("be",
                    new String[] {"²&é\"'(§è!çà)-", "azertyuiop^$", "qsdfghjklmùµ", "<wxcvbn,;:="},
                    new String[] {"³1234567890°_", "AZERTYUIOP¨*", "QSDFGHJKLM%£", ">WXCVBN?./+"}),
            staggered("es",
                    new String[] {"º1234567890'¡", "qwertyuiop`+", "asdfghjklñ´ç", "<zxcvbnm,.-"},
                    new String[] {"ª!\"·$%&/()=?¿", "QWERTYUIOP^*", "ASDFGHJKLѨÇ", ">ZXCVBNM;:_"}),
            staggered("it",
                    new String[] {"\\1234567890'ì", "qwertyuiopè+", "asdfghjklòàù", "<zxcvbnm,.-"},
                    new String[] {"|!\"£$%&/()=?^", "QWERTYUIOPé*", "ASDFGHJKLç°§", ">ZXCVBNM;:_"}),
            staggered("pt",
                    new String[] {"\\1234567890'«", "qwertyuiop+´", "asdfghjklçº~", "<zxcvbnm,.-"},
                    new String[] {"|!\"#$%&/()=?»", "QWERTYUIOP*`", "ASDFGHJKLǪ^", ">ZXCVBNM;:_"}),
            staggered("se",
                    new String[] {"§1234567890+´", "qwertyuiopå¨", "asdfghjklöä'", "<zxcvbnm,.-"},
                    new String[] {"½!\"#¤%&/()=?`", "QWERTYUIOPÅ^", "ASDFGHJKLÖÄ*", ">ZXCVBNM;:_"}),
            staggered("no",
                    new String[] {"|1234567890+\\", "qwertyuiopå¨", "asdfghjkløæ'", "<zxcvbnm,.-"},
                    new String[] {"§!\"#¤%&/()=?`", "QWERTYUIOPÅ^", "ASDFGHJKLØÆ*", ">ZXCVBNM;:_"}),
            staggered("dk",
                    new String[] {"½1234567890+´", "qwertyuiopå¨", "asdfghjklæø'", "<zxcvbnm,.-"},
                    new String[] {"§!\"#¤%&/()=?`", "QWERTYUIOPÅ^", "ASDFGHJKLÆØ*", ">ZXCVBNM;:_"}),
            staggered("tr",
                    new String[] {"\"1234567890*-", "qwertyuıopğü", "asdfghjklşi,", "<zxcvbnmöç."},
                    new String[] {"é!'^+%&/()=?_", "QWERTYUIOPĞÜ", "ASDFGHJKLŞİ;", ">ZXCVBNMÖÇ:"}),
            staggered("ru",
                    new String[] {"ё1234567890-=", "йцукенгшщзхъ\\", "фывапролджэ", " ячсмитьбю."},
                    new String[] {"Ё!\"№;%:?*()_+", "ЙЦУКЕНГШЩЗХЪ/", "ФЫВАПРОЛДЖЭ", " ЯЧСМИТЬБЮ,"}),
            staggered("gr",
                    new String[] {"`1234567890-=", ";ςερτυθιοπ[]", "ασδφγηξκλ΄'", " ζχψωβνμ,./"},
                    new String[] {"~!@#$%^&*()_+", ":΅ΕΡΤΥΘΙΟΠ{}", "ΑΣΔΦΓΗΞΚΛ¨\"", " ΖΧΨΩΒΝΜ<>?"}),
            new Layout("keypad", new String[] {" /*-", "789+", "456", "123", "0 ."},
                    new String[] {" /*-", "789+", "456", "123", "0 ."}, new double[] {0, 0, 0, 0, 0}),
            new Layout("dialpad", new String[] {"123", "456", "789", "*0#"},
                    new String[] {"123", "456", "789", "*0#"}, new double[] {0, 0, 0, 0}));

    private static final KeyboardGeometry INSTANCE = new KeyboardGeometry();

    /** Dense index for code points below this bound; others go through the map. */
    private static final int DENSE = 0x500;

    private final short[] denseIndex = new short[DENSE];
    private final Map<Integer, Short> sparseIndex = new HashMap<>();
    private final byte[] dist; // tenths of a key width, saturated at 127
    private final int size;
    /** Per indexed char: its row on a staggered layout (0 = number row), for row-sweep checks. */
    private final byte[] row;
    /** {@code index(fold(c))} for every BMP char {@code c}, so the hot path needs no folding or map. */
    private final short[] bmpKey = new short[1 << 16];

    private KeyboardGeometry() {
        java.util.Arrays.fill(denseIndex, (short) -1);
        int next = 0;
        for (Layout l : LAYOUTS) {
            for (String[] layer : new String[][] {l.unshifted(), l.shifted()}) {
                for (String r : layer) {
                    for (int i = 0; i < r.length(); i++) {
                        int c = fold(r.charAt(i));
                        if (c != ' ' && index(c) < 0) {
                            put(c, next++);
                        }
                    }
                }
            }
        }
        size = next;
        dist = new byte[size * size];
        row = new byte[size];
        java.util.Arrays.fill(dist, (byte) 127);
        java.util.Arrays.fill(row, (byte) -1);
        for (Layout l : LAYOUTS) {
            int n = l.unshifted().length;
            int[] idx = new int[160];
            double[] xs = new double[160];
            double[] ys = new double[160];
            int k = 0;
            for (String[] layer : new String[][] {l.unshifted(), l.shifted()}) {
                for (int r = 0; r < n; r++) {
                    String s = layer[r];
                    for (int i = 0; i < s.length(); i++) {
                        int c = fold(s.charAt(i));
                        if (c == ' ') {
                            continue;
                        }
                        idx[k] = index(c);
                        xs[k] = l.rowX()[r] + i;
                        ys[k] = r;
                        if (l.rowX()[r] != 0 && row[idx[k]] < 0) {
                            row[idx[k]] = (byte) r;
                        }
                        k++;
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double d = Math.hypot(xs[a] - xs[b], ys[a] - ys[b]);
                    int q = (int) Math.min(127, Math.round(d * 10));
                    int cell = idx[a] * size + idx[b];
                    if (q < dist[cell]) {
                        dist[cell] = (byte) q;
                    }
                }
            }
        }
        for (int c = 0; c < bmpKey.length; c++) {
            bmpKey[c] = (short) index(fold(c));
        }
    }

    private static Layout staggered(String name, String[] unshifted, String[] shifted) {
        return new Layout(name, unshifted, shifted, ROW_X);
    }

    static KeyboardGeometry get() {
        return INSTANCE;
    }

    private void put(int c, int i) {
        if (c < DENSE) {
            denseIndex[c] = (short) i;
        } else {
            sparseIndex.put(c, (short) i);
        }
    }

    /** Index of a (folded) character or -1 when no modelled key produces it. */
    int index(int foldedChar) {
        if (foldedChar < DENSE) {
            return denseIndex[foldedChar];
        }
        Short s = sparseIndex.get(foldedChar);
        return s == null ? -1 : s;
    }

    /** Whether any modelled layout has a key producing this character. */
    boolean onKeyboard(int c) {
        return keyOf(c) >= 0;
    }

    /** Key index of a raw (unfolded) character, -1 when no modelled key produces it. */
    int keyOf(int c) {
        // Every modelled key is a BMP char, and no code point above the BMP folds into it
        // (KeyboardGeometryTest checks both).
        return (c & ~0xFFFF) == 0 ? bmpKey[c] : -1;
    }

    /**
     * Key distance in tenths of a key width between two raw characters, 127 or more when they
     * share no layout; {@link #distance(int, int)} is this divided by ten, or {@link #FAR}.
     */
    int tenths(int a, int b) {
        return tenthsByKey(keyOf(a), keyOf(b));
    }

    /** {@link #tenths(int, int)} of two {@link #keyOf key indexes}. */
    int tenthsByKey(int ia, int ib) {
        if (ia < 0 || ib < 0) {
            return 127;
        }
        return dist[ia * size + ib];
    }

    /** Key distance in key widths between two characters, {@link #FAR} when unrelated. */
    double distance(int a, int b) {
        return toKeyWidths(tenths(a, b));
    }

    /** Converts a {@link #tenths(int, int)} value to key widths. */
    static double toKeyWidths(int tenths) {
        return tenths >= 127 ? FAR : tenths / 10.0;
    }

    /** Row (0 = number row, 3 = bottom letter row) on the first staggered layout having the key, or -1. */
    int row(int c) {
        int i = keyOf(c);
        return i < 0 ? -1 : row[i];
    }

    static int fold(int c) {
        if (Character.isLetter(c)) {
            // Locale.ROOT semantics: single code point lower-casing, no Turkish dotless-i surprises.
            int l = Character.toLowerCase(c);
            return l == 'ı' ? 'ı' : l;
        }
        return c;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "KeyboardGeometry[%d keys]", size);
    }
}
