/**
 * Content: the module catalogue loaded from cmi5 content packages (cmi5 §13–14) with the tool's blended-learning
 * metadata, apprenticeship standard catalogues (KSBs), the files of each package, and the cmi5 LMS side of an AU
 * launch (cmi5 §8–10). Uses {@code platform} and the public API of {@code xapi}.
 */
package org.enhancedpractice.content;
