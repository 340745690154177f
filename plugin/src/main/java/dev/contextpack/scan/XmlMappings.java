package dev.contextpack.scan;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The XML side of JPA: {@code META-INF/persistence.xml} units and the {@code orm.xml} mapping files
 * they (or the default location) name. Only the parts that tell which classes are entities are
 * read here; Hibernate reads the mappings themselves.
 */
record XmlMappings(List<String> mappingFiles, SortedSet<String> entities, List<PersistenceUnit> persistenceUnits, List<String> defaultListeners,
                   Map<String, Map<String, String>> listenerMethods) {

    private static final Map<String, String> XML_EVENTS = Map.of("pre-persist", "PrePersist", "post-persist", "PostPersist",
            "pre-update", "PreUpdate", "post-update", "PostUpdate", "pre-remove", "PreRemove", "post-remove", "PostRemove", "post-load", "PostLoad");

    static final String DEFAULT_ORM_XML = "META-INF/orm.xml";

    static XmlMappings read(Path classesDirectory) {
        List<PersistenceUnit> units = new ArrayList<>();
        Path persistenceXml = classesDirectory.resolve("META-INF/persistence.xml");
        if (Files.isRegularFile(persistenceXml)) {
            Document doc = parse(persistenceXml);
            for (Element unit : children(doc.getDocumentElement(), "persistence-unit")) {
                Map<String, String> properties = new LinkedHashMap<>();
                for (Element props : children(unit, "properties")) {
                    for (Element property : children(props, "property")) {
                        properties.put(property.getAttribute("name"), property.getAttribute("value"));
                    }
                }
                List<Element> exclude = children(unit, "exclude-unlisted-classes");
                boolean excludeUnlisted = !exclude.isEmpty() && !"false".equals(exclude.get(0).getTextContent().trim());
                units.add(new PersistenceUnit(unit.getAttribute("name"), texts(unit, "class"),
                        texts(unit, "mapping-file"), excludeUnlisted, properties));
            }
        }
        List<String> mappingFiles = new ArrayList<>();
        if (Files.isRegularFile(classesDirectory.resolve(DEFAULT_ORM_XML))) mappingFiles.add(DEFAULT_ORM_XML);
        for (PersistenceUnit unit : units) {
            for (String file : unit.mappingFiles()) {
                if (!mappingFiles.contains(file) && Files.isRegularFile(classesDirectory.resolve(file))) mappingFiles.add(file);
            }
        }
        SortedSet<String> entities = new TreeSet<>();
        List<String> defaultListeners = new ArrayList<>();
        Map<String, Map<String, String>> listenerMethods = new java.util.TreeMap<>();
        for (String file : mappingFiles) {
            Document doc = parse(classesDirectory.resolve(file));
            // persistence-unit-metadata/persistence-unit-defaults/entity-listeners: called for every entity, first
            for (Element metadata : children(doc.getDocumentElement(), "persistence-unit-metadata")) {
                for (Element defaults : children(metadata, "persistence-unit-defaults")) {
                    for (Element listeners : children(defaults, "entity-listeners")) {
                        for (Element listener : children(listeners, "entity-listener")) {
                            String listenerClass = listener.getAttribute("class");
                            defaultListeners.add(listenerClass);
                            // callback methods named in the XML instead of annotated
                            for (Map.Entry<String, String> event : XML_EVENTS.entrySet()) {
                                for (Element method : children(listener, event.getKey())) {
                                    listenerMethods.computeIfAbsent(listenerClass, k -> new java.util.TreeMap<>())
                                            .put(event.getValue(), method.getAttribute("method-name"));
                                }
                            }
                        }
                    }
                }
            }
            List<Element> packages = children(doc.getDocumentElement(), "package");
            String pkg = packages.isEmpty() ? "" : packages.get(0).getTextContent().trim();
            for (Element entity : children(doc.getDocumentElement(), "entity")) {
                String name = entity.getAttribute("class");
                entities.add(name.contains(".") || pkg.isEmpty() ? name : pkg + "." + name);
            }
        }
        return new XmlMappings(List.copyOf(mappingFiles), entities, List.copyOf(units), List.copyOf(defaultListeners), listenerMethods);
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(file.toFile());
        } catch (Exception e) {
            throw new ScanException("Cannot read " + file.getFileName() + " (" + e.getMessage()
                    + "): fix the XML so that it parses.", e);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && localName.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> texts(Element parent, String localName) {
        return children(parent, localName).stream().map(e -> e.getTextContent().trim()).toList();
    }
}
