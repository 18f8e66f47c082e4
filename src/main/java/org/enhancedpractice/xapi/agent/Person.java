package org.enhancedpractice.xapi.agent;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The Person object of xAPI 1.0.3 Part 3 §2.4: every Agent property as an array. The LRS keeps no directory linking
 * several identifiers to one person, so the Person holds what the request's Agent says (the §2.4 "no additional
 * information" case): its name, if any, and its one inverse functional identifier.
 */
public final class Person {
    private static final String[] IFIS = {"mbox", "mbox_sha1sum", "openid", "account"};

    private Person() {
    }

    public static JsonObject of(JsonObject agent) {
        JsonObjectBuilder person = JSON.createObjectBuilder().add("objectType", "Person");
        if (agent.containsKey("name")) {
            person.add("name", JSON.createArrayBuilder().add(agent.get("name")));
        }
        for (String ifi : IFIS) {
            if (agent.containsKey(ifi)) {
                person.add(ifi, JSON.createArrayBuilder().add(agent.get(ifi)));
            }
        }
        return person.build();
    }
}
