/** Statements: storing them whole with their index columns, and the after-commit event (xAPI 1.0.3 Part 3 §2.1). */
package org.enhancedpractice.xapi.statement;
