package org.enhancedpractice.web;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.enhancedpractice.content.catalogue.CatalogueSnapshot;
import org.enhancedpractice.content.cmi5.Progress;
import org.enhancedpractice.content.pkg.AssignableUnit;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.content.pkg.WorkplaceActivityDefinition;
import org.enhancedpractice.content.standard.ApprenticeshipStandard;

/** JSON views of the catalogue for the pages: a module summary, and a module with units, activities and progress. */
final class CatalogueJson {
    private CatalogueJson() {
    }

    static JsonObject summary(ContentPackage p) {
        var module = p.module();
        int minutes = p.course().units().mapToInt(u -> u.unit().estimatedMinutes() == null ? 0
                : u.unit().estimatedMinutes()).sum();
        return JSON.createObjectBuilder().add("key", p.key()).add("courseId", p.course().id())
                .add("title", p.course().title().best()).add("description", p.course().description().best())
                .add("kind", module.kind() == null ? "imported" : module.kind())
                .add("professions", strings(module.professions())).add("pillars", strings(module.pillars()))
                .add("units", p.course().units().count())
                .add("workplaceActivities", module.workplaceActivities().size())
                .add("estimatedMinutes", minutes).build();
    }

    /** The summary plus each unit's id, title and kind: what the deep-linking picker lists. */
    static JsonObject withUnits(ContentPackage p) {
        JsonArrayBuilder units = JSON.createArrayBuilder();
        p.course().units().forEach(u -> units.add(JSON.createObjectBuilder().add("id", u.id())
                .add("title", u.title().best()).add("kind", u.unit().kind())));
        return JSON.createObjectBuilder(summary(p)).add("unitList", units).build();
    }

    static JsonObject detail(ContentPackage p, CatalogueSnapshot snapshot, Map<String, Progress> progress) {
        Optional<ApprenticeshipStandard> standard = p.module().standard() == null ? Optional.empty()
                : snapshot.standard(p.module().standard(), p.module().standardVersion());
        JsonArrayBuilder units = JSON.createArrayBuilder();
        p.course().units().forEach(u -> units.add(unit(u, standard, progress.get(u.id()))));
        JsonArrayBuilder activities = JSON.createArrayBuilder();
        p.module().workplaceActivities().forEach(a -> activities.add(activity(a, standard)));
        JsonObjectBuilder out = JSON.createObjectBuilder(summary(p)).add("unitList", units)
                .add("activityList", activities)
                .add("satisfied", progress.get(p.course().id()) != null && progress.get(p.course().id()).isSatisfied());
        standard.ifPresent(s -> out.add("standard", JSON.createObjectBuilder().add("reference", s.reference())
                .add("version", s.version()).add("title", s.title()).add("illustrative", s.illustrative())));
        return out.build();
    }

    private static JsonObject unit(AssignableUnit u, Optional<ApprenticeshipStandard> standard, Progress progress) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", u.id()).add("title", u.title().best())
                .add("description", u.description().best()).add("kind", u.unit().kind())
                .add("moveOn", u.moveOn().name()).add("launchMethod", u.launchMethod().name())
                .add("ksbs", ksbs(u.unit().ksbs(), standard)).add("pillars", strings(u.unit().pillars()));
        if (u.unit().estimatedMinutes() != null) {
            o.add("estimatedMinutes", u.unit().estimatedMinutes());
        }
        if (u.masteryScore() != null) {
            o.add("masteryScore", u.masteryScore());
        }
        o.add("status", status(progress));
        if (progress != null && progress.scoreScaled() != null) {
            o.add("scoreScaled", progress.scoreScaled());
        }
        return o.build();
    }

    /** waived, passed, completed, failed, not-started: what a learner most needs to know about a unit. */
    static String status(Progress p) {
        if (p == null) {
            return "not-started";
        }
        if (p.waivedReason() != null) {
            return "waived";
        }
        if (p.isSatisfied()) {
            return "done";
        }
        if (p.passedAt() != null) {
            return "passed";
        }
        if (p.completedAt() != null) {
            return "completed";
        }
        return p.failedAt() != null ? "failed" : "not-started";
    }

    private static JsonObject activity(WorkplaceActivityDefinition a, Optional<ApprenticeshipStandard> standard) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", a.id()).add("type", a.type())
                .add("title", a.title().best()).add("guidance", a.guidance().best()).add("offTheJob", a.offTheJob())
                .add("pillars", strings(a.pillars())).add("ksbs", ksbs(a.ksbs(), standard));
        if (a.suggestedHours() != null) {
            o.add("suggestedHours", a.suggestedHours());
        }
        return o.build();
    }

    private static JsonArrayBuilder ksbs(Collection<String> ids, Optional<ApprenticeshipStandard> standard) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (String id : ids) {
            JsonObjectBuilder k = JSON.createObjectBuilder().add("id", id);
            standard.flatMap(s -> s.ksb(id)).ifPresent(ksb -> k.add("type", ksb.type()).add("statement", ksb.statement()));
            out.add(k);
        }
        return out;
    }

    static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        values.forEach(out::add);
        return out;
    }
}
