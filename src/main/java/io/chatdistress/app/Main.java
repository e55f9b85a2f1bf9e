package io.chatdistress.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.serde.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: one jar, one command per mode. */
@Command(name = "chat-distress-detector", mixinStandardHelpOptions = true, version = "chat-distress-detector 0.1.0",
        description = "Detects people in danger in customer-service chats and publishes escalation events.",
        subcommands = {Main.Run.class, Main.Demo.class, Main.Broker.class, Main.Replay.class, Main.Evaluate.class,
                Main.Score.class, Main.Explain.class, io.chatdistress.bench.BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static AppConfig envConfig() {
        return AppConfig.fromEnv(System.getenv());
    }

    @Command(name = "run", description = "Run the service. Without KAFKA_BOOTSTRAP_SERVERS it starts an embedded "
            + "single-node Kafka broker in the same JVM.")
    static final class Run implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            ServiceRunner runner = ServiceRunner.start(envConfig());
            Thread hook = new Thread(() -> {
                // SIGTERM: close in order, flush the log, and exit 0 (the JVM would say 143)
                // unless the service had failed.
                runner.close();
                org.apache.logging.log4j.LogManager.shutdown();
                Runtime.getRuntime().halt(runner.failed() ? 1 : 0);
            }, "shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            boolean failed = runner.awaitStop();
            return failed ? 1 : 0;
        }
    }

    @Command(name = "demo", description = "Run the service on an embedded broker, replay sample sessions (one is the "
            + "real case: normal text, keyboard mash, \"I don't feel well\", more mash) and print escalations live.")
    static final class Demo implements Callable<Integer> {
        @Option(names = "--speed", defaultValue = "20", description = "Replay speed-up factor (default ${DEFAULT-VALUE}).")
        double speed;

        @Option(names = "--keep-running", description = "Keep the service running after the replay.")
        boolean keepRunning;

        @Option(names = "--sessions", description = "Sessions file to replay instead of the built-in samples.")
        Path sessionsFile;

        @Override
        public Integer call() throws Exception {
            long start = System.currentTimeMillis();
            Map<String, String> env = new HashMap<>(System.getenv());
            // Compressed time: the silence timer shrinks with the replay speed.
            env.putIfAbsent("SILENCE_TIMEOUT", "PT" + Math.max(2, (long) (60 / speed)) + "S");
            env.putIfAbsent("PUNCTUATE_INTERVAL", "PT1S");
            env.putIfAbsent("STATE_DIR", Files.createTempDirectory("cdd-demo-state-").toString());
            env.putIfAbsent("APPLICATION_ID", "chat-distress-detector-demo");
            List<SessionFile.Session> sessions = sessionsFile != null ? SessionFile.read(sessionsFile) : demoSessions();
            PrintStream out = System.out;
            try (ServiceRunner runner = ServiceRunner.start(AppConfig.fromEnv(env))) {
                if (!runner.awaitRunning(60_000)) {
                    out.println("The service did not reach RUNNING; see the log.");
                    return 1;
                }
                out.printf(Locale.ROOT, "%n=== Service RUNNING after %.1f s. Replaying %d sessions at %.0fx speed. ===%n%n",
                        (System.currentTimeMillis() - start) / 1000.0, sessions.size(), speed);
                try (EscalationPrinter printer = new EscalationPrinter(runner.config().clientProperties(),
                        runner.config().topics().escalations(), out, start)) {
                    Thread printerThread = new Thread(printer, "escalation-printer");
                    printerThread.start();
                    int sent = new Replayer(speed, 30_000).replay(sessions, runner.config().clientProperties(),
                            runner.config().topics().input());
                    out.printf(Locale.ROOT, "%n=== Replayed %d messages; waiting for silence timers. ===%n", sent);
                    long quiet = runner.config().silenceTimeout().toMillis() + 8_000;
                    while (keepRunning || System.currentTimeMillis() - printer.lastEventAt() < quiet) {
                        Thread.sleep(250);
                    }
                    out.printf(Locale.ROOT, "%n=== Demo finished after %.1f s: %d escalation events. ===%n",
                            (System.currentTimeMillis() - start) / 1000.0, printer.printed());
                }
            }
            return 0;
        }

        static List<SessionFile.Session> demoSessions() throws IOException {
            Path tmp = Files.createTempFile("demo-sessions", ".jsonl");
            try (InputStream in = Main.class.getResourceAsStream("/demo/sessions.jsonl")) {
                if (in == null) {
                    throw new IOException("the built-in demo sessions are missing from the jar");
                }
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                return SessionFile.read(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    @Command(name = "broker", description = "Run a standalone single-node Kafka broker for development.")
    static final class Broker implements Callable<Integer> {
        @Option(names = "--port", defaultValue = "9092", description = "Listen on localhost:PORT (default ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--data-dir", description = "Keep data here across restarts (default: a temporary directory).")
        Path dataDir;

        @Option(names = "--no-topics", description = "Do not create the service's topics.")
        boolean noTopics;

        @Override
        public Integer call() throws Exception {
            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, port)) {
                AppConfig config = envConfig().withBootstrapServers(broker.bootstrapServers());
                if (!noTopics) {
                    TopicSetup.ensureTopics(config.clientProperties(), config);
                }
                System.out.println("Kafka broker listening on " + broker.bootstrapServers() + " (Ctrl-C to stop)");
                java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(done::countDown, "shutdown"));
                while (!done.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                    if (broker.hasFailed()) {
                        return 1;
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "replay", description = "Publish a sessions file (shared/eval/FORMAT.md) to the input topic.")
    static final class Replay implements Callable<Integer> {
        @Parameters(index = "0", description = "Sessions file (JSON Lines).")
        Path file;

        @Option(names = "--speed", defaultValue = "0",
                description = "0 = as fast as possible with original timestamps (default); N = real timing sped up N times.")
        double speed;

        @Option(names = "--max-gap", defaultValue = "PT30S", description = "Longest pause between two messages of a "
                + "session in timed replays (ISO-8601, default ${DEFAULT-VALUE}).")
        Duration maxGap;

        @Override
        public Integer call() throws Exception {
            AppConfig config = envConfig();
            if (config.bootstrapServers() == null) {
                System.err.println("Set KAFKA_BOOTSTRAP_SERVERS (e.g. to a `broker` started with this jar).");
                return 2;
            }
            int n = new Replayer(speed, maxGap.toMillis()).replay(SessionFile.read(file), config.clientProperties(),
                    config.topics().input());
            System.out.println("Published " + n + " messages to " + config.topics().input());
            return 0;
        }
    }

    @Command(name = "evaluate", description = "Replay labelled sessions offline through the production topology and "
            + "write one decision line per session.")
    static final class Evaluate implements Callable<Integer> {
        @Option(names = "--input", required = true, description = "Labelled sessions (JSON Lines).")
        Path input;

        @Option(names = "--output", required = true, description = "Decisions (JSON Lines).")
        Path output;

        @Option(names = "--report", description = "Also write a Markdown report here.")
        Path report;

        @Option(names = "--strings", description = "Also score a labelled strings file (shared/eval/FORMAT.md) "
                + "and add its table to the report.")
        Path strings;

        @Override
        public Integer call() throws Exception {
            List<SessionFile.Session> sessions = SessionFile.read(input);
            List<OfflineEvaluator.Decision> decisions =
                    new OfflineEvaluator(envConfig(), MessageScorer.loadDefault()).evaluate(sessions);
            try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                for (OfflineEvaluator.Decision d : decisions) {
                    w.write(d.toJsonLine());
                    w.newLine();
                }
            }
            EvaluationReport r = new EvaluationReport(sessions, decisions);
            var c = r.overall();
            System.out.printf(Locale.ROOT, "sessions: %d distress, %d normal; timely recall %.1f%%, premature %.1f%%, "
                            + "false-positive rate %.1f%%%n", c.distress(), c.normal(), 100 * c.timelyRecall(),
                    100 * c.prematureRate(), 100 * c.falsePositiveRate());
            if (report != null) {
                StringBuilder md = new StringBuilder();
                md.append("# Evaluation\n\nGenerated by `java -jar target/chat-distress-detector.jar evaluate --input ")
                        .append(input).append(" --output ").append(output)
                        .append(strings == null ? "" : " --strings " + strings).append(" --report ").append(report)
                        .append("`.\n\n## Sessions\n\n").append(r.toMarkdown())
                        .append("\n**Sessions not caught in time, and false alarms**\n\n")
                        .append(r.missesMarkdown(MessageScorer.loadDefault()));
                if (strings != null) {
                    md.append("\n## Strings (gibberish score alone)\n\n")
                            .append(io.chatdistress.scoring.gibberish.StringsEvaluation.report(strings));
                }
                Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
            }
            return 0;
        }
    }

    @Command(name = "score", description = "Score single strings for keyboard mash (JSON Lines in, JSON Lines out).")
    static final class Score implements Callable<Integer> {
        @Option(names = "--input", required = true)
        Path input;

        @Option(names = "--output", required = true)
        Path output;

        @Override
        public Integer call() throws Exception {
            MessageScorer scorer = MessageScorer.loadDefault();
            int n = 0;
            try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8);
                    BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode in = Json.mapper().readTree(line);
                    String text = in.path("text").asText("");
                    MessageScore s = scorer.score(text);
                    ObjectNode o = Json.mapper().createObjectNode();
                    o.put("text", text);
                    o.put("gibberish", s.mash());
                    o.put("score", Math.round(s.gibberish() * 10000) / 10000.0);
                    w.write(o.toString());
                    w.newLine();
                    n++;
                }
            }
            System.out.println("Scored " + n + " strings");
            return 0;
        }
    }

    @Command(name = "explain", description = "Show the scores and reasons for one message.")
    static final class Explain implements Callable<Integer> {
        @Parameters(index = "0", arity = "1..*", description = "The message text.")
        List<String> words;

        @Override
        public Integer call() {
            MessageScore s = MessageScorer.loadDefault().score(String.join(" ", words));
            PrintStream out = System.out;
            out.printf(Locale.ROOT, "keyboard mash:   %s (score %.3f, mash share %.2f)%n", s.mash() ? "yes" : "no",
                    s.gibberish(), s.mashFraction());
            out.printf(Locale.ROOT, "pasted code:     %s%n", s.structured() ? "yes" : "no");
            out.printf(Locale.ROOT, "categories:      %s%n", s.categories().isEmpty() ? "none" : s.categories());
            out.printf(Locale.ROOT, "about another:   %s%n", s.thirdParty() ? "yes" : "no");
            out.printf(Locale.ROOT, "signals:         %s%n", s.signals().isEmpty() ? "none" : String.join(", ", s.signals()));
            out.printf(Locale.ROOT, "analysed chars:  %d%n", s.analysedChars());
            return 0;
        }
    }
}
