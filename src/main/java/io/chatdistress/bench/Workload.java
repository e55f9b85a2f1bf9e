package io.chatdistress.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatdistress.app.SessionFile;
import io.chatdistress.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The benchmark's input: a pool of conversation templates (the labelled sessions of the evaluation
 * set when present, plus generated support conversations) played as many concurrent chat sessions.
 * Each session gets a fresh random UUID, so the same template never collides with itself.
 */
final class Workload {
    /** One line of a conversation template. */
    record Line(String sender, String text) {
    }

    /** A conversation without identities or times. */
    record Template(String channel, List<Line> lines) {
    }

    /** One input record: key = session id, value = chat-message JSON. */
    record Message(String key, byte[] value, long timestamp) {
    }

    static final String EVAL_FILE = "dev.sessions.jsonl";
    private static final int GENERATED_TEMPLATES = 2_000;

    private final List<Template> eval;
    private final List<Template> generated;
    private final double evalShare;

    Workload(List<Template> eval, List<Template> generated, double evalShare) {
        if (generated.isEmpty()) {
            throw new IllegalArgumentException("no generated templates");
        }
        this.eval = List.copyOf(eval);
        this.generated = List.copyOf(generated);
        this.evalShare = eval.isEmpty() ? 0 : evalShare;
    }

    /**
     * @param evalDir   directory holding {@value #EVAL_FILE}; absent or null means generated sessions only
     * @param evalShare share of sessions drawn from the evaluation set (the rest are generated)
     */
    static Workload load(Path evalDir, double evalShare, long seed) {
        List<Template> eval = new ArrayList<>();
        if (evalDir != null && Files.isRegularFile(evalDir.resolve(EVAL_FILE))) {
            try {
                for (SessionFile.Session s : SessionFile.read(evalDir.resolve(EVAL_FILE))) {
                    List<Line> lines = s.messages().stream().map(m -> new Line(m.sender(), m.text())).toList();
                    if (!lines.isEmpty()) {
                        eval.add(new Template(s.channel(), lines));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Workload(eval, GeneratedSessions.generate(GENERATED_TEMPLATES, seed), evalShare);
    }

    /** Every conversation template, labelled ones first. */
    List<Template> templates() {
        List<Template> all = new ArrayList<>(eval.size() + generated.size());
        all.addAll(eval);
        all.addAll(generated);
        return all;
    }

    int evalTemplates() {
        return eval.size();
    }

    double evalShare() {
        return evalShare;
    }

    String describe() {
        return String.format(Locale.ROOT, "%d labelled evaluation sessions (%.0f%% of sessions) + %d generated support "
                + "conversations in 7 languages", eval.size(), 100 * evalShare, generated.size());
    }

    /**
     * A stream of messages from {@code concurrent} sessions open at once. A finished session is
     * replaced by a new one at once, so the number of open sessions stays constant.
     *
     * @param roundRobin true: sessions take turns (every session gets its k-th message before any
     *                   gets its k+1-th); false: the next message comes from a random open session
     */
    Generator generator(int concurrent, long seed, boolean roundRobin) {
        return new Generator(concurrent, seed, roundRobin);
    }

    final class Generator {
        private final Random rnd;
        private final boolean roundRobin;
        private final String[] ids;
        private final Template[] templates;
        private final int[] next;
        private int cursor;
        private long sessionsStarted;
        private long produced;

        private Generator(int concurrent, long seed, boolean roundRobin) {
            if (concurrent < 1) {
                throw new IllegalArgumentException("need at least one session");
            }
            this.rnd = new Random(seed);
            this.roundRobin = roundRobin;
            this.ids = new String[concurrent];
            this.templates = new Template[concurrent];
            this.next = new int[concurrent];
            for (int i = 0; i < concurrent; i++) {
                startSession(i);
                if (!roundRobin) {
                    // Steady state from the first message: open sessions are at all stages, not all at "hello".
                    next[i] = rnd.nextInt(templates[i].lines().size());
                }
            }
        }

        private void startSession(int slot) {
            ids[slot] = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
            templates[slot] = rnd.nextDouble() < evalShare ? eval.get(rnd.nextInt(eval.size()))
                    : generated.get(rnd.nextInt(generated.size()));
            next[slot] = 0;
            sessionsStarted++;
        }

        /** The next message, stamped with {@code timestamp} (epoch millis) in its JSON and as record time. */
        Message next(long timestamp) {
            int slot;
            if (roundRobin) {
                slot = cursor;
                cursor = (cursor + 1) % ids.length;
            } else {
                slot = rnd.nextInt(ids.length);
            }
            Template t = templates[slot];
            int index = next[slot];
            Line line = t.lines().get(index);
            String sessionId = ids[slot];
            byte[] value = json(sessionId, sessionId + "-" + index, line, t.channel(), timestamp);
            if (index + 1 == t.lines().size()) {
                startSession(slot);
            } else {
                next[slot] = index + 1;
            }
            produced++;
            return new Message(sessionId, value, timestamp);
        }

        long sessionsStarted() {
            return sessionsStarted;
        }

        long produced() {
            return produced;
        }
    }

    /** The same field order and timestamp format as the replay tool's messages. */
    static byte[] json(String sessionId, String messageId, Line line, String channel, long timestamp) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("messageId", messageId);
        n.put("sessionId", sessionId);
        n.put("sender", line.sender());
        n.put("text", line.text());
        n.put("timestamp", Instant.ofEpochMilli(timestamp).toString());
        if (channel != null) {
            n.put("channel", channel);
        }
        try {
            return Json.mapper().writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a benchmark message", e);
        }
    }
}
