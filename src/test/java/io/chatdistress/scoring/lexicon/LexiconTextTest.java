package io.chatdistress.scoring.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass tokenizer against the general normaliser path it short-cuts. */
class LexiconTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, my parcel hasn't come. Can you check?..",
        "Können Sie nachsehen? Grüße aus Köln — Jane 🙂",
        "j'ai mal à la poitrine, l'ambulance qu'il appelle",
        "un'ambulanza dell'ospedale, I'm fine, don`t",
        "anymoreCxxcf iPhone PayPal xD HEEEELP hilfeeee sooo",
        "ÇA NE VA PAS… j’ai très mal",
        "Straße ØRESUND Æble œuvre łódź þorn ıspanak",
        "bin gestürzt \u00a0 komme nicht hoch ！",
        "👍🏽❤️ ok 👨\u200d👩 thx\u00adyes",
        "je suis tombée dans l'escalier ¿qué? ¡ayuda!",
        "a'b i'm l' 'x ''' ' ",
        "123 4567 ab12 x|y|z || ",
        "é\u0301 combining, Ελλάδα, привет, مساعدة، 你好。",
        ""})
    void shouldTokenizeLikeTheGeneralPathWhenGivenFixtures(String text) {
        assertEquals(expected(text), actual(text));
    }

    @Test
    void shouldTokenizeLikeTheGeneralPathWhenGivenRandomText() {
        String palette = "aeiouhjxyzqwrtsdfgklcvbnmAEIOUHJXYZ  .,;:!?¿¡'’`´ʼ\n\t-_/@#0123456789"
                + "éèêëàâäöüßçñøæœłđðþıħŧÉÖÜÇİ\u00a0\u00ad\u2014\u2019\u201c\u201d«»€✓☺❤\ufe0f\u200d😀🙂👍🏽ـ";
        int[] cps = palette.codePoints().toArray();
        Random r = new Random(5);
        for (int i = 0; i < 20000; i++) {
            int n = r.nextInt(40);
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < n; j++) {
                b.appendCodePoint(cps[r.nextInt(cps.length)]);
            }
            String text = b.toString();
            assertEquals(expected(text), actual(text), text);
        }
    }

    @Test
    void shouldFoldLexiconWordsWithoutClauses() {
        assertEquals("ich fuhle mich schwindelig", LexiconText.fold("Ich fühle mich SCHWINDELIG!"));
        assertEquals("dont", LexiconText.fold("don't"));
        assertEquals("", LexiconText.fold(null));
    }

    /** Tokens as "clause:token", from the general path's clauses. */
    private static List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        List<String> clauses = LexiconText.foldClauses(text);
        for (int c = 0; c < clauses.size(); c++) {
            for (String t : clauses.get(c).split(" ")) {
                out.add(c + ":" + t);
            }
        }
        return out;
    }

    private static List<String> actual(String text) {
        LexiconText.Tokens t = new LexiconText.Tokens();
        LexiconText.tokenize(text, t);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < t.count; k++) {
            out.add(t.clause[k] + ":" + new String(t.buf, t.start[k], t.end[k] - t.start[k]));
        }
        return out;
    }
}
