package dev.b24kit.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The bearer token HTTP clients of the gateway present. Only its SHA-256 is kept: in memory, and in the token
 * file when the gateway generated it, so neither the process nor the file can show it again. Immutable; never
 * shows the token ({@link #toString()} does not).
 */
public final class GatewayToken {

    private final byte[] sha256;

    private GatewayToken(byte[] sha256) {
        this.sha256 = sha256.clone();
    }

    /**
     * A token given by the operator ({@code --token}, {@code B24KIT_GATEWAY_TOKEN}).
     *
     * @throws IllegalArgumentException when shorter than 16 characters (too easy to guess)
     */
    public static GatewayToken of(String token) {
        Objects.requireNonNull(token, "token");
        if (token.strip().length() < 16) {
            throw new IllegalArgumentException("the gateway token must be at least 16 characters (it is not shown)");
        }
        return new GatewayToken(sha256(token.strip()));
    }

    /**
     * The token whose SHA-256 {@code file} holds; when there is no file, a new random token (256 bits) whose
     * hash is written there (readable by the owner only), handed once to {@code announce} — the only time it
     * is seen.
     *
     * @throws UncheckedIOException when the file cannot be read or written
     * @throws IllegalStateException when the file does not hold a SHA-256
     */
    public static GatewayToken loadOrGenerate(Path file, SecureRandom random, Consumer<String> announce) {
        try {
            if (Files.exists(file)) {
                String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (!hex.matches("[0-9a-f]{64}")) {
                    throw new IllegalStateException(file + " does not hold a token's SHA-256; delete it to generate a new token");
                }
                return new GatewayToken(HexFormat.of().parseHex(hex));
            }
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            GatewayToken generated = new GatewayToken(sha256(token));
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "gateway-token", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's permissions apply
            }
            Files.writeString(temporary, HexFormat.of().formatHex(generated.sha256) + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            announce.accept(token);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the gateway token's hash in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The token's SHA-256 (a copy). */
    public byte[] sha256() {
        return sha256.clone();
    }

    /** SHA-256 of {@code text} in UTF-8. */
    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "GatewayToken[****]";
    }
}
