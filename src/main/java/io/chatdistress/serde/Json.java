package io.chatdistress.serde;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one pre-configured ObjectMapper of the service. */
public final class Json {
    /** Deeper nesting than this is an attack or a bug, never a chat message. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Upper bound for one JSON string value (a chat text is capped far lower before scoring). */
    public static final int MAX_STRING_LENGTH = 4 * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(64)
                            .build())
                    .build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            // Two messages glued into one record must not silently lose the second.
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
