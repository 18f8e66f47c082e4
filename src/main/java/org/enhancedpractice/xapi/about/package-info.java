/** The About resource (xAPI 1.0.3 Part 3 §2.4): the versions this LRS speaks, open to everyone. */
package org.enhancedpractice.xapi.about;
