package org.enhancedpractice.xapi.statement;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.UUID;

/** A statement written by the tool itself on behalf of a tenant; actor, verb and object must be present. */
public record NewStatement(UUID tenantId, JsonObject statement) {
    public NewStatement {
        Objects.requireNonNull(statement);
        for (String required : new String[] {"actor", "verb", "object"}) {
            if (!(statement.get(required) instanceof JsonObject)) {
                throw new IllegalArgumentException("A statement needs an object-valued '" + required + "'");
            }
        }
    }
}
