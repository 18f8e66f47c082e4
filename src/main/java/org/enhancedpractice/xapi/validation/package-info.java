/**
 * Statement validation, one small validator per object kind, following xAPI 1.0.3 Part 2 §2.2–2.4 (Statement
 * properties) and the "LRS requirements" bullets of each section. Every refusal is a {@link
 * org.enhancedpractice.xapi.validation.InvalidStatement} naming the JSON path of the property and a stable
 * {@link org.enhancedpractice.xapi.validation.Rule} code; xAPI 1.0.3 Part 3 §3.2 mandates 400 for all of them.
 * The model is JSON-P; nothing here touches storage or HTTP.
 */
package org.enhancedpractice.xapi.validation;
