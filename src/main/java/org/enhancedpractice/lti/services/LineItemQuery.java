package org.enhancedpractice.lti.services;

import java.net.URI;

/**
 * The filters of a line item container GET (AGS 2.0 §3.2.6): {@code resource_link_id}, {@code resource_id} and
 * {@code tag}; null means no filter. Platforms may ignore filters, so results are checked again on our side.
 */
public record LineItemQuery(String resourceLinkId, String resourceId, String tag) {
    URI apply(URI container) {
        URI url = container;
        if (resourceLinkId != null && !resourceLinkId.isEmpty()) {
            url = Memberships.withQuery(url, "resource_link_id", resourceLinkId);
        }
        if (resourceId != null) {
            url = Memberships.withQuery(url, "resource_id", resourceId);
        }
        if (tag != null) {
            url = Memberships.withQuery(url, "tag", tag);
        }
        return url;
    }

    boolean matches(LineItem item) {
        return (resourceLinkId == null || resourceLinkId.isEmpty() || resourceLinkId.equals(item.resourceLinkId()))
                && (resourceId == null || resourceId.equals(item.resourceId()))
                && (tag == null || tag.equals(item.tag()));
    }
}
