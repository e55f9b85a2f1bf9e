package io.chatdistress.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.LintResult;
import io.chatdistress.deploy.HelmChart.Rendered;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lints and renders helm/chat-distress-detector with several value sets and checks the properties
 * the service depends on (see docs/DEPLOYMENT.md). Runs helm natively through helm-java: no helm
 * binary, no cluster, no network.
 */
class HelmChartTest {

    /** Every variable of the contract that the chart must set for every release. */
    private static final List<String> ALWAYS_SET_ENV = List.of(
            "KAFKA_BOOTSTRAP_SERVERS", "APPLICATION_ID", "INPUT_TOPIC", "ESCALATION_TOPIC", "DLQ_TOPIC",
            "STATE_DIR", "PROCESSING_GUARANTEE", "COMMIT_INTERVAL_MS", "NUM_STREAM_THREADS", "SESSION_GAP",
            "SILENCE_TIMEOUT", "PUNCTUATE_INTERVAL", "EXCERPT_MAX_CHARS", "EVENT_SOURCE", "HTTP_PORT",
            "CLOSE_TIMEOUT", "STATIC_MEMBERSHIP", "CANARY_ENABLED", "CANARY_INTERVAL", "TOPIC_PARTITIONS");

    private static final String SECURED = """
            kafka:
              bootstrapServers: "broker-0.kafka.example:9094,broker-1.kafka.example:9094"
              securityProtocol: SASL_SSL
              sasl:
                mechanism: SCRAM-SHA-512
                jaasConfigSecret:
                  name: kafka-user-scram
                  key: jaas
              tls:
                truststoreSecret:
                  name: kafka-ca
                  key: ca.p12
                  passwordKey: ca.password
                keystoreSecret:
                  name: kafka-client-cert
                  key: user.p12
                  passwordKey: user.password
                  keyPasswordKey: key.password
            config:
              sessionRefHmac:
                secretName: session-ref-key
                key: hmac
            """;

    private static final String MONITORED = """
            metrics:
              serviceMonitor:
                enabled: true
                labels:
                  release: kube-prometheus-stack
              prometheusRule:
                enabled: true
                additionalAlertLabels:
                  team: sécurité-chat
            config:
              canary:
                enabled: true
                interval: PT2M
            keda:
              enabled: true
              maxReplicaCount: 12
            """;

    /** Every optional feature at once, as a Deployment with non-default port and close timeout. */
    private static final String EVERYTHING = """
            kind: Deployment
            httpPort: 9464
            service:
              port: 9464
            kafka:
              bootstrapServers: "kafka-0.kafka:9093"
              securityProtocol: SSL
              tls:
                truststoreSecret: {name: kafka-ca, key: ca.crt, passwordKey: ""}
                truststoreType: PEM
                keystoreSecret: {name: kafka-user-tls, key: user.p12, passwordKey: user.password}
              extraConfig:
                compression.type: zstd
            config:
              excerptMaxChars: 160
              closeTimeoutSeconds: 90
              canary: {enabled: true, interval: PT1H30M}
              sessionRefHmac: {secretName: session-ref-key, key: hmac}
            metrics:
              serviceMonitor: {enabled: true}
              prometheusRule: {enabled: true}
            keda: {enabled: true, authenticationRef: kafka-trigger-auth}
            extraEnv:
              - name: LOG_LEVEL
                value: INFO
            """;

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void shouldLintWithoutErrorsWhenUsingDefaults() {
        LintResult result = HelmChart.lint();
        assertFalse(result.isFailed(), () -> "helm lint --strict failed: " + result.getMessages());
        assertTrue(result.getMessages().stream().noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]")),
                () -> "lint messages: " + result.getMessages());
    }

    static List<Arguments> valueSets() {
        return List.of(
                Arguments.of("defaults", ""),
                Arguments.of("deployment", "kind: Deployment\n"),
                Arguments.of("sasl+tls secrets", SECURED),
                Arguments.of("monitoring+keda", MONITORED),
                Arguments.of("everything, Deployment", EVERYTHING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void shouldRenderWellFormedObjectsWhenGivenAnyValueSet(String name, String values) {
        Rendered rendered = HelmChart.render(tmp, values);

        assertTrue(rendered.docs().size() >= 6, () -> "too few objects: " + rendered.docs().size());
        Set<String> seen = new HashSet<>();
        for (JsonNode doc : rendered.docs()) {
            String kind = doc.path("kind").asText();
            String objectName = doc.path("metadata").path("name").asText();
            assertFalse(doc.path("apiVersion").asText().isEmpty(), () -> kind + " without apiVersion");
            assertFalse(kind.isEmpty(), "object without kind");
            assertTrue(objectName.matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?") && objectName.length() <= 63,
                    () -> kind + " has an invalid name: " + objectName);
            assertTrue(seen.add(kind + "/" + objectName), () -> "duplicate object " + kind + "/" + objectName);
            assertEquals("chat-distress-detector", doc.path("metadata").path("labels")
                    .path("app.kubernetes.io/name").asText(), () -> kind + " misses the standard labels");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void shouldNeverCreateSecretsWhenCredentialsAreConfigured(String name, String values) {
        Rendered rendered = HelmChart.render(tmp, values);

        assertTrue(rendered.ofKind("Secret").isEmpty(), "the chart must only reference existing Secrets");
        for (JsonNode cm : rendered.ofKind("ConfigMap")) {
            cm.path("data").fieldNames().forEachRemaining(key -> assertFalse(
                    key.matches("KAFKA_.*(PASSWORD|JAAS_CONFIG)") && !key.endsWith("_FILE"),
                    () -> "secret material as plain env var " + key));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void shouldRunHardenedWhenGivenAnyValueSet(String name, String values) {
        Rendered rendered = HelmChart.render(tmp, values);
        JsonNode pod = rendered.workload().path("spec").path("template").path("spec");
        JsonNode container = rendered.container();

        assertEquals(10001, pod.path("securityContext").path("runAsUser").asInt());
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
        JsonNode sc = container.path("securityContext");
        assertTrue(sc.path("runAsNonRoot").asBoolean());
        assertEquals(10001, sc.path("runAsUser").asInt());
        assertTrue(sc.path("readOnlyRootFilesystem").asBoolean());
        assertFalse(sc.path("allowPrivilegeEscalation").asBoolean(true));
        assertEquals("ALL", sc.path("capabilities").path("drop").get(0).asText());
        assertFalse(pod.path("automountServiceAccountToken").asBoolean(true));
        rendered.ofKind("ServiceAccount").forEach(sa ->
                assertFalse(sa.path("automountServiceAccountToken").asBoolean(true)));

        // A read-only root needs a writable /tmp (RocksDB unpacks its native library there).
        assertEquals("emptyDir", volumeSource(pod, mountedVolume(container, "/tmp")));
        assertTrue(container.path("resources").path("requests").has("memory"));
        assertTrue(container.path("resources").path("limits").has("memory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void shouldProbeLiveAndReadyOnHttpPortWhenGivenAnyValueSet(String name, String values) {
        Rendered rendered = HelmChart.render(tmp, values);
        JsonNode container = rendered.container();
        int httpPort = Integer.parseInt(rendered.env().path("HTTP_PORT").asText());

        JsonNode port = container.path("ports").get(0);
        assertEquals("http", port.path("name").asText());
        assertEquals(httpPort, port.path("containerPort").asInt());
        assertEquals("/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals("http", container.path("livenessProbe").path("httpGet").path("port").asText());
        assertEquals("/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("http", container.path("readinessProbe").path("httpGet").path("port").asText());
        assertEquals("/live", container.path("startupProbe").path("httpGet").path("path").asText());
        for (JsonNode service : rendered.ofKind("Service")) {
            assertEquals("http", service.path("spec").path("ports").get(0).path("targetPort").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void shouldAllowGracefulCloseWhenPodIsTerminated(String name, String values) {
        Rendered rendered = HelmChart.render(tmp, values);
        Duration close = Duration.parse(rendered.env().path("CLOSE_TIMEOUT").asText());
        long grace = rendered.workload().path("spec").path("template").path("spec")
                .path("terminationGracePeriodSeconds").asLong();

        assertTrue(grace > close.toSeconds(), () -> "grace " + grace + "s <= CLOSE_TIMEOUT " + close);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void shouldSetEveryContractVariableWhenGivenAnyValueSet(String name, String values) {
        Rendered rendered = HelmChart.render(tmp, values);
        JsonNode env = rendered.env();

        for (String variable : ALWAYS_SET_ENV) {
            assertFalse(env.path(variable).asText().isEmpty(), () -> variable + " missing");
        }
        Duration.parse(env.path("SESSION_GAP").asText());
        Duration.parse(env.path("SILENCE_TIMEOUT").asText());
        Duration.parse(env.path("PUNCTUATE_INTERVAL").asText());
        Duration.parse(env.path("CANARY_INTERVAL").asText());
        JsonNode container = rendered.container();
        assertEquals(rendered.env().path("STATE_DIR").asText(), mountPathOf(container, "state"));
        assertEquals(rendered.find("ConfigMap", "cdd-chat-distress-detector-env").orElseThrow()
                        .path("metadata").path("name").asText(),
                container.path("envFrom").get(0).path("configMapRef").path("name").asText());
        JsonNode podName = envVar(container, "POD_NAME");
        assertEquals("metadata.name", podName.path("valueFrom").path("fieldRef").path("fieldPath").asText());
        assertEquals("run", container.path("args").get(0).asText());
    }

    @Test
    void shouldUseStatefulSetWithPersistentStateAndStaticMembershipWhenUsingDefaults() {
        Rendered rendered = HelmChart.render(tmp, "");
        JsonNode sts = rendered.only("StatefulSet");
        JsonNode headless = rendered.find("Service", "cdd-chat-distress-detector-headless").orElseThrow();

        assertEquals("None", headless.path("spec").path("clusterIP").asText());
        assertEquals(headless.path("metadata").path("name").asText(), sts.path("spec").path("serviceName").asText());
        assertEquals("state", sts.path("spec").path("volumeClaimTemplates").get(0).path("metadata").path("name").asText());
        assertTrue(volumeSource(sts.path("spec").path("template").path("spec"), "state").isEmpty(),
                "state must come from the volumeClaimTemplate, not a pod volume");
        assertEquals("true", rendered.env().path("STATIC_MEMBERSHIP").asText());
        assertEquals("exactly_once_v2", rendered.env().path("PROCESSING_GUARANTEE").asText());
        assertEquals("0", rendered.env().path("EXCERPT_MAX_CHARS").asText(), "no chat text in events by default");
        assertTrue(rendered.ofKind("Deployment").isEmpty());
        assertEquals(1, rendered.only("PodDisruptionBudget").path("spec").path("maxUnavailable").asInt());
    }

    @Test
    void shouldUseEmptyDirAndDynamicMembershipWhenKindIsDeployment() {
        Rendered rendered = HelmChart.render(tmp, "kind: Deployment\n");
        JsonNode deployment = rendered.only("Deployment");

        assertTrue(rendered.ofKind("StatefulSet").isEmpty());
        assertTrue(deployment.path("spec").path("volumeClaimTemplates").isMissingNode());
        assertEquals("emptyDir", volumeSource(deployment.path("spec").path("template").path("spec"), "state"));
        assertEquals("false", rendered.env().path("STATIC_MEMBERSHIP").asText());
        assertEquals(0, deployment.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(-1));
        assertTrue(rendered.find("Service", "cdd-chat-distress-detector-headless").isEmpty());
    }

    @Test
    void shouldRollPodsWhenConfigurationChanges() {
        String before = checksum(HelmChart.render(tmp, ""));
        String same = checksum(HelmChart.render(tmp, ""));
        String after = checksum(HelmChart.render(tmp, "config:\n  silenceTimeout: PT90S\n"));

        assertTrue(before.matches("[0-9a-f]{64}"), () -> "checksum/config is not a sha256: " + before);
        assertEquals(before, same);
        assertNotEquals(before, after);
    }

    @Test
    void shouldMountExistingSecretsAsFilesWhenSaslAndTlsAreConfigured() {
        Rendered rendered = HelmChart.render(tmp, SECURED);
        JsonNode env = rendered.env();
        JsonNode pod = rendered.workload().path("spec").path("template").path("spec");
        JsonNode container = rendered.container();

        assertEquals("SASL_SSL", env.path("KAFKA_SECURITY_PROTOCOL").asText());
        assertEquals("SCRAM-SHA-512", env.path("KAFKA_SASL_MECHANISM").asText());
        assertEquals("https", env.path("KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM").asText());
        assertFileFromSecret(pod, container, env.path("KAFKA_SASL_JAAS_CONFIG_FILE").asText(), "kafka-user-scram", "jaas");
        assertFileFromSecret(pod, container, env.path("KAFKA_SSL_TRUSTSTORE_LOCATION").asText(), "kafka-ca", "ca.p12");
        assertFileFromSecret(pod, container, env.path("KAFKA_SSL_TRUSTSTORE_PASSWORD_FILE").asText(), "kafka-ca", "ca.password");
        assertFileFromSecret(pod, container, env.path("KAFKA_SSL_KEYSTORE_LOCATION").asText(), "kafka-client-cert", "user.p12");
        assertFileFromSecret(pod, container, env.path("KAFKA_SSL_KEYSTORE_PASSWORD_FILE").asText(), "kafka-client-cert", "user.password");
        assertFileFromSecret(pod, container, env.path("KAFKA_SSL_KEY_PASSWORD_FILE").asText(), "kafka-client-cert", "key.password");
        assertFileFromSecret(pod, container, env.path("SESSION_REF_HMAC_KEY_FILE").asText(), "session-ref-key", "hmac");
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().startsWith("/etc/")) {
                assertTrue(mount.path("readOnly").asBoolean(), () -> "writable secret mount " + mount);
            }
        }
    }

    @Test
    void shouldNotMountSecretsWhenNoneAreConfigured() {
        Rendered rendered = HelmChart.render(tmp, "");
        JsonNode env = rendered.env();

        for (String variable : List.of("KAFKA_SASL_JAAS_CONFIG_FILE", "KAFKA_SSL_TRUSTSTORE_LOCATION",
                "KAFKA_SSL_KEYSTORE_LOCATION", "SESSION_REF_HMAC_KEY_FILE")) {
            assertTrue(env.path(variable).isMissingNode(), () -> variable + " set without a Secret");
        }
        for (JsonNode volume : rendered.workload().path("spec").path("template").path("spec").path("volumes")) {
            assertTrue(volume.path("secret").isMissingNode(), () -> "unexpected secret volume " + volume);
        }
    }

    @Test
    void shouldPassExtraKafkaPropertiesAsKafkaEnvVarsWhenGiven() {
        Rendered rendered = HelmChart.render(tmp, """
                kafka:
                  extraConfig:
                    compression.type: lz4
                    linger.ms: 5
                    session.timeout.ms: "60000"
                """);

        assertEquals("lz4", rendered.env().path("KAFKA_COMPRESSION_TYPE").asText());
        assertEquals("5", rendered.env().path("KAFKA_LINGER_MS").asText());
        assertEquals("60000", rendered.env().path("KAFKA_SESSION_TIMEOUT_MS").asText());
    }

    @Test
    void shouldAllowOnlyDnsKafkaAndHttpWhenNetworkPolicyIsEnabled() {
        JsonNode policy = HelmChart.render(tmp, "").only("NetworkPolicy").path("spec");

        assertEquals(List.of("Ingress", "Egress"), texts(policy.path("policyTypes")));
        assertEquals(1, policy.path("ingress").size());
        assertEquals("http", policy.path("ingress").get(0).path("ports").get(0).path("port").asText());
        Set<Integer> egressPorts = new TreeSet<>();
        for (JsonNode rule : policy.path("egress")) {
            for (JsonNode port : rule.path("ports")) {
                egressPorts.add(port.path("port").asInt());
            }
        }
        assertTrue(egressPorts.contains(53), "DNS egress missing");
        assertTrue(egressPorts.contains(9092), "Kafka egress missing");
        assertFalse(egressPorts.contains(443), () -> "unexpected egress " + egressPorts);
    }

    @Test
    void shouldWireServiceMonitorToMetricsServiceWhenMonitoringIsEnabled() {
        Rendered rendered = HelmChart.render(tmp, MONITORED);
        JsonNode monitor = rendered.only("ServiceMonitor");
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        JsonNode metricsService = rendered.find("Service", "cdd-chat-distress-detector-metrics").orElseThrow();

        assertEquals("/metrics", endpoint.path("path").asText());
        assertEquals("http", endpoint.path("port").asText());
        assertEquals("kube-prometheus-stack", monitor.path("metadata").path("labels").path("release").asText());
        List<JsonNode> selected = new ArrayList<>();
        for (JsonNode service : rendered.ofKind("Service")) {
            if (matches(monitor.path("spec").path("selector").path("matchLabels"), service.path("metadata").path("labels"))) {
                selected.add(service);
            }
        }
        assertEquals(List.of(metricsService), selected, "the ServiceMonitor must select exactly the metrics Service");
    }

    @Test
    void shouldAlertOnContractMetricsWhenPrometheusRuleIsEnabled() {
        Rendered rendered = HelmChart.render(tmp, MONITORED);
        List<JsonNode> rules = new ArrayList<>();
        rendered.only("PrometheusRule").path("spec").path("groups")
                .forEach(group -> group.path("rules").forEach(rules::add));
        Set<String> alerts = new LinkedHashSet<>();
        Set<String> metrics = new TreeSet<>();
        Pattern metric = Pattern.compile("\\b((?:chat_distress|kafka|up)[a-z0-9_]*)\\{");
        for (JsonNode rule : rules) {
            alerts.add(rule.path("alert").asText());
            String expr = rule.path("expr").asText();
            assertTrue(expr.contains("job=\"cdd-chat-distress-detector-metrics\""), () -> "unscoped expr " + expr);
            Matcher m = metric.matcher(expr);
            while (m.find()) {
                metrics.add(m.group(1));
            }
            assertTrue(Set.of("critical", "warning").contains(rule.path("labels").path("severity").asText()));
            assertEquals("sécurité-chat", rule.path("labels").path("team").asText());
            assertFalse(rule.path("annotations").path("summary").asText().isEmpty());
        }

        assertTrue(alerts.containsAll(List.of("ChatDistressDetectorDown", "ChatDistressStreamsNotRunning",
                "ChatDistressStreamThreadFailed", "ChatDistressConsumerLagHigh", "ChatDistressEndToEndLatencyHigh",
                "ChatDistressRebalanceStorm", "ChatDistressProducerErrors", "ChatDistressDeadLetters",
                "ChatDistressCanaryMissing")), () -> "alerts: " + alerts);
        assertTrue(metrics.containsAll(List.of("up", "chat_distress_dlq_records_total",
                "chat_distress_canary_last_success_seconds", "kafka_stream_client_state",
                "kafka_stream_failed_stream_threads", "kafka_consumer_fetch_manager_records_lag_max",
                "kafka_stream_processor_node_record_e2e_latency_max", "kafka_consumer_coordinator_rebalance_total",
                "kafka_producer_record_error_total")), () -> "metrics: " + metrics);
        String canary = rules.stream().filter(r -> r.path("alert").asText().equals("ChatDistressCanaryMissing"))
                .findFirst().orElseThrow().path("expr").asText();
        assertTrue(canary.contains("> 360"), () -> "3 x PT2M = 360 s expected in " + canary);
    }

    @Test
    void shouldLeaveOutCanaryAlertWhenCanaryIsDisabled() {
        Rendered rendered = HelmChart.render(tmp, "metrics:\n  prometheusRule:\n    enabled: true\n");

        assertFalse(rendered.manifest().contains("ChatDistressCanaryMissing"));
        assertTrue(rendered.manifest().contains("ChatDistressStreamsNotRunning"));
    }

    @Test
    void shouldScaleOnConsumerGroupLagWhenKedaIsEnabled() {
        Rendered rendered = HelmChart.render(tmp, MONITORED);
        JsonNode scaled = rendered.only("ScaledObject").path("spec");
        JsonNode workload = rendered.workload();
        JsonNode trigger = scaled.path("triggers").get(0);

        assertEquals(workload.path("kind").asText(), scaled.path("scaleTargetRef").path("kind").asText());
        assertEquals(workload.path("metadata").path("name").asText(), scaled.path("scaleTargetRef").path("name").asText());
        assertEquals("kafka", trigger.path("type").asText());
        assertEquals(rendered.env().path("APPLICATION_ID").asText(), trigger.path("metadata").path("consumerGroup").asText());
        assertEquals(rendered.env().path("INPUT_TOPIC").asText(), trigger.path("metadata").path("topic").asText());
        assertEquals(rendered.env().path("KAFKA_BOOTSTRAP_SERVERS").asText(), trigger.path("metadata").path("bootstrapServers").asText());
        assertEquals(12, scaled.path("maxReplicaCount").asInt());
        assertTrue(workload.path("spec").path("replicas").isMissingNode(), "KEDA owns the replica count");
    }

    @Test
    void shouldShipParsableGrafanaDashboardWhenDashboardIsEnabled() throws Exception {
        Rendered rendered = HelmChart.render(tmp, "");
        JsonNode cm = rendered.find("ConfigMap", "cdd-chat-distress-detector-dashboard").orElseThrow();
        JsonNode dashboard = new ObjectMapper().readTree(cm.path("data").path("chat-distress-detector.json").asText());

        assertEquals("1", cm.path("metadata").path("labels").path("grafana_dashboard").asText());
        assertEquals("chat-distress-detector", dashboard.path("uid").asText());
        Set<String> exprs = new TreeSet<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
        assertTrue(exprs.size() >= 15, () -> "too few queries: " + exprs.size());
        for (String metric : List.of("chat_distress_messages_scored_total", "chat_distress_escalations_total",
                "chat_distress_escalations_suppressed_total", "chat_distress_dlq_records_total",
                "chat_distress_open_sessions", "chat_distress_gibberish_score", "chat_distress_canary_last_success_seconds",
                "kafka_consumer_fetch_manager_records_lag_max", "kafka_stream_client_state", "jvm_memory_used_bytes")) {
            assertTrue(exprs.stream().anyMatch(e -> e.contains(metric)), () -> "no panel shows " + metric);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "replicas: 3",                                          // typo of replicaCount
        "kind: Job",
        "image:\n  repository: chat\n  tag: v1\n  pullpolicy: Always",
        "config:\n  processingGuarantee: exactly_once",
        "config:\n  sessionGap: 30m",
        "config:\n  silenceTimout: PT60S",                      // typo inside config
        "kafka:\n  extraConfig:\n    sasl.jaas.config: \"x required password=hunter2;\"",
        "kafka:\n  extraConfig:\n    ssl.truststore.password: changeit",
        "kafka:\n  securityProtocol: SASL_TLS",
        "kafka:\n  bootstrapServers: kafka",
        "podSecurityContext:\n  runAsNonRoot: false",
        "securityContext:\n  privileged: true",
        "httpPort: 80",
        "metrics:\n  serviceMonitor:\n    enable: true",
    })
    void shouldRejectValuesWhenTheyViolateTheSchema(String values) {
        Exception error = assertThrows(Exception.class, () -> HelmChart.render(tmp, values + "\n"));

        assertTrue(error.getMessage().contains("schema"), () -> "not a schema error: " + error.getMessage());
    }

    @Test
    void shouldFailRenderingWhenGracePeriodDoesNotExceedCloseTimeout() {
        Exception error = assertThrows(Exception.class, () -> HelmChart.render(tmp,
                "config:\n  closeTimeoutSeconds: 60\nterminationGracePeriodSeconds: 60\n"));

        assertTrue(error.getMessage().contains("terminationGracePeriodSeconds"), error::getMessage);
    }

    @Test
    void shouldHonourExplicitGracePeriodWhenItExceedsCloseTimeout() {
        Rendered rendered = HelmChart.render(tmp, "config:\n  closeTimeoutSeconds: 45\nterminationGracePeriodSeconds: 50\n");

        assertEquals("PT45S", rendered.env().path("CLOSE_TIMEOUT").asText());
        assertEquals(50, rendered.workload().path("spec").path("template").path("spec")
                .path("terminationGracePeriodSeconds").asInt());
    }

    // --- helpers -------------------------------------------------------------------------------

    private static String checksum(Rendered rendered) {
        return rendered.workload().path("spec").path("template").path("metadata").path("annotations")
                .path("checksum/config").asText();
    }

    private static JsonNode envVar(JsonNode container, String name) {
        for (JsonNode env : container.path("env")) {
            if (name.equals(env.path("name").asText())) {
                return env;
            }
        }
        return fail("no env var " + name);
    }

    private static String mountPathOf(JsonNode container, String volume) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (volume.equals(mount.path("name").asText())) {
                return mount.path("mountPath").asText();
            }
        }
        return fail("volume " + volume + " not mounted");
    }

    private static String mountedVolume(JsonNode container, String mountPath) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mountPath.equals(mount.path("mountPath").asText())) {
                return mount.path("name").asText();
            }
        }
        return fail("nothing mounted at " + mountPath);
    }

    /** The volume source type (emptyDir, secret, ...) of a pod volume, or "" when there is none. */
    private static String volumeSource(JsonNode podSpec, String volume) {
        for (JsonNode v : podSpec.path("volumes")) {
            if (volume.equals(v.path("name").asText())) {
                List<String> fields = new ArrayList<>();
                v.fieldNames().forEachRemaining(fields::add);
                fields.remove("name");
                return fields.get(0);
            }
        }
        return "";
    }

    /** The env var's path must be a file that a read-only mount of the named Secret's key provides. */
    private static void assertFileFromSecret(JsonNode pod, JsonNode container, String path, String secret, String key) {
        assertFalse(path.isEmpty(), () -> "no path for " + secret + "/" + key);
        for (JsonNode mount : container.path("volumeMounts")) {
            String dir = mount.path("mountPath").asText();
            if (!path.startsWith(dir + "/")) {
                continue;
            }
            String file = path.substring(dir.length() + 1);
            for (JsonNode volume : pod.path("volumes")) {
                if (!volume.path("name").asText().equals(mount.path("name").asText())) {
                    continue;
                }
                JsonNode source = volume.path("secret");
                assertEquals(secret, source.path("secretName").asText());
                for (JsonNode item : source.path("items")) {
                    if (item.path("key").asText().equals(key) && item.path("path").asText().equals(file)) {
                        return;
                    }
                }
            }
        }
        fail(path + " is not provided by key " + key + " of Secret " + secret);
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        return StreamSupport.stream(((Iterable<java.util.Map.Entry<String, JsonNode>>) selector::fields).spliterator(), false)
                .allMatch(e -> e.getValue().asText().equals(labels.path(e.getKey()).asText()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
