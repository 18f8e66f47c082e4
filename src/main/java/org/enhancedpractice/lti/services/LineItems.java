package org.enhancedpractice.lti.services;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.enhancedpractice.lti.LtiClaims;
import org.enhancedpractice.lti.registry.Registration;

/**
 * AGS 2.0 line item and result client: find line items with filters (§3.2.6), create one (§3.2.7), read results
 * (§3.3). Collections are followed page by page through RFC 8288 {@code Link: rel="next"} headers, read leniently.
 */
@ApplicationScoped
public class LineItems {
    static final int MAX_PAGES = 100;

    @Inject ServiceTokens tokens;

    /** Every line item of the container that matches the query (platforms may ignore the filters). */
    public List<LineItem> find(Registration registration, Set<String> tokenScopes, URI container, LineItemQuery query) {
        Authorised call = granted(registration, tokenScopes, LtiClaims.SCOPE_AGS_LINEITEM,
                LtiClaims.SCOPE_AGS_LINEITEM_READONLY);
        List<LineItem> items = readAll(call, query.apply(container), LineItem.CONTAINER_MEDIA_TYPE,
                json -> array(json).getValuesAs(JsonObject.class).stream().map(LineItem::fromJson).toList());
        return items.stream().filter(query::matches).toList();
    }

    /** Creates a line item; needs the {@code lineitem} scope, which Moodle grants only for "column management". */
    public LineItem create(Registration registration, Set<String> tokenScopes, URI container, LineItem item) {
        Authorised call = granted(registration, tokenScopes, LtiClaims.SCOPE_AGS_LINEITEM);
        HttpResponse<String> response = PlatformHttp.send(PlatformHttp.request(container)
                .header("Content-Type", LineItem.MEDIA_TYPE).header("Accept", LineItem.MEDIA_TYPE)
                .header("Authorization", "Bearer " + call.token().value())
                .POST(HttpRequest.BodyPublishers.ofString(item.toJson().toString())).build(),
                "platform_lineitem_unavailable");
        check(call, container, response);
        if (!(parse(response.body()) instanceof JsonObject created)) {
            throw new ServiceCallFailed("platform_lineitem_invalid", "The created line item is not a JSON object.");
        }
        return LineItem.fromJson(created);
    }

    /** The results of a line item, for one user when {@code userId} is given (AGS 2.0 §3.3.4). */
    public List<Result> results(Registration registration, Set<String> tokenScopes, URI lineItem, String userId) {
        Authorised call = granted(registration, tokenScopes, LtiClaims.SCOPE_AGS_RESULT_READONLY);
        URI url = ServiceUrls.append(lineItem, "results");
        if (userId != null) {
            url = Memberships.withQuery(url, "user_id", userId);
        }
        return readAll(call, url, Result.CONTAINER_MEDIA_TYPE,
                json -> array(json).getValuesAs(JsonObject.class).stream().map(Result::fromJson).toList());
    }

    private <T> List<T> readAll(Authorised call, URI first, String mediaType, Function<JsonStructure, List<T>> read) {
        List<T> all = new ArrayList<>();
        URI next = first;
        for (int pages = 0; next != null && pages < MAX_PAGES; pages++) {
            HttpResponse<String> page = PlatformHttp.send(PlatformHttp.request(next).header("Accept", mediaType)
                    .header("Authorization", "Bearer " + call.token().value()).GET().build(),
                    "platform_lineitem_unavailable");
            check(call, next, page);
            all.addAll(read.apply(parse(page.body())));
            next = LinkHeader.parse(page.headers().allValues("Link"), next).get("next");
        }
        return all;
    }

    private Authorised granted(Registration registration, Set<String> tokenScopes, String... anyOf) {
        AccessToken token = tokens.token(registration, tokenScopes);
        for (String scope : anyOf) {
            if (token.grantedScopes().contains(scope)) {
                return new Authorised(registration, tokenScopes, token);
            }
        }
        throw new ServiceCallFailed("platform_scope_not_granted", "The platform granted " + token.grantedScopes()
                + ", none of " + List.of(anyOf) + ".", true);
    }

    /** A 401 means the cached token is no longer accepted: it is dropped, and the failure is worth a retry. */
    private void check(Authorised call, URI url, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401) {
            tokens.forget(call.registration(), call.scopes());
        }
        if (status < 200 || status >= 300) {
            throw ServiceCallFailed.answered("platform_lineitem_refused", url, status, response.body());
        }
    }

    private record Authorised(Registration registration, Set<String> scopes, AccessToken token) {
    }

    private static JsonStructure parse(String body) {
        try {
            return JSON.createReader(new StringReader(body)).read();
        } catch (JsonException | IllegalStateException e) {
            throw new ServiceCallFailed("platform_lineitem_invalid", "The answer is not JSON: " + e.getMessage());
        }
    }

    /** Containers are JSON arrays (AGS 2.0 §3.2.6, §3.3.4). */
    private static JsonArray array(JsonStructure json) {
        if (json instanceof JsonArray array) {
            return array;
        }
        throw new ServiceCallFailed("platform_lineitem_invalid", "A container answer is not a JSON array.");
    }
}
