package org.enhancedpractice.lti.grades;

import java.net.URI;

/**
 * Which gradebook column a grade goes to. {@link #forLink()}: the resource link's own line item (the launch's
 * {@code lineitem}, else the one found by {@code resource_link_id}, else one created for the link). With a
 * {@code resourceId} or {@code tag}, the item of the link's context with those (AGS 2.0 §3.2.6), created when missing
 * and the platform allows it. With {@code url}: exactly that line item. {@code label} is used only to create one
 * (default: the resource link's title); a created item's scoreMaximum is the grade's.
 */
public record LineItemChoice(URI url, String label, String resourceId, String tag) {
    public static LineItemChoice forLink() {
        return new LineItemChoice(null, null, null, null);
    }

    public static LineItemChoice exactly(URI url) {
        return new LineItemChoice(url, null, null, null);
    }

    /** The link's own line item: the one the launch names and the tool remembers for the link. */
    public boolean isTheLinksOwn() {
        return url == null && resourceId == null && tag == null;
    }
}
