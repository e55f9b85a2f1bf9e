package io.chatdistress.bench.jmh;

import io.chatdistress.scoring.MessageScore;
import io.chatdistress.scoring.MessageScorer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of scoring one message (keyboard mash and distress lexicon) on one core. Run with
 * {@code mvn -Pjmh verify} (see docs/PERFORMANCE.md); the target is at most 1 µs per 100 characters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ScorerBenchmark {

    /** Texts written for this benchmark; the {@code TEXT100_*} ones are 98-99 UTF-16 chars, LONG is 578. */
    public enum Text {
        SHORT("ok danke 👍"),
        TEXT100_EN("Hi, my parcel was supposed to arrive on Monday but it still hasn't come. Can you check it please?.."),
        TEXT100_DE("Guten Tag, mein Paket sollte gestern ankommen, ist aber immer noch nicht da. Können Sie nachsehen?"),
        TEXT100_MASH("sdfkj hgfdsa lkjhhh jkdfghsdf kjh dsfkjhg aslkdjf hgsdf ölkjasdf ghjkl asdflkj qwerpoiu zxcmvnb yx"),
        TEXT100_DISTRESS("i dont feel well... my chest hurts and i cant breathe properly, please help me, im alone at homeee"),
        LONG("Hello, I ordered a winter jacket three weeks ago (order ORD-2026-118734) and the tracking code "
                + "3SABCD1234567NL has said 'in transit' since last Tuesday. I called the depot twice, they told me to "
                + "contact you. I also got an e-mail at jane.doe+shop@example.com saying delivery failed, but nobody "
                + "rang the bell, I was home all day. Could you please arrange a new delivery for Saturday, or let me "
                + "pick it up at the parcel shop on Kerkstraat? If it is lost I would like a refund instead. Thanks, "
                + "and sorry for the long message — it has been a frustrating week. Grüße aus Köln, Jane 🙂");

        final String value;

        Text(String value) {
            this.value = value;
        }
    }

    @Param
    public Text text;

    private MessageScorer scorer;
    private String value;

    @Setup
    public void setUp() {
        scorer = MessageScorer.loadDefault();
        value = text.value;
    }

    @Benchmark
    public MessageScore score() {
        return scorer.score(value);
    }
}
