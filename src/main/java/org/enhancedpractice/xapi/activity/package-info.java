/**
 * The Activities resource and the LRS's canonical Activity definitions (xAPI 1.0.3 Part 3 §2.5, Part 2 §2.4.4.1),
 * learned from statements written with the {@code define} scope (Part 3 §4.2).
 */
package org.enhancedpractice.xapi.activity;
