package dev.b24kit.testportal.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Unguessable credentials and their safe handling: tokens and secrets come from {@link SecureRandom},
 * are stored only as SHA-256 digests where the portal just has to recognise them, and are compared in
 * constant time. Nothing here logs. Thread-safe ({@code SecureRandom} is).
 */
final class Secrets {

    private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String MIXED_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A token like the portal's ({@code s1morf609228iwyjjpvfv6wsvuja4p8u}): 32 of [a-z0-9], ~165 bits. */
    static String token() {
        return pick(LOWER_ALNUM, 32);
    }

    /** A client secret like the portal's: 50 of [A-Za-z0-9]. */
    static String clientSecret() {
        return pick(MIXED_ALNUM, 50);
    }

    /** A webhook secret like the portal's ({@code 8g9l071eismy9q2l}): 16 of [a-z0-9]. */
    static String webhookSecret() {
        return pick(LOWER_ALNUM, 16);
    }

    /** {@code count} random hex digits. */
    static String hex(int count) {
        return pick("0123456789abcdef", count);
    }

    /** {@code count} random decimal digits. */
    static String digits(int count) {
        return pick("0123456789", count);
    }

    /** The SHA-256 of a token as hex: the key under which a token is remembered. */
    static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String pick(String alphabet, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
