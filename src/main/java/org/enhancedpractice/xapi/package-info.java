/**
 * The Learning Record Store at {@code <base>/xapi/}. This slice: statement validation (xAPI 1.0.3 Part 2 §2.2–2.4,
 * {@code validation}), the Statement resource with PUT, POST, GET by id and query with a stable `more` cursor and
 * voiding (Part 3 §2.1, {@code statement}), the About resource (§2.4, {@code about}), the version header and HTTP
 * Basic clients with scopes (§4, §6.2, {@code protocol}, {@code auth}). Every stored statement is announced after
 * commit with {@link org.enhancedpractice.xapi.statement.StatementStored}.
 */
package org.enhancedpractice.xapi;
