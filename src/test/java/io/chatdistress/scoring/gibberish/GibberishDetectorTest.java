package io.chatdistress.scoring.gibberish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GibberishDetectorTest {

    private static final GibberishDetector DETECTOR = GibberishDetector.loadDefault();

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        // held keys on several layouts
        "jjjjjjjjjjjjjjjjjj", ";;;;;;;;;;;;;;;;", "ççççççççççççç", "öööööööööööö", "ññññññññññññ",
        // row sweeps: QWERTY, QWERTZ, AZERTY, JCUKEN
        "asdfghjkl", "/.,mnbvcxz", "poiuztrewq", "qsdfghjklmù", "фывапролджэ",
        // fist and palm mashes
        "fgvdrctttttbhtyyyyyyyyy", "xcvbnm,.-", "sdfkj hgfdsa lkjhhh", "hjkhjkhjkhjkhjk",
        "dfgdfgdfgsdfsdf", "ùmlkjhgfdsq", "<yxcvbnm", "ijnuhbzgv",
        // sentences breaking off into mash
        "mir ist schlechtnmjjjjjjjj", "je me sens pas bien kjhgfdsqqqqqq", "me duele el pecho asdfghhhhh",
        "I can't check in oQAAAAAAAAAAAQ", "Ik voel me niet goedbnmmmmmmmm",
        // a stretch after keys in a row, and one as long as a held key, stay mash
        "sdfsss", "xcvbbb", "hallo graciassssssss",
        // capitals: a whole line, or longer than an acronym
        "ASDFGH", "TGV", "hallo ASDFGH", "ich JKLÖÄ"
    })
    void shouldFlagKeyboardMashWhenTypedOnAnyLayout(String text) {
        GibberishResult r = DETECTOR.analyse(text);
        assertTrue(r.gibberish(), () -> "score " + r.score());
        assertTrue(r.score() >= GibberishDetector.THRESHOLD);
        assertTrue(r.mashFraction() > 0.0);
        assertFalse(r.signals().isEmpty());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Ik wacht al drie dagen op mijn pakket", "Wo bleibt meine Bestellung? Ich warte schon lange.",
        "Où est mon colis ? Je l'attends depuis lundi.", "¿Cuándo llega mi pedido? Gracias.",
        "Dziękuję bardzo, to wszystko", "Teşekkürler, iyi günler", "Paket saya belum sampai",
        "Hvor er pakken min?", "Kiitos paljon avusta", "Mulțumesc frumos pentru ajutor",
        "Где моя посылка?", "Менің сәлемдемем қайда?", "Где је мој пакет?", "طلبي لم يصل بعد",
        "我的包裹在哪里？", "荷物がまだ届いていません", "Γεια σας, πού είναι το δέμα μου;",
        "ICH WILL MEIN GELD ZURÜCK!!!", "thx, bye 👋", "ok merci 😅👍", "Hallo ich hÃ¤tte eine Frage",
        "pls hlp my pakage didnt arive", "Schreibmaschinenwettbewerb", "Angstschweiß",
        "SELECT * FROM orders WHERE id = 2018;", "chmod 755 install.sh && ./install.sh",
        "document.getElementById('submit').click()", "il y a mes médicaments pour le cœur dedans",
        // short messages whose letters happen to sit on neighbouring keys
        "ok", "Ok!", "ok :)", "was?", "der", "Wer?", "sí", "Merci !", "thx", "gr8", "b4", "Hallo?", "....", "???",
        // a word stretched at its end: expressive, not a key held down
        "vale graciasss", "thanksss!", "yesss", "ok thxxx",
        // acronyms in capitals next to a lower-case word ("TGV": T, G and V are one key column)
        "mon TGV a 1h20 de retard", "le TGV", "wo ist das DHL paket", "my CV is attached"
    })
    void shouldNotFlagNaturalTextWhenInAnyLanguageOrStyle(String text) {
        GibberishResult r = DETECTOR.analyse(text);
        assertFalse(r.gibberish(), () -> "score " + r.score() + " " + r.signals());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "NL91 ABNA 0417 1643 00", "DE89370400440532013000", "https://www.dhl.de/de/privatkunden.html?piececode=00340434161094022115",
        "jan.de.vries@example.nl", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "00:1A:2B:3C:4D:5E", "192.168.178.1",
        "RR123456785NL", "1Z999AA10123456784", "4111 1111 1111 1111", "d41d8cd98f00b204e9800998ecf8427e",
        "QB6RK-XBGYQ-HX92Q-DTFWQ-X4VJ2", "+31 6 12345678", "1012 AB", "N778JZCM80", "Soleil1484?"
    })
    void shouldTreatPastedCodesAsStructuredWhenTheyAreCodes(String text) {
        GibberishResult r = DETECTOR.analyse(text);
        assertFalse(r.gibberish(), () -> "score " + r.score());
        assertTrue(r.structured(), () -> "signals " + r.signals());
        assertTrue(r.signals().stream().anyMatch(s -> s.startsWith("structured-")));
    }

    @Test
    void shouldScoreMashTailAboveTheSameSentenceWithOneTypo() {
        double typo = DETECTOR.analyse("Ich warte seit drei Tagen auf mein Pakte").score();
        double tail = DETECTOR.analyse("Ich warte seit drei Tagen auf mein Pakjhgfdsssssss").score();
        assertTrue(tail > typo);
        assertTrue(DETECTOR.analyse("Ich warte seit drei Tagen auf mein Pakjhgfdsssssss").signals()
                .contains("mash-tail"));
    }

    @Test
    void shouldNeverPutTextIntoSignalsWhenReportingWhatFired() {
        String text = "secretword qwertzuiopasdfghjkl";
        GibberishResult r = DETECTOR.analyse(text);
        for (String s : r.signals()) {
            assertTrue(s.matches("[a-z0-9]+(-[a-z0-9]+)*"), s);
            assertFalse(text.contains(s) && s.length() > 3, s);
        }
    }

    @Test
    void shouldReturnAValidResultWhenInputIsOneMegabyte() {
        StringBuilder b = new StringBuilder();
        String[] parts = {"hello there ", "asdfghjkl ", "NL91ABNA0417164300 ", "ééééé", "https://x.nl/", "🙂"};
        for (int i = 0; b.length() < 1_000_000; i++) {
            b.append(parts[i % parts.length]);
        }
        b.append("a".repeat(300_000)).append("/".repeat(300_000));
        GibberishResult r = DETECTOR.analyse(b.toString());
        assertTrue(r.score() >= 0.0 && r.score() <= 1.0);
        assertTrue(r.mashFraction() >= 0.0 && r.mashFraction() <= 1.0);
        assertTrue(r.gibberish());
    }

    @Test
    void shouldReturnZeroWhenTextIsEmptyOrBlank() {
        assertEquals(0.0, DETECTOR.analyse("").score());
        assertFalse(DETECTOR.analyse("   \n\t ").gibberish());
        assertFalse(DETECTOR.analyse(null).gibberish());
    }

    @Test
    void shouldShareOneInstanceWhenLoadedTwice() {
        assertSame(GibberishDetector.loadDefault(), GibberishDetector.loadDefault());
    }

    @Test
    void shouldKeepScoresInRangeWhenInputIsOddUnicode() {
        for (String s : List.of("\uD83D\uDE00\uD83D\uDE00", "\u0000\u0001", "a\u0301\u0301\u0301", "\uFFFF", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢")) {
            GibberishResult r = DETECTOR.analyse(s);
            assertNotNull(r.signals());
            assertTrue(r.score() >= 0 && r.score() <= 1);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"[foto]", "[image]", "[Anhang: Rechnung_Tierklinik_0410.pdf]", "[sticker] ok", "ich schick es [Foto]"})
    void shouldNotReadAnAttachmentPlaceholderAsMash(String text) {
        GibberishResult r = DETECTOR.analyse(text);
        assertFalse(r.gibberish(), () -> text + " -> " + r);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"[kjhgf", "[;p[lk", "[pl,mkjn"})
    void shouldStillReadAnOpenBracketBeforeMashAsMash(String text) {
        GibberishResult r = DETECTOR.analyse(text);
        assertTrue(r.gibberish(), () -> text + " -> " + r);
    }
}
