package org.enhancedpractice.content.pkg;

import java.math.BigDecimal;

/** A cmi5 AU (§13.1.4) with the tool's unit metadata. {@code url} is as written: relative to the package or absolute. */
public record AssignableUnit(String id, LanguageMap title, LanguageMap description, String url, MoveOn moveOn,
                             BigDecimal masteryScore, LaunchMethod launchMethod, String launchParameters,
                             String entitlementKey, UnitMetadata unit) implements CourseNode {
    public boolean isRelativeUrl() {
        return !url.contains("://");
    }
}
