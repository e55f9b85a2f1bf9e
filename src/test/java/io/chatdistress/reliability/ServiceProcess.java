package io.chatdistress.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.chatdistress.testing.Await;

/**
 * The service as operators run it: {@code java -jar target/chat-distress-detector.jar run} in its
 * own JVM, configured only through environment variables, its stdout and stderr captured to files.
 * {@link #close()} kills the process if it is still alive, and a JVM shutdown hook kills every child
 * still running when the test JVM exits, so a failed test never leaves a service behind.
 */
final class ServiceProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "chat-distress-detector.jar");
    private static final Pattern STARTED = Pattern.compile("chat-distress-detector started: bootstrap (\\S+), .*HTTP port (\\d+)");
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly),
                "kill-service-processes"));
    }

    private final String name;
    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private volatile int httpPort = -1;
    private volatile String bootstrapServers;

    private ServiceProcess(String name, Process process, Path stdout, Path stderr) {
        this.name = name;
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code java [jvmArgs] -jar target/chat-distress-detector.jar run} with exactly
     * {@code env} (nothing inherited but PATH and HOME, so a developer's KAFKA_* variables never
     * leak in) and HTTP_PORT=0 unless given.
     */
    static ServiceProcess start(String name, Map<String, String> env, Path logDir, String... jvmArgs) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the package phase first (mvn verify builds it)");
        }
        try {
            Files.createDirectories(logDir);
            Path out = Files.createTempFile(logDir, name + "-", ".stdout.log");
            Path err = Files.createTempFile(logDir, name + "-", ".stderr.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx384m");
            command.add("-XX:+UseSerialGC");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-Djava.net.preferIPv4Stack=true");
            command.addAll(List.of(jvmArgs));
            command.add("-jar");
            command.add(JAR.toAbsolutePath().toString());
            command.add("run");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> childEnv = pb.environment();
            Map<String, String> keep = new HashMap<>();
            for (String k : List.of("PATH", "HOME", "TMPDIR")) {
                if (System.getenv(k) != null) {
                    keep.put(k, System.getenv(k));
                }
            }
            childEnv.clear();
            childEnv.putAll(keep);
            childEnv.put("HTTP_PORT", "0");
            childEnv.putAll(env);
            Process p = pb.start();
            LIVE.add(p);
            return new ServiceProcess(name, p, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits for the start-up line, then for GET /ready to answer 200 (Kafka Streams RUNNING). */
    ServiceProcess awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Await.until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " during start-up:\n" + tail());
            }
            Matcher m = STARTED.matcher(stdout());
            if (m.find()) {
                bootstrapServers = m.group(1);
                httpPort = Integer.parseInt(m.group(2));
                return true;
            }
            return false;
        }, timeout, () -> name + " start-up line\n" + tail());
        Await.until(() -> httpStatus("/ready") == 200, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())),
                () -> name + " /ready\n" + tail());
        return this;
    }

    int httpPort() {
        return httpPort;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    int httpStatus(String path) {
        try {
            return get(path).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    String httpBody(String path) {
        try {
            return get(path).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String path) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The first sample of a Prometheus metric whose line starts with {@code prefix}, or NaN. */
    double metric(String prefix) {
        for (String line : httpBody("/metrics").split("\n")) {
            if (line.startsWith(prefix)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Double.NaN;
    }

    /** kill -9: no shutdown hook, no flush, no commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " survived SIGKILL");
        }
        LIVE.remove(process);
    }

    /** SIGTERM; returns the exit code, or throws if the process outlives {@code timeout}. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " still running " + timeout + " after SIGTERM\n" + tail());
        }
        LIVE.remove(process);
        return process.exitValue();
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    /** Everything the process wrote, stdout then stderr. */
    String output() {
        return stdout() + stderr();
    }

    String tail() {
        String all = output();
        return all.length() <= 4000 ? all : all.substring(all.length() - 4000);
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LIVE.remove(process);
    }
}
