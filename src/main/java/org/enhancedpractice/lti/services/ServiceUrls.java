package org.enhancedpractice.lti.services;

import java.net.URI;

/**
 * AGS 2.0 §3.2: the scores and results services are the line item URL plus {@code /scores} or {@code /results}.
 * Moodle's line item URLs carry {@code ?type_id=…}, so the segment goes before the query, never after it.
 */
public final class ServiceUrls {
    private ServiceUrls() {
    }

    public static URI append(URI lineItem, String segment) {
        String url = lineItem.toString();
        int fragment = url.indexOf('#');
        if (fragment >= 0) {
            url = url.substring(0, fragment);
        }
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        String rest = query < 0 ? "" : url.substring(query);
        return URI.create((path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/" + segment + rest);
    }
}
