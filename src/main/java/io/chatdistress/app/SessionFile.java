package io.chatdistress.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.chatdistress.serde.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads labelled chat sessions in the JSON Lines format of shared/eval/FORMAT.md. */
public final class SessionFile {
    private SessionFile() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(String sessionId, String lang, String channel, String label, String scenario,
            Integer signalAt, Integer escalateAt, List<Message> messages) {
        public boolean distress() {
            return "distress".equals(label);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String messageId, String sender, String text, String ts) {
        public long epochMillis() {
            return Instant.parse(ts).toEpochMilli();
        }
    }

    public static List<Session> read(Path path) throws IOException {
        List<Session> sessions = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sessions.add(Json.mapper().readValue(line, Session.class));
                } catch (IOException e) {
                    throw new IOException(path + ": line " + n + " is not a session (" + e.getClass().getSimpleName() + ")");
                }
            }
        }
        return sessions;
    }
}
