package io.chatdistress.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Static checks of docker/Dockerfile and docker/compose.yaml (there is no Docker engine in CI):
 * the properties that make the container stop cleanly, run unprivileged and build the same jar
 * as the tests.
 */
class ContainerFilesTest {

    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
    private static final Path COMPOSE = Path.of("docker", "compose.yaml");
    private static final String BUILD_COMMAND = "mvn -B -DskipTests package";
    private static final String JAR = "/app/chat-distress-detector.jar";
    private static final Pattern INSTRUCTION = Pattern.compile("^([A-Z]+)\\s+(.*)$");

    private static List<String[]> instructions;
    private static JsonNode compose;

    @BeforeAll
    static void readFiles() throws IOException {
        instructions = parseDockerfile(Files.readString(DOCKERFILE));
        compose = new YAMLMapper().readTree(COMPOSE.toFile());
    }

    @Test
    void shouldPinEveryBaseImageWhenBuildingTheImage() {
        List<String> bases = args("FROM");

        assertEquals(2, bases.size(), () -> "multi-stage build expected: " + bases);
        for (String from : bases) {
            String image = from.split("\\s+")[0];
            assertTrue(image.matches("[a-z0-9./-]+:[0-9][A-Za-z0-9._-]*(@sha256:[0-9a-f]{64})?"),
                    () -> "base image not pinned to a version tag: " + image);
        }
        assertTrue(bases.get(0).matches("maven:3\\.9\\.[0-9]+-eclipse-temurin-17\\S*\\s+(AS|as)\\s+build"), bases::toString);
        assertTrue(bases.get(1).matches("eclipse-temurin:17\\.[0-9._]+-jre\\S*"), bases::toString);
    }

    @Test
    void shouldBuildWithTheSameCommandAsTheTestsWhenPackagingTheJar() throws IOException {
        List<String> runs = args("RUN");

        assertTrue(runs.stream().anyMatch(r -> r.contains(BUILD_COMMAND)), () -> "no '" + BUILD_COMMAND + "' in " + runs);
        assertTrue(Files.readString(Path.of("pom.xml")).contains("/chat-distress-detector.jar</outputFile>"),
                "the Dockerfile copies target/chat-distress-detector.jar, which the shade plugin must produce");
        assertTrue(runs.stream().anyMatch(r -> r.contains("target/chat-distress-detector.jar")), runs::toString);
        // Wherever the project documents a -DskipTests build, it is the same command.
        for (Path doc : List.of(Path.of("README.md"), Path.of(".ci", "run"), Path.of("docs", "DEPLOYMENT.md"))) {
            if (!Files.exists(doc)) {
                continue;
            }
            Matcher m = Pattern.compile("mvn[^\\n`]*-DskipTests[^\\n`]*").matcher(Files.readString(doc));
            while (m.find()) {
                String command = m.group().trim();
                assertTrue(command.startsWith(BUILD_COMMAND), () -> doc + " builds with '" + command + "'");
            }
        }
    }

    @Test
    void shouldRunAsNonRootJavaProcessWhenContainerStarts() throws IOException {
        List<String[]> runtime = finalStage();
        String user = last(runtime, "USER");
        String entrypoint = last(runtime, "ENTRYPOINT");
        String cmd = last(runtime, "CMD");
        ObjectMapper json = new ObjectMapper();

        assertEquals("10001:10001", user);
        // Exec form (a JSON array): java is PID 1 and receives SIGTERM; a shell would swallow it.
        assertTrue(entrypoint.startsWith("["), () -> "ENTRYPOINT must be exec form: " + entrypoint);
        JsonNode exec = json.readTree(entrypoint);
        assertEquals("java", exec.get(0).asText());
        List<String> argv = new ArrayList<>();
        exec.forEach(a -> argv.add(a.asText()));
        assertEquals(JAR, argv.get(argv.indexOf("-jar") + 1));
        assertEquals(argv.size() - 1, argv.indexOf(JAR), "the jar must come last so CMD supplies the subcommand");
        assertEquals(List.of("run"), toList(json.readTree(cmd)));
        assertTrue(args("COPY").stream().anyMatch(c -> c.startsWith("--from=build") && c.endsWith(JAR)));
        assertTrue(args("ENV").stream().anyMatch(e -> e.contains("STATE_DIR=/var/lib/chat-distress-detector")));
        assertTrue(args("EXPOSE").contains("8080"));
        assertTrue(args("ADD").isEmpty(), "use COPY; ADD fetches URLs and unpacks archives");
    }

    @Test
    void shouldSendOnlyPomAndSourcesWhenBuildContextIsTheRepository() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docker", "Dockerfile.dockerignore")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

        assertEquals(List.of("*", "!pom.xml", "!src/"), lines);
        assertTrue(args("COPY").stream().filter(c -> !c.startsWith("--from"))
                .allMatch(c -> c.startsWith("pom.xml") || c.startsWith("src")), () -> "COPY of " + args("COPY"));
    }

    @Test
    void shouldPointServiceAtComposeBrokerWhenRunningLocally() {
        JsonNode kafka = compose.path("services").path("kafka");
        JsonNode service = compose.path("services").path("chat-distress-detector");
        String advertised = kafka.path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText();
        String bootstrap = service.path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText();

        assertTrue(kafka.path("image").asText().matches("apache/kafka:[0-9]+\\.[0-9]+\\.[0-9]+"), kafka.path("image")::asText);
        assertEquals("broker,controller", kafka.path("environment").path("KAFKA_PROCESS_ROLES").asText(), "KRaft single node");
        assertTrue(List.of(advertised.split(",")).stream().anyMatch(l -> l.endsWith("//" + bootstrap)),
                () -> bootstrap + " is not an advertised listener: " + advertised);
        assertEquals("kafka", bootstrap.split(":")[0]);
        // exactly_once_v2 on one broker needs the transaction log at replication 1 / min ISR 1.
        assertEquals(1, kafka.path("environment").path("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asInt());
        assertEquals(1, kafka.path("environment").path("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asInt());
        assertEquals(1, kafka.path("environment").path("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asInt());
        assertFalse(kafka.path("healthcheck").path("test").isMissingNode());
    }

    @Test
    void shouldCreateTheServiceTopicsBeforeStartingWhenRunningLocally() {
        JsonNode init = compose.path("services").path("kafka-init");
        JsonNode service = compose.path("services").path("chat-distress-detector");
        String script = init.path("command").toString();

        assertEquals("service_healthy", init.path("depends_on").path("kafka").path("condition").asText());
        assertEquals("service_completed_successfully",
                service.path("depends_on").path("kafka-init").path("condition").asText());
        assertEquals(compose.path("services").path("kafka").path("image").asText(), init.path("image").asText());
        for (String topic : List.of("INPUT_TOPIC", "ESCALATION_TOPIC", "DLQ_TOPIC")) {
            String name = service.path("environment").path(topic).asText();
            assertFalse(name.isEmpty(), topic);
            assertTrue(script.contains(name), () -> "kafka-init does not create " + name);
        }
        assertTrue(script.contains("--if-not-exists"), "topic creation must be re-runnable");
    }

    @Test
    void shouldRunHardenedAndStopGracefullyWhenRunningLocally() {
        JsonNode service = compose.path("services").path("chat-distress-detector");
        Duration close = Duration.parse(service.path("environment").path("CLOSE_TIMEOUT").asText());
        Duration grace = Duration.parse("PT" + service.path("stop_grace_period").asText().toUpperCase(Locale.ROOT));

        assertTrue(grace.compareTo(close) > 0, () -> "stop_grace_period " + grace + " <= CLOSE_TIMEOUT " + close);
        assertEquals("docker/Dockerfile", service.path("build").path("dockerfile").asText());
        assertEquals("..", service.path("build").path("context").asText());
        assertTrue(service.path("read_only").asBoolean());
        assertEquals("10001:10001", service.path("user").asText());
        assertTrue(service.path("tmpfs").get(0).asText().matches("/tmp:.*\\bexec\\b.*"),
                "RocksDB needs an exec-able /tmp");
        JsonNode volumes = service.path("volumes");
        assertTrue(volumes.get(0).asText().endsWith(":" + service.path("environment").path("STATE_DIR").asText()));
        assertEquals("8080:8080", service.path("ports").get(0).asText());
    }

    // --- Dockerfile parsing (enough for this file: continuations and comments) -----------------

    private static List<String[]> parseDockerfile(String text) {
        List<String[]> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            Matcher m = INSTRUCTION.matcher(current.toString().strip());
            if (m.matches()) {
                out.add(new String[] {m.group(1), m.group(2).strip()});
            }
            current.setLength(0);
        }
        return out;
    }

    private static List<String> args(String instruction) {
        return instructions.stream().filter(i -> i[0].equals(instruction)).map(i -> i[1]).toList();
    }

    private static List<String[]> finalStage() {
        int lastFrom = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i)[0].equals("FROM")) {
                lastFrom = i;
            }
        }
        return instructions.subList(lastFrom, instructions.size());
    }

    private static String last(List<String[]> stage, String instruction) {
        String found = null;
        for (String[] i : stage) {
            if (i[0].equals(instruction)) {
                found = i[1];
            }
        }
        assertTrue(found != null, () -> "no " + instruction + " in the final stage");
        return found;
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
