/**
 * The cmi5 LMS side (cmi5 quartz): registrations (§8.1.4), AU launch with the launch URL parameters (§8.1),
 * the one-time fetch URL (§8.2), LMS.LaunchData (§10), the LMS's statements launched / satisfied / abandoned /
 * waived (§9.3), moveOn evaluation (§13.1.4, §9.3.9), and the statement rules the LRS applies to AU credentials
 * (§9.3 ordering, §9.5 result rules, §6.3).
 */
package org.enhancedpractice.content.cmi5;
