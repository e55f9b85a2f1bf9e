package io.chatdistress.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatdistress.TestLines;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.scoring.MessageScorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of scoring distinct customer texts one after another, as a chat stream presents them.
 * {@link ScorerBenchmark} repeats one text, which keeps every table it touches in the core's
 * caches and every unknown word in the lexicon's read cache; here each call meets the next of
 * several thousand texts.
 *
 * <p>Corpus: the customer lines of {@code ../shared/eval} (sessions and strings) when present,
 * else the test resources' customer-side lines (paraphrases, other languages). {@code MESSAGES}
 * scores the lines as written (time per message); {@code WINDOWS_100} scores 100-character cuts
 * of the same text laid end to end, so the time per call is the time per 100 characters the
 * target speaks of. The corpus is cycled, so after the first pass the read cache holds its
 * unknown words: a stream with ever new words would cost somewhat more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(jvmArgsAppend = {"-Xms512m", "-Xmx512m"}) // forks and iterations: the jmh profile in pom.xml
public class ScorerCorpusBenchmark {

    /** How the corpus is cut into texts. */
    public enum Shape {
        MESSAGES,
        WINDOWS_100
    }

    static final int WINDOW = 100;
    private static final Path EVAL_DIR = Path.of("..", "shared", "eval");

    @Param
    public Shape shape;

    private MessageScorer scorer;
    private String[] texts;
    private int next;

    @Setup
    public void setUp() {
        scorer = MessageScorer.loadDefault();
        List<String> lines = customerLines();
        List<String> cut = shape == Shape.MESSAGES ? lines : windows(lines, WINDOW);
        texts = cut.toArray(String[]::new);
        long chars = 0;
        for (String t : texts) {
            chars += t.length();
        }
        System.out.printf(Locale.ROOT, "%n%s: %,d texts, mean %.1f chars%n", shape, texts.length,
                chars / (double) texts.length);
    }

    @Benchmark
    public MessageScore score() {
        String t = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return scorer.score(t);
    }

    static List<String> customerLines() {
        Path sessions = EVAL_DIR.resolve("dev.sessions.jsonl");
        Path strings = EVAL_DIR.resolve("dev.strings.jsonl");
        List<String> out = new ArrayList<>();
        if (Files.isRegularFile(sessions) && Files.isRegularFile(strings)) {
            ObjectMapper json = new ObjectMapper();
            try {
                for (String line : Files.readAllLines(sessions)) {
                    for (JsonNode m : json.readTree(line).get("messages")) {
                        if ("CUSTOMER".equals(m.get("sender").asText())) {
                            out.add(m.get("text").asText());
                        }
                    }
                }
                for (String line : Files.readAllLines(strings)) {
                    out.add(json.readTree(line).get("text").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
        for (String[] f : TestLines.read("/lexicon/paraphrases.txt", 3)) {
            out.add(f[2]);
        }
        for (String[] f : TestLines.read("/gibberish/other-languages.txt", 2)) {
            out.add(f[1]);
        }
        return out;
    }

    /** The lines joined by spaces and cut every {@code width} chars, never inside a surrogate pair. */
    static List<String> windows(List<String> lines, int width) {
        String all = String.join(" ", lines);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from + width <= all.length()) {
            int to = from + width;
            if (Character.isHighSurrogate(all.charAt(to - 1))) {
                to++;
            }
            out.add(all.substring(from, to));
            from = to;
        }
        return out;
    }
}
