package org.enhancedpractice.xapi.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The raw data of one attachment, named by the SHA-2 its attachment object declares (xAPI 1.0.3 Part 2 §2.4.11).
 * The content array is not copied: callers hand it over and must not change it afterwards.
 */
public record AttachmentContent(String sha2, String contentType, byte[] content) {
    public AttachmentContent {
        Objects.requireNonNull(sha2, "sha2");
        Objects.requireNonNull(content, "content");
        sha2 = sha2.trim().toLowerCase(Locale.ROOT);
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.trim();
    }

    /** Content named by its SHA-256, the hash Part 3 §1.5.2 recommends. */
    public static AttachmentContent sha256(String contentType, byte[] content) {
        return new AttachmentContent(Sha2.hex("SHA-256", content), contentType, content);
    }

    /** True when {@link #sha2} is the SHA-224/256/384/512 (chosen by its length) of the content. */
    public boolean hashMatches() {
        return Sha2.algorithmFor(sha2).map(algorithm -> Sha2.hex(algorithm, content).equals(sha2)).orElse(false);
    }

    /** SHA-2 digests in lower-case hex. */
    static final class Sha2 {
        private Sha2() {
        }

        static java.util.Optional<String> algorithmFor(String hex) {
            return java.util.Optional.ofNullable(switch (hex.length()) {
                case 56 -> "SHA-224";
                case 64 -> "SHA-256";
                case 96 -> "SHA-384";
                case 128 -> "SHA-512";
                default -> null;
            });
        }

        static String hex(String algorithm, byte[] content) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("The JDK always provides " + algorithm, e);
            }
        }
    }
}
