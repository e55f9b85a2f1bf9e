package io.chatdistress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a test resource of {@code |}-separated lines; blank lines and {@code #} comments are skipped. */
public final class TestLines {
    private TestLines() {
    }

    /** Each line split into at most {@code fields} fields (the last keeps any further {@code |}). */
    public static List<String[]> read(String resource, int fields) {
        var stream = TestLines.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\\|", fields));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
