package org.enhancedpractice.xapi.validation;

import static org.enhancedpractice.xapi.validation.Statements.with;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Authority (xAPI 1.0.3 Part 2 §2.4.9): an Agent, or a Group of exactly two Agents with the OAuth consumer by account. */
class AuthorityTest {
    private static final String CONSUMER = "{'account':{'homePage':'https://lrs.example/OAuth/Token','name':'oauth_consumer_x75db'}}";
    private static final String USER = "{'mbox':'mailto:bob@example.com'}";

    @Test
    void acceptsAgentAndTwoMemberOAuthGroup() {
        assertDoesNotThrow(() -> StatementValidator.validate(with("'authority':" + USER)));
        assertDoesNotThrow(() -> StatementValidator.validate(with(
                "'authority':{'objectType':'Group','member':[" + CONSUMER + "," + USER + "]}")));
    }

    @Test
    void rejectsGroupAuthorityWithThreeMembers() {
        InvalidStatement e = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(with(
                "'authority':{'objectType':'Group','member':[" + CONSUMER + "," + USER + ",{'mbox':'mailto:c@example.com'}]}")));
        assertEquals("$.authority.member", e.property());
        assertEquals("authority-group", e.rule().code());
    }

    @Test
    void rejectsIdentifiedGroupAuthority() {
        InvalidStatement e = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(with(
                "'authority':{'objectType':'Group','mbox':'mailto:team@example.com','member':[" + CONSUMER + "," + USER + "]}")));
        assertEquals("$.authority", e.property());
        assertEquals("authority-group", e.rule().code());
    }

    @Test
    void rejectsGroupAuthorityWithOneMember() {
        InvalidStatement e = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(with(
                "'authority':{'objectType':'Group','member':[" + CONSUMER + "]}")));
        assertEquals("authority-group", e.rule().code());
    }

    @Test
    void rejectsGroupAuthorityWithoutAccountConsumer() {
        InvalidStatement e = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(with(
                "'authority':{'objectType':'Group','member':[" + USER + ",{'mbox':'mailto:c@example.com'}]}")));
        assertEquals("authority-group", e.rule().code());
    }

    @Test
    void rejectsGroupAuthorityWithGroupMember() {
        InvalidStatement e = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(with(
                "'authority':{'objectType':'Group','member':[" + CONSUMER + ",{'objectType':'Group','member':[" + USER + "]}]}")));
        assertEquals("group-member", e.rule().code());
    }
}
