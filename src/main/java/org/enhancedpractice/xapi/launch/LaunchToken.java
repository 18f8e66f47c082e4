package org.enhancedpractice.xapi.launch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The two halves of a launch-scoped credential: a public id (prefix {@value #PREFIX}) and a 256-bit random secret.
 * The auth token handed to content is {@code base64(id ":" secret)}, so content sends it unchanged as
 * {@code Authorization: Basic <token>} (cmi5 §8.2.3; RFC 7617 §2). The secret is high-entropy, so a plain SHA-256
 * of it is a safe stored form.
 */
record LaunchToken(String credentialId, String secret) {
    static final String PREFIX = "launch-";
    private static final int ID_BYTES = 16;
    private static final int SECRET_BYTES = 32;

    static LaunchToken create(SecureRandom random) {
        byte[] id = new byte[ID_BYTES];
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(id);
        random.nextBytes(secret);
        return new LaunchToken(PREFIX + HexFormat.of().formatHex(id),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    String authToken() {
        return Base64.getEncoder().encodeToString((credentialId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    String secretHash() {
        return sha256(secret);
    }

    boolean matches(String storedHash) {
        return MessageDigest.isEqual(secretHash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The token inside an {@code Authorization: Basic …} header, if it is a launch credential's. */
    static Optional<LaunchToken> fromAuthorization(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        return fromToken(authorization.substring(6).trim());
    }

    /** The token as issued, if it is one. */
    static Optional<LaunchToken> fromToken(String token) {
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0 || !decoded.startsWith(PREFIX)) {
                return Optional.empty();
            }
            return Optional.of(new LaunchToken(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
