package org.enhancedpractice.content.pkg;

import static org.enhancedpractice.content.pkg.Elements.children;
import static org.enhancedpractice.content.pkg.Elements.isAbsoluteIri;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Reads the tool's extension elements ({@link EptNamespace#URI}) on a course and on AUs. Elements of other foreign
 * namespaces are ignored, as cmi5 §13.1.5 allows.
 */
final class MetadataReader {
    private static final String NS = EptNamespace.URI;
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private final KsbLookup ksbs;
    private final Problems problems;

    MetadataReader(KsbLookup ksbs, Problems problems) {
        this.ksbs = ksbs;
        this.problems = problems;
    }

    ModuleMetadata module(Element course) {
        Element module = Elements.child(course, NS, "module");
        if (module == null) {
            return ModuleMetadata.NONE;
        }
        String where = "course/ept:module";
        String kind = module.getAttribute("kind");
        if (!List.of(ModuleMetadata.KIND_CORE, ModuleMetadata.KIND_PROFESSION).contains(kind)) {
            problems.add(where, "kind '" + kind + "' must be core or profession");
        }
        String standard = emptyToNull(module.getAttribute("standard"));
        String version = emptyToNull(module.getAttribute("standardVersion"));
        if ((standard == null) != (version == null)) {
            problems.add(where, "standard and standardVersion go together");
        } else if (standard != null && ksbs.ksbIds(standard, version).isEmpty()) {
            problems.add(where, "no catalogue is loaded for standard " + standard + " version " + version);
        }
        List<String> professions = values(module, "profession", SLUG, where);
        if (ModuleMetadata.KIND_PROFESSION.equals(kind) && professions.isEmpty()) {
            problems.add(where, "a profession module names at least one <ept:profession>");
        }
        List<String> pillars = pillars(module, where);
        List<WorkplaceActivityDefinition> activities = new ArrayList<>();
        for (Element activity : Elements.children(module, NS, "workplaceActivity")) {
            activities.add(activity(activity, standard, version));
        }
        return new ModuleMetadata(kind, standard, version, professions, pillars, activities);
    }

    UnitMetadata unit(Element au, String where, ModuleMetadata module) {
        Element unit = Elements.child(au, NS, "unit");
        if (unit == null) {
            return UnitMetadata.NONE;
        }
        String at = where + "/ept:unit";
        String kind = unit.hasAttribute("kind") ? unit.getAttribute("kind") : UnitMetadata.KIND_LESSON;
        if (!List.of(UnitMetadata.KIND_LESSON, UnitMetadata.KIND_KNOWLEDGE_CHECK).contains(kind)) {
            problems.add(at, "kind '" + kind + "' must be lesson or knowledge-check");
        }
        Integer minutes = null;
        if (unit.hasAttribute("estimatedMinutes")) {
            try {
                minutes = Integer.valueOf(unit.getAttribute("estimatedMinutes").strip());
                if (minutes <= 0) {
                    problems.add(at, "estimatedMinutes must be a whole number above 0");
                }
            } catch (NumberFormatException e) {
                problems.add(at, "estimatedMinutes '" + unit.getAttribute("estimatedMinutes") + "' is not a whole number");
            }
        }
        String grade = null;
        Element gradeElement = Elements.child(unit, NS, "grade");
        if (gradeElement != null) {
            grade = gradeElement.getAttribute("send");
            if (!List.of("score", "completion").contains(grade)) {
                problems.add(at + "/ept:grade", "send '" + grade + "' must be score or completion");
            }
        }
        return new UnitMetadata(kind, minutes, bool(unit, "offTheJob", true, at), pillars(unit, at),
                ksbRefs(unit, module.standard(), module.standardVersion(), at), grade);
    }

    private WorkplaceActivityDefinition activity(Element e, String standard, String version) {
        String id = e.getAttribute("id").strip();
        String where = "ept:workplaceActivity" + (id.isEmpty() ? "" : "[id=" + id + "]");
        if (!isAbsoluteIri(id)) {
            problems.add(where, "id '" + id + "' is not an absolute IRI");
        }
        String type = e.getAttribute("type");
        if (!EptNamespace.ACTIVITY_TYPES.contains(type)) {
            problems.add(where, "type '" + type + "' is not one of " + EptNamespace.ACTIVITY_TYPES);
        }
        BigDecimal hours = Elements.decimal(e, "suggestedHours", where, problems);
        if (hours != null && hours.signum() <= 0) {
            problems.add(where, "suggestedHours must be above 0");
        }
        return new WorkplaceActivityDefinition(id, type, hours, bool(e, "offTheJob", true, where),
                localised(e, "title", where), localised(e, "guidance", where),
                pillars(e, where), ksbRefs(e, standard, version, where));
    }

    /** {@code <ept:title lang="en-GB">…</ept:title>}, one element per language (README §2). */
    private LanguageMap localised(Element parent, String name, String where) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Element e : Elements.children(parent, NS, name)) {
            String text = e.getTextContent().strip().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                values.putIfAbsent(e.hasAttribute("lang") ? e.getAttribute("lang") : "und", text);
            }
        }
        if (values.isEmpty()) {
            problems.add(where, "missing or empty <ept:" + name + ">");
            return LanguageMap.of("und", "");
        }
        return new LanguageMap(values);
    }

    private List<String> pillars(Element parent, String where) {
        List<String> pillars = values(parent, "pillar", SLUG, where);
        pillars.stream().filter(p -> !EptNamespace.PILLARS.contains(p)).forEach(p ->
                problems.add(where + "/ept:pillar", "'" + p + "' is not one of " + EptNamespace.PILLARS));
        return pillars;
    }

    private List<String> ksbRefs(Element parent, String standard, String version, String where) {
        List<String> refs = children(parent).stream()
                .filter(e -> NS.equals(e.getNamespaceURI()) && "ksb".equals(e.getLocalName()))
                .map(e -> e.getAttribute("ref").strip()).toList();
        if (refs.isEmpty()) {
            return refs;
        }
        if (standard == null) {
            problems.add(where, "KSBs are referenced but the module names no standard and standardVersion");
            return refs;
        }
        Set<String> known = ksbs.ksbIds(standard, version).orElse(Set.of());
        refs.stream().filter(r -> !known.contains(r)).forEach(r -> problems.add(where + "/ept:ksb",
                "'" + r + "' is not a KSB of " + standard + " version " + version));
        return refs;
    }

    private List<String> values(Element parent, String name, Pattern shape, String where) {
        List<String> values = new ArrayList<>();
        for (Element e : Elements.children(parent, NS, name)) {
            String value = e.getTextContent().strip();
            if (!shape.matcher(value).matches()) {
                problems.add(where + "/ept:" + name, "'" + value + "' must be a lower-case id such as physiotherapy");
            } else {
                values.add(value);
            }
        }
        return values;
    }

    private boolean bool(Element e, String attribute, boolean absent, String where) {
        if (!e.hasAttribute(attribute)) {
            return absent;
        }
        String value = e.getAttribute(attribute).strip();
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(where, attribute + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
