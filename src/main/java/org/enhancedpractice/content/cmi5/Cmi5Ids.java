package org.enhancedpractice.content.cmi5;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The ids the LMS generates. cmi5 §8.1.5 and §9.4: the AU's activityId, and the block and course objects of satisfied
 * statements, must not equal the publisher's ids, and stay the same on every launch; so they are name-based UUIDs of
 * the publisher ids under the tool's base URL.
 */
public final class Cmi5Ids {
    public static final String AU_PATH = "/cmi5/au/";
    private final String baseUrl;

    public Cmi5Ids(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String auActivity(String courseId, String auId) {
        return baseUrl + AU_PATH + UUID.nameUUIDFromBytes((courseId + "\n" + auId).getBytes(StandardCharsets.UTF_8));
    }

    public String block(String courseId, String blockId) {
        return baseUrl + "/cmi5/block/" + UUID.nameUUIDFromBytes((courseId + "\n" + blockId)
                .getBytes(StandardCharsets.UTF_8));
    }

    public String course(String courseId) {
        return baseUrl + "/cmi5/course/" + UUID.nameUUIDFromBytes(courseId.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isAuActivity(String activityId) {
        return activityId != null && activityId.startsWith(baseUrl + AU_PATH);
    }

    /** SHA-256 (hex) of an IRI or a secret: index keys for long IRIs, stored form of one-time codes. */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
