package org.enhancedpractice.xapi.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The Person object of xAPI 1.0.3 Part 3 §2.4: arrays of the Agent's properties, objectType Person. */
class PersonTest {
    @Test
    void everyPropertyBecomesAnArray() {
        JsonObject person = Person.of(Json.createReader(new StringReader("{\"objectType\":\"Agent\",\"name\":\"Ana\","
                + "\"account\":{\"homePage\":\"https://vle.example\",\"name\":\"a1\"}}")).readObject());
        assertEquals("Person", person.getString("objectType"));
        assertEquals("Ana", person.getJsonArray("name").getString(0));
        assertEquals("a1", person.getJsonArray("account").getJsonObject(0).getString("name"));
        assertFalse(person.containsKey("mbox"));
    }
}
