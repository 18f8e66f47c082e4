/**
 * Apprenticeship standard catalogues as versioned data (format in {@code content-packages/README.md} §4): the
 * standard's reference, version, level, duration, funding band, off-the-job rules, EPA methods and KSBs, plus the CSV
 * importer for KSB lists. Catalogues written for demonstration carry {@code illustrative: true}.
 */
package org.enhancedpractice.content.standard;
