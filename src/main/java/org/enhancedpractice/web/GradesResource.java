package org.enhancedpractice.web;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import java.util.UUID;
import org.enhancedpractice.lti.grades.GradeJson;
import org.enhancedpractice.lti.grades.GradeOutbox;
import org.enhancedpractice.lti.grades.GradeRequest;
import org.enhancedpractice.lti.grades.GradeResults;
import org.enhancedpractice.lti.grades.LineItemChoice;
import org.enhancedpractice.lti.grades.OutboxEntry;
import org.enhancedpractice.lti.services.Score.ActivityProgress;
import org.enhancedpractice.lti.services.Score.GradingProgress;
import org.enhancedpractice.platform.Problem;

/**
 * {@code <base>/api/grades}, for tutors of the launched course: mark a learner on the launched link (queued in the
 * grade outbox and sent to the VLE's gradebook, AGS 2.0 §3.4), see one queued grade, see the grades the VLE refused
 * or that kept failing with the VLE's message, and read what the gradebook holds (AGS 2.0 §3.3).
 */
@Path("api/grades")
@RequestScoped
public class GradesResource {
    @Inject SessionTokens tokens;
    @Inject GradeOutbox outbox;
    @Inject GradeResults results;
    @Inject Clock clock;

    /** Body: {@code userId}, {@code scoreGiven}, {@code scoreMaximum}, optional {@code comment}, progress values. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response mark(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        SessionClaims session = tutor(authorization);
        if (session.resourceLinkId() == null) {
            throw new Problem(400, "grade_no_link", "No link", "Grades are given from a launched link.");
        }
        UUID id = outbox.enqueue(request(session, body));
        return Response.accepted(GradeJson.entry(outbox.find(id).orElseThrow()).toString()).build();
    }

    @GET
    @Path("problems")
    @Produces(MediaType.APPLICATION_JSON)
    public String problems(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        SessionClaims session = tutor(authorization);
        return GradeJson.list("problems", outbox.problems(session.courseLink())).toString();
    }

    @GET
    @Path("results")
    @Produces(MediaType.APPLICATION_JSON)
    public String results(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @QueryParam("userId") String userId) {
        SessionClaims session = tutor(authorization);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        results.forLink(session.courseLink(), userId).forEach(r -> {
            var json = JSON.createObjectBuilder().add("userId", r.userId());
            if (r.resultScore() != null) {
                json.add("resultScore", r.resultScore());
            }
            if (r.resultMaximum() != null) {
                json.add("resultMaximum", r.resultMaximum());
            }
            if (r.comment() != null) {
                json.add("comment", r.comment());
            }
            array.add(json);
        });
        return JSON.createObjectBuilder().add("results", array).build().toString();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String one(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        SessionClaims session = tutor(authorization);
        OutboxEntry entry = outbox.find(parseId(id))
                .filter(e -> e.request().link().contextOnly().equals(session.courseLink().contextOnly()))
                .orElseThrow(() -> new Problem(404, "grade_unknown", "No such grade", "No grade of this course has this id."));
        return GradeJson.entry(entry).toString();
    }

    private SessionClaims tutor(String authorization) {
        return CourseAccess.require(tokens, authorization, CourseAccess.TUTORS, "grades_forbidden");
    }

    private GradeRequest request(SessionClaims session, String body) {
        try {
            JsonObject json = JSON.createReader(new StringReader(body == null ? "" : body)).readObject();
            Double given = number(json, "scoreGiven");
            ActivityProgress activity = ActivityProgress.valueOf(json.getString("activityProgress", "Completed"));
            GradingProgress grading = GradingProgress.valueOf(json.getString("gradingProgress",
                    given == null ? GradingProgress.NotReady.name() : GradingProgress.FullyGraded.name()));
            return new GradeRequest(session.courseLink(), LineItemChoice.forLink(), json.getString("userId", null),
                    given, number(json, "scoreMaximum"), activity, grading, json.getString("comment", null),
                    clock.instant());
        } catch (JsonException | IllegalStateException | ClassCastException | IllegalArgumentException
                 | NullPointerException e) {
            throw new Problem(400, "grade_invalid", "Invalid grade", "Send JSON with userId, scoreGiven and "
                    + "scoreMaximum (AGS 2.0 §3.4): " + e.getMessage());
        }
    }

    private static Double number(JsonObject json, String name) {
        return json.get(name) instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new Problem(404, "grade_unknown", "No such grade", "No grade of this course has this id.");
        }
    }
}
