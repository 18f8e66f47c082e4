/**
 * JMH micro-benchmarks: the tool's id_token validation (Security Framework 1.0 §5.1.3 plus the LTI Core 1.3
 * message rules) on a pre-signed RS256 token, and the platform-side cost of signing one, which the load client
 * pays once per launch.
 */
package org.enhancedpractice.bench.jmh;
