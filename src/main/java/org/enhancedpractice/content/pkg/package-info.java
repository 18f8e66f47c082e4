/**
 * Reading one content package: {@code cmi5.xml} as cmi5 §13.1 defines it (course, blocks, AUs, with foreign-namespace
 * extension elements allowed by the {@code anyElement} group) plus the tool's own extension elements in
 * {@link org.enhancedpractice.content.pkg.EptNamespace#URI}. Every problem is reported with file, element and reason;
 * the format is documented in {@code content-packages/README.md}.
 */
package org.enhancedpractice.content.pkg;
