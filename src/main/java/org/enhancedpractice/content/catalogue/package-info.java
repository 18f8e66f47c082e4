/**
 * The module catalogue: every package the tool knows (shipped, the configured folder, uploads), the standards they
 * map to, and the problems of those that were refused; the catalogue API and pages, and the package files.
 */
package org.enhancedpractice.content.catalogue;
