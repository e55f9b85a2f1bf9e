package io.chatdistress.scoring.gibberish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Judges {@link GibberishDetector} on a labelled {@code *.strings.jsonl} file (see the evaluation
 * FORMAT): recall on {@code gibberish}, false-positive rates on {@code structured} and on
 * {@code language} (without the kinds that are mash-like on purpose: laughter, playful keysmash,
 * interjections), and the ROC AUC of the score. Rows are also split by a hash of their text into a
 * "fit" part (70%) and a "held-out" part (30%) so tuning on one part can be checked on the other.
 */
public final class StringsEvaluation {

    /** Language kinds that look like mash on purpose; not counted as false positives. */
    static final Set<String> EXCUSED_LANGUAGE_KINDS = Set.of("laughter", "playful-keysmash", "interjection");

    private StringsEvaluation() {
    }

    /** One scored row. */
    record Row(String label, String kind, boolean heldOut, double score, boolean flagged) {
    }

    /** Headline figures for a set of rows. */
    record Metrics(int n, double gibberishRecall, double structuredFpr, double languageFpr, double auc) {
    }

    /** Markdown report: headline figures (all, fit, held-out) and flag rates by label and kind. */
    public static String report(Path devStringsJsonl) {
        List<Row> rows = score(devStringsJsonl);
        StringBuilder b = new StringBuilder();
        b.append("| part | n | gibberish recall | FPR structured | FPR language (excl. laughter, playful, interjection) | ROC AUC |\n");
        b.append("|---|---:|---:|---:|---:|---:|\n");
        line(b, "all", metrics(rows));
        line(b, "fit (70%)", metrics(rows.stream().filter(r -> !r.heldOut()).toList()));
        line(b, "held-out (30%)", metrics(rows.stream().filter(Row::heldOut).toList()));
        b.append('\n');
        b.append("| label | kind | n | flagged | rate |\n");
        b.append("|---|---|---:|---:|---:|\n");
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byLabel = new TreeMap<>();
        for (Row r : rows) {
            int[] k = byKind.computeIfAbsent(r.label() + "\t" + r.kind(), x -> new int[2]);
            int[] l = byLabel.computeIfAbsent(r.label(), x -> new int[2]);
            k[0]++;
            l[0]++;
            if (r.flagged()) {
                k[1]++;
                l[1]++;
            }
        }
        for (Map.Entry<String, int[]> e : byLabel.entrySet()) {
            kindLine(b, e.getKey(), "*", e.getValue());
        }
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            String[] lk = e.getKey().split("\t", 2);
            kindLine(b, lk[0], lk[1], e.getValue());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String part, Metrics m) {
        b.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.2f%% | %.2f%% | %.4f |%n", part, m.n(),
                100 * m.gibberishRecall(), 100 * m.structuredFpr(), 100 * m.languageFpr(), m.auc()));
    }

    private static void kindLine(StringBuilder b, String label, String kind, int[] c) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f%% |%n", label, kind, c[0], c[1],
                100.0 * c[1] / c[0]));
    }

    /** Reads and scores every row of a strings file. */
    static List<Row> score(Path file) {
        GibberishDetector detector = GibberishDetector.loadDefault();
        ObjectMapper mapper = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                String text = n.path("text").asText("");
                GibberishResult res = detector.analyse(text);
                rows.add(new Row(n.path("label").asText(), n.path("kind").asText(""), heldOut(text), res.score(),
                        res.gibberish()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read strings file", e);
        }
        return rows;
    }

    /** Deterministic 30% held-out part, by a hash of the text. */
    static boolean heldOut(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 10 < 3;
    }

    static Metrics metrics(List<Row> rows) {
        int gib = 0;
        int gibHit = 0;
        int st = 0;
        int stHit = 0;
        int lang = 0;
        int langHit = 0;
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        for (Row r : rows) {
            switch (r.label()) {
                case "gibberish" -> {
                    gib++;
                    gibHit += r.flagged() ? 1 : 0;
                    pos.add(r.score());
                }
                case "structured" -> {
                    st++;
                    stHit += r.flagged() ? 1 : 0;
                    neg.add(r.score());
                }
                default -> {
                    if (!EXCUSED_LANGUAGE_KINDS.contains(r.kind())) {
                        lang++;
                        langHit += r.flagged() ? 1 : 0;
                    }
                    neg.add(r.score());
                }
            }
        }
        return new Metrics(rows.size(), ratio(gibHit, gib), ratio(stHit, st), ratio(langHit, lang), auc(pos, neg));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    /** Mann-Whitney AUC with ties counted half; O(n log n). */
    static double auc(List<Double> pos, List<Double> neg) {
        if (pos.isEmpty() || neg.isEmpty()) {
            return Double.NaN;
        }
        double[] all = new double[pos.size() + neg.size()];
        boolean[] isPos = new boolean[all.length];
        Integer[] order = new Integer[all.length];
        for (int i = 0; i < pos.size(); i++) {
            all[i] = pos.get(i);
            isPos[i] = true;
        }
        for (int i = 0; i < neg.size(); i++) {
            all[pos.size() + i] = neg.get(i);
        }
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(all[x], all[y]));
        double rankSumPos = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && all[order[j + 1]] == all[order[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (isPos[order[k]]) {
                    rankSumPos += avgRank;
                }
            }
            i = j + 1;
        }
        double np = pos.size();
        double nn = neg.size();
        return (rankSumPos - np * (np + 1) / 2) / (np * nn);
    }
}
