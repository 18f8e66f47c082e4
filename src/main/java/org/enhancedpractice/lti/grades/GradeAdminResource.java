package org.enhancedpractice.lti.grades;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.enhancedpractice.platform.AdminAccess;
import org.enhancedpractice.platform.Problem;

/**
 * {@code <base>/admin/lti/grades}: the grade outbox for tool administrators: list (optionally by status), one entry,
 * and re-send of a refused or failed grade.
 */
@Path("admin/lti/grades")
@RequestScoped
public class GradeAdminResource {
    @Inject AdminAccess admin;
    @Inject GradeOutbox outbox;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                       @QueryParam("status") String status) {
        admin.require(authorization);
        return GradeJson.list("grades", outbox.list(status(status))).toString();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String one(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        admin.require(authorization);
        return GradeJson.entry(outbox.find(id(id)).orElseThrow(GradeAdminResource::unknown)).toString();
    }

    @POST
    @Path("{id}/resend")
    @Produces(MediaType.APPLICATION_JSON)
    public String resend(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        admin.require(authorization);
        UUID grade = id(id);
        OutboxEntry entry = outbox.find(grade).orElseThrow(GradeAdminResource::unknown);
        if (!outbox.resend(grade)) {
            throw new Problem(409, "grade_not_resendable", "Not re-sent", "Only refused or failed grades are re-sent; "
                    + "this one is " + entry.status() + ".");
        }
        return GradeJson.entry(outbox.find(grade).orElseThrow()).toString();
    }

    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw unknown();
        }
    }

    static Problem unknown() {
        return new Problem(404, "grade_unknown", "No such grade", "No grade in the outbox has this id.");
    }

    private static GradeStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return GradeStatus.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "grade_status_unknown", "Unknown status", "status is one of "
                    + java.util.Arrays.toString(GradeStatus.values()) + ".");
        }
    }
}
