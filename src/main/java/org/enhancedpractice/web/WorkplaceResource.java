package org.enhancedpractice.web;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enhancedpractice.content.workplace.ActivityType;
import org.enhancedpractice.content.workplace.EntryChecks;
import org.enhancedpractice.content.workplace.LoggedActivity;
import org.enhancedpractice.content.workplace.PatientDataCheck;
import org.enhancedpractice.content.workplace.WorkplaceActivityLog;
import org.enhancedpractice.content.workplace.WorkplaceEntry;
import org.enhancedpractice.platform.Problem;

/**
 * {@code <base>/api/workplace-activities}: the activity types with their forms' guidance and prompts, a patient-data
 * check of draft text, and logging an activity (learners only) as an evidence statement.
 */
@Path("api/workplace-activities")
@RequestScoped
public class WorkplaceResource {
    @Inject SessionTokens tokens;
    @Inject WorkplaceActivityLog log;

    @GET
    @Path("types")
    @Produces(MediaType.APPLICATION_JSON)
    public String types(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        SessionResource.SessionAuth.require(tokens, authorization);
        JsonArrayBuilder types = JSON.createArrayBuilder();
        for (ActivityType t : ActivityType.values()) {
            types.add(JSON.createObjectBuilder().add("id", t.id()).add("title", t.title()).add("guidance", t.guidance())
                    .add("prompts", JSON.createArrayBuilder(t.prompts())));
        }
        return JSON.createObjectBuilder().add("types", types)
                .add("offTheJobRules", "Counts: learning new knowledge, skills and behaviours for the apprenticeship in "
                        + "paid hours (teaching, online learning, simulation, shadowing, mentoring, writing assignments). "
                        + "Does not count: progress reviews, exams and end-point assessment, English and maths, "
                        + "induction, or training outside paid hours.")
                .add("lateAfterDays", EntryChecks.LATE_AFTER_DAYS).build().toString();
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String check(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonObject body) {
        SessionResource.SessionAuth.require(tokens, authorization);
        JsonArrayBuilder findings = JSON.createArrayBuilder();
        PatientDataCheck.check(body == null ? "" : body.getString("text", "")).forEach(f -> findings.add(
                JSON.createObjectBuilder().add("kind", f.kind()).add("text", f.text())));
        return JSON.createObjectBuilder().add("findings", findings).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String logActivity(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonObject body) {
        SessionClaims session = SessionResource.SessionAuth.require(tokens, authorization);
        if (!CatalogueResource.isLearner(session) || session.actorHomePage() == null) {
            throw new Problem(403, "workplace_learners_only", "Only learners log activities",
                    "Workplace activities are a learner's evidence; tutors review them.");
        }
        if (body == null) {
            throw new Problem(400, "workplace_entry_missing", "No activity sent", "Send the activity as JSON.");
        }
        LoggedActivity logged = log.log(new WorkplaceActivityLog.Learner(UUID.fromString(session.tenantId()),
                session.actorHomePage(), session.subject()), entry(body), body.getBoolean("confirmNoPatientData", false));
        JsonArrayBuilder flags = JSON.createArrayBuilder();
        logged.flags().forEach(flags::add);
        return JSON.createObjectBuilder().add("statementId", logged.statementId().toString())
                .add("evidenceId", logged.evidenceId().toString()).add("flags", flags).build().toString();
    }

    static WorkplaceEntry entry(JsonObject body) {
        LocalDate date;
        try {
            date = body.containsKey("occurredOn") ? LocalDate.parse(body.getString("occurredOn")) : null;
        } catch (DateTimeParseException | ClassCastException e) {
            throw new Problem(400, "workplace_entry_invalid", "The activity cannot be logged yet",
                    "occurredOn must be a date like 2026-11-20.");
        }
        Map<String, String> reflection = new LinkedHashMap<>();
        if (body.get("reflection") instanceof JsonObject r) {
            r.forEach((k, v) -> reflection.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        }
        return new WorkplaceEntry(body.getString("type", null), string(body, "module"), string(body, "activity"),
                string(body, "title"), date, body.get("hours") instanceof JsonNumber n ? n.bigDecimalValue() : null,
                body.getBoolean("offTheJob", false), string(body, "description"), reflection, strings(body, "ksbs"),
                strings(body, "pillars"), List.of());
    }

    private static String string(JsonObject body, String name) {
        return body.get(name) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    private static List<String> strings(JsonObject body, String name) {
        List<String> out = new ArrayList<>();
        if (body.get(name) instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
        }
        return out;
    }
}
