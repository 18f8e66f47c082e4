package org.enhancedpractice.xapi.statement;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;

/**
 * An Agent's or identified Group's inverse functional identifier as one string, the key the LRS indexes and
 * queries agents by (xAPI 1.0.3 Part 2 §2.4.2.1).
 */
public final class Ifi {
    private Ifi() {
    }

    public static Optional<String> of(JsonObject agent) {
        if (agent.get("mbox") instanceof JsonString mbox) {
            return Optional.of("mbox:" + mbox.getString());
        }
        if (agent.get("mbox_sha1sum") instanceof JsonString sha) {
            return Optional.of("mbox_sha1sum:" + sha.getString().toLowerCase(java.util.Locale.ROOT));
        }
        if (agent.get("openid") instanceof JsonString openid) {
            return Optional.of("openid:" + openid.getString());
        }
        if (agent.get("account") instanceof JsonObject account) {
            return Optional.of("account:" + account.getString("homePage", "") + "|" + account.getString("name", ""));
        }
        return Optional.empty();
    }
}
