package io.chatdistress.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away public key infrastructure for one test, made with the JDK's {@code keytool} (no
 * extra dependency): a CA, a broker and a client key pair each signed by it (EC P-256, valid two
 * days, subject alternative name {@code IP:127.0.0.1} so hostname verification stays on), their
 * PKCS12 key stores and a PKCS12 trust store holding only the CA. Every store has its own random
 * password; in PKCS12 the key password equals the store password.
 */
final class TestPki {
    static final String STORE_TYPE = "PKCS12";
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    /** A PKCS12 key store with one private key and its chain (entity certificate, CA). */
    record KeyStore(Path location, String password) {
        @Override
        public String toString() {
            return "KeyStore[" + location + "]";
        }
    }

    private final Path dir;
    private final String caPassword;
    private final KeyStore truststore;
    private final KeyStore broker;
    private final KeyStore client;

    private TestPki(Path dir, String caPassword, KeyStore truststore, KeyStore broker, KeyStore client) {
        this.dir = dir;
        this.caPassword = caPassword;
        this.truststore = truststore;
        this.broker = broker;
        this.client = client;
    }

    /** Generates everything into {@code dir} (created if missing). */
    static TestPki create(Path dir) throws IOException {
        Files.createDirectories(dir);
        String caPassword = newPassword("ca");
        Path caStore = dir.resolve("ca.p12");
        Path caPem = dir.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=chat-distress-detector test CA", "-ext", "bc:c", "-validity", "2",
                "-keystore", caStore.toString(), "-storetype", STORE_TYPE, "-storepass", caPassword);
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", caStore.toString(), "-storepass", caPassword,
                "-file", caPem.toString());
        try {
            // Each keytool call starts a JVM: the three stores are made side by side.
            CompletableFuture<KeyStore> trust = CompletableFuture.supplyAsync(() -> unchecked(() -> {
                KeyStore store = new KeyStore(dir.resolve("truststore.p12"), newPassword("trust"));
                keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(),
                        "-keystore", store.location().toString(), "-storetype", STORE_TYPE,
                        "-storepass", store.password());
                return store;
            }));
            CompletableFuture<KeyStore> broker = CompletableFuture.supplyAsync(
                    () -> unchecked(() -> signedKeyStore(dir, "broker", caStore, caPassword, caPem)));
            CompletableFuture<KeyStore> client = CompletableFuture.supplyAsync(
                    () -> unchecked(() -> signedKeyStore(dir, "client", caStore, caPassword, caPem)));
            return new TestPki(dir, caPassword, trust.join(), broker.join(), client.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    KeyStore truststore() {
        return truststore;
    }

    KeyStore broker() {
        return broker;
    }

    KeyStore client() {
        return client;
    }

    /** Every password of this PKI, for leak checks. */
    List<String> passwords() {
        return List.of(caPassword, truststore.password(), broker.password(), client.password());
    }

    Path dir() {
        return dir;
    }

    private static KeyStore signedKeyStore(Path dir, String name, Path caStore, String caPassword, Path caPem)
            throws IOException {
        KeyStore store = new KeyStore(dir.resolve(name + ".p12"), newPassword(name));
        String location = store.location().toString();
        Path csr = dir.resolve(name + ".csr");
        Path pem = dir.resolve(name + ".pem");
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=chat-distress-detector test " + name, "-validity", "2",
                "-keystore", location, "-storetype", STORE_TYPE, "-storepass", store.password());
        keytool("-certreq", "-alias", name, "-keystore", location, "-storepass", store.password(),
                "-file", csr.toString());
        keytool("-gencert", "-alias", "ca", "-keystore", caStore.toString(), "-storepass", caPassword,
                "-infile", csr.toString(), "-outfile", pem.toString(), "-rfc", "-validity", "2",
                "-ext", "SAN=ip:127.0.0.1", "-ext", "EKU=serverAuth,clientAuth");
        // The reply carries the whole chain (entity, then CA), so keytool needs no trusted CA entry.
        Path chain = dir.resolve(name + "-chain.pem");
        Files.writeString(chain, Files.readString(pem, StandardCharsets.US_ASCII).strip() + "\n"
                + Files.readString(caPem, StandardCharsets.US_ASCII), StandardCharsets.US_ASCII);
        keytool("-importcert", "-noprompt", "-alias", name, "-file", chain.toString(),
                "-keystore", location, "-storepass", store.password());
        return store;
    }

    private static String newPassword(String purpose) {
        return purpose + "-Pw-" + UUID.randomUUID();
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.add("-J-Duser.language=en");
        // A short-lived tool: quick start-up matters more than peak speed (about half the time here).
        command.add("-J-XX:TieredStopAtLevel=1");
        command.add("-J-XX:+UseSerialGC");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool " + args[0] + " did not finish");
            }
            if (process.exitValue() != 0) {
                // keytool's own message; it never echoes the passwords it was given.
                throw new IOException("keytool " + args[0] + " failed (" + process.exitValue() + "): "
                        + new String(output, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool " + args[0], e);
        }
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T unchecked(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }
}
