package org.enhancedpractice.xapi.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A client secret as stored: PBKDF2-HMAC-SHA256 (RFC 8018 §5.2) with a random salt. Slow by design; {@link
 * LrsClients} caches successful checks briefly.
 */
public record SecretHash(String hash, String salt, int iterations) {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    public static SecretHash create(String secret, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        String saltText = Base64.getEncoder().encodeToString(salt);
        return new SecretHash(derive(secret, saltText, ITERATIONS), saltText, ITERATIONS);
    }

    public boolean matches(String secret) {
        return MessageDigest.isEqual(derive(secret, salt, iterations).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String derive(String secret, String salt, int iterations) {
        KeySpec spec = new PBEKeySpec(secret.toCharArray(), Base64.getDecoder().decode(salt), iterations, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK 17", e);
        }
    }
}
