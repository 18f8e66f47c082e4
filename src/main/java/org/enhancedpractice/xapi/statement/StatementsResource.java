package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.Xapi;
import org.enhancedpractice.xapi.XapiVersion;
import org.enhancedpractice.xapi.attachment.AttachmentStore;
import org.enhancedpractice.xapi.attachment.MultipartMixed;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.auth.LrsResource;
import org.enhancedpractice.xapi.persistence.StatementRow;
import org.enhancedpractice.xapi.protocol.LrsEndpoint;
import org.enhancedpractice.xapi.protocol.LrsRequestFilter;
import org.enhancedpractice.xapi.protocol.ScopedAs;

/**
 * The Statement resource, {@code <base>/xapi/statements} (xAPI 1.0.3 Part 3 §2.1): JSON or multipart/mixed
 * statements in (§1.5), JSON or, with {@code attachments=true}, multipart/mixed out (§2.1.3).
 */
@Path("xapi/statements")
@LrsEndpoint
@ScopedAs(LrsResource.STATEMENTS)
@Produces(MediaType.APPLICATION_JSON)
public class StatementsResource {
    private static final Set<String> SINGLE_PARAMS = Set.of("statementId", "voidedStatementId", "format", "attachments");

    @Inject LrsStatements statements;
    @Inject StatementReader reader;
    @Inject StatementStore store;
    @Inject ToolSettings settings;
    @Inject AttachmentStore attachmentStore;
    @Context HttpServletRequest request;
    @Context UriInfo uri;
    @Context HttpHeaders headers;

    @PUT
    public Response put(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        statements.put(uuid(single("statementId"), "statementId"), StatementBodies.read(contentType, body, version()),
                client());
        return consistent(Response.noContent()).build();
    }

    @POST
    public Response post(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        statements.post(StatementBodies.read(contentType, body, version()), client()).forEach(id -> ids.add(id.toString()));
        return consistent(Response.ok(ids.build().toString())).build();
    }

    @GET
    public Response get() {
        Map<String, List<String>> params = uri.getQueryParameters();
        if (params.containsKey("statementId") || params.containsKey("voidedStatementId")) {
            return single(params);
        }
        StatementQuery query = StatementQueryParser.parse(params);
        StatementReader.Page page = reader.query(query, client());
        List<JsonObject> found = canonical(page.statements(), query.format());
        JsonArrayBuilder list = JSON.createArrayBuilder();
        found.forEach(list::add);
        JsonObjectBuilder result = JSON.createObjectBuilder().add("statements", list)
                .add("more", page.more().map(this::moreUrl).orElse(""));
        Instant modified = page.lastStored() == null ? store.now() : page.lastStored();
        return consistent(answer(result.build().toString(), found)).lastModified(Date.from(modified)).build();
    }

    private Response single(Map<String, List<String>> params) {
        for (String name : params.keySet()) {
            if (!SINGLE_PARAMS.contains(name)) {
                throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, name + " cannot be combined with a statement id");
            }
        }
        boolean voided = params.containsKey("voidedStatementId");
        if (voided && params.containsKey("statementId")) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, "give statementId or voidedStatementId, not both");
        }
        String name = voided ? "voidedStatementId" : "statementId";
        StatementRow row = reader.single(uuid(single(name), name), voided, client()).orElseThrow(
                () -> new LrsProblem(404, LrsProblem.NOT_FOUND, "No " + (voided ? "voided " : "") + "statement with that id"));
        StatementQuery.Format format = StatementQueryParser.format(single("format"));
        List<JsonObject> found = canonical(List.of(StatementFormats.apply(StatementStore.parse(row.json()), format)), format);
        return consistent(answer(found.get(0).toString(), found)).lastModified(Date.from(row.stored())).build();
    }

    /** JSON, or multipart/mixed with the attachments' data when {@code attachments=true} (Part 3 §2.1.3). */
    private Response.ResponseBuilder answer(String json, List<JsonObject> found) {
        String attachments = single("attachments");
        if (attachments != null && !attachments.equals("true") && !attachments.equals("false")) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, "attachments must be true or false");
        }
        if (!"true".equals(attachments)) {
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
        }
        MultipartMixed.Written written = attachmentStore.multipart(json, found);
        return Response.ok(written.body(), written.contentType());
    }

    private List<JsonObject> canonical(List<JsonObject> found, StatementQuery.Format format) {
        if (format != StatementQuery.Format.CANONICAL) {
            return found;
        }
        CanonicalFormat canonical = CanonicalFormat.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return found.stream().map(canonical::apply).toList();
    }

    private Response.ResponseBuilder consistent(Response.ResponseBuilder response) {
        return response.header(Xapi.HEADER_CONSISTENT_THROUGH, StatementCompletion.format(store.now()));
    }

    private String moreUrl(String cursor) {
        return URI.create(settings.baseUrl()).getPath() + "/xapi/statements?more=" + cursor;
    }

    private LrsClient client() {
        return (LrsClient) request.getAttribute(LrsRequestFilter.CLIENT);
    }

    private String single(String name) {
        List<String> values = uri.getQueryParameters().get(name);
        if (values != null && values.size() > 1) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, name + " must appear once");
        }
        return values == null ? null : values.get(0);
    }

    private static UUID uuid(String value, String name) {
        if (value == null || !value.matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, name + " must be a UUID");
        }
        return UUID.fromString(value);
    }

    private XapiVersion version() {
        return request.getAttribute(LrsRequestFilter.VERSION) instanceof XapiVersion v ? v : XapiVersion.V1_0_3;
    }
}
