import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One-off build tool (never on the runtime classpath): pools the per-language character bigram and
 * trigram models shipped inside the lingua language-detection jar (Apache-2.0) into one compact
 * "is this some language" table used by the gibberish detector.
 *
 * <p>For every n-gram the pooled value is the highest conditional probability P(last | previous)
 * over all languages, shrunk for thinly observed contexts, quantised to decinats. Only n-grams made
 * entirely of Latin, Cyrillic or Greek letters are kept: those are the scripts a keyboard mash can
 * produce; other scripts are treated as language by the detector without a model.
 *
 * <p>Word-boundary statistics (how words start and end) come from the space-padded profiles of
 * optimaize language-detector 0.6 (Apache-2.0), which lingua's models lack.
 *
 * <p>Run: {@code java -cp jackson-databind.jar:jackson-core.jar:jackson-annotations.jar
 * tools/gibberish/BuildNgramModel.java lingua-1.2.2.jar language-detector-0.6.jar
 * src/main/resources/io/chatdistress/scoring/gibberish/ngrams.txt.gz}
 */
public final class BuildNgramModel {

    /**
     * Pseudo-count added to every context and absolute discount taken from every count: a trigram
     * seen once after a context seen twice is not a 50% certainty. Without this, pooling by maximum
     * over 50 languages makes almost any letter triple "plausible somewhere".
     */
    private static final double SHRINK = 30.0;
    private static final double DISCOUNT = 0.5;
    /**
     * Languages left out of the pool: their orthographies (click consonants, unusual clusters) make
     * keyboard-mash triples look plausible, and they are not among the service's markets.
     */
    private static final Set<String> EXCLUDED = Set.of("lg", "mi", "sn", "so", "st", "tn", "ts", "xh", "yo", "zu");
    private static final double MIN_TRIGRAM_P = 0.005;
    private static final double MIN_BIGRAM_P = 0.0005;
    private static final int MAX_DECINATS = 120;

    private BuildNgramModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BuildNgramModel <lingua.jar> <optimaize-language-detector.jar> <out.txt.gz>");
            System.exit(2);
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Double> tri = new HashMap<>();
        Map<String, Double> bi = new HashMap<>();
        List<String> languages = new ArrayList<>();
        try (ZipFile zip = new ZipFile(args[0])) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (!name.startsWith("language-models/")) {
                    continue;
                }
                if (name.endsWith("/") || EXCLUDED.contains(name.split("/")[1])) {
                    continue;
                }
                if (name.endsWith("/trigrams.json")) {
                    languages.add(name.split("/")[1]);
                    pool(mapper, zip, e, tri);
                } else if (name.endsWith("/bigrams.json")) {
                    pool(mapper, zip, e, bi);
                }
            }
        }
        languages.sort(null);
        Map<String, Double> start = new HashMap<>();
        Map<String, Double> end = new HashMap<>();
        int profiles = 0;
        try (ZipFile zip = new ZipFile(args[1])) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if ((name.startsWith("languages/") || name.startsWith("languages.shorttext/")) && !name.endsWith("/")
                        && !EXCLUDED.contains(name.substring(name.indexOf('/') + 1))) {
                    boundaries(mapper, zip, e, start, end);
                    profiles++;
                }
            }
        }
        TreeMap<String, Integer> out = new TreeMap<>();
        int kept = 0;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(Path.of(args[2]))), StandardCharsets.UTF_8))) {
            w.write("# Pooled character n-gram model for io.chatdistress gibberish detection.\n");
            w.write("# Derived from lingua 1.2.2 (com.github.pemistahl:lingua, Apache-2.0) language models;\n");
            w.write("# value = round(-10 * ln max_lang (n - 0.5) / (d + 30)), n/d = lingua count of the n-gram / its context.\n");
            w.write("# languages: " + String.join(" ", languages) + "\n");
            w.write("# S ab = word starts with a, then b; E ab = word ends after ab: optimaize language-detector 0.6\n");
            w.write("# (com.optimaize.languagedetector:language-detector, Apache-2.0) profiles, " + profiles + " of them.\n");
            kept += write(w, 'S', start, MIN_BIGRAM_P);
            kept += write(w, 'E', end, MIN_BIGRAM_P);
            kept += write(w, 'B', bi, MIN_BIGRAM_P);
            kept += write(w, 'T', tri, MIN_TRIGRAM_P);
        }
        System.out.println("languages=" + languages.size() + " ngrams=" + kept + " -> " + args[2]);
    }

    private static void pool(ObjectMapper mapper, ZipFile zip, ZipEntry e, Map<String, Double> into)
            throws IOException {
        JsonNode root;
        try (InputStream in = zip.getInputStream(e)) {
            root = mapper.readTree(in);
        }
        Iterator<Map.Entry<String, JsonNode>> it = root.get("ngrams").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            String[] frac = f.getKey().split("/");
            double p = (Double.parseDouble(frac[0]) - DISCOUNT) / (Double.parseDouble(frac[1]) + SHRINK);
            for (String gram : f.getValue().asText().split(" ")) {
                String g = gram.toLowerCase(Locale.ROOT);
                if (!keyboardLetters(g)) {
                    continue;
                }
                into.merge(g, p, Math::max);
            }
        }
    }

    /**
     * Word-boundary statistics from a language-detection profile whose n-grams are padded with a
     * space: P(b | word starts with a) = f(" ab") / f(" a") and P(word ends | ab) = f("ab ") / f("ab").
     */
    private static void boundaries(ObjectMapper mapper, ZipFile zip, ZipEntry e, Map<String, Double> start,
            Map<String, Double> end) throws IOException {
        JsonNode root;
        try (InputStream in = zip.getInputStream(e)) {
            root = mapper.readTree(in);
        }
        Map<String, Double> freq = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.get("freq").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            freq.merge(f.getKey().toLowerCase(Locale.ROOT), f.getValue().asDouble(), Double::sum);
        }
        for (Map.Entry<String, Double> f : freq.entrySet()) {
            String g = f.getKey();
            if (g.length() != 3) {
                continue;
            }
            if (g.charAt(0) == ' ' && keyboardLetters(g.substring(1))) {
                Double ctx = freq.get(g.substring(0, 2));
                if (ctx != null) {
                    start.merge(g.substring(1), (f.getValue() - DISCOUNT) / (ctx + SHRINK), Math::max);
                }
            } else if (g.charAt(2) == ' ' && keyboardLetters(g.substring(0, 2))) {
                Double ctx = freq.get(g.substring(0, 2));
                if (ctx != null) {
                    end.merge(g.substring(0, 2), (f.getValue() - DISCOUNT) / (ctx + SHRINK), Math::max);
                }
            }
        }
    }

    private static boolean keyboardLetters(String g) {
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.CYRILLIC
                    && s != Character.UnicodeScript.GREEK) {
                return false;
            }
        }
        return true;
    }

    private static int write(Writer w, char kind, Map<String, Double> grams, double min) throws IOException {
        TreeMap<String, Double> sorted = new TreeMap<>(grams);
        int n = 0;
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            if (e.getValue() < min) {
                continue;
            }
            long q = Math.min(MAX_DECINATS, Math.round(-10.0 * Math.log(e.getValue())));
            w.write(kind);
            w.write(e.getKey());
            w.write(Long.toString(q));
            w.write('\n');
            n++;
        }
        return n;
    }
}
