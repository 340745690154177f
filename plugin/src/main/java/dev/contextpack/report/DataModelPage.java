package dev.contextpack.report;

import dev.contextpack.model.Aggregate;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.QueryMethod;
import dev.contextpack.model.Repository;
import dev.contextpack.model.Setting;
import dev.contextpack.render.Diagram;
import dev.contextpack.render.DiagramEdge;
import org.apache.maven.doxia.sink.Sink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The site report's one page, for people who join the project: an overview, the ER diagram, the
 * aggregates, then each entity and repository and the findings. Built from the same model as the
 * committed pack; presentation only.
 */
public final class DataModelPage {

    /** Where the bundled Mermaid script sits, relative to the report's page; null: the script is not available. */
    private final String mermaidScript;

    /** @param mermaidScript the script's path relative to the page, or null when it could not be bundled */
    public DataModelPage(String mermaidScript) {
        this.mermaidScript = mermaidScript;
    }

    /** Writes the page to {@code doxia}; the caller closes the sink. */
    public void render(ContextPack pack, Sink doxia, String title) {
        ReportSink out = new ReportSink(doxia);
        doxia.head();
        doxia.title();
        doxia.text(title);
        doxia.title_();
        doxia.head_();
        doxia.body();
        out.section(1, null, title);
        overview(pack, out);
        diagram(pack, out);
        aggregates(pack, out);
        entities(pack, out);
        repositories(pack, out);
        findings(pack, out);
        settings(pack, out);
        out.sectionEnd(1);
        doxia.body_();
        doxia.flush();
    }

    private static void overview(ContextPack pack, ReportSink out) {
        Set<String> tables = new LinkedHashSet<>();
        pack.entities().forEach(e -> {
            if (e.table() != null) tables.add(e.table().qualifiedName());
        });
        long unverified = pack.entities().stream().filter(e -> e.provenance() != Provenance.verified).count();
        long cascading = pack.aggregates().stream().filter(a -> !a.savedWithRoot().isEmpty() || !a.deletedWithRoot().isEmpty()).count();
        long errors = count(pack.findings(), Finding.Severity.error);
        long warnings = count(pack.findings(), Finding.Severity.warning);
        out.paragraph("The JPA data layer of `" + pack.module() + "` as Hibernate ORM reads it from the compiled classes (its boot model,"
                + " under the application's own naming strategy and dialect, listed under Settings at the end): "
                + plural(pack.entities().size(), "entity", "entities") + " in " + plural(tables.size(), "entity table", "entity tables") + "; "
                + plural(cascading, "aggregate", "aggregates") + " (a root whose cascades save or delete other entities); "
                + plural(pack.repositories().size(), "repository", "repositories") + "; "
                + plural(pack.findings().size(), "finding", "findings") + " (" + plural(errors, "error", "errors") + ", "
                + plural(warnings, "warning", "warnings") + ")."
                + (unverified == 0 ? "" : " **" + plural(unverified, "entity is", "entities are") + " not verified**: Hibernate rejected"
                + " their mapping, so only their annotations are shown (see their findings)."));
        List<List<String>> rows = new ArrayList<>();
        for (Entity e : pack.entities()) {
            rows.add(List.of(Anchors.entityLink(e.name()),
                    e.table() != null ? "`" + e.table().qualifiedName() + "`"
                            : e.provenance() == Provenance.verified ? "none (abstract TABLE_PER_CLASS root)" : "not verified",
                    e.identifier() == null ? "" : (e.identifier().attribute() == null ? "" : "`" + e.identifier().attribute() + "` ")
                            + (e.identifier().generation() == null ? "" : e.identifier().generation().strategy()),
                    e.aggregateRoot() == null || e.aggregateRoot().equals(e.name()) ? "" : Anchors.entityLink(e.aggregateRoot()),
                    e.provenance().name()));
        }
        out.table(List.of("Entity", "Table", "Identifier", "Aggregate root", "Provenance"), rows);
    }

    private void diagram(ContextPack pack, ReportSink out) {
        out.section(2, "diagram", "Diagram");
        List<DiagramEdge> edges = Diagram.edges(pack);
        out.paragraph("Each line is drawn once, from the owning side (the attribute that writes the foreign key or join table), and"
                + " labelled with it; `||` exactly one, `o|` zero or one, `o{` zero or more.");
        if (mermaidScript == null) {
            out.paragraph("The Mermaid script could not be bundled (see the build log), so the diagram is shown as its Mermaid source.");
        }
        if (edges.size() <= Diagram.MAX_EDGES) {
            mermaid(out, source(pack.entities().stream().map(Entity::name).toList(), edges));
        } else {
            // one diagram of that size does not render: one per package, with the links that leave it
            out.paragraph("The model has " + edges.size() + " relationships, more than the " + Diagram.MAX_EDGES
                    + " one Mermaid diagram draws: each package has its own diagram, with its links to other packages.");
            Map<String, List<String>> byPackage = new TreeMap<>();
            pack.entities().forEach(e -> byPackage.computeIfAbsent(packageOf(e.className()), k -> new ArrayList<>()).add(e.name()));
            for (Map.Entry<String, List<String>> p : byPackage.entrySet()) {
                Set<String> names = new HashSet<>(p.getValue());
                List<DiagramEdge> mine = edges.stream().filter(e -> names.contains(e.from()) || names.contains(e.to())).toList();
                out.paragraph("**Package `" + p.getKey() + "`**");
                if (mine.size() > Diagram.MAX_EDGES) {
                    out.paragraph("Its " + mine.size() + " relationships are too many for one diagram: see its entities' Relationships tables.");
                } else {
                    mermaid(out, source(p.getValue(), mine));
                }
            }
        }
        if (mermaidScript != null) {
            out.raw("<script src=\"" + ReportSink.escape(mermaidScript) + "\"></script>\n"
                    + "<script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });</script>\n");
        }
        out.sectionEnd(2);
    }

    /** One diagram: drawn by the bundled script, or shown as its source when the script is not there. */
    private void mermaid(ReportSink out, String source) {
        if (mermaidScript == null) {
            out.raw("<pre>" + ReportSink.escape(source) + "</pre>\n");
        } else {
            out.raw("<pre class=\"mermaid\">\n" + ReportSink.escape(source) + "</pre>\n");
        }
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "(default package)" : className.substring(0, dot);
    }

    /** The Mermaid erDiagram source, as the pack's index writes it: the entities, then the edges. */
    static String source(List<String> entities, List<DiagramEdge> edges) {
        StringBuilder sb = new StringBuilder("erDiagram\n");
        entities.forEach(e -> sb.append("    ").append(e).append('\n'));
        for (DiagramEdge edge : edges) {
            sb.append("    ").append(edge.from()).append(' ').append(edge.left()).append(edge.line()).append(edge.right()).append(' ')
                    .append(edge.to()).append(" : \"").append(edge.label()).append("\"\n");
        }
        return sb.toString();
    }

    private static void aggregates(ContextPack pack, ReportSink out) {
        List<Aggregate> cascading = pack.aggregates().stream().filter(a -> !a.savedWithRoot().isEmpty() || !a.deletedWithRoot().isEmpty()).toList();
        if (cascading.isEmpty()) return;
        out.section(2, "aggregates", "Aggregates");
        out.paragraph("Entities saved (PERSIST) and deleted (REMOVE) with a root through cascades: save and delete the root, not its members.");
        List<List<String>> rows = new ArrayList<>();
        for (Aggregate a : cascading) {
            rows.add(List.of(Anchors.entityLink(a.root()), links(a.savedWithRoot()), links(a.deletedWithRoot())));
        }
        out.table(List.of("Root", "Saved with the root", "Deleted with the root"), rows);
        List<String> alone = pack.aggregates().stream().filter(a -> a.savedWithRoot().isEmpty() && a.deletedWithRoot().isEmpty())
                .map(Aggregate::root).toList();
        if (!alone.isEmpty()) out.paragraph("Saved and deleted on their own (no cascade reaches them from a root): " + links(alone) + ".");
        out.sectionEnd(2);
    }

    private static void entities(ContextPack pack, ReportSink out) {
        out.section(2, "entities", "Entities");
        Map<String, List<Finding>> byClass = new HashMap<>();
        for (Finding f : pack.findings()) {
            if (f.className() != null) byClass.computeIfAbsent(f.className(), k -> new ArrayList<>()).add(f);
        }
        for (Entity e : pack.entities()) {
            new EntitySection(e, byClass.getOrDefault(e.className(), List.of())).render(out);
        }
        out.sectionEnd(2);
    }

    private static void repositories(ContextPack pack, ReportSink out) {
        if (pack.repositories().isEmpty()) return;
        out.section(2, "repositories", "Repositories");
        for (Repository r : pack.repositories()) {
            out.section(3, Anchors.repository(r.name()), r.name());
            out.paragraph("`" + r.className() + "`, for " + (r.entity() == null ? "`" + r.domainClass() + "` (not an entity of the model)"
                    : Anchors.entityLink(r.entity())) + (r.baseInterfaces().isEmpty() ? "" : "; extends "
                    + String.join(", ", r.baseInterfaces().stream().map(b -> "`" + b.substring(b.lastIndexOf('.') + 1) + "`").toList())) + "."
                    + (r.save() == null ? "" : " `save()`: " + r.save()));
            if (!r.methods().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (QueryMethod m : r.methods()) {
                    rows.add(List.of("`" + m.signature() + "`", m.description() == null ? "" : m.description(),
                            (QueryMethod.INVALID.equals(m.status()) ? "**" + m.status() + "**" : m.status()) + (m.problem() == null ? "" : ": " + m.problem()), m.transaction() == null ? "" : m.transaction()));
                }
                out.table(List.of("Method", "What it does", "Checked", "Transaction"), rows);
            }
            out.sectionEnd(3);
        }
        out.sectionEnd(2);
    }

    private static void findings(ContextPack pack, ReportSink out) {
        if (pack.findings().isEmpty()) return;
        out.section(2, "findings", "Findings");
        out.paragraph("What Hibernate rejected, what the plugin could not verify, and the traps of this model; the code is the key of"
                + " the findings catalogue in context-pack's README.");
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : pack.findings()) {
            rows.add(List.of("`" + f.code() + "`", f.severity().name() + (f.suppressed() == null ? "" : " (accepted: " + f.suppressed() + ")"),
                    f.className() == null ? "" : "`" + f.className() + (f.member() == null ? "" : "." + f.member()) + "`", f.message()));
        }
        out.table(List.of("Code", "Severity", "Where", "Finding"), rows);
        out.sectionEnd(2);
    }

    private static void settings(ContextPack pack, ReportSink out) {
        out.section(2, "settings", "Settings");
        out.paragraph("The settings the model was built with, and where each came from.");
        List<List<String>> rows = new ArrayList<>();
        for (Setting s : pack.settings()) {
            rows.add(List.of("`" + s.name() + "`", s.value() == null ? "" : "`" + s.value() + "`", s.provenance().name(),
                    s.source() == null ? "" : s.source()));
        }
        out.table(List.of("Setting", "Value", "Provenance", "Source"), rows);
        out.sectionEnd(2);
    }

    private static String links(List<String> entities) {
        return String.join(", ", entities.stream().map(Anchors::entityLink).toList());
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static long count(List<Finding> findings, Finding.Severity severity) {
        return findings.stream().filter(f -> severity == null || f.severity() == severity).count();
    }
}
