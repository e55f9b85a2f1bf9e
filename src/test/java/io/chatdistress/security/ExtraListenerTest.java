package io.chatdistress.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.chatdistress.app.EmbeddedKafkaBroker.ExtraListener;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtraListenerTest {

    @ParameterizedTest
    @CsvSource({
        "secure, SASL_SSL",          // lower case: Kafka's listener names are case sensitive
        "PLAINTEXT, SSL",            // the broker's own listener
        "CONTROLLER, SSL",           // the controller's listener
        "1SECURE, SSL",
        "SÉCURE, SSL",               // non-ASCII
        "SECURE, TLS",               // not a Kafka security protocol
        "SECURE, sasl_ssl",
    })
    void shouldRejectTheListenerWhenNameOrProtocolIsInvalid(String name, String protocol) {
        assertThrows(IllegalArgumentException.class, () -> new ExtraListener(name, protocol, Map.of()));
    }

    @Test
    void shouldCopyTheSettingsAndKeepPasswordsOutOfToStringWhenValid() {
        Map<String, String> settings = new HashMap<>();
        settings.put("ssl.keystore.password", "geheim-Pässwort-42");
        ExtraListener listener = new ExtraListener("SECURE_2", "SASL_SSL", settings);
        settings.put("ssl.client.auth", "required");

        assertEquals(Map.of("ssl.keystore.password", "geheim-Pässwort-42"), listener.settings());
        assertFalse(listener.toString().contains("geheim-Pässwort-42"), listener.toString());
        assertEquals(Map.of(), new ExtraListener("SECURE", "SSL", null).settings());
    }
}
