package org.enhancedpractice.content.cmi5;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.content.pkg.AssignableUnit;
import org.enhancedpractice.content.pkg.Block;
import org.enhancedpractice.content.pkg.Course;
import org.enhancedpractice.content.pkg.LanguageMap;
import org.enhancedpractice.content.pkg.LaunchMethod;
import org.enhancedpractice.content.pkg.ModuleMetadata;
import org.enhancedpractice.content.pkg.MoveOn;
import org.enhancedpractice.content.pkg.UnitMetadata;

/** Deterministic sessions, courses and AU statements for the cmi5 unit tests. */
final class Cmi5Fixtures {
    static final UUID REGISTRATION = UUID.fromString("7c7a3b46-8d0e-4a4f-9a4b-2f1f0d1e3c01");
    static final UUID SESSION = UUID.fromString("0f4a1c2e-3b5d-4e6f-8a9b-0c1d2e3f4a5b");
    static final String ACTIVITY = "https://tool.example/cmi5/au/11111111-2222-3333-4444-555555555555";
    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private Cmi5Fixtures() {
    }

    static AuSession session(String mode, Set<String> verbs) {
        return new AuSession(SESSION, REGISTRATION, "https://e.org/au/1", ACTIVITY, mode, T0, T0,
                verbs.contains("initialized") ? T0 : null, verbs, null, null, T0, LtiPlacement.NONE);
    }

    static AssignableUnit au(String id, MoveOn moveOn) {
        return new AssignableUnit(id, LanguageMap.of("en", id), LanguageMap.of("en", id), "a.html", moveOn,
                new BigDecimal("0.8"), LaunchMethod.AnyWindow, null, null, UnitMetadata.NONE);
    }

    static Course course(AssignableUnit... aus) {
        Block block = new Block("https://e.org/block/1", LanguageMap.of("en", "b"), LanguageMap.of("en", "b"),
                List.of(aus));
        return new Course("https://e.org/course", LanguageMap.of("en", "c"), LanguageMap.of("en", "c"),
                List.of(block), ModuleMetadata.NONE);
    }

    /** A statement as the tool's cmi5-au.js sends it. */
    static JsonObject statement(String verb, JsonObject result, boolean cmi5, boolean moveOn) {
        var category = JSON.createArrayBuilder();
        if (cmi5) {
            category.add(JSON.createObjectBuilder().add("id", Cmi5Vocabulary.CATEGORY_CMI5));
        }
        if (moveOn) {
            category.add(JSON.createObjectBuilder().add("id", Cmi5Vocabulary.CATEGORY_MOVEON));
        }
        JsonObjectBuilder s = JSON.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("actor", LmsStatements.actor("https://platform.example", "learner-1"))
                .add("verb", JSON.createObjectBuilder().add("id", verb))
                .add("object", JSON.createObjectBuilder().add("id", ACTIVITY))
                .add("context", JSON.createObjectBuilder().add("registration", REGISTRATION.toString())
                        .add("contextActivities", JSON.createObjectBuilder().add("category", category))
                        .add("extensions", JSON.createObjectBuilder().add(Cmi5Vocabulary.EXT_SESSION, SESSION.toString())))
                .add("timestamp", T0.toString());
        if (result != null) {
            s.add("result", result);
        }
        return s.build();
    }

    static JsonObject result(String json) {
        return JSON.createReader(new java.io.StringReader(json)).readObject();
    }
}
