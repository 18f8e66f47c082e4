/**
 * Statements: accepting them (xAPI 1.0.3 Part 3 §2.1.1–2.1.2: PUT, POST, conflicts, voiding of Part 2 §2.3.2),
 * completing what the LRS owns (Part 2 §2.4.1, §2.4.7–2.4.10), storing them whole with index tables, reading them
 * back by id or query with a `more` cursor (Part 3 §2.1.3), and the after-commit {@link
 * org.enhancedpractice.xapi.statement.StatementStored} event.
 */
package org.enhancedpractice.xapi.statement;
