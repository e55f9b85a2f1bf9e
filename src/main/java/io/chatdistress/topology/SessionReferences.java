package io.chatdistress.topology;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** How a session id appears in escalation events: as is, or as an HMAC-SHA256 pseudonym. */
public final class SessionReferences {
    private SessionReferences() {
    }

    public static UnaryOperator<String> identity() {
        return UnaryOperator.identity();
    }

    /** Pseudonyms that consumers holding the key can recompute from a session id, and nobody else. */
    public static UnaryOperator<String> hmac(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the session reference key must have at least 16 bytes");
        }
        SecretKeySpec spec = new SecretKeySpec(key.clone(), "HmacSHA256");
        return sessionId -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(spec);
                return "ref-" + HexFormat.of().formatHex(mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8)), 0, 16);
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
