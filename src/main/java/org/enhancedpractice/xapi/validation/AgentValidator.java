package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Agents and Groups (xAPI 1.0.3 Part 2 §2.4.2): an Agent has exactly one inverse functional identifier; an
 * identified Group has exactly one, an anonymous Group none and a member list; members are Agents.
 */
final class AgentValidator {
    static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT_KEYS = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP_KEYS = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account",
            "member");
    private static final Set<String> ACCOUNT_KEYS = Set.of("homePage", "name");
    private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");

    private AgentValidator() {
    }

    /** An Agent or a Group, told apart by objectType (absent means Agent). */
    static void agentOrGroup(JsonValue value, String path) {
        JsonObject object = JsonShapes.object(value, path);
        JsonValue type = object.get("objectType");
        if (type != null && "Group".equals(JsonShapes.string(type, path + ".objectType"))) {
            group(object, path);
        } else {
            agent(object, path);
        }
    }

    /**
     * Part 2 §2.4.9: an authority is an Agent, or an anonymous Group of exactly two Agents (an OAuth consumer
     * identified by account, and a user) standing for that pair, never an identified Group.
     */
    static void authority(JsonValue value, String path) {
        agentOrGroup(value, path);
        JsonObject authority = value.asJsonObject();
        if ("Group".equals(authority.getString("objectType", "Agent"))) {
            if (countIfis(authority) > 0) {
                throw new InvalidStatement(path, Rule.AUTHORITY_GROUP,
                        "a Group authority is the anonymous pair of OAuth consumer and user, not an identified Group");
            }
            if (!(authority.get("member") instanceof jakarta.json.JsonArray members) || members.size() != 2) {
                throw new InvalidStatement(path + ".member", Rule.AUTHORITY_GROUP,
                        "a Group authority has exactly two members (OAuth consumer and user)");
            }
            if (members.stream().noneMatch(m -> m.asJsonObject().containsKey("account"))) {
                throw new InvalidStatement(path + ".member", Rule.AUTHORITY_GROUP,
                        "one member of a Group authority is the OAuth consumer, identified by account");
            }
        }
    }

    static void agent(JsonValue value, String path) {
        JsonObject agent = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(agent, path, AGENT_KEYS);
        JsonValue type = agent.get("objectType");
        if (type != null && !"Agent".equals(JsonShapes.string(type, path + ".objectType"))) {
            throw new InvalidStatement(path + ".objectType", Rule.OBJECT_TYPE, "must be \"Agent\"");
        }
        common(agent, path);
        if (countIfis(agent) != 1) {
            throw new InvalidStatement(path, Rule.IFI_COUNT, "an Agent needs exactly one of " + IFIS);
        }
    }

    static void group(JsonValue value, String path) {
        JsonObject group = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(group, path, GROUP_KEYS);
        if (!"Group".equals(JsonShapes.string(JsonShapes.required(group, "objectType", path), path + ".objectType"))) {
            throw new InvalidStatement(path + ".objectType", Rule.OBJECT_TYPE, "must be \"Group\"");
        }
        common(group, path);
        int ifis = countIfis(group);
        if (ifis > 1) {
            throw new InvalidStatement(path, Rule.IFI_COUNT, "a Group has at most one of " + IFIS);
        }
        if (ifis == 0 && !group.containsKey("member")) {
            throw new InvalidStatement(path + ".member", Rule.ANONYMOUS_GROUP_MEMBERS, "an anonymous Group lists its members");
        }
        JsonShapes.ifPresent(group, "member", path, AgentValidator::members);
    }

    private static void members(JsonValue value, String path) {
        var members = JsonShapes.array(value, path);
        for (int i = 0; i < members.size(); i++) {
            JsonObject member = JsonShapes.object(members.get(i), path + "[" + i + "]");
            if ("Group".equals(member.getString("objectType", "Agent"))) {
                throw new InvalidStatement(path + "[" + i + "]", Rule.GROUP_MEMBER, "a Group's members are Agents");
            }
            agent(member, path + "[" + i + "]");
        }
    }

    private static void common(JsonObject actor, String path) {
        JsonShapes.ifPresent(actor, "name", path, JsonShapes::string);
        JsonShapes.ifPresent(actor, "mbox", path, AgentValidator::mbox);
        JsonShapes.ifPresent(actor, "mbox_sha1sum", path, AgentValidator::sha1);
        JsonShapes.ifPresent(actor, "openid", path, JsonShapes::iri);
        JsonShapes.ifPresent(actor, "account", path, AgentValidator::account);
    }

    private static int countIfis(JsonObject actor) {
        return (int) IFIS.stream().filter(key -> actor.containsKey(key) && actor.get(key) != JsonValue.NULL).count();
    }

    private static void mbox(JsonValue value, String path) {
        String mbox = JsonShapes.string(value, path);
        if (!mbox.startsWith("mailto:") || mbox.indexOf('@') < 8) {
            throw new InvalidStatement(path, Rule.MBOX_MAILTO, "must be a mailto: IRI with an email address");
        }
    }

    private static void sha1(JsonValue value, String path) {
        if (!SHA1.matcher(JsonShapes.string(value, path)).matches()) {
            throw new InvalidStatement(path, Rule.SHA1_HEX, "must be a hex-encoded SHA-1 of a mailto IRI");
        }
    }

    private static void account(JsonValue value, String path) {
        JsonObject account = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(account, path, ACCOUNT_KEYS);
        JsonShapes.iri(JsonShapes.required(account, "homePage", path), path + ".homePage");
        JsonShapes.string(JsonShapes.required(account, "name", path), path + ".name");
    }
}
