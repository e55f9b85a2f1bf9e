package io.chatdistress.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON documents against the JSON Schema (draft 2020-12) files in {@code docs/schemas}.
 *
 * <p>Test helper, shared by the deployment tests and by tests that check events the service really
 * emits: {@code JsonSchemas.validate(Path.of("docs/schemas/escalation-event.v1.schema.json"), event)}.
 * {@code format} is asserted (a {@code time} that is not an RFC 3339 date-time is an error), and a
 * string value quoted by a message is replaced with {@code <redacted>}, so a failing assertion does
 * not print chat text.
 */
public final class JsonSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build()));
    private static final Map<Path, Schema> CACHE = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    /**
     * Validates {@code doc} against the schema file {@code schema}.
     *
     * @return one message per violation ({@code "<instance location>: <message> [<keyword>]"}); empty
     *     when the document is valid
     */
    public static List<String> validate(Path schema, JsonNode doc) {
        Schema compiled = CACHE.computeIfAbsent(schema.toAbsolutePath().normalize(), JsonSchemas::load);
        String json;
        try {
            json = JSON.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the document", e);
        }
        List<Error> errors = compiled.validate(json, InputFormat.JSON);
        return errors.stream().map(JsonSchemas::describe).toList();
    }

    private static Schema load(Path schema) {
        // The schemas are self-contained (internal $refs only), so loading from the text is enough
        // and never touches the network: their $id URLs are names, not locations.
        String text;
        try {
            text = Files.readString(schema, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + schema, e);
        }
        Schema compiled = REGISTRY.getSchema(text, InputFormat.JSON);
        compiled.initializeValidators();
        return compiled;
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        // Some messages quote the offending value; the documents may hold chat text, so redact it.
        tools.jackson.databind.JsonNode instance = error.getInstanceNode();
        if (instance != null && instance.isString() && !instance.asString().isEmpty()) {
            message = message.replace(instance.asString(), "<redacted>");
        }
        return error.getInstanceLocation() + ": " + message + " [" + error.getKeyword() + "]";
    }
}
