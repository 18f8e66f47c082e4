package org.enhancedpractice.xapi.validation;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonValue;

/**
 * The statement rules applied to request parameters of the other resources (xAPI 1.0.3 Part 3 §2.3–2.7): an
 * {@code agent} parameter is an Agent (not a Group, §2.6 note) valid as in Part 2 §2.4.2.1, an {@code activityId} an
 * IRI (Part 2 §2.4.4.1). Failures are {@link InvalidStatement}s naming the parameter.
 */
public final class ParameterChecks {
    private ParameterChecks() {
    }

    public static void agent(JsonValue value, String name) {
        AgentValidator.agent(value, name);
    }

    public static void iri(String value, String name) {
        JsonShapes.iri(JSON.createValue(value), name);
    }
}
