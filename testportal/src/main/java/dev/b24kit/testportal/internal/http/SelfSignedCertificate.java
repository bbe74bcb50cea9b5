package dev.b24kit.testportal.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away TLS identity for {@code PortalConfig.https}: an EC P-256 key pair and a self-signed
 * certificate for the bound host (plus {@code localhost} and {@code 127.0.0.1}), valid ten years.
 * It is made with the running JDK's own {@code keytool} (no extra library), in a private temporary
 * directory. The key store is read into memory and deleted at once; the certificate's PEM file stays
 * until {@link #close()} so clients can trust it. Not thread-safe; one per portal.
 */
public final class SelfSignedCertificate implements AutoCloseable {

    private static final String ALIAS = "testportal";

    private final Path directory;
    private final Path pem;
    private final KeyStore keyStore;
    private final char[] password;

    private SelfSignedCertificate(Path directory, Path pem, KeyStore keyStore, char[] password) {
        this.directory = directory;
        this.pem = pem;
        this.keyStore = keyStore;
        this.password = password;
    }

    /**
     * Generates an identity for {@code host}.
     *
     * @throws IllegalStateException when keytool is missing or fails (its output is in the message)
     */
    public static SelfSignedCertificate generate(String host) {
        try {
            Path directory = Files.createTempDirectory("b24kit-testportal-tls-");
            Path keyStoreFile = directory.resolve("keystore.p12");
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            runKeytool(keyStoreFile, password, host);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStoreFile)) {
                keyStore.load(in, password.toCharArray());
            }
            Files.delete(keyStoreFile);
            Path pem = directory.resolve("testportal-cert.pem");
            Files.writeString(pem, toPem(keyStore.getCertificate(ALIAS)), StandardCharsets.US_ASCII);
            return new SelfSignedCertificate(directory, pem, keyStore, password.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the test portal's TLS certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not load the test portal's TLS certificate", e);
        }
    }

    /** The certificate as a PEM file, for clients to trust. */
    public Path pem() {
        return pem;
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    public String password() {
        return new String(password);
    }

    /** Deletes the PEM file and the temporary directory. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(pem);
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }

    private static void runKeytool(Path keyStoreFile, String password, String host) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
                "-dname", "CN=" + dnSafe(host) + ", O=b24kit test portal", "-ext", "SAN=" + subjectAlternativeNames(host),
                "-keystore", keyStoreFile.toString(), "-storetype", "PKCS12",
                "-storepass:env", "B24KIT_TLS_PASSWORD", "-keypass:env", "B24KIT_TLS_PASSWORD", "-noprompt"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("B24KIT_TLS_PASSWORD", password); // not on the command line, where ps shows it
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool failed to create the test portal's certificate: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while keytool created the test portal's certificate", e);
        }
    }

    /** {@code ip:127.0.0.1,dns:localhost} plus the bound host when it is a real name or address. */
    static String subjectAlternativeNames(String host) {
        Set<String> names = new LinkedHashSet<>();
        if (!host.equals("0.0.0.0") && !host.equals("::") && !host.isBlank()) {
            names.add((isAddress(host) ? "ip:" : "dns:") + host);
        }
        names.add("ip:127.0.0.1");
        names.add("dns:localhost");
        return String.join(",", names);
    }

    private static boolean isAddress(String host) {
        if (!host.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
            return false;
        }
        try {
            InetAddress.getByName(host); // a literal: no lookup happens
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String dnSafe(String host) {
        return host.replaceAll("[^A-Za-z0-9.:-]", "_");
    }

    private static String toPem(Certificate certificate) throws GeneralSecurityException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    }
}
