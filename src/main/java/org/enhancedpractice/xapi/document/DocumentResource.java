package org.enhancedpractice.xapi.document;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.persistence.JpaDocumentStore.DocumentStamp;
import org.enhancedpractice.xapi.protocol.LrsRequestFilter;

/**
 * What the three document resources share (xAPI 1.0.3 Part 3 §2.2): with the id parameter, GET (HEAD), PUT, POST and
 * DELETE act on one document; without it GET lists the ids (optionally {@code since}) and, for State only, DELETE
 * removes the whole context. GET answers carry the document's Content-Type, a quoted SHA-1 ETag (§3.1) and
 * Last-Modified (§2.2 "Last Modified"); writes answer 204. Public because Jersey finds resource methods only on
 * public classes.
 */
public abstract class DocumentResource {
    @Inject LrsDocuments documents;
    @Context HttpServletRequest request;
    @Context UriInfo uri;
    @Context HttpHeaders headers;

    /** The parameter naming one document (stateId or profileId). */
    abstract String idParam();

    /** The parameters a write (PUT, POST, DELETE) takes; reads also take {@code since}. */
    abstract Set<String> writeParams();

    /** The context the parameters name, after checking the client may touch it. */
    abstract DocumentContext context(DocumentParams params, LrsClient client);

    /** The registration parameter (State only). */
    String registration(DocumentParams params) {
        return null;
    }

    /** DELETE without the id parameter: only State allows it (§2.3 "Multiple Document DELETE"). */
    boolean deletesContexts() {
        return false;
    }

    @GET
    public Response get() {
        DocumentParams params = params(readParams());
        DocumentContext context = context(params, client());
        if (params.has(idParam())) {
            StoredDocument document = documents.get(context.document(registration(params), params.required(idParam())))
                    .orElseThrow(() -> new LrsProblem(404, LrsProblem.DOCUMENT_NOT_FOUND, "No such document",
                            "No document with that " + idParam() + " here"));
            return Response.ok(document.content()).type(document.contentType()).tag(document.quotedEtag())
                    .lastModified(Date.from(document.updated())).build();
        }
        return ids(documents.ids(context, registration(params), params.since()));
    }

    @PUT
    public Response put(byte[] body) {
        DocumentParams params = params(writeParams());
        documents.put(key(params), preconditions(), contentType(), body);
        return Response.noContent().build();
    }

    @POST
    public Response post(byte[] body) {
        DocumentParams params = params(writeParams());
        documents.post(key(params), preconditions(), contentType(), body);
        return Response.noContent().build();
    }

    @DELETE
    public Response delete() {
        DocumentParams params = params(writeParams());
        if (!params.has(idParam()) && deletesContexts()) {
            documents.deleteAll(context(params, client()), registration(params));
        } else {
            documents.delete(key(params), preconditions());
        }
        return Response.noContent().build();
    }

    private Set<String> readParams() {
        Set<String> read = new java.util.HashSet<>(writeParams());
        read.add(DocumentParams.SINCE);
        return read;
    }

    private DocumentKey key(DocumentParams params) {
        DocumentContext context = context(params, client());
        return context.document(registration(params), params.required(idParam()));
    }

    private static Response ids(List<DocumentStamp> stamps) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        stamps.stream().map(DocumentStamp::documentId).distinct().forEach(list::add);
        byte[] body = list.build().toString().getBytes(StandardCharsets.UTF_8);
        Response.ResponseBuilder response = Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE)
                .tag('"' + ETags.of(body) + '"');
        stamps.stream().map(DocumentStamp::updated).max(Instant::compareTo)
                .ifPresent(last -> response.lastModified(Date.from(last)));
        return response.build();
    }

    private DocumentParams params(Set<String> allowed) {
        return new DocumentParams(uri.getQueryParameters(), allowed);
    }

    private Preconditions preconditions() {
        return new Preconditions(headers.getHeaderString(HttpHeaders.IF_MATCH),
                headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
    }

    private String contentType() {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return type == null || type.isBlank() ? LrsDocuments.DEFAULT_TYPE : type.trim();
    }

    LrsClient client() {
        return (LrsClient) request.getAttribute(LrsRequestFilter.CLIENT);
    }
}
