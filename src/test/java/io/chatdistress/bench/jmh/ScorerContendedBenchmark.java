package io.chatdistress.bench.jmh;

import io.chatdistress.scoring.MessageScore;
import io.chatdistress.scoring.MessageScorer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The corpus of {@link ScorerCorpusBenchmark} scored while a second thread keeps the other core
 * busy, as the broker, the Kafka clients, RocksDB and the garbage collector do inside the service.
 * One thread scores ({@code score}, the figure to read); the other ({@code neighbour}) either
 * spins on arithmetic in registers ({@code SPIN}: shares the machine, not its memory) or streams
 * through an array twice the size of a large last-level cache ({@code STREAM}: evicts the scorer's
 * tables from the shared cache and competes for memory bandwidth). Compare {@code score} with
 * {@code ScorerCorpusBenchmark} of the same run: the difference is what a busy neighbour costs
 * the scorer. Needs two cores; on one, the two threads take turns and the figure means nothing.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g"}) // forks and iterations: the jmh profile in pom.xml
public class ScorerContendedBenchmark {

    /** What the second thread does. */
    public enum Neighbour {
        SPIN,
        STREAM
    }

    /** 64 MiB of longs: twice a 32 MiB last-level cache. */
    private static final int STREAM_LONGS = 8 << 20;
    /** One long per 64-byte cache line. */
    private static final int LINE = 8;
    /** Work per neighbour call, so that one call takes about as long as a few scorer calls. */
    private static final int STREAM_LINES_PER_CALL = 4_096;
    private static final int SPIN_STEPS_PER_CALL = 20_000;

    @Param
    public ScorerCorpusBenchmark.Shape shape;

    @Param
    public Neighbour neighbour;

    private MessageScorer scorer;
    private String[] texts;
    private int next;
    private long[] memory;
    private int cursor;
    private long acc = 1;

    @Setup
    public void setUp() {
        scorer = MessageScorer.loadDefault();
        List<String> lines = ScorerCorpusBenchmark.customerLines();
        List<String> cut = shape == ScorerCorpusBenchmark.Shape.MESSAGES ? lines
                : ScorerCorpusBenchmark.windows(lines, ScorerCorpusBenchmark.WINDOW);
        texts = cut.toArray(String[]::new);
        memory = neighbour == Neighbour.STREAM ? new long[STREAM_LONGS] : new long[LINE];
        System.out.printf(Locale.ROOT, "%n%s with a %s neighbour: %,d texts%n", shape, neighbour, texts.length);
    }

    @Benchmark
    @Group("contended")
    @GroupThreads(1)
    public MessageScore score() {
        String t = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return scorer.score(t);
    }

    @Benchmark
    @Group("contended")
    @GroupThreads(1)
    public long neighbour() {
        if (neighbour == Neighbour.SPIN) {
            long x = acc;
            for (int i = 0; i < SPIN_STEPS_PER_CALL; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            acc = x;
            return x;
        }
        long[] m = memory;
        int c = cursor;
        long sum = acc;
        for (int i = 0; i < STREAM_LINES_PER_CALL; i++) {
            sum += m[c];
            m[c] = sum; // a write, so that lines leave the cache dirty, as a busy process's do
            c += LINE;
            if (c >= m.length) {
                c = 0;
            }
        }
        cursor = c;
        acc = sum;
        return sum;
    }
}
