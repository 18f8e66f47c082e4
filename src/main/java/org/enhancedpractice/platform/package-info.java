/**
 * Cross-cutting foundations every capability may use and which depend on nothing else in the tool:
 * configuration ({@link org.enhancedpractice.platform.ToolSettings}), the start-up sequence and its fail-fast
 * checks, the data source and versioned schema migrations, RFC 9457 problem details and their HTML twin for
 * people, the injected clock and persisted secrets.
 */
package org.enhancedpractice.platform;
