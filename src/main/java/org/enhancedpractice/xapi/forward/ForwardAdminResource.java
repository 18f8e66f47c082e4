package org.enhancedpractice.xapi.forward;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.enhancedpractice.platform.AdminAccess;
import org.enhancedpractice.platform.Problem;

/**
 * {@code <base>/admin/xapi/forwarding} for tool administrators (bearer EPT_ADMIN_TOKEN): counts per status and the
 * entries (optionally of one status, e.g. {@code ?status=failed} for the statements the external LRS refused, with
 * its message); {@code POST .../resend} and {@code POST .../{statementId}/resend} queue failed ones again.
 */
@Path("admin/xapi/forwarding")
@RequestScoped
public class ForwardAdminResource {
    @Inject AdminAccess admin;
    @Inject ForwardOutbox outbox;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("status") String status) {
        admin.require(authorization);
        JsonObjectBuilder counts = JSON.createObjectBuilder();
        outbox.counts().forEach((s, n) -> counts.add(s.name(), n));
        var entries = JSON.createArrayBuilder();
        outbox.list(status(status)).forEach(e -> entries.add(json(e)));
        return JSON.createObjectBuilder().add("counts", counts).add("entries", entries).build().toString();
    }

    @POST
    @Path("resend")
    @Produces(MediaType.APPLICATION_JSON)
    public String resendAll(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admin.require(authorization);
        return JSON.createObjectBuilder().add("requeued", outbox.resend(null)).build().toString();
    }

    @POST
    @Path("{statementId}/resend")
    @Produces(MediaType.APPLICATION_JSON)
    public String resend(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @PathParam("statementId") String statementId) {
        admin.require(authorization);
        if (outbox.resend(id(statementId)) == 0) {
            throw new Problem(409, "forward_not_resendable", "Not re-sent",
                    "Only a statement whose forwarding FAILED is queued again; this one is not such a statement.");
        }
        return JSON.createObjectBuilder().add("requeued", 1).build().toString();
    }

    static JsonObject json(ForwardEntry e) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("seq", e.seq()).add("statementId", e.statementId().toString())
                .add("status", e.status().name()).add("attempts", e.attempts());
        optional(b, "nextAttemptAt", e.nextAttemptAt());
        if (e.lastHttpStatus() != null) {
            b.add("lastHttpStatus", e.lastHttpStatus());
        }
        if (e.lastMessage() != null) {
            b.add("lastMessage", e.lastMessage());
        }
        optional(b, "createdAt", e.createdAt());
        optional(b, "finishedAt", e.finishedAt());
        return b.build();
    }

    private static void optional(JsonObjectBuilder b, String name, Instant value) {
        if (value != null) {
            b.add(name, value.toString());
        }
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new Problem(404, "forward_unknown", "No such statement", "statementId is not a UUID.");
        }
    }

    private static ForwardStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ForwardStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "forward_status_unknown", "Unknown status",
                    "status is one of " + Arrays.toString(ForwardStatus.values()) + ".");
        }
    }
}
