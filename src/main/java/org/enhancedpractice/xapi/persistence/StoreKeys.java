package org.enhancedpractice.xapi.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Primary keys made of several parts, some of them absent or long (IRIs, agent IFIs): the SHA-256, in lowercase hex,
 * of the parts each prefixed by its length, so no two different lists of parts give the same input.
 */
public final class StoreKeys {
    private StoreKeys() {
    }

    public static String of(Object... parts) {
        StringBuilder input = new StringBuilder();
        for (Object part : parts) {
            String text = part == null ? "" : part.toString();
            input.append(part == null ? -1 : text.length()).append(':').append(text);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
