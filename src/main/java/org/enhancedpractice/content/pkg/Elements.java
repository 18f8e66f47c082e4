package org.enhancedpractice.content.pkg;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM readers shared by the course-structure and metadata readers; each reports what it cannot read. */
final class Elements {
    private Elements() {
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        return children(parent).stream()
                .filter(e -> namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())).toList();
    }

    static Element child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** A cmi5 textType (§13.1.1 title/description): one or more langstrings; the {@code lang} attribute optional. */
    static LanguageMap text(Element parent, String namespace, String name, String where, Problems problems) {
        Element element = child(parent, namespace, name);
        if (element == null) {
            problems.add(where, "missing <" + name + ">");
            return LanguageMap.of("und", "");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element s : children(element, namespace, "langstring")) {
            String lang = s.hasAttribute("lang") ? s.getAttribute("lang") : "und";
            values.putIfAbsent(lang, s.getTextContent().strip().replaceAll("\\s+", " "));
        }
        if (values.values().stream().allMatch(String::isEmpty)) {
            problems.add(where + "/" + name, "needs at least one non-empty <langstring>");
            return LanguageMap.of("und", "");
        }
        return new LanguageMap(values);
    }

    /** An absolute IRI (xAPI activity ids, cmi5 §13.1 ids): a scheme, no spaces. */
    static boolean isAbsoluteIri(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*")
                    && uri.getRawSchemeSpecificPart() != null && !uri.getRawSchemeSpecificPart().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static BigDecimal decimal(Element element, String attribute, String where, Problems problems) {
        if (!element.hasAttribute(attribute)) {
            return null;
        }
        try {
            return new BigDecimal(element.getAttribute(attribute).strip());
        } catch (NumberFormatException e) {
            problems.add(where, attribute + " '" + element.getAttribute(attribute) + "' is not a decimal number");
            return null;
        }
    }

    static String describe(Element element) {
        String id = element.getAttribute("id");
        return element.getLocalName() + (id.isEmpty() ? "" : "[id=" + id + "]");
    }
}
