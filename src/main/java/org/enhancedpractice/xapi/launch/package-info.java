/**
 * Launch-scoped LRS credentials: short-lived HTTP Basic tokens limited to one actor, registration and activity, as
 * cmi5 (quartz) §8.2.3 needs for the fetch auth-token, and the {@link org.enhancedpractice.xapi.launch.StatementPolicy}
 * SPI through which other capabilities veto statements written with them. The LRS enforces the scope (xAPI 1.0.3
 * Part 3 §4: the limits of a credential are in addition to its scopes); it knows nothing about cmi5 itself.
 */
package org.enhancedpractice.xapi.launch;
