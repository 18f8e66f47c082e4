package org.enhancedpractice.lti.services;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enhancedpractice.lti.LtiClaims;
import org.enhancedpractice.lti.launch.LtiRoles;
import org.enhancedpractice.lti.registry.Registration;

/** Names and Role Provisioning Services 2.0 client: every page of a context's memberships. */
@ApplicationScoped
public class Memberships {
    static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int MAX_PAGES = 200;

    @Inject ServiceTokens tokens;

    /** @param resourceLinkId when given, the roster of people who can see that link (NRPS 2.0 §2.5, {@code rlid}). */
    public Roster fetch(Registration registration, URI membershipsUrl, String resourceLinkId) {
        AccessToken token = tokens.token(registration, Set.of(LtiClaims.SCOPE_NRPS));
        if (!token.grantedScopes().contains(LtiClaims.SCOPE_NRPS)) {
            throw new ServiceCallFailed("platform_scope_not_granted", "The platform did not grant the membership scope.");
        }
        URI next = resourceLinkId == null ? membershipsUrl : withQuery(membershipsUrl, "rlid", resourceLinkId);
        List<Member> members = new ArrayList<>();
        URI differences = null;
        int pages = 0;
        while (next != null && pages < MAX_PAGES) {
            HttpResponse<String> page = PlatformHttp.send(PlatformHttp.request(next).header("Accept", MEDIA_TYPE)
                    .header("Authorization", "Bearer " + token.value()).GET().build(), "platform_roster_unavailable");
            if (page.statusCode() != 200) {
                throw new ServiceCallFailed("platform_roster_refused", next + " answered HTTP " + page.statusCode()
                        + ": " + PlatformHttp.abbreviate(page.body()));
            }
            members.addAll(members(page.body()));
            Map<String, URI> links = LinkHeader.parse(page.headers().allValues("Link"), next);
            differences = links.getOrDefault("differences", differences);
            next = links.get("next");
            pages++;
        }
        return new Roster(members, differences, pages);
    }

    static List<Member> members(String body) {
        JsonObject container;
        try {
            container = JSON.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ServiceCallFailed("platform_roster_invalid", "The membership page is not JSON: " + e.getMessage());
        }
        if (!(container.get("members") instanceof jakarta.json.JsonArray array)) {
            throw new ServiceCallFailed("platform_roster_invalid", "The membership page has no members array.");
        }
        List<Member> members = new ArrayList<>();
        for (JsonObject m : array.getValuesAs(JsonObject.class)) {
            List<String> roles = m.containsKey("roles")
                    ? m.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                    : List.of();
            members.add(new Member(m.getString("user_id"), LtiRoles.of(roles), m.getString("status", null),
                    m.getString("name", null), m.getString("given_name", null), m.getString("family_name", null)));
        }
        return members;
    }

    /** Adds a parameter, keeping any query the platform put in the URL. */
    static URI withQuery(URI url, String name, String value) {
        String separator = url.getRawQuery() == null ? "?" : "&";
        return URI.create(url + separator + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
