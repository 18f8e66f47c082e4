/** The Agents resource of the LRS (xAPI 1.0.3 Part 3 §2.4): a Person object for an Agent. */
package org.enhancedpractice.xapi.agent;
