package org.enhancedpractice.lti.services;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 8288 Link headers, read leniently: relation values in straight, typographic (Moodle) or single quotes, or
 * unquoted; several links per header and several headers.
 */
public final class LinkHeader {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>([^<]*)");
    /** Skips whatever quoting precedes the relation name: straight, typographic, or its UTF-8 bytes read as Latin-1. */
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*[^a-zA-Z;,]*([a-zA-Z][a-zA-Z0-9._-]*)",
            Pattern.CASE_INSENSITIVE);

    private LinkHeader() {
    }

    /**
     * RFC 3986 §5.2.2: a query-only reference keeps the base path. {@link URI#resolve} follows RFC 2396 there and
     * drops the last segment, so that case is handled here.
     */
    static URI resolve(URI base, String reference) {
        if (reference.startsWith("?")) {
            String withoutQuery = base.toString().replaceFirst("[?#].*$", "");
            return URI.create(withoutQuery + reference);
        }
        return base.resolve(reference);
    }

    /** Relation type (lower case) to target, resolved against {@code base}. */
    public static Map<String, URI> parse(List<String> headers, URI base) {
        Map<String, URI> links = new HashMap<>();
        for (String header : headers) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                Matcher rel = REL.matcher(link.group(2));
                if (rel.find()) {
                    URI target = resolve(base, link.group(1).trim());
                    links.putIfAbsent(rel.group(1).toLowerCase(java.util.Locale.ROOT), target);
                }
            }
        }
        return links;
    }
}
