package io.chatdistress.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatdistress.serde.Json;
import io.chatdistress.session.Escalation;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/** Wraps {@link Escalation}s as CloudEvents 1.0 in structured JSON mode. */
public final class EscalationEventFactory {
    public static final String TYPE_PREFIX = "io.chatdistress.escalation.";
    public static final String TYPE_SUFFIX = ".v1";
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    public static final int SCHEMA_VERSION = 1;

    private final URI source;
    private final UnaryOperator<String> sessionRef;
    private final EventFormat format;

    public EscalationEventFactory(URI source, UnaryOperator<String> sessionRef) {
        this.source = source;
        this.sessionRef = sessionRef;
        this.format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        if (format == null) {
            throw new IllegalStateException("CloudEvents JSON format is not on the class path");
        }
    }

    public static String typeOf(Escalation e) {
        return TYPE_PREFIX + e.action().wireName() + TYPE_SUFFIX;
    }

    /** The record key of the event: the session id, or its pseudonym. */
    public String key(Escalation e) {
        return sessionRef.apply(e.sessionId());
    }

    /**
     * A deterministic id: the same decision on the same input always yields the same id, so
     * consumers can deduplicate on (source, id).
     */
    public String idOf(Escalation e) {
        String basis = e.sessionId() + '\n' + e.episode() + '\n' + e.sequence() + '\n' + e.action() + '\n' + e.time();
        return HEX.formatHex(sha256().digest(basis.getBytes(StandardCharsets.UTF_8)));
    }

    private static final HexFormat HEX = HexFormat.of();
    /** Looking SHA-256 up among the security providers costs more than hashing; copies of one instance do not. */
    private static final MessageDigest SHA256_PROTOTYPE;

    static {
        try {
            SHA256_PROTOTYPE = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException ex) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public CloudEvent toCloudEvent(Escalation e, String excerpt, boolean synthetic) {
        String ref = sessionRef.apply(e.sessionId());
        return CloudEventBuilder.v1()
                .withId(idOf(e))
                .withSource(source)
                .withType(typeOf(e))
                .withSubject(ref)
                .withTime(Instant.ofEpochMilli(e.time()).atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(data(e, ref, excerpt, synthetic))
                .build();
    }

    public byte[] serialize(Escalation e, String excerpt, boolean synthetic) {
        return format.serialize(toCloudEvent(e, excerpt, synthetic));
    }

    private byte[] data(Escalation e, String ref, String excerpt, boolean synthetic) {
        ObjectNode d = Json.mapper().createObjectNode();
        d.put("schemaVersion", SCHEMA_VERSION);
        d.put("dedupKey", ref + "#" + e.episode());
        d.put("action", e.action().wireName());
        d.put("severity", e.severity().name());
        d.put("sessionId", ref);
        d.put("episode", e.episode());
        d.put("summary", e.summary());
        ObjectNode scores = d.putObject("scores");
        scores.put("risk", e.scores().risk());
        scores.put("maxGibberish", e.scores().maxGibberish());
        scores.put("mashMessages", e.scores().mashMessages());
        scores.put("distressPhrases", e.scores().distressPhrases());
        scores.put("unansweredCheckIns", e.scores().unansweredCheckIns());
        scores.put("silenceSeconds", e.scores().silenceSeconds());
        ArrayNode reasons = d.putArray("reasons");
        e.reasons().forEach(reasons::add);
        // With pseudonyms on, every identifier is pseudonymised the same way: consumers holding
        // the key can still match evidence to their own records.
        ArrayNode evidence = d.putArray("evidenceMessageIds");
        e.evidenceMessageIds().forEach(id -> evidence.add(sessionRef.apply(id)));
        d.put("triggerMessageId", e.triggerMessageId() == null ? null : sessionRef.apply(e.triggerMessageId()));
        d.put("customerId", e.customerId() == null ? null : sessionRef.apply(e.customerId()));
        d.put("tenantId", e.tenantId());
        d.put("channel", e.channel());
        d.put("excerpt", excerpt);
        d.put("synthetic", synthetic);
        try {
            return Json.mapper().writeValueAsBytes(d);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise escalation data", ex);
        }
    }
}
