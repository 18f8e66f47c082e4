package org.enhancedpractice.content.catalogue;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.enhancedpractice.content.standard.ApprenticeshipStandard;
import org.enhancedpractice.content.standard.OffTheJobRule;
import org.enhancedpractice.content.standard.StandardReader;

/** Writes a standard back in the catalogue file format (content-packages/README.md §4), for imported catalogues. */
final class StandardJson {
    private StandardJson() {
    }

    static String write(ApprenticeshipStandard s) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("format", StandardReader.FORMAT)
                .add("reference", s.reference()).add("title", s.title()).add("version", s.version())
                .add("level", s.level()).add("illustrative", s.illustrative());
        if (s.typicalDurationMonths() != null) {
            o.add("typicalDurationMonths", s.typicalDurationMonths());
        }
        if (s.fundingBandGbp() != null) {
            o.add("fundingBandGbp", s.fundingBandGbp());
        }
        if (s.illustrativeNote() != null) {
            o.add("illustrativeNote", s.illustrativeNote());
        }
        JsonArrayBuilder rules = JSON.createArrayBuilder();
        for (OffTheJobRule r : s.offTheJob()) {
            JsonObjectBuilder rule = JSON.createObjectBuilder().add("startsOnOrAfter", r.startsOnOrAfter().toString());
            if (r.startsBefore() != null) {
                rule.add("startsBefore", r.startsBefore().toString());
            }
            if (r.hoursPerWeek() != null) {
                rule.add("hoursPerWeek", r.hoursPerWeek());
            }
            if (r.fullTimeWeeklyHours() != null) {
                rule.add("fullTimeWeeklyHours", r.fullTimeWeeklyHours());
            }
            rule.add("minimumHours", r.minimumHours() == null ? jakarta.json.JsonValue.NULL
                    : JSON.createValue(r.minimumHours()));
            rules.add(rule);
        }
        JsonArrayBuilder methods = JSON.createArrayBuilder();
        s.epaMethods().forEach(m -> methods.add(JSON.createObjectBuilder().add("id", m.id()).add("title", m.title())
                .add("confirmed", m.confirmed())));
        JsonArrayBuilder ksbs = JSON.createArrayBuilder();
        s.ksbs().forEach(k -> {
            JsonObjectBuilder ksb = JSON.createObjectBuilder().add("id", k.id()).add("type", k.type())
                    .add("statement", k.statement());
            if (k.pillar() != null) {
                ksb.add("pillar", k.pillar());
            }
            ksbs.add(ksb);
        });
        return o.add("offTheJob", rules).add("epaMethods", methods).add("ksbs", ksbs).build().toString();
    }
}
