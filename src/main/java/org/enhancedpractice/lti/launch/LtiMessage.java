package org.enhancedpractice.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enhancedpractice.lti.LtiClaims;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.registry.Deployment;
import org.enhancedpractice.lti.registry.Registration;

/** The LTI message rules over an already verified claim set (LTI Core 1.3 §5.3–5.4, Deep Linking 2.0 §4.4). */
final class LtiMessage {
    static final Set<String> SUPPORTED_TYPES = Set.of(LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST);
    private final JWTClaimsSet claims;

    LtiMessage(JWTClaimsSet claims) {
        this.claims = claims;
    }

    /** Core §5.3.2 and §5.3.1. A message without a version is not an LTI 1.3 message at all. */
    String checkVersionAndType() {
        String version = requiredString(LtiClaims.VERSION, LtiError.LAUNCH_MISSING_VERSION);
        if (!LtiClaims.LTI_VERSION.equals(version)) {
            throw LtiError.LAUNCH_WRONG_VERSION.problem("version is '" + version + "', only 1.3.0 is supported.");
        }
        String type = requiredString(LtiClaims.MESSAGE_TYPE, LtiError.LAUNCH_MISSING_MESSAGE_TYPE);
        if (!SUPPORTED_TYPES.contains(type)) {
            throw LtiError.LAUNCH_UNSUPPORTED_MESSAGE_TYPE.problem("message_type '" + type + "' is not one of "
                    + SUPPORTED_TYPES + ".");
        }
        return type;
    }

    LtiLaunch toLaunch(Registration registration, Deployment deployment, String messageType) {
        String subject = requiredString("sub", LtiError.LAUNCH_MISSING_SUB);
        LtiRoles roles = roles();
        String target = requiredString(LtiClaims.TARGET_LINK_URI, LtiError.LAUNCH_MISSING_TARGET_LINK_URI);
        LtiLaunch.ResourceLink link = null;
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)) {
            link = resourceLink();
        } else if (!(claims.getClaim(LtiClaims.DEEP_LINKING_SETTINGS) instanceof Map<?, ?>)) {
            throw LtiError.LAUNCH_MISSING_DEEP_LINKING_SETTINGS.problem("An LtiDeepLinkingRequest needs the "
                    + "deep_linking_settings claim (Deep Linking 2.0 §4.4.1).");
        }
        return new LtiLaunch(registration, deployment, messageType, subject, roles, link, context(), person(), target,
                claims.getClaims());
    }

    /** Core §5.3.7: required, may be empty; entries that are not strings are a malformed claim. */
    private LtiRoles roles() {
        Object value = claims.getClaim(LtiClaims.ROLES);
        if (value == null) {
            throw LtiError.LAUNCH_MISSING_ROLES.problem("The roles claim is required (it may be an empty array).");
        }
        if (!(value instanceof List<?> list)) {
            throw LtiError.LAUNCH_INVALID_CLAIM.problem("roles must be an array of strings.");
        }
        List<String> roles = new ArrayList<>();
        for (Object role : list) {
            if (!(role instanceof String text)) {
                throw LtiError.LAUNCH_INVALID_CLAIM.problem("roles must be an array of strings.");
            }
            roles.add(text);
        }
        return LtiRoles.of(roles);
    }

    /** Core §5.3.5: resource_link with a non-empty id of at most 255 characters. */
    private LtiLaunch.ResourceLink resourceLink() {
        Map<String, Object> link = object(LtiClaims.RESOURCE_LINK);
        Object id = link == null ? null : link.get("id");
        if (!(id instanceof String text) || text.isBlank()) {
            throw LtiError.LAUNCH_MISSING_RESOURCE_LINK.problem("An LtiResourceLinkRequest needs resource_link.id.");
        }
        if (text.length() > 255) {
            throw LtiError.LAUNCH_INVALID_CLAIM.problem("resource_link.id is longer than 255 characters.");
        }
        return new LtiLaunch.ResourceLink(text, string(link, "title"), string(link, "description"));
    }

    /** Core §5.4.1: optional; when present its id is required. */
    private LtiLaunch.LaunchContext context() {
        Map<String, Object> context = object(LtiClaims.CONTEXT);
        if (context == null) {
            return null;
        }
        String id = string(context, "id");
        if (id == null || id.isBlank()) {
            throw LtiError.LAUNCH_INVALID_CLAIM.problem("The context claim needs an id (LTI Core §5.4.1).");
        }
        return new LtiLaunch.LaunchContext(id, string(context, "label"), string(context, "title"));
    }

    private LtiLaunch.Person person() {
        Map<String, Object> all = claims.getClaims();
        return new LtiLaunch.Person(string(all, "name"), string(all, "given_name"), string(all, "family_name"),
                string(all, "email"));
    }

    String requiredString(String claim, LtiError missing) {
        Object value = claims.getClaim(claim);
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw missing.problem("The claim " + claim + " is required.");
        }
        if (!(value instanceof String text)) {
            throw LtiError.LAUNCH_INVALID_CLAIM.problem("The claim " + claim + " must be a string.");
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(String claim) {
        Object value = claims.getClaim(claim);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            throw LtiError.LAUNCH_INVALID_CLAIM.problem("The claim " + claim + " must be a JSON object.");
        }
        return (Map<String, Object>) value;
    }

    private static String string(Map<String, Object> map, String key) {
        return map.get(key) instanceof String s ? s : null;
    }
}
