package io.chatdistress.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders the Helm chart with helm-java (helm linked in natively, no binary and no cluster) and
 * parses the result into Jackson trees.
 */
final class HelmChart {

    static final Path CHART = Path.of("helm", "chat-distress-detector").toAbsolutePath();
    static final String RELEASE = "cdd";
    static final String NAMESPACE = "safety";

    static {
        // helm-java falls back to downloading a native jar when none is on the class path; the
        // platform jar comes with the dependency, so never reach out (the build must work offline).
        System.setProperty("com.marcnuri.jkube-helm.skipRemoteJar", "true");
    }

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    private HelmChart() {
    }

    static LintResult lint() {
        return new Helm(CHART).lint().strict().call();
    }

    /** Renders with the chart's defaults plus {@code valuesYaml} (may be empty). */
    static Rendered render(Path workDir, String valuesYaml) {
        try {
            Path values = Files.createTempFile(workDir, "values-", ".yaml");
            Files.writeString(values, valuesYaml, StandardCharsets.UTF_8);
            String manifest = new Helm(CHART).template()
                    .withName(RELEASE)
                    .withNamespace(NAMESPACE)
                    .withValuesFile(values)
                    .call();
            return new Rendered(manifest, parse(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> parse(String manifest) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(manifest)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    static ObjectMapper yaml() {
        return YAML;
    }

    /** The rendered manifest and its documents. */
    record Rendered(String manifest, List<JsonNode> docs) {

        List<JsonNode> ofKind(String kind) {
            return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
        }

        Optional<JsonNode> find(String kind, String name) {
            return docs.stream()
                    .filter(d -> kind.equals(d.path("kind").asText()))
                    .filter(d -> name.equals(d.path("metadata").path("name").asText()))
                    .findFirst();
        }

        JsonNode only(String kind) {
            List<JsonNode> found = ofKind(kind);
            if (found.size() != 1) {
                throw new AssertionError("expected exactly one " + kind + " but found " + found.size());
            }
            return found.get(0);
        }

        /** The StatefulSet or Deployment. */
        JsonNode workload() {
            List<JsonNode> found = new ArrayList<>(ofKind("StatefulSet"));
            found.addAll(ofKind("Deployment"));
            if (found.size() != 1) {
                throw new AssertionError("expected one workload but found " + found.size());
            }
            return found.get(0);
        }

        JsonNode container() {
            return workload().path("spec").path("template").path("spec").path("containers").get(0);
        }

        /** The env ConfigMap's data. */
        JsonNode env() {
            return find("ConfigMap", RELEASE + "-chat-distress-detector-env")
                    .orElseThrow(() -> new AssertionError("no env ConfigMap"))
                    .path("data");
        }
    }
}
