package dev.contextpack.boot;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An {@code orm.xml} mapping file without the {@code <entity>} elements of some classes: an entity
 * declared only in XML that Hibernate rejects is left out of the boot this way, as an annotated one is
 * left out of the classes, so that the other mappings of the file are still verified.
 */
final class XmlWithout {

    private XmlWithout() {
    }

    /** The resource's bytes without the entities of {@code classes} (fully qualified, {@code <package>} applied). */
    static byte[] entities(ClassLoader project, String resource, Set<String> classes) {
        try (InputStream in = project.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Mapping file " + resource + " is not on the project's class path.");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            Element root = doc.getDocumentElement();
            String pkg = "";
            List<Element> entities = new ArrayList<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) continue;
                String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
                if (name.equals("package")) pkg = e.getTextContent().trim();
                if (name.equals("entity")) entities.add(e);
            }
            for (Element e : entities) {
                String cls = e.getAttribute("class").trim();
                String qualified = cls.contains(".") || pkg.isEmpty() ? cls : pkg + "." + cls;
                if (classes.contains(qualified)) root.removeChild(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (java.io.IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
                 | javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("Cannot read mapping file " + resource + ": " + e.getMessage(), e);
        }
    }
}
