package org.enhancedpractice.xapi.auth;

/** The LRS resources of xAPI 1.0.3 Part 3 §2, as far as scopes (§4.2) tell them apart. */
public enum LrsResource {
    STATEMENTS, STATE, ACTIVITY_PROFILE, AGENT_PROFILE, ACTIVITIES, AGENTS
}
