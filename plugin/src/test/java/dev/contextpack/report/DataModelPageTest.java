package dev.contextpack.report;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.render.Diagram;
import dev.contextpack.render.DiagramEdge;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report page, rendered from the mapping zoo's model through Doxia's own XHTML5 sink. */
class DataModelPageTest {

    private static String render(ContextPack pack, String script) {
        StringWriter out = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(out);
        new DataModelPage(script).render(pack, sink, "Data model of zoo");
        sink.close();
        return out.toString();
    }

    @Test
    void sameModelSamePage() {
        assertEquals(render(ZooTestSupport.pack(), MermaidScript.relativePath()), render(ZooTestSupport.pack(), MermaidScript.relativePath()));
    }

    @Test
    void everyEntityHasASectionAndEveryLinkInsideThePageResolves() {
        String html = render(ZooTestSupport.pack(), MermaidScript.relativePath());
        Set<String> anchors = new TreeSet<>();
        Matcher a = Pattern.compile("<a id=\"([^\"]+)\"").matcher(html);
        while (a.find()) anchors.add(a.group(1));
        for (Entity e : ZooTestSupport.pack().entities()) {
            assertTrue(anchors.contains(Anchors.entity(e.name())), "no section for " + e.name());
            if (e.table() != null) assertTrue(html.contains("<code>" + e.table().qualifiedName() + "</code>"), "no table of " + e.name());
        }
        Matcher link = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int links = 0;
        while (link.find()) {
            links++;
            assertTrue(anchors.contains(link.group(1)), "link to a missing anchor #" + link.group(1));
        }
        assertTrue(links > ZooTestSupport.pack().entities().size());
    }

    @Test
    void eachRelationshipNamesItsSide() {
        ContextPack pack = ZooTestSupport.pack();
        List<Association> links = new ArrayList<>();
        for (Entity e : pack.entities()) collect(e.attributes(), links);
        long owning = links.stream().filter(Association::owningSide).count();
        long inverse = links.size() - owning;
        assertTrue(owning > 0 && inverse > 0, "the zoo has both sides");
        String html = render(pack, MermaidScript.relativePath());
        assertEquals(owning, count(html, "<td><strong>owning</strong>, "));
        assertEquals(inverse, count(html, "<td>inverse (mappedBy <code>"));
    }

    private static void collect(List<Attribute> attributes, List<Association> links) {
        for (Attribute a : attributes) {
            if (a.association() != null) links.add(a.association());
            if (a.embedded() != null) collect(a.embedded().attributes(), links);
        }
    }

    @Test
    void theDiagramIsTheModelsMermaidSourceWithTheBundledScript() {
        ContextPack pack = ZooTestSupport.pack();
        List<DiagramEdge> edges = Diagram.edges(pack);
        assertTrue(edges.size() > 5 && edges.size() <= Diagram.MAX_EDGES);
        String html = render(pack, "context-pack/mermaid.min.js");
        assertTrue(html.contains("<pre class=\"mermaid\">\nerDiagram\n"));
        for (DiagramEdge edge : edges) {
            assertTrue(html.contains(edge.from() + " " + edge.left() + "--" + edge.right() + " " + edge.to() + " : &quot;" + edge.label() + "&quot;"),
                    "edge missing: " + edge);
        }
        assertEquals(1, count(html, "<script src=\"context-pack/mermaid.min.js\"></script>"));
        assertTrue(html.indexOf("<script src=") < html.indexOf("mermaid.initialize("), "the script is loaded before it is used");
    }

    @Test
    void withoutTheScriptTheDiagramIsShownAsSource() {
        String html = render(ZooTestSupport.pack(), null);
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("class=\"mermaid\""));
        assertTrue(html.contains("<pre>erDiagram\n"));
        assertTrue(html.contains("The Mermaid script could not be bundled"));
    }

    @Test
    void textIsEscapedAndBackticksBecomeCode() {
        ContextPack zoo = ZooTestSupport.pack();
        List<Finding> findings = new ArrayList<>(zoo.findings());
        findings.add(new Finding("CP-TEST", Finding.Severity.warning, zoo.entities().get(0).className(), "name",
                "a <script>alert(1)</script> message about `a.b` & **this**"));
        ContextPack pack = new ContextPack(zoo.formatVersion(), zoo.generator(), zoo.module(), zoo.settings(), zoo.entities(),
                zoo.aggregates(), zoo.repositories(), zoo.repositoryBases(), zoo.namedQueries(), zoo.transactions(),
                zoo.eventPublishers(), zoo.eventHandlers(), zoo.panache(), findings);
        String html = render(pack, null);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("a &lt;script&gt;alert(1)&lt;/script&gt; message about <code>a.b</code> &amp; <strong>this</strong>"));
        // once in the Findings table, once on the entity
        assertEquals(2, count(html, "<code>a.b</code> &amp;"));
    }

    @Test
    void aModelTooLargeForOneDiagramGetsOneDiagramPerPackage() {
        List<Entity> entities = new ArrayList<>();
        for (String pkg : List.of("com.example.billing", "com.example.stock")) {
            for (int i = 0; i < 210; i++) entities.add(chained(pkg, i));
        }
        ContextPack pack = new ContextPack("1.1", "context-pack", "big", List.of(), entities, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, List.of());
        assertEquals(420, Diagram.edges(pack).size());
        String html = render(pack, "context-pack/mermaid.min.js");
        assertEquals(2, count(html, "<pre class=\"mermaid\">"));
        assertEquals(1, count(html, "<script src=\"context-pack/mermaid.min.js\"></script>"));
        assertTrue(html.contains("<strong>Package <code>com.example.billing</code></strong>"));
        String billing = html.substring(html.indexOf("<pre class=\"mermaid\">"), html.indexOf("</pre>"));
        assertEquals(210, count(billing, "}o--o| "));
        assertTrue(billing.contains("billing_209 }o--o| billing_0"));
        assertFalse(billing.contains("stock_"));
    }

    /** Entity {@code i} of a package with one optional ManyToOne to the next one, the last back to the first. */
    private static Entity chained(String pkg, int i) {
        String prefix = pkg.substring(pkg.lastIndexOf('.') + 1) + "_";
        String target = prefix + ((i + 1) % 210);
        dev.contextpack.model.Association next = new dev.contextpack.model.Association("ManyToOne", target, null, true, null, null, false,
                prefix + i, List.of(), target, List.of("id"), null, null, true, false,
                new dev.contextpack.model.Cascade(List.of(), List.of(), false), "EAGER", false, null, null, null, List.of());
        Attribute attribute = new Attribute("next", pkg + "." + target, pkg + "." + prefix + i, dev.contextpack.model.Provenance.verified,
                true, true, List.of(), null, null, false, false, false, null, null, next);
        return new Entity(prefix + i, pkg + "." + prefix + i, dev.contextpack.model.Provenance.verified, "@Entity", false,
                new dev.contextpack.model.TableRef(prefix + i, null, null), List.of(), null, List.of(), null, null, List.of(attribute),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
    }

    private static long count(String text, String part) {
        long n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}
