package org.enhancedpractice.lti.deeplinking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One placement chosen by a tutor: a module (course id) or one of its units (AU id), with the gradebook line that
 * goes with it when the platform accepts line items (Deep Linking 2.0 §3.1 lineItem).
 */
public record ContentItem(String title, String text, String moduleId, String unitId, LineItem lineItem) {
    /** label, scoreMaximum, resourceId and tag of the line item the platform creates (AGS 2.0 §3.2). */
    public record LineItem(String label, BigDecimal scoreMaximum, String resourceId, String tag) {
    }

    public ContentItem {
        Objects.requireNonNull(title);
        Objects.requireNonNull(moduleId);
    }
}
