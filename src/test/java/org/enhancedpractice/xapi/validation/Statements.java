package org.enhancedpractice.xapi.validation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Test statements, made at test time; single quotes stand for double quotes to keep the JSON readable. */
public final class Statements {
    public static final String ACTOR = "{'objectType':'Agent','name':'Ada','account':{'homePage':'https://vle.example.ac.uk','name':'learner-7'}}";
    public static final String VERB = "{'id':'http://adlnet.gov/expapi/verbs/completed','display':{'en-GB':'completed','cy':'cwblhawyd'}}";
    public static final String ACTIVITY = "{'objectType':'Activity','id':'https://ept.example/modules/discharge','definition':"
            + "{'name':{'en':'Discharge planning','ja-JP':'退院計画','zh-Hant-TW':'出院計畫'},'type':'http://adlnet.gov/expapi/activities/module'}}";

    private Statements() {
    }

    public static JsonObject json(String singleQuoted) {
        return Json.createReader(new StringReader(singleQuoted.replace('\'', '"'))).readObject();
    }

    /** A minimal valid statement with the given extra top-level members (e.g. {@code "'result':{...}"}). */
    public static JsonObject with(String extra) {
        return json("{'actor':" + ACTOR + ",'verb':" + VERB + ",'object':" + ACTIVITY
                + (extra.isEmpty() ? "" : "," + extra) + "}");
    }

    /** The statement with one top-level member replaced. */
    public static JsonObject replacing(String key, String valueSingleQuoted) {
        JsonValue value = Json.createReader(new StringReader("{\"v\":" + valueSingleQuoted.replace('\'', '"') + "}"))
                .readObject().get("v");
        return Json.createObjectBuilder(with("")).add(key, value).build();
    }
}
