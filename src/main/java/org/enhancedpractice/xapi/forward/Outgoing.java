package org.enhancedpractice.xapi.forward;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.enhancedpractice.xapi.forward.client.AttachmentPart;

/** One claimed statement as stored (whole JSON) with the data of its attachments. */
public record Outgoing(UUID statementId, JsonObject statement, List<AttachmentPart> parts) {
    public Outgoing {
        Objects.requireNonNull(statementId);
        Objects.requireNonNull(statement);
        parts = List.copyOf(parts);
    }

    /**
     * The X-Experience-API-Version to send it with: a 2.0 statement needs a 2.0 request (IEEE 9274.1.1), any other
     * is a 1.0.x statement (xAPI 1.0.3 Part 3 §6.2).
     */
    public String version() {
        return statement.getString("version", "1.0.0").startsWith("2.0") ? "2.0.0" : "1.0.3";
    }
}
