package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
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
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.auth.LrsResource;
import org.enhancedpractice.xapi.persistence.StatementRow;
import org.enhancedpractice.xapi.protocol.LrsEndpoint;
import org.enhancedpractice.xapi.protocol.LrsRequestFilter;
import org.enhancedpractice.xapi.protocol.ScopedAs;

/** The Statement resource, {@code <base>/xapi/statements} (xAPI 1.0.3 Part 3 §2.1). */
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
    @Context HttpServletRequest request;
    @Context UriInfo uri;

    @PUT
    public Response put(String body) {
        statements.put(uuid(single("statementId"), "statementId"), parse(body), client());
        return consistent(Response.noContent()).build();
    }

    @POST
    public Response post(String body) {
        JsonValue json = parse(body);
        List<JsonValue> batch = json instanceof JsonArray array ? array : List.of(json);
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        statements.post(batch, client()).forEach(id -> ids.add(id.toString()));
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
        JsonArrayBuilder list = JSON.createArrayBuilder();
        page.statements().forEach(list::add);
        JsonObjectBuilder result = JSON.createObjectBuilder().add("statements", list)
                .add("more", page.more().map(this::moreUrl).orElse(""));
        Instant modified = page.lastStored() == null ? store.now() : page.lastStored();
        return consistent(Response.ok(result.build().toString())).lastModified(Date.from(modified)).build();
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
        String json = StatementFormats.apply(StatementStore.parse(row.json()), format).toString();
        return consistent(Response.ok(json)).lastModified(Date.from(row.stored())).build();
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

    private static JsonValue parse(String body) {
        try {
            return JSON.createReader(new StringReader(body == null ? "" : body)).readValue();
        } catch (JsonException e) {
            throw LrsProblem.badRequest(LrsProblem.BAD_REQUEST, "The body is not JSON: " + e.getMessage());
        }
    }
}
