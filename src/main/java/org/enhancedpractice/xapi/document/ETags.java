package org.enhancedpractice.xapi.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** xAPI 1.0.3 Part 3 §3.1: the ETag of a document is the SHA-1 of its content in lowercase hexadecimal. */
public final class ETags {
    private ETags() {
    }

    public static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
