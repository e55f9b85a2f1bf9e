package io.chatdistress.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in docs/schemas match CONTRACT.md: hand-written documents that follow the
 * contract validate, documents that break it do not, and docs/asyncapi.yaml points at the schemas
 * with examples that validate too.
 */
class SchemaFilesTest {

    private static final Path SCHEMAS = Path.of("docs", "schemas");
    private static final Path CHAT = SCHEMAS.resolve("chat-message.v1.schema.json");
    private static final Path ESCALATION = SCHEMAS.resolve("escalation-event.v1.schema.json");
    private static final Path DEAD_LETTER = SCHEMAS.resolve("dead-letter.v1.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CHAT_MESSAGE = """
            {"messageId":"m-1","sessionId":"s-Ωmega-7","sender":"CUSTOMER",
             "text":"Ik voel me niet goed… asdfjklö ñ 😵","timestamp":"2026-06-21T14:10:03Z",
             "tenantId":null,"channel":"webchat","customerId":"c-ß-1","locale":"nl-NL"}
            """;

    private static final String TRIGGER = """
            {"specversion":"1.0","id":"3f1c0d8e6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5",
             "source":"urn:chat-distress-detector","type":"io.chatdistress.escalation.trigger.v1",
             "subject":"s-Ωmega-7","time":"2026-06-21T14:12:09Z","datacontenttype":"application/json",
             "data":{"schemaVersion":1,"dedupKey":"s-Ωmega-7#1","action":"trigger","severity":"EMERGENCY",
               "sessionId":"s-Ωmega-7","episode":1,"summary":"Keyboard mash in 3 messages, check-in unanswered for 75 s",
               "scores":{"risk":0.93,"maxGibberish":0.97,"mashMessages":3,"distressPhrases":1,
                 "unansweredCheckIns":1,"silenceSeconds":75},
               "reasons":["keyboard-mash","unanswered-check-in","lexicon:UNWELL"],
               "evidenceMessageIds":["m-1","m-2"],"triggerMessageId":"m-2",
               "customerId":null,"tenantId":null,"channel":"webchat","excerpt":null,"synthetic":false}}
            """;

    private static final String DEAD = """
            {"reason":"value is not valid JSON","errorClass":"org.apache.kafka.common.errors.SerializationException",
             "stage":"deserialize","topic":"chat.messages.v1","partition":0,"offset":12,"timestamp":1782051129000,
             "valueSha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","valueBytes":123}
            """;

    static Stream<Arguments> validDocuments() {
        return Stream.of(
                Arguments.of("chat message, ISO timestamp", CHAT, read(CHAT_MESSAGE)),
                Arguments.of("chat message, epoch millis", CHAT, with(CHAT_MESSAGE, "/timestamp", 1782051003000L)),
                Arguments.of("chat message, offset timestamp", CHAT, with(CHAT_MESSAGE, "/timestamp", "2026-06-21T16:10:03.250+02:00")),
                Arguments.of("chat message, only required fields", CHAT, read("""
                        {"messageId":"m-9","sessionId":"s-9","sender":"AGENT","text":"Gaat het goed met u?","timestamp":0}""")),
                Arguments.of("chat message, unknown field", CHAT, with(CHAT_MESSAGE, "/platformFlags", "vip")),
                Arguments.of("chat message, empty text", CHAT, with(CHAT_MESSAGE, "/text", "")),
                Arguments.of("chat message, Japanese text", CHAT, with(CHAT_MESSAGE, "/text", "たすけて…息ができない")),
                Arguments.of("trigger", ESCALATION, read(TRIGGER)),
                Arguments.of("update with excerpt", ESCALATION, with(with(with(TRIGGER,
                        "/type", "io.chatdistress.escalation.update.v1"), "/data/action", "update"),
                        "/data/excerpt", "ik voel me n… [redacted] asdfjklö")),
                Arguments.of("resolve after silence timer", ESCALATION, with(with(with(with(TRIGGER,
                        "/type", "io.chatdistress.escalation.resolve.v1"), "/data/action", "resolve"),
                        "/data/triggerMessageId", null), "/data/severity", "URGENT")),
                Arguments.of("risk of several mash messages", ESCALATION, with(TRIGGER, "/data/scores/risk", 3.75)),
                Arguments.of("canary, second episode", ESCALATION, with(with(TRIGGER,
                        "/data/synthetic", true), "/data/episode", 2)),
                Arguments.of("CloudEvents extension attribute", ESCALATION, with(TRIGGER,
                        "/traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")),
                Arguments.of("pseudonymised session ref", ESCALATION, with(with(with(TRIGGER,
                        "/subject", "b1946ac92492d2347c6235b4d2611184"), "/data/sessionId", "b1946ac92492d2347c6235b4d2611184"),
                        "/data/dedupKey", "b1946ac92492d2347c6235b4d2611184#1")),
                Arguments.of("dead letter", DEAD_LETTER, read(DEAD)),
                Arguments.of("dead letter of a null value", DEAD_LETTER, with(with(DEAD, "/valueSha256", null), "/valueBytes", 0)),
                Arguments.of("dead letter, processing stage", DEAD_LETTER, with(with(DEAD, "/stage", "process"),
                        "/errorClass", "java.lang.IllegalStateException")));
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of("chat message without sessionId", CHAT, without(CHAT_MESSAGE, "/sessionId")),
                Arguments.of("chat message without text", CHAT, without(CHAT_MESSAGE, "/text")),
                Arguments.of("chat message with null text", CHAT, with(CHAT_MESSAGE, "/text", null)),
                Arguments.of("chat message, lower-case sender", CHAT, with(CHAT_MESSAGE, "/sender", "customer")),
                Arguments.of("chat message, unknown sender", CHAT, with(CHAT_MESSAGE, "/sender", "SUPERVISOR")),
                Arguments.of("chat message, free-text timestamp", CHAT, with(CHAT_MESSAGE, "/timestamp", "gisteren 14:10")),
                Arguments.of("chat message, negative epoch", CHAT, with(CHAT_MESSAGE, "/timestamp", -5)),
                Arguments.of("chat message, empty messageId", CHAT, with(CHAT_MESSAGE, "/messageId", "")),
                Arguments.of("event id not 64 hex chars", ESCALATION, with(TRIGGER, "/id", "3F1C0D8E")),
                Arguments.of("event id upper-case", ESCALATION, with(TRIGGER, "/id",
                        "3F1C0D8E6A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5")),
                Arguments.of("CloudEvents 0.3", ESCALATION, with(TRIGGER, "/specversion", "0.3")),
                Arguments.of("unknown event type", ESCALATION, with(TRIGGER, "/type", "io.chatdistress.escalation.v1")),
                Arguments.of("type and action disagree", ESCALATION, with(TRIGGER, "/data/action", "resolve")),
                Arguments.of("time without offset", ESCALATION, with(TRIGGER, "/time", "2026-06-21 14:12:09")),
                Arguments.of("datacontenttype text", ESCALATION, with(TRIGGER, "/datacontenttype", "text/plain")),
                Arguments.of("severity LOW", ESCALATION, with(TRIGGER, "/data/severity", "LOW")),
                Arguments.of("schemaVersion 2", ESCALATION, with(TRIGGER, "/data/schemaVersion", 2)),
                Arguments.of("episode 0", ESCALATION, with(TRIGGER, "/data/episode", 0)),
                Arguments.of("dedupKey without episode", ESCALATION, with(TRIGGER, "/data/dedupKey", "s-Ωmega-7")),
                Arguments.of("negative risk", ESCALATION, with(TRIGGER, "/data/scores/risk", -0.5)),
                Arguments.of("gibberish score above 1", ESCALATION, with(TRIGGER, "/data/scores/maxGibberish", 1.2)),
                Arguments.of("negative mash count", ESCALATION, with(TRIGGER, "/data/scores/mashMessages", -1)),
                Arguments.of("missing excerpt", ESCALATION, without(TRIGGER, "/data/excerpt")),
                Arguments.of("missing scores", ESCALATION, without(TRIGGER, "/data/scores")),
                Arguments.of("chat text in data", ESCALATION, with(TRIGGER, "/data/text", "asdfjklö help")),
                Arguments.of("reason with spaces", ESCALATION, with(TRIGGER, "/data/reasons/0", "keyboard mash")),
                Arguments.of("duplicate evidence ids", ESCALATION, with(TRIGGER, "/data/evidenceMessageIds/1", "m-1")),
                Arguments.of("invalid CloudEvents attribute name", ESCALATION, with(TRIGGER, "/Trace-Parent", "x")),
                Arguments.of("synthetic as string", ESCALATION, with(TRIGGER, "/data/synthetic", "false")),
                Arguments.of("dead letter carrying the raw value", DEAD_LETTER, with(DEAD, "/value", "{\"text\":\"ik voel me…\"}")),
                Arguments.of("dead letter carrying the key", DEAD_LETTER, with(DEAD, "/key", "s-Ωmega-7")),
                Arguments.of("dead letter, unknown stage", DEAD_LETTER, with(DEAD, "/stage", "serialize")),
                Arguments.of("dead letter, negative offset", DEAD_LETTER, with(DEAD, "/offset", -1)),
                Arguments.of("dead letter, short hash", DEAD_LETTER, with(DEAD, "/valueSha256", "9f86d081")),
                Arguments.of("dead letter, error class with spaces", DEAD_LETTER, with(DEAD, "/errorClass", "Unexpected character 'ö'")),
                Arguments.of("dead letter without reason", DEAD_LETTER, without(DEAD, "/reason")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    void shouldAcceptDocumentWhenItFollowsTheContract(String name, Path schema, JsonNode doc) {
        List<String> errors = JsonSchemas.validate(schema, doc);

        assertTrue(errors.isEmpty(), () -> name + ": " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void shouldRejectDocumentWhenItBreaksTheContract(String name, Path schema, JsonNode doc) {
        List<String> errors = JsonSchemas.validate(schema, doc);

        assertFalse(errors.isEmpty(), () -> name + " was accepted");
    }

    @Test
    void shouldRedactQuotedStringValuesWhenReportingErrors() {
        List<String> errors = JsonSchemas.validate(ESCALATION, with(TRIGGER, "/data/severity", "ik-voel-me-niet-goed"));

        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().noneMatch(e -> e.contains("ik-voel-me-niet-goed")), errors::toString);
    }

    @Test
    void shouldBeValidDraft202012SchemasWhenCheckedAgainstTheMetaSchema() throws IOException {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<Path> files;
        try (Stream<Path> list = Files.list(SCHEMAS)) {
            files = list.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
        }

        assertEquals(3, files.size(), () -> "schemas: " + files);
        for (Path file : files) {
            JsonNode schema = JSON.readTree(file.toFile());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), file::toString);
            assertTrue(schema.path("$id").asText().endsWith("/" + file.getFileName()), () -> "$id of " + file);
            var errors = meta.validate(Files.readString(file), InputFormat.JSON);
            assertTrue(errors.isEmpty(), () -> file + ": " + errors);
        }
    }

    @Test
    void shouldDescribeTheContractTopicsWhenReadingAsyncApi() throws IOException {
        JsonNode api = new YAMLMapper().readTree(Path.of("docs", "asyncapi.yaml").toFile());

        assertTrue(api.path("asyncapi").asText().startsWith("3."), "AsyncAPI 3 expected");
        Map<String, String> addresses = new TreeMap<>();
        api.path("channels").fields().forEachRemaining(e -> addresses.put(e.getKey(), e.getValue().path("address").asText()));
        assertEquals(Map.of("chatMessages", "chat.messages.v1", "escalations", "chat.escalations.v1",
                "deadLetters", "chat.messages.dlq.v1"), addresses);
        assertEquals("application/cloudevents+json",
                api.path("components").path("messages").path("escalationEvent").path("contentType").asText());
        assertEquals("receive", api.path("operations").path("consumeChatMessages").path("action").asText());
        assertEquals("send", api.path("operations").path("publishEscalations").path("action").asText());
    }

    @Test
    void shouldValidateEveryAsyncApiExampleWhenCheckedAgainstItsPayloadSchema() throws IOException {
        JsonNode messages = new YAMLMapper().readTree(Path.of("docs", "asyncapi.yaml").toFile())
                .path("components").path("messages");
        List<String> checked = new ArrayList<>();

        messages.fields().forEachRemaining(message -> {
            String ref = message.getValue().path("payload").path("$ref").asText();
            Path schema = Path.of("docs").resolve(ref).normalize();
            assertTrue(Files.isRegularFile(schema), () -> message.getKey() + " payload " + ref + " does not exist");
            assertFalse(message.getValue().path("examples").isEmpty(), () -> message.getKey() + " has no example");
            for (JsonNode example : message.getValue().path("examples")) {
                // YAML reads the example; round-trip through JSON so numbers and strings are JSON's.
                JsonNode payload = read(example.path("payload").toString());
                List<String> errors = JsonSchemas.validate(schema, payload);
                assertTrue(errors.isEmpty(), () -> message.getKey() + "/" + example.path("name").asText() + ": " + errors);
                checked.add(message.getKey());
            }
        });

        assertTrue(checked.containsAll(List.of("chatMessage", "escalationEvent", "deadLetter")), checked::toString);
    }

    // --- sample builders ----------------------------------------------------------------------

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad fixture", e);
        }
    }

    /** A copy of {@code json} with the value at {@code pointer} set (the parent must exist). */
    private static JsonNode with(Object json, String pointer, Object value) {
        JsonNode root = json instanceof JsonNode node ? node.deepCopy() : read((String) json);
        JsonPointer ptr = JsonPointer.compile(pointer);
        JsonNode parent = root.at(ptr.head());
        JsonNode newValue = JSON.valueToTree(value);
        String last = ptr.last().getMatchingProperty();
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), newValue);
        } else {
            ((ObjectNode) parent).set(last, newValue);
        }
        return root;
    }

    private static JsonNode without(String json, String pointer) {
        JsonNode root = read(json);
        JsonPointer ptr = JsonPointer.compile(pointer);
        ((ObjectNode) root.at(ptr.head())).remove(ptr.last().getMatchingProperty());
        return root;
    }
}
