/**
 * The Learning Record Store. This first slice stores statements whole (xAPI 1.0.3 Part 3 §2.1) with the
 * properties the LRS sets itself (id, stored, authority, version: Part 2 §2.4.8–2.4.10) and announces each stored
 * statement after commit. The HTTP resources of the full LRS build on this table.
 */
package org.enhancedpractice.xapi;
