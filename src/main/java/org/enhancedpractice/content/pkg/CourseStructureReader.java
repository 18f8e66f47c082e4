package org.enhancedpractice.content.pkg;

import static org.enhancedpractice.content.pkg.Elements.children;
import static org.enhancedpractice.content.pkg.Elements.describe;
import static org.enhancedpractice.content.pkg.Elements.isAbsoluteIri;
import static org.enhancedpractice.content.pkg.Elements.text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads and checks one package folder's {@code cmi5.xml} (cmi5 §13.1, §14): structure and element order, ids (absolute
 * IRIs, unique), AU attributes, AU files present inside the package, and the tool's metadata. Never throws for bad
 * input: every problem is returned, and the package is only returned when there is none.
 */
public final class CourseStructureReader {
    private static final String NS = EptNamespace.CMI5;
    private final KsbLookup ksbs;

    public CourseStructureReader(KsbLookup ksbs) {
        this.ksbs = ksbs;
    }

    public PackageRead read(String key, Path root, ContentPackage.Source source) {
        Problems problems = new Problems(key, EptNamespace.COURSE_STRUCTURE_FILE);
        Path file = root.resolve(EptNamespace.COURSE_STRUCTURE_FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(null, "the package has no " + EptNamespace.COURSE_STRUCTURE_FILE + " at its top level");
            return new PackageRead(Optional.empty(), problems.list());
        }
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = SafeXml.parse(in);
        } catch (SAXParseException e) {
            problems.add(null, "not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + e.getMessage());
            return new PackageRead(Optional.empty(), problems.list());
        } catch (SAXException | IOException e) {
            problems.add(null, "cannot be read: " + e.getMessage());
            return new PackageRead(Optional.empty(), problems.list());
        }
        Course course = course(document.getDocumentElement(), root, problems);
        if (course != null && problems.isEmpty()) {
            return new PackageRead(Optional.of(new ContentPackage(key, root, course, source)), List.of());
        }
        return new PackageRead(Optional.empty(), problems.list());
    }

    private Course course(Element root, Path packageRoot, Problems problems) {
        if (!NS.equals(root.getNamespaceURI()) || !"courseStructure".equals(root.getLocalName())) {
            problems.add(root.getLocalName(), "the root element must be <courseStructure> in the namespace " + NS
                    + " (cmi5 §13.1)");
            return null;
        }
        List<Element> cmi5 = children(root).stream().filter(e -> NS.equals(e.getNamespaceURI())).toList();
        if (cmi5.isEmpty() || !"course".equals(cmi5.get(0).getLocalName())) {
            problems.add("courseStructure", "the first element must be <course> (cmi5 §13.1.1)");
            return null;
        }
        Element courseElement = cmi5.get(0);
        if (!Elements.children(courseElement, NS, "block").isEmpty() || !Elements.children(courseElement, NS, "au").isEmpty()) {
            problems.add("course", "blocks and AUs go after </course>, as children of <courseStructure> (cmi5 §13.1)");
        }
        Set<String> ids = new HashSet<>();
        String id = id(courseElement, ids, problems);
        LanguageMap title = text(courseElement, NS, "title", "course", problems);
        LanguageMap description = text(courseElement, NS, "description", "course", problems);
        ModuleMetadata module = new MetadataReader(ksbs, problems).module(courseElement);
        List<CourseNode> nodes = nodes(cmi5.subList(1, cmi5.size()), "courseStructure", packageRoot, ids, problems,
                module);
        if (nodes.isEmpty()) {
            problems.add("courseStructure", "a course needs at least one <au> or <block> (cmi5 §13.1)");
        }
        for (WorkplaceActivityDefinition activity : module.workplaceActivities()) {
            if (!ids.add(activity.id())) {
                problems.add("ept:workplaceActivity[id=" + activity.id() + "]", "id is used twice in the package");
            }
        }
        return new Course(id, title, description, nodes, module);
    }

    private List<CourseNode> nodes(List<Element> elements, String parent, Path packageRoot, Set<String> ids,
                                   Problems problems, ModuleMetadata module) {
        List<CourseNode> nodes = new ArrayList<>();
        for (Element e : elements) {
            switch (e.getLocalName()) {
                case "au" -> nodes.add(au(e, packageRoot, ids, problems, module));
                case "block" -> nodes.add(block(e, packageRoot, ids, problems, module));
                case "objectives", "title", "description" -> { }
                default -> problems.add(parent + "/" + e.getLocalName(), "unexpected element in the cmi5 namespace");
            }
        }
        return nodes;
    }

    private Block block(Element e, Path packageRoot, Set<String> ids, Problems problems, ModuleMetadata module) {
        String id = id(e, ids, problems);
        String where = describe(e);
        LanguageMap title = text(e, NS, "title", where, problems);
        LanguageMap description = text(e, NS, "description", where, problems);
        List<Element> cmi5 = children(e).stream().filter(c -> NS.equals(c.getNamespaceURI())).toList();
        List<CourseNode> children = nodes(cmi5, where, packageRoot, ids, problems, module);
        if (children.isEmpty()) {
            problems.add(where, "a block needs at least one <au> or <block> (cmi5 §13.1.2)");
        }
        return new Block(id, title, description, children);
    }

    private AssignableUnit au(Element e, Path packageRoot, Set<String> ids, Problems problems, ModuleMetadata module) {
        String id = id(e, ids, problems);
        String where = describe(e);
        LanguageMap title = text(e, NS, "title", where, problems);
        LanguageMap description = text(e, NS, "description", where, problems);
        Element urlElement = Elements.child(e, NS, "url");
        String url = urlElement == null ? "" : urlElement.getTextContent().strip();
        if (url.isEmpty()) {
            problems.add(where, "missing or empty <url> (cmi5 §13.1.4)");
        } else {
            checkUrl(url, packageRoot, where, problems);
        }
        MoveOn moveOn = MoveOn.parse(e.hasAttribute("moveOn") ? e.getAttribute("moveOn") : "NotApplicable");
        if (moveOn == null) {
            problems.add(where, "moveOn '" + e.getAttribute("moveOn") + "' is not one of NotApplicable, Passed, "
                    + "Completed, CompletedAndPassed, CompletedOrPassed (cmi5 §13.1.4)");
        }
        BigDecimal mastery = Elements.decimal(e, "masteryScore", where, problems);
        if (mastery != null && (mastery.signum() < 0 || mastery.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(where, "masteryScore " + mastery + " is outside 0..1 (cmi5 §13.1.4)");
        }
        LaunchMethod method = LaunchMethod.parse(e.hasAttribute("launchMethod")
                ? e.getAttribute("launchMethod") : "AnyWindow");
        if (method == null) {
            problems.add(where, "launchMethod '" + e.getAttribute("launchMethod")
                    + "' is not AnyWindow or OwnWindow (cmi5 §13.1.4)");
        }
        UnitMetadata unit = new MetadataReader(ksbs, problems).unit(e, where, module);
        return new AssignableUnit(id, title, description, url, moveOn, mastery, method,
                optionalText(e, "launchParameters"), optionalText(e, "entitlementKey"), unit);
    }

    private static String optionalText(Element parent, String name) {
        Element element = Elements.child(parent, NS, name);
        return element == null ? null : element.getTextContent().strip();
    }

    private static String id(Element e, Set<String> ids, Problems problems) {
        String id = e.getAttribute("id").strip();
        if (!isAbsoluteIri(id)) {
            problems.add(describe(e), "id '" + id + "' is not an absolute IRI (cmi5 §13.1)");
        } else if (!ids.add(id)) {
            problems.add(describe(e), "id is used twice in the package");
        }
        return id;
    }

    /** A relative AU url must name a file inside the package (cmi5 §14: the package holds its AUs' files). */
    static void checkUrl(String url, Path packageRoot, String where, Problems problems) {
        if (url.contains("://")) {
            if (!isAbsoluteIri(url)) {
                problems.add(where, "url '" + url + "' is not a valid absolute URL");
            }
            return;
        }
        String path = url.replaceFirst("[?#].*$", "");
        Path root = packageRoot.toAbsolutePath().normalize();
        Path target = root.resolve(path).normalize();
        if (path.startsWith("/") || !target.startsWith(root)) {
            problems.add(where, "url '" + url + "' points outside the package");
        } else if (!Files.isRegularFile(target)) {
            problems.add(where, "url '" + url + "' names a file that is not in the package");
        }
    }
}
